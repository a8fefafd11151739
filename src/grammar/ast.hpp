// The parse tree of one temporal expression: a flat record of what the text said. The grammar
// (grammar.cpp) fills it; the resolver (resolve.cpp) turns it plus a reference into a
// temporal_value. Positions are byte offsets from the start of the expression's text, kept for
// error messages ("day 30 is out of range for February 2023 (column 10)").
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "annals/timex.hpp"

namespace annals::detail {

/// Calendar units as written ("days", "fortnight", "decade").
enum class unit : std::uint8_t {
  none, second, minute, hour, day, weekend, week, fortnight, month, quarter, half, season, year,
  decade, century, millennium,
};

/// Relative words before a unit, weekday, month, season or holiday.
enum class rel : std::uint8_t {
  none,
  this_,  ///< this, current, the present
  last,   ///< last, past, previous, preceding
  next,   ///< next, coming, following, upcoming
};

/// Parts of day (TIMEX3 codes MO AF EV NI DT, plus midday).
enum class part_of_day : std::uint8_t { none, morning, midday, afternoon, evening, night, daytime };

/// Vague reference values.
enum class vague : std::uint8_t { none, present, past, future };

/// An amount of a unit as written: "six days", "2.5 hours", "a few weeks".
struct quantity {
  /// Thousandths of the unit ("2.5" → 2500), saturated at kHuge so that absurd amounts are
  /// reported by the resolver as out of range instead of overflowing.
  std::int64_t milli = 0;
  bool unknown = false;  ///< "a few", "several", "many", or a bare plural ("years")
  unit u = unit::none;
  static constexpr std::int64_t kHuge = 1'000'000'000'000'000'000;  // 1e18
  friend bool operator==(const quantity&, const quantity&) = default;
};

/// How an offset moves from its base: "ago"/"earlier"/"before" (−1) or "later"/"from now"/"in" (+1).
struct offset_spec {
  quantity q;
  int sign = 0;  ///< −1, +1; 0 means no offset
  std::uint32_t pos = 0;
  friend bool operator==(const offset_spec&, const offset_spec&) = default;
};

/// The flat record.
struct expr {
  // --- calendar fields as written --------------------------------------------------------
  std::optional<std::int64_t> year;  ///< astronomical: 0 is 1 BC, −752 is 753 BC
  bool year_two_digit = false;     ///< "'90s", "9/19/23"
  bool year_era = false;           ///< written with its era: "476 AD", "753 BC"
  std::optional<int> month;        ///< 1..12
  std::optional<int> day;          ///< 1..31 (validated against month and year later)
  std::optional<int> weekday;      ///< 1 = Monday … 7 = Sunday (ISO)
  std::optional<int> weekday_ordinal;  ///< "the first Monday of": 1..5 of the month; −1 the last
  std::optional<int> iso_week;     ///< 2023-W38
  std::optional<int> ordinal_day;  ///< 2023-262
  std::optional<int> quarter;      ///< 1..4
  std::optional<int> half;         ///< 1..2
  std::optional<int> season;       ///< 1 spring, 2 summer, 3 fall, 4 winter
  std::optional<std::int64_t> decade;   ///< 199 for "the 1990s"
  std::optional<std::int64_t> century;  ///< 18 for "the 19th century" (TIMEX3 counts from 0);
                                        ///< −5 for "the fifth century BC"
  std::optional<std::int64_t> millennium;  ///< 2 for "the third millennium" (2000–2999)
  /// "the turn of the century" (century) or "of the millennium" (millennium): the year that
  /// begins one, `year` when an ordinal names it, else chosen by the resolver from the
  /// reference (the one just past, or the coming one in the last quarter of a century).
  unit turn_of = unit::none;
  bool turn_whole = false;  ///< "the new century": the century or millennium that begins at the turn
  std::uint32_t pos_year = 0, pos_month = 0, pos_day = 0, pos_weekday = 0, pos_hour = 0,
                pos_minute = 0, pos_second = 0, pos_zone = 0;

  // --- numeric date whose order is not yet known ("9/10/2023") ---------------------------
  std::optional<int> num_a, num_b;  ///< first and second numbers of an all-numeric date
  bool numeric_dotted = false;      ///< written with dots: always day first

  // --- time of day -------------------------------------------------------------------------
  std::optional<int> hour, minute, second;
  std::optional<std::int64_t> micros;  ///< fraction of a second
  int ampm = 0;                        ///< 0 none, 1 a.m., 2 p.m.
  part_of_day pod = part_of_day::none;
  bool noon = false, midnight = false;
  bool pre_dawn = false;  ///< "the early hours", "the small hours": midnight to six, the morning's START

  // --- zone ---------------------------------------------------------------------------------
  std::optional<int> zone_offset_min;  ///< numeric offset, east positive
  std::string_view zone_abbr;          ///< "IST", "EDT" (into the input, or the zone table for a name)
  std::string_view zone_iana;          ///< "Asia/Kolkata"

  // --- relative anchor ------------------------------------------------------------------------
  rel relation = rel::none;  ///< applies to unit_rel, weekday, month, season, holiday
  bool coming = false;       ///< the relation was written "coming" or "upcoming" (rel::next)
  unit unit_rel = unit::none;  ///< "this week", "last month", "next year"
  int relation_count = 1;      ///< "the last two weeks" (as a date anchor: rarely used)
  std::optional<int> day_offset;  ///< today 0, yesterday −1, tomorrow +1, day before yesterday −2
  bool tonight = false;
  bool pod_alone = false;      ///< "the afternoon", "late morning", "overnight": no day written
  int holiday = -1;            ///< index into the holiday table
  bool holiday_weekend = false;  ///< "Memorial Day weekend": the weekend next to the holiday
  bool holiday_week = false;     ///< "Christmas week", "Easter week": the ISO week of the holiday
  /// "the week of March 6", "the weekend of March 9" (side 0): the ISO week that holds the day,
  /// or that week's weekend; "the week before Christmas", "the weekend after Thanksgiving", "the
  /// Friday before Easter" (side −1 or +1): the ISO week a week before or after the day's, the
  /// first weekend wholly before or after it, or the nearest such weekday before or after it
  /// (`neighbour_weekday`, 1 = Monday).
  unit neighbour = unit::none;
  int neighbour_side = 0;        ///< −1 before, 0 the day's own, +1 after
  int neighbour_weekday = 0;
  vague vague_ref = vague::none;
  bool now = false;            ///< "now", "right now": PRESENT_REF
  offset_spec offset;          ///< "two days ago", "in 45 minutes", "a week from today"
  bool offset_from_anchor = false;  ///< "a week from Monday": offset applies to the anchor
  bool offset_from_word = false;    ///< "a week from Monday" (not "after"): the day is still to come

  // --- modifiers ------------------------------------------------------------------------------
  timex_mod mod = timex_mod::none;  ///< early → START, mid → MID, late → END, around → APPROX
  bool mod_relative_to_ref = false; ///< "earlier this month" / "later this year": split at ref
  bool to_date = false;             ///< "the year to date", "YTD": this period up to the reference
  int mod_side = 0;                 ///< −1 earlier, +1 later (with mod_relative_to_ref)
  std::optional<int> part_index;    ///< "the first half of": part 1 of `part_unit`
  unit part_unit = unit::none;      ///< half / quarter of the anchor

  // --- durations ------------------------------------------------------------------------------
  bool is_duration = false;
  std::array<quantity, 4> dur{};    ///< the parts: "two years and three months"
  int ndur = 0;
  std::uint32_t pos_duration = 0;   ///< where the first amount began (for error columns)
  bool duration_anchored_past = false;    ///< "the past three years": ends at the reference
  bool duration_anchored_future = false;  ///< "the next three years": starts at the reference

  // --- sets -------------------------------------------------------------------------------------
  bool is_set = false;
  unit set_unit = unit::none;  ///< every <unit>
  int set_every = 1;           ///< "every other" → 2, "every three weeks" → 3; −1 unknown ("every few years")
  int set_times = 0;           ///< "twice a week" → 2
  bool set_each = false;       ///< "each" rather than "every"

  // --- range -------------------------------------------------------------------------------------
  // Ranges are assembled by the driver from two exprs; see grammar.hpp.

  /// True when any date-level anchor is present (calendar field or relative anchor).
  [[nodiscard]] bool has_date() const noexcept {
    return year || month || day || weekday || iso_week || ordinal_day || quarter || half ||
           season || decade || century || millennium || turn_of != unit::none || num_a || relation != rel::none ||
           unit_rel != unit::none || day_offset || tonight || holiday >= 0;
  }
  [[nodiscard]] bool has_time() const noexcept { return hour.has_value() || noon || midnight; }
  friend bool operator==(const expr&, const expr&) = default;
};

}  // namespace annals::detail
