// annals/zone.hpp — civil time, absolute time and the zone that connects them.
//
// Model: Absolute time = F(Civil time, Zone). A `local_time` is a wall-clock reading with no zone
// ("2023-09-19 13:43"); a `sys_time` is a point on the UTC time line. Crossing from one to the
// other always needs a `zone`, which is one of
//   - floating: the text gave no zone and none could be inferred (the value stays civil),
//   - fixed:    a UTC offset (+05:30, Z, or an abbreviation that denotes one offset: IST, EDT),
//   - iana:     a tz-database zone (Asia/Kolkata, or a generic name such as ET → America/New_York),
//               whose offset depends on the date.
//
//   auto kolkata = annals::locate_zone("Asia/Kolkata").value();
//   auto utc = kolkata.to_sys(date::local_days{2023_y/9/19} + 13h + 43min);   // 08:13Z
//
// Abbreviations resolve through one table (`abbreviation_candidates`). Where an abbreviation names
// several zones the first candidate is the default, chosen for news text:
//   IST  India Standard Time (+05:30)   — also Irish Standard Time (+01:00), Israel (+02:00)
//   CST  US Central Standard (−06:00)   — also China Standard Time (+08:00), Cuba (−05:00)
//   CDT  US Central Daylight (−05:00)   — also Cuba Daylight (−04:00)
//   BST  British Summer Time (+01:00)   — also Bangladesh Standard Time (+06:00)
//   AST  Atlantic Standard (−04:00)     — also Arabia Standard Time (+03:00)
//   MST  US Mountain Standard (−07:00)  — also Malaysia Standard Time (+08:00)
// Callers override the default with `zone_preferences` (preferred IANA zones or an ISO 3166
// region code), and the resolved value records that the abbreviation was ambiguous.
// Abbreviations of a single offset (EST, EDT, IST) resolve to that fixed offset; generic names
// (ET, CT, MT, PT, AKT, HT) resolve to the IANA zone so the date decides between standard and
// daylight time.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <date/date.h>
#include <date/tz.h>

#include "annals/result.hpp"

namespace annals {

/// Resolution of every annals time point: microseconds, enough for RFC 3339 fractions and a
/// range far beyond years 0..9999.
using duration = std::chrono::microseconds;
/// A wall-clock reading with no zone.
using local_time = date::local_time<duration>;
/// A point on the UTC time line.
using sys_time = date::sys_time<duration>;

/// What to do with a local time that a DST transition makes ambiguous or skips.
enum class dst_policy : std::uint8_t {
  earliest,  ///< overlap: the earlier instant; gap: the instant the clocks jumped to (default)
  latest,    ///< overlap: the later instant; gap: as earliest
  reject,    ///< either case is an error (errc::nonexistent_time)
};

/// How a local time maps to UTC in a zone, as data (CCTZ's civil_lookup).
struct zone_lookup {
  enum class kind : std::uint8_t { unique, skipped, repeated };
  kind what = kind::unique;
  sys_time first;   ///< the only instant, or the earlier one, or (skipped) the transition instant
  sys_time second;  ///< equal to first when unique; the later instant when repeated
};

/// A floating, fixed-offset or tz-database zone. Small and copyable; tz-database zones are held
/// by pointer into the process-wide, immutable tz database.
class zone {
 public:
  enum class kind : std::uint8_t { floating, fixed, iana };

  /// Floating: no zone known.
  constexpr zone() noexcept = default;

  /// A fixed UTC offset (east positive). Offsets beyond ±24h are clamped by the caller's parser.
  [[nodiscard]] static constexpr zone fixed(std::chrono::minutes offset) noexcept {
    zone z;
    z.kind_ = kind::fixed;
    z.offset_ = offset;
    return z;
  }
  /// A tz-database zone; `tz` must not be null.
  [[nodiscard]] static zone iana(const date::time_zone* tz) noexcept {
    zone z;
    z.kind_ = kind::iana;
    z.tz_ = tz;
    return z;
  }

  [[nodiscard]] constexpr kind type() const noexcept { return kind_; }
  [[nodiscard]] constexpr bool is_floating() const noexcept { return kind_ == kind::floating; }
  /// The fixed offset (zero unless type() == fixed).
  [[nodiscard]] constexpr std::chrono::minutes fixed_offset() const noexcept { return offset_; }
  /// The tz-database zone (null unless type() == iana).
  [[nodiscard]] const date::time_zone* tz() const noexcept { return tz_; }

  /// "" for floating, "+05:30" / "Z" for fixed, "Asia/Kolkata" for iana.
  [[nodiscard]] std::string name() const;

  /// The UTC offset in force at a local time; none for floating zones. In a DST overlap, the
  /// offset of the earlier instant.
  [[nodiscard]] std::optional<std::chrono::minutes> offset_at(local_time t) const;
  /// The UTC offset in force at an instant; none for floating zones.
  [[nodiscard]] std::optional<std::chrono::minutes> offset_at(sys_time t) const;

  /// How `t` maps to UTC. Floating zones map as if UTC (callers check is_floating()).
  [[nodiscard]] zone_lookup lookup(local_time t) const;
  /// `t` as an instant under a DST policy; floating zones are an errc::invalid_argument error.
  [[nodiscard]] result<sys_time> to_sys(local_time t, dst_policy p = dst_policy::earliest) const;
  /// The wall-clock reading of an instant in this zone (identity for floating zones).
  [[nodiscard]] local_time to_local(sys_time t) const;

  friend bool operator==(const zone& a, const zone& b) noexcept {
    return a.kind_ == b.kind_ && a.offset_ == b.offset_ && a.tz_ == b.tz_;
  }

 private:
  kind kind_ = kind::floating;
  std::chrono::minutes offset_{0};
  const date::time_zone* tz_ = nullptr;
};

/// Finds a tz-database zone by IANA name ("Asia/Kolkata", also links such as "US/Eastern").
/// Unknown names are errc::unknown_zone; never throws.
[[nodiscard]] result<zone> locate_zone(std::string_view iana_name);

/// One meaning of a time-zone abbreviation.
struct zone_abbreviation {
  std::string_view abbreviation;  ///< upper case, as written: "IST"
  std::string_view meaning;       ///< "India Standard Time"
  std::string_view iana;          ///< representative tz-database zone: "Asia/Kolkata"
  std::string_view region;        ///< ISO 3166-1 alpha-2 region code, "" for UTC/GMT
  std::chrono::minutes offset;    ///< UTC offset it denotes (for generic names: standard time)
  bool generic;                   ///< ET, PT…: the zone's offset on the date, not `offset`
};

/// Every abbreviation annals knows, grouped by abbreviation, defaults first.
[[nodiscard]] std::span<const zone_abbreviation> abbreviation_table() noexcept;

/// The meanings of one abbreviation (case-insensitive), default first; empty if unknown.
[[nodiscard]] std::span<const zone_abbreviation> abbreviation_candidates(std::string_view abbr) noexcept;

/// Caller preferences for ambiguous abbreviations.
struct zone_preferences {
  /// IANA zones to prefer, in order: a candidate whose `iana` is listed wins.
  std::vector<std::string> preferred_zones;
  /// ISO 3166 region to prefer ("IE" makes IST Irish, "CN" makes CST China); "" for none.
  std::string region;
};

/// An abbreviation resolved to a zone.
struct resolved_abbreviation {
  zone where;                       ///< fixed offset, or iana for generic names
  const zone_abbreviation* entry;   ///< the chosen table row
  bool ambiguous;                   ///< the abbreviation had more than one candidate
};

/// Resolves an abbreviation by the table's default, or by `prefs` when one applies.
[[nodiscard]] result<resolved_abbreviation> resolve_abbreviation(std::string_view abbr,
                                                                 const zone_preferences& prefs = {});

}  // namespace annals
