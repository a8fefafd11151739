// annals/timex.hpp — the temporal value model shared by every stage.
//
// A `temporal_value` is what a temporal expression means once resolved: its TimeML TIMEX3 type
// and value string, the half-open interval [begin, end) it covers on the time line, its grain,
// which fields the text stated and which were inferred from the reference, TIMEX3 modifiers, and
// for durations and sets their period and frequency.
//
//   "Monday morning", reference Tue 2023-09-19 13:43 +05:30
//     type TIME (TIMEX3 counts a part of day as a time), value "2023-09-18TMO",
//     interval [2023-09-18T06:00, 2023-09-18T12:00) at +05:30, grain part_of_day,
//     stated {weekday, part_of_day}, inferred {year, month, day}
//   "six-day"  → DURATION "P6D", period{days = 6}, grain day, no interval
//   "every Monday" → SET "XXXX-WXX-1", quant "EVERY", grain day
//
// A resolved value keeps its grain: "last March" is a month, not an instant. Ranges ("from
// Monday to Friday", "2019–2021") are one value whose `value` is the ISO 8601 interval of the two
// ends' TIMEX3 values ("2023-09-18/2023-09-22") and whose `ends` hold both ends; TimeML itself
// would tag the two ends separately, which extraction does on request.
//
// Rendering (TIMEX3 attributes, ISO 8601, JSON) lives in annals/render.hpp.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "annals/zone.hpp"

namespace annals {

/// TIMEX3 type.
enum class timex_type : std::uint8_t { date, time, duration, set };

/// How fine a value is. Ordered coarse to fine, except that week/weekend sit between month and
/// day and part_of_day between day and hour.
enum class grain : std::uint8_t {
  millennium,
  century,
  decade,
  year,
  half,         ///< half-year: H1, H2
  season,       ///< SP, SU, FA, WI
  quarter,      ///< Q1..Q4
  month,
  week,         ///< ISO 8601 week
  weekend,      ///< Saturday and Sunday of an ISO week
  day,
  part_of_day,  ///< MO, AF, EV, NI, DT (see annals/calendar.hpp for the hours)
  hour,
  minute,
  second,
  unknown,      ///< vague references such as PAST_REF
};

/// TIMEX3 `mod` attribute.
enum class timex_mod : std::uint8_t {
  none,
  before,
  after,
  on_or_before,
  on_or_after,
  less_than,
  more_than,
  equal_or_less,
  equal_or_more,
  start,
  mid,
  end,
  approx,
};

/// The fields of a date or time, as a bit set: what the text stated, what was inferred.
enum class field : std::uint16_t {
  none = 0,
  year = 1u << 0,
  month = 1u << 1,
  day = 1u << 2,
  weekday = 1u << 3,
  hour = 1u << 4,
  minute = 1u << 5,
  second = 1u << 6,
  fraction = 1u << 7,
  zone = 1u << 8,
  part_of_day = 1u << 9,
  week = 1u << 10,
  quarter = 1u << 11,   ///< also half-years and seasons
  decade = 1u << 12,    ///< also centuries
};
[[nodiscard]] constexpr field operator|(field a, field b) noexcept {
  return static_cast<field>(static_cast<std::uint16_t>(a) | static_cast<std::uint16_t>(b));
}
[[nodiscard]] constexpr field operator&(field a, field b) noexcept {
  return static_cast<field>(static_cast<std::uint16_t>(a) & static_cast<std::uint16_t>(b));
}
[[nodiscard]] constexpr field operator~(field a) noexcept {
  return static_cast<field>(~static_cast<std::uint16_t>(a));
}
constexpr field& operator|=(field& a, field b) noexcept { return a = a | b; }
/// True when every bit of `b` is in `a`.
[[nodiscard]] constexpr bool has(field a, field b) noexcept { return (a & b) == b && b != field::none; }

/// Units of an ISO 8601 period.
enum class period_unit : std::uint8_t { year, month, week, day, hour, minute, second };

/// An ISO 8601 period ("P6D", "PT1H30M", "P18M"), each component a whole number except the
/// seconds, which keep thousandths ("21.34 seconds" → "PT21.34S"), or unknown ("several days"
/// → "PXD"). Decades and centuries are years (P10Y, P100Y) as in TimeBank.
struct period {
  std::array<std::int64_t, 7> amount{};  ///< indexed by period_unit
  std::int32_t milliseconds = 0;         ///< thousandths of a second beyond amount[second], 0..999
  std::optional<period_unit> unknown;    ///< set for "PX<unit>"; then `amount` is all zero

  [[nodiscard]] std::int64_t& operator[](period_unit u) { return amount[static_cast<std::size_t>(u)]; }
  [[nodiscard]] std::int64_t operator[](period_unit u) const { return amount[static_cast<std::size_t>(u)]; }
  [[nodiscard]] bool empty() const noexcept;
  /// ISO 8601 / TIMEX3 form: "P6D", "PT30M", "P1Y6M", "PT0.5S", "PXY", "PT0S" when empty.
  [[nodiscard]] std::string iso() const;
  /// The finest unit with a non-zero amount (or the unknown unit).
  [[nodiscard]] annals::grain grain() const noexcept;

  friend bool operator==(const period&, const period&) = default;
};

/// A half-open interval [begin, end) of wall-clock time in a zone (floating when unknown).
struct interval {
  local_time begin;
  local_time end;
  annals::zone where;

  /// The instants of the two ends; none for floating intervals.
  [[nodiscard]] std::optional<sys_time> sys_begin() const;
  [[nodiscard]] std::optional<sys_time> sys_end() const;
  [[nodiscard]] bool contains(local_time t) const noexcept { return begin <= t && t < end; }

  friend bool operator==(const interval&, const interval&) = default;
};

/// The TIMEX3 attributes of a SET beyond its value: quant ("EVERY", "EACH") and freq ("2X").
struct recurrence {
  std::string quant;
  std::string freq;
  friend bool operator==(const recurrence&, const recurrence&) = default;
};

/// A resolved temporal expression.
struct temporal_value {
  timex_type type = timex_type::date;
  /// TIMEX3 value: "2023-09-19", "2023-09-19T13:43", "2023-W38", "P6D", "XXXX-WXX-1",
  /// "PRESENT_REF"; a range's is "<begin value>/<end value>".
  std::string value;
  timex_mod mod = timex_mod::none;
  annals::grain grain = annals::grain::day;
  /// The stretch of time covered; absent for unanchored durations, sets and PAST_REF/FUTURE_REF.
  std::optional<annals::interval> span;
  /// A time with a known zone: the instant it names (the begin of `span`), for output as UTC.
  std::optional<sys_time> instant;
  field stated = field::none;    ///< fields the text gave
  field inferred = field::none;  ///< fields taken from the reference time
  /// DURATION: the length. SET: the period between occurrences.
  std::optional<annals::period> length;
  /// SET: quant and freq.
  std::optional<annals::recurrence> every;
  /// The zone abbreviation as written ("IST"), and whether it had several meanings.
  std::string zone_abbreviation;
  bool zone_ambiguous = false;
  /// A range's two ends (empty for a single value).
  std::vector<temporal_value> ends;

  friend bool operator==(const temporal_value&, const temporal_value&) = default;
};

[[nodiscard]] std::string_view to_string(timex_type t) noexcept;  ///< "DATE", "TIME", …
[[nodiscard]] std::string_view to_string(grain g) noexcept;       ///< "day", "part_of_day", …
[[nodiscard]] std::string_view to_string(timex_mod m) noexcept;   ///< "", "START", "APPROX", …

}  // namespace annals
