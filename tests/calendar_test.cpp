// Calendar periods and their TIMEX3 values: ISO weeks (including 53-week years and week 1
// starting in the previous December or on January 1), weekends, months, quarters, halves,
// meteorological seasons, decades, centuries and parts of day.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "annals/calendar.hpp"

namespace cal = annals::calendar;
using std::chrono::hours;
using std::chrono::microseconds;
using std::chrono::minutes;
using std::chrono::seconds;

namespace {
date::local_days mk(int y, unsigned m, unsigned d) {
  return date::local_days{date::year{y} / date::month{m} / date::day{d}};
}
std::string span_text(const cal::period_span& s) {
  return cal::iso(s.begin) + "/" + cal::iso(s.end) + " " + cal::timex_value(s.grain, s.begin);
}
}  // namespace

TEST_CASE("ISO weeks") {
  struct week_case {
    int y;
    unsigned m, d;
    const char* expect;
  };
  constexpr week_case cases[] = {
      {2023, 9, 19, "2023-09-18T00:00:00/2023-09-25T00:00:00 2023-W38"},
      {2023, 9, 18, "2023-09-18T00:00:00/2023-09-25T00:00:00 2023-W38"},
      {2023, 9, 24, "2023-09-18T00:00:00/2023-09-25T00:00:00 2023-W38"},
      {2020, 12, 31, "2020-12-28T00:00:00/2021-01-04T00:00:00 2020-W53"},
      {2021, 1, 3, "2020-12-28T00:00:00/2021-01-04T00:00:00 2020-W53"},
      {2021, 1, 4, "2021-01-04T00:00:00/2021-01-11T00:00:00 2021-W01"},
      {2024, 1, 1, "2024-01-01T00:00:00/2024-01-08T00:00:00 2024-W01"},
      {2023, 12, 31, "2023-12-25T00:00:00/2024-01-01T00:00:00 2023-W52"},
      {2019, 12, 30, "2019-12-30T00:00:00/2020-01-06T00:00:00 2020-W01"},
      {2026, 12, 31, "2026-12-28T00:00:00/2027-01-04T00:00:00 2026-W53"},
      {2027, 1, 1, "2026-12-28T00:00:00/2027-01-04T00:00:00 2026-W53"},
      {2015, 12, 31, "2015-12-28T00:00:00/2016-01-04T00:00:00 2015-W53"},
      {2024, 12, 30, "2024-12-30T00:00:00/2025-01-06T00:00:00 2025-W01"},
      {2024, 2, 29, "2024-02-26T00:00:00/2024-03-04T00:00:00 2024-W09"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.y);
    CAPTURE(c.m);
    CAPTURE(c.d);
    CHECK(span_text(cal::week_of(mk(c.y, c.m, c.d))) == c.expect);
  }
}

TEST_CASE("weekends are the Saturday and Sunday of an ISO week") {
  CHECK(span_text(cal::weekend_of(mk(2023, 9, 19))) ==
        "2023-09-23T00:00:00/2023-09-25T00:00:00 2023-W38-WE");
  CHECK(span_text(cal::weekend_of(mk(2023, 9, 17))) ==
        "2023-09-16T00:00:00/2023-09-18T00:00:00 2023-W37-WE");
  CHECK(span_text(cal::weekend_of(mk(2020, 12, 28))) ==
        "2021-01-02T00:00:00/2021-01-04T00:00:00 2020-W53-WE");
  CHECK(span_text(cal::weekend_of(mk(2023, 12, 30))) ==
        "2023-12-30T00:00:00/2024-01-01T00:00:00 2023-W52-WE");
}

TEST_CASE("days, months, quarters, halves, years") {
  CHECK(span_text(cal::day_of(mk(2024, 2, 29))) == "2024-02-29T00:00:00/2024-03-01T00:00:00 2024-02-29");
  CHECK(span_text(cal::day_of(mk(2023, 12, 31))) == "2023-12-31T00:00:00/2024-01-01T00:00:00 2023-12-31");
  CHECK(span_text(cal::month_of(date::year{2024} / 2)) == "2024-02-01T00:00:00/2024-03-01T00:00:00 2024-02");
  CHECK(span_text(cal::month_of(date::year{2023} / 12)) == "2023-12-01T00:00:00/2024-01-01T00:00:00 2023-12");
  CHECK(span_text(cal::quarter_of(date::year{2023}, 1)) == "2023-01-01T00:00:00/2023-04-01T00:00:00 2023-Q1");
  CHECK(span_text(cal::quarter_of(date::year{2023}, 3)) == "2023-07-01T00:00:00/2023-10-01T00:00:00 2023-Q3");
  CHECK(span_text(cal::quarter_of(date::year{2023}, 4)) == "2023-10-01T00:00:00/2024-01-01T00:00:00 2023-Q4");
  CHECK(span_text(cal::half_of(date::year{2023}, 1)) == "2023-01-01T00:00:00/2023-07-01T00:00:00 2023-H1");
  CHECK(span_text(cal::half_of(date::year{2023}, 2)) == "2023-07-01T00:00:00/2024-01-01T00:00:00 2023-H2");
  CHECK(span_text(cal::year_of(date::year{2024})) == "2024-01-01T00:00:00/2025-01-01T00:00:00 2024");
  // Before the common era: ISO 8601 years in the interval (0 is 1 BC), TIMEX2's "BC" in the value.
  CHECK(span_text(cal::year_of(date::year{0})) == "0000-01-01T00:00:00/0001-01-01T00:00:00 BC0001");
  CHECK(span_text(cal::year_of(date::year{-752})) == "-0752-01-01T00:00:00/-0751-01-01T00:00:00 BC0753");
  CHECK(span_text(cal::year_of(date::year{-9998})) == "-9998-01-01T00:00:00/-9997-01-01T00:00:00 BC9999");
  CHECK(span_text(cal::month_of(date::year{-43} / 3)) == "-0043-03-01T00:00:00/-0043-04-01T00:00:00 BC0044-03");
  CHECK(span_text(cal::quarter_of(date::year{-43}, 2)) == "-0043-04-01T00:00:00/-0043-07-01T00:00:00 BC0044-Q2");
  CHECK(span_text(cal::day_of(mk(-43, 3, 15))) == "-0043-03-15T00:00:00/-0043-03-16T00:00:00 BC0044-03-15");
  CHECK(span_text(cal::year_of(date::year{9999})) == "9999-01-01T00:00:00/10000-01-01T00:00:00 9999");
}

TEST_CASE("seasons are meteorological; winter runs into the next year") {
  CHECK(span_text(cal::season_of(date::year{2023}, 1)) == "2023-03-01T00:00:00/2023-06-01T00:00:00 2023-SP");
  CHECK(span_text(cal::season_of(date::year{2023}, 2)) == "2023-06-01T00:00:00/2023-09-01T00:00:00 2023-SU");
  CHECK(span_text(cal::season_of(date::year{2023}, 3)) == "2023-09-01T00:00:00/2023-12-01T00:00:00 2023-FA");
  CHECK(span_text(cal::season_of(date::year{2023}, 4)) == "2023-12-01T00:00:00/2024-03-01T00:00:00 2023-WI");
  // The value of a winter span is named by the December that opens it, also when asked for
  // from a day inside January or February.
  CHECK(cal::timex_value(annals::grain::season, annals::local_time{mk(2024, 1, 15)}) == "2023-WI");
  CHECK(cal::timex_value(annals::grain::season, annals::local_time{mk(2023, 12, 1)}) == "2023-WI");
  CHECK(cal::timex_value(annals::grain::season, annals::local_time{mk(2023, 11, 30)}) == "2023-FA");
}

TEST_CASE("decades and centuries") {
  CHECK(span_text(cal::decade_of(199)) == "1990-01-01T00:00:00/2000-01-01T00:00:00 199");
  CHECK(span_text(cal::decade_of(202)) == "2020-01-01T00:00:00/2030-01-01T00:00:00 202");
  CHECK(span_text(cal::decade_of(0)) == "0000-01-01T00:00:00/0010-01-01T00:00:00 000");
  CHECK(span_text(cal::century_of(18)) == "1800-01-01T00:00:00/1900-01-01T00:00:00 18");
  CHECK(span_text(cal::century_of(20)) == "2000-01-01T00:00:00/2100-01-01T00:00:00 20");
  CHECK(span_text(cal::century_of(0)) == "0000-01-01T00:00:00/0100-01-01T00:00:00 00");
  CHECK(span_text(cal::millennium_of(2)) == "2000-01-01T00:00:00/3000-01-01T00:00:00 2");
  CHECK(span_text(cal::millennium_of(9)) == "9000-01-01T00:00:00/10000-01-01T00:00:00 9");
  // the fifth century BC is 500–401 BC; the first, 100–1 BC
  CHECK(span_text(cal::century_bc_of(5)) == "-0499-01-01T00:00:00/-0399-01-01T00:00:00 BC04");
  CHECK(span_text(cal::century_bc_of(1)) == "-0099-01-01T00:00:00/0001-01-01T00:00:00 BC00");
}

TEST_CASE("parts of day") {
  struct pod_case {
    const char* code;
    int begin, end;
  };
  constexpr pod_case cases[] = {{"MO", 6, 12}, {"MI", 11, 14}, {"AF", 12, 18},
                                {"EV", 18, 22}, {"NI", 21, 30}, {"DT", 6, 18}};
  for (const auto& c : cases) {
    const auto h = cal::hours_of(c.code);
    CHECK(h.code == c.code);
    CHECK(h.begin_hour == c.begin);
    CHECK(h.end_hour == c.end);
  }
  const annals::local_time t{mk(2023, 9, 18) + hours{6}};
  CHECK(cal::timex_value(annals::grain::part_of_day, t, "MO") == "2023-09-18TMO");
}

TEST_CASE("TIMEX3 values of clock grains and ISO text") {
  const annals::local_time t{mk(2023, 9, 19) + hours{13} + minutes{43} + seconds{7} + microseconds{250000}};
  CHECK(cal::timex_value(annals::grain::hour, t) == "2023-09-19T13:43");
  CHECK(cal::timex_value(annals::grain::minute, t) == "2023-09-19T13:43");
  CHECK(cal::timex_value(annals::grain::second, t) == "2023-09-19T13:43:07");
  CHECK(cal::timex_value(annals::grain::second, t, {}, 2) == "2023-09-19T13:43:07.25");
  CHECK(cal::timex_value(annals::grain::second, t, {}, 6) == "2023-09-19T13:43:07.250000");
  CHECK(cal::timex_value(annals::grain::month, t) == "2023-09");
  CHECK(cal::timex_value(annals::grain::quarter, t) == "2023-Q3");
  CHECK(cal::timex_value(annals::grain::half, t) == "2023-H2");
  CHECK(cal::timex_value(annals::grain::year, t) == "2023");
  CHECK(cal::timex_value(annals::grain::decade, t) == "202");
  CHECK(cal::timex_value(annals::grain::century, t) == "20");
  CHECK(cal::timex_value(annals::grain::millennium, t) == "2");
  CHECK(cal::timex_value(annals::grain::week, t) == "2023-W38");
  CHECK(cal::timex_value(annals::grain::weekend, t) == "2023-W38-WE");
  CHECK(cal::timex_value(annals::grain::unknown, t).empty());
  CHECK(cal::iso(t) == "2023-09-19T13:43:07.25");
  CHECK(cal::iso(annals::local_time{mk(2023, 9, 19)}) == "2023-09-19T00:00:00");
  CHECK(cal::timex_value(annals::grain::year, annals::local_time{mk(476, 9, 4)}) == "0476");
}
