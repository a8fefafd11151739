// annals/parse.hpp — one temporal expression, resolved against a reference time.
//
//   auto ref = annals::parse_reference("2023-09-19T13:43+05:30").value();
//   auto v = annals::parse("Sep 19 2023 | 1:43 PM EDT", ref);
//   // v->type == TIME, v->value == "2023-09-19T13:43", *v->instant == 2023-09-19 17:43:00 UTC
//   auto w = annals::parse("last Wednesday", ref);     // DATE 2023-09-13
//   auto d = annals::parse("six-day", ref);            // DURATION P6D
//
// `parse` reads the whole text (surrounding white space allowed) as one expression; trailing text
// is an error (errc::trailing_input). To find expressions inside running text use
// annals/extract.hpp.
//
// Policies, all in `parse_options`:
//  - Numeric dates: month first by default ("9/10/2023" is 10 September 2023);
//    `date_order::day_first` reads it as 9 October. A form that only one order makes valid is read
//    that way whatever the policy ("31/12/2023", "12/31/2023"); dotted dates ("19.09.2023") are
//    always day first; year-first forms ("2023/09/19") are always year-month-day.
//  - Two-digit years ("9/19/23", "the '90s", "Dec. 25, '22"): the year within a 100-year window
//    that ends `two_digit_year_future` years after the reference year (default 20: with a 2023
//    reference, '43 → 2043, '44 → 1944).
//  - Bare weekdays and months (see `direction`): a bare weekday is by default the most recent
//    such day, the reference day itself included; a bare month or month-day is by default in the
//    reference's year. A tense hint from the sentence overrides both (past → on or before the
//    reference, future → on or after it). A month-day with a weekday ("Tuesday, March 4") whose
//    year so chosen does not fit the weekday takes the year before or after when that one fits,
//    lies within 300 days of the reference and keeps the direction; else it is an error.
//  - Zones: abbreviations through the table in annals/zone.hpp, `zones` overrides defaults.
//  - DST: a local time in a gap or overlap maps to an instant by `dst` (earliest by default).
//    The value keeps the time as written; the interval of a skipped reading starts where the
//    clocks landed ("2:30 AM" on 2023-03-12 in New York → [03:00 EDT, 03:01)), and that of a
//    repeated one carries the offset the policy chose.
//  - Weekday words: "last Tuesday" is the most recent Tuesday before the reference day (a week
//    back when said on a Tuesday), "next Friday" the first Friday after it (said on Tuesday
//    2023-09-19: 2023-09-22), "this Monday" the Monday of the reference's ISO week.
//  - "midnight" is the end of the day named (value "…T24:00", as TimeBank annotates it);
//    "12 a.m." and "00:00" are its start.
//  - "earlier this month" / "later this year" keep the period's value with mod START / END and
//    an interval split at the reference time.
//  - Ranges whose end is a clock time end at that time ("9 a.m. to 5 p.m." ends at 17:00), on
//    the next day when it is earlier than the start ("10 p.m. to 2 a.m.").
#pragma once

#include <cstdint>
#include <string_view>

#include "annals/reference.hpp"
#include "annals/result.hpp"
#include "annals/timex.hpp"
#include "annals/zone.hpp"

namespace annals {

/// Order of day and month in all-numeric dates such as 9/10/2023.
enum class date_order : std::uint8_t { month_first, day_first };

/// Where a bare weekday or month lands relative to the reference.
enum class direction : std::uint8_t {
  past,         ///< the most recent one, the reference day/month itself included
  future,       ///< the next one, the reference day/month itself included
  nearest,      ///< whichever of the two is closer (ties go to the past)
  same_period,  ///< the one in the reference's week (weekdays) or year (months)
};

/// The tense of the surrounding sentence, as a hint for direction (from extraction).
enum class tense : std::uint8_t { none, past, present, future };

/// Options for parse().
struct parse_options {
  date_order order = date_order::month_first;
  int two_digit_year_future = 20;          ///< see header comment; 0..99
  direction weekday = direction::past;     ///< bare "Monday"
  direction month = direction::same_period;  ///< bare "November", "Sept. 5"
  tense hint = tense::none;                ///< overrides weekday/month when past or future
  zone_preferences zones;                  ///< ambiguous abbreviations
  dst_policy dst = dst_policy::earliest;   ///< local times in DST gaps and overlaps
};

/// Parses and resolves one temporal expression.
[[nodiscard]] result<temporal_value> parse(std::string_view text, const reference& ref,
                                           const parse_options& options = {});

}  // namespace annals
