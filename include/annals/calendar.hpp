// annals/calendar.hpp — calendar periods as intervals, and their TIMEX3 values.
//
// The building blocks the resolver, extraction and the timeline share: the interval of a year,
// quarter, season, ISO week or part of day, and the TIMEX3 value string of a period.
//
//   auto w = annals::calendar::week_of(date::local_days{2023_y/9/19});
//   // [2023-09-18, 2023-09-25), grain week, value "2023-W38"
//
// Conventions (each one documented where it is defined):
//  - Weeks are ISO 8601 weeks (Monday first; week 1 holds the year's first Thursday), so
//    2024-W01 starts on 2024-01-01 and 2020 has a week 53. A weekend is the Saturday and Sunday
//    of an ISO week ("2023-W37-WE" = 16–17 September 2023).
//  - Seasons are meteorological, northern hemisphere: spring March–May, summer June–August,
//    fall September–November, winter December to February (of the next year: "2023-WI" is
//    December 2023 to February 2024).
//  - Halves are H1 January–June, H2 July–December; quarters Q1..Q4 calendar quarters.
//  - A decade is "199" = 1990–1999; a century "18" = 1800–1899 (TIMEX3 counts from the
//    hundreds digit, so "the 19th century" is "18").
//  - Parts of day, in local time: see `part_of_day_hours`.
//  - Years before the common era: intervals count years astronomically, as ISO 8601 does (year
//    0 is 1 BC, -0752 is 753 BC); values write them as TIMEX2/TIDES does, "BC" and the year
//    counted back ("BC0753"; "BC04" for the fifth century BC, 500–401 BC). Years run from 9999 BC
//    (-9998) to 9999.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "annals/timex.hpp"

namespace annals::calendar {

/// A calendar period: its interval (floating) and grain.
struct period_span {
  local_time begin;
  local_time end;
  annals::grain grain;
};

/// TIMEX3 part-of-day codes and their hours [begin, end) in local time; an end past 24
/// continues into the next day:
///   MO morning 06–12, MI midday 11–14, AF afternoon 12–18, EV evening 18–22,
///   NI night 21–06 (next day), DT daytime 06–18.
struct part_of_day_hours {
  std::string_view code;
  int begin_hour;
  int end_hour;
};
[[nodiscard]] part_of_day_hours hours_of(std::string_view code) noexcept;

[[nodiscard]] period_span day_of(date::local_days d);
[[nodiscard]] period_span week_of(date::local_days d);
[[nodiscard]] period_span weekend_of(date::local_days d);  ///< the weekend of d's ISO week
[[nodiscard]] period_span month_of(date::year_month ym);
[[nodiscard]] period_span quarter_of(date::year y, int quarter);
[[nodiscard]] period_span half_of(date::year y, int half);
[[nodiscard]] period_span season_of(date::year y, int season);  ///< 1 spring … 4 winter
[[nodiscard]] period_span year_of(date::year y);
[[nodiscard]] period_span decade_of(std::int64_t decade);   ///< 199 → 1990s
[[nodiscard]] period_span century_of(std::int64_t century); ///< 18 → 1800s
[[nodiscard]] period_span millennium_of(std::int64_t millennium); ///< 2 → 2000–2999
/// The n-th century before the common era: 5 → 500–401 BC, [-0499, -0399) astronomically.
[[nodiscard]] period_span century_bc_of(std::int64_t n);

/// The TIMEX3 value of a period that begins at `begin` with grain `g`; for part_of_day pass
/// the code ("MO"), for second grain the fraction digits to print (0 for none).
[[nodiscard]] std::string timex_value(annals::grain g, local_time begin,
                                      std::string_view pod_code = {}, int fraction_digits = 0);

/// ISO 8601 text of a local time: "2023-09-19T13:43:00" (fraction only when non-zero); a year
/// before 0 with its sign and four digits at least ("-0752-04-21T00:00:00").
[[nodiscard]] std::string iso(local_time t);

}  // namespace annals::calendar
