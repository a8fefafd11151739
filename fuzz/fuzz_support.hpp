// Shared by the fuzz targets: input size cap, options and reference times drawn from the first
// bytes of the input (as RE2's fuzzer draws its options), and a trap for broken invariants.
#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "annals/document.hpp"
#include "annals/extract.hpp"
#include "annals/parse.hpp"
#include "annals/reference.hpp"
#include "annals/zone.hpp"

namespace annals::fuzz {

/// Inputs longer than this are ignored: the targets look for bugs, not for slow big inputs
/// (tests/hostile_test.cpp covers those).
inline constexpr std::size_t kMaxInput = 64 * 1024;

/// Aborts (a crash libFuzzer reports) when an invariant does not hold.
inline void require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "annals fuzz invariant broken: %s\n", what);
    std::abort();
  }
}

/// Reads option bytes from the front of the input; past the end it yields zeros.
class byte_source {
 public:
  byte_source(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
  std::uint8_t byte() { return at_ < size_ ? data_[at_++] : 0; }
  std::uint32_t u32(int bytes) {
    std::uint32_t v = 0;
    for (int i = 0; i < bytes; ++i) v = (v << 8) | byte();
    return v;
  }
  /// The bytes not consumed as options.
  [[nodiscard]] std::string_view rest() const {
    return {reinterpret_cast<const char*>(data_) + at_, size_ - at_};
  }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t at_ = 0;
};

/// Zones with interesting rules: half-hour and 45-minute offsets, negative DST, DST in the
/// southern hemisphere, a 30-minute DST shift, zones without DST.
inline constexpr std::array<std::string_view, 10> kZones{
    "Asia/Kolkata",     "America/New_York", "Europe/London",     "Europe/Dublin",  "Australia/Lord_Howe",
    "Pacific/Chatham",  "America/Sao_Paulo", "Africa/Casablanca", "Asia/Kathmandu", "UTC"};

/// A zone: floating, a fixed offset from −14:00 to +14:00 in quarter hours, or a tz zone.
inline zone draw_zone(byte_source& in) {
  const std::uint8_t k = in.byte();
  if (k < 64) return zone{};
  if (k < 192) {
    const int quarter = static_cast<int>(in.byte() % 113) - 56;  // −56..56 quarters of an hour
    return zone::fixed(std::chrono::minutes{quarter * 15});
  }
  auto z = locate_zone(kZones[std::size_t{k} % kZones.size()]);
  return z ? *z : zone{};
}

/// A reference time: half the time the usual 2023-09-19T13:43, else anywhere in years 0..9999
/// to the second, in a drawn zone.
inline reference draw_reference(byte_source& in) {
  using namespace std::chrono;
  const std::uint8_t mode = in.byte();
  const zone z = draw_zone(in);
  local_time when;
  if (mode & 1) {
    when = local_time{date::local_days{date::year{2023} / 9 / 19}.time_since_epoch()} + hours{13} + minutes{43};
  } else {
    constexpr std::int64_t kDays = 3652425;  // days in years 0..9999
    const auto first = date::local_days{date::year{0} / 1 / 1};
    const auto day = first + date::days{static_cast<std::int64_t>(in.u32(3)) % kDays};
    when = local_time{day.time_since_epoch()} + seconds{in.u32(3) % 86400};
  }
  return reference::at_local(when, z);
}

inline direction draw_direction(std::uint8_t bits) { return static_cast<direction>(bits % 4); }

/// Every parse option: date order, two-digit window, directions, tense, zone preference, DST.
inline parse_options draw_parse_options(byte_source& in) {
  parse_options o;
  const std::uint8_t a = in.byte(), b = in.byte(), c = in.byte();
  o.order = (a & 1) ? date_order::day_first : date_order::month_first;
  o.weekday = draw_direction(static_cast<std::uint8_t>(a >> 1));
  o.month = draw_direction(static_cast<std::uint8_t>(a >> 3));
  o.hint = static_cast<tense>((a >> 5) % 4);
  o.dst = static_cast<dst_policy>(b % 3);
  o.two_digit_year_future = c % 100;
  static constexpr std::array<std::string_view, 6> regions{"", "IE", "CN", "IL", "BD", "MY"};
  o.zones.region = std::string(regions[static_cast<std::size_t>(b >> 2) % regions.size()]);
  if (b & 0x80) o.zones.preferred_zones.emplace_back(kZones[static_cast<std::size_t>(b >> 3) % kZones.size()]);
  return o;
}

/// Extraction options on top of the parse options.
inline extract_options draw_extract_options(byte_source& in) {
  extract_options o;
  o.parse = draw_parse_options(in);
  const std::uint8_t f = in.byte();
  o.anchor = (f & 1) ? anchoring::narrative : anchoring::news;
  o.use_tense = (f & 2) == 0;
  o.split_ranges = (f & 4) != 0;
  o.include_durations = (f & 8) == 0;
  o.include_sets = (f & 16) == 0;
  o.include_vague = (f & 32) == 0;
  return o;
}

inline doc_format draw_format(std::uint8_t b) { return static_cast<doc_format>(b % 5); }

/// Checks a document's own invariants: text as long as raw, sentence spans inside it.
inline void check_document(const document& d) {
  require(d.text.size() == d.raw.size(), "document text and raw differ in length");
  for (const auto& s : d.sentences)
    require(s.begin <= s.end && s.end <= d.text.size(), "marked sentence outside the document");
}

}  // namespace annals::fuzz
