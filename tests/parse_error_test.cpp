// Errors: every rejected expression reports its code and the 1-based column of the offending
// text (error.column()), and nothing is thrown.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "annals/parse.hpp"
#include "annals/reference.hpp"

namespace {

using annals::errc;

struct error_case {
  const char* text;
  errc code;
  std::size_t column;  // 0: no position
};

constexpr error_case kCases[] = {
    // Calendar fields out of range.
    {"February 30, 2023", errc::invalid_date, 10},
    {"2023-13-01", errc::invalid_date, 6},
    {"2023-00-10", errc::invalid_date, 6},
    {"2023-02-29", errc::invalid_date, 9},
    {"2023-09-31", errc::invalid_date, 9},
    {"Sep 45 2023", errc::invalid_date, 5},
    {"April 31", errc::invalid_date, 7},
    {"Feb. 29, 2023", errc::invalid_date, 6},
    {"9/31/2023", errc::invalid_date, 3},
    {"13/45/2023", errc::invalid_date, 1},
    {"31.02.2023", errc::invalid_date, 1},
    {"2021-W53", errc::invalid_date, 7},
    {"2023-W00", errc::invalid_date, 7},
    {"2023-366", errc::invalid_date, 6},
    {"2023-000", errc::invalid_date, 6},
    {"Tuesday, September 18, 2023", errc::invalid_date, 1},
    // no September 18 within 300 days of the reference (2023-09-19) is a Tuesday
    {"Tuesday, September 18", errc::invalid_date, 1},
    {"Last Updated : Feb 30 2023 | 1:43 PM IST", errc::invalid_date, 20},
    // Clock fields out of range.
    {"25:61", errc::invalid_time, 1},
    {"1:61 PM", errc::invalid_time, 3},
    {"12:30:61", errc::invalid_time, 7},
    {"13 PM", errc::invalid_time, 1},
    {"0 a.m.", errc::invalid_time, 1},
    {"24:30", errc::invalid_time, 1},
    {"Sep 19 2023 | 25:00", errc::invalid_time, 15},
    {"2023-09-19T24:01", errc::invalid_time, 12},
    {"2023-09-19T13:60", errc::invalid_time, 15},
    // Years beyond 0..9999 and absurd offsets.
    {"10000-01-01", errc::out_of_range, 1},
    {"Jan 1, 10000", errc::out_of_range, 8},
    {"March 123456", errc::out_of_range, 7},
    {"99999999999 days ago", errc::out_of_range, 1},
    // a fraction of weeks counted in days, the count saturated
    {"999999999999999.5 weeks", errc::out_of_range, 1},
    {"in 10^20 years", errc::out_of_range, 4},
    {"in 9999 years", errc::out_of_range, 4},
    {"12000 years ago", errc::out_of_range, 1},
    {"the past 20000 years", errc::out_of_range, 10},
    {"20000000000000000000000 days", errc::out_of_range, 1},
    // Zones.
    {"Sep 19 2023 1:43 PM Mars/Base", errc::unknown_zone, 21},
    {"1:43 PM +19:00", errc::unknown_zone, 9},
    // Not an expression, or more than one.
    {"blah", errc::syntax, 1},
    {"Q5 2023", errc::syntax, 1},
    {"yesterday blah", errc::trailing_input, 11},
    {"Sep 19 2023 1:43 PM XYZ", errc::trailing_input, 21},
    {"  tomorrow  and more", errc::trailing_input, 13},
    {"", errc::empty_input, 0},
    {"   ", errc::empty_input, 0},
};

}  // namespace

TEST_CASE("errors carry a code and a column") {
  const auto ref = annals::parse_reference("2023-09-19T13:43+05:30").value();
  for (const auto& c : kCases) {
    const std::string text = c.text;
    CAPTURE(text);
    const auto r = annals::parse(c.text, ref);
    REQUIRE_FALSE(r.has_value());
    CAPTURE(r.error().message);
    CHECK(annals::to_string(r.error().code) == annals::to_string(c.code));
    CHECK(r.error().column() == c.column);
    CHECK_FALSE(r.error().message.empty());
  }
}

TEST_CASE("messages name the problem") {
  const auto ref = annals::parse_reference("2023-09-19T13:43+05:30").value();
  CHECK(annals::parse("February 30, 2023", ref).error().what() ==
        "day 30 is out of range for February 2023 (column 10)");
  CHECK(annals::parse("2023-13-01", ref).error().message == "month 13 is out of range");
  CHECK(annals::parse("25:61", ref).error().message == "hour 25 is out of range");
  CHECK(annals::parse("Feb. 29", ref).error().message == "day 29 is out of range for February 2023");
  CHECK(annals::parse("Tuesday, Sept. 18", ref).error().message == "2023-09-18 is a Monday, not a Tuesday");
}

TEST_CASE("DST gaps are errors only under dst_policy::reject") {
  const auto ref = annals::parse_reference("2023-03-12T10:00 America/New_York").value();
  annals::parse_options reject;
  reject.dst = annals::dst_policy::reject;
  const auto r = annals::parse("Mar 12 2023 2:30 AM", ref, reject);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == errc::nonexistent_time);
  CHECK(r.error().column() == 13);
  CHECK(annals::parse("Mar 12 2023 2:30 AM", ref));
  // The overlap is not a gap: reject applies to both, by the zone's definition.
  CHECK_FALSE(annals::parse("Nov 5 2023 1:30 AM", ref, reject));
  CHECK(annals::parse("Nov 5 2023 1:30 AM", ref));
}

TEST_CASE("limits") {
  const auto ref = annals::parse_reference("2023-09-19").value();
  const std::string big(5000, 'x');
  CHECK(annals::parse(big, ref).error().code == errc::too_large);
  CHECK(annals::parse("Sep \xff 19", ref).error().code == errc::invalid_utf8);
  CHECK(annals::parse("Sep \xff 19", ref).error().column() == 5);
  // Long runs of digits and words never crash or overflow.
  CHECK_FALSE(annals::parse(std::string(300, '9') + " days ago", ref));
  CHECK_FALSE(annals::parse("in " + std::string(4000, '9') + " years", ref));
}
