// Absolute forms: ISO 8601 / RFC 3339, RFC 2822 and HTTP dates, news datelines, month-name and
// numeric dates, quarters, halves, seasons, decades, centuries and clock times, each with its
// exact TIMEX3 value and interval; the numeric date-order and two-digit-year policies; month and
// weekday spellings; every zone abbreviation in the table, through parse.
#include <doctest/doctest.h>

#include <cctype>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "annals/parse.hpp"
#include "annals/reference.hpp"
#include "annals/render.hpp"
#include "annals/zone.hpp"
#include "zone_cities.hpp"

namespace {

struct abs_case {
  const char* ref;
  const char* text;
  const char* type;
  const char* value;
  const char* begin;
  const char* end;
  const char* mod;
};

constexpr abs_case kCases[] = {
    {"2023-09-19T13:43+05:30", "2023-09-19", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "2023-09-19T13:43", "TIME", "2023-09-19T13:43", "2023-09-19T13:43:00+05:30", "2023-09-19T13:44:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "2023-09-19T13:43:07", "TIME", "2023-09-19T13:43:07", "2023-09-19T13:43:07+05:30", "2023-09-19T13:43:08+05:30", ""},
    {"2023-09-19T13:43+05:30", "2023-09-19T13:43:07.5", "TIME", "2023-09-19T13:43:07.5", "2023-09-19T13:43:07.5+05:30", "2023-09-19T13:43:08.5+05:30", ""},
    {"2023-09-19T13:43+05:30", "2023-09-19T13:43:07.123456Z", "TIME", "2023-09-19T13:43:07.123456", "2023-09-19T13:43:07.123456Z", "2023-09-19T13:43:08.123456Z", ""},
    {"2023-09-19T13:43+05:30", "2023-09-19T13:43:00+05:30", "TIME", "2023-09-19T13:43:00", "2023-09-19T13:43:00+05:30", "2023-09-19T13:43:01+05:30", ""},
    {"2023-09-19T13:43+05:30", "2023-09-19T08:13:00Z", "TIME", "2023-09-19T08:13:00", "2023-09-19T08:13:00Z", "2023-09-19T08:13:01Z", ""},
    {"2023-09-19T13:43+05:30", "2023-09-19t08:13:00z", "TIME", "2023-09-19T08:13:00", "2023-09-19T08:13:00Z", "2023-09-19T08:13:01Z", ""},
    {"2023-09-19T13:43+05:30", "2023-09-19 13:43:00+05:30", "TIME", "2023-09-19T13:43:00", "2023-09-19T13:43:00+05:30", "2023-09-19T13:43:01+05:30", ""},
    {"2023-09-19T13:43+05:30", "2023-09-19T13:43:00-04:00", "TIME", "2023-09-19T13:43:00", "2023-09-19T13:43:00-04:00", "2023-09-19T13:43:01-04:00", ""},
    {"2023-09-19T13:43+05:30", "2023-09-19T13:43:00+0530", "TIME", "2023-09-19T13:43:00", "2023-09-19T13:43:00+05:30", "2023-09-19T13:43:01+05:30", ""},
    {"2023-09-19T13:43+05:30", "2023-09-19T13:43:00.250-07:00", "TIME", "2023-09-19T13:43:00.25", "2023-09-19T13:43:00.25-07:00", "2023-09-19T13:43:01.25-07:00", ""},
    {"2023-09-19T13:43+05:30", "2023-09-19T13:43:00 Europe/London", "TIME", "2023-09-19T13:43:00", "2023-09-19T13:43:00+01:00", "2023-09-19T13:43:01+01:00", ""},
    {"2023-09-19T13:43+05:30", "2023-09-19 13:43 EDT", "TIME", "2023-09-19T13:43", "2023-09-19T13:43:00-04:00", "2023-09-19T13:44:00-04:00", ""},
    {"2023-09-19T13:43+05:30", "20230919", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "20230919T134307", "TIME", "2023-09-19T13:43:07", "2023-09-19T13:43:07+05:30", "2023-09-19T13:43:08+05:30", ""},
    {"2023-09-19T13:43+05:30", "20230919T134307Z", "TIME", "2023-09-19T13:43:07", "2023-09-19T13:43:07Z", "2023-09-19T13:43:08Z", ""},
    {"2023-09-19T13:43+05:30", "20230919T1343+0530", "TIME", "2023-09-19T13:43", "2023-09-19T13:43:00+05:30", "2023-09-19T13:44:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "2023-W38", "DATE", "2023-W38", "2023-09-18T00:00:00+05:30", "2023-09-25T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "2023W38", "DATE", "2023-W38", "2023-09-18T00:00:00+05:30", "2023-09-25T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "2023-W38-2", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "2023W382", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "2020-W53", "DATE", "2020-W53", "2020-12-28T00:00:00+05:30", "2021-01-04T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "2020-W53-7", "DATE", "2021-01-03", "2021-01-03T00:00:00+05:30", "2021-01-04T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "2024-W01-1", "DATE", "2024-01-01", "2024-01-01T00:00:00+05:30", "2024-01-02T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "2023-262", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "2024-366", "DATE", "2024-12-31", "2024-12-31T00:00:00+05:30", "2025-01-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "2023-09", "DATE", "2023-09", "2023-09-01T00:00:00+05:30", "2023-10-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "Tue, 19 Sep 2023 08:13:00 +0000", "TIME", "2023-09-19T08:13:00", "2023-09-19T08:13:00Z", "2023-09-19T08:13:01Z", ""},
    {"2023-09-19T13:43+05:30", "Tue, 19 Sep 2023 08:13:00 GMT", "TIME", "2023-09-19T08:13:00", "2023-09-19T08:13:00Z", "2023-09-19T08:13:01Z", ""},
    {"2023-09-19T13:43+05:30", "Tue, 19 Sep 2023 04:13:00 -0400", "TIME", "2023-09-19T04:13:00", "2023-09-19T04:13:00-04:00", "2023-09-19T04:13:01-04:00", ""},
    {"2023-09-19T13:43+05:30", "19 Sep 2023 08:13 GMT", "TIME", "2023-09-19T08:13", "2023-09-19T08:13:00Z", "2023-09-19T08:14:00Z", ""},
    {"2023-09-19T13:43+05:30", "Sun, 06 Nov 1994 08:49:37 GMT", "TIME", "1994-11-06T08:49:37", "1994-11-06T08:49:37Z", "1994-11-06T08:49:38Z", ""},
    {"2023-09-19T13:43+05:30", "Sunday, 06-Nov-94 08:49:37 GMT", "TIME", "1994-11-06T08:49:37", "1994-11-06T08:49:37Z", "1994-11-06T08:49:38Z", ""},
    {"2023-09-19T13:43+05:30", "Sun Nov  6 08:49:37 1994", "TIME", "1994-11-06T08:49:37", "1994-11-06T08:49:37+05:30", "1994-11-06T08:49:38+05:30", ""},
    {"2023-09-19T13:43+05:30", "Sep 19 2023 | 1:43 PM IST", "TIME", "2023-09-19T13:43", "2023-09-19T13:43:00+05:30", "2023-09-19T13:44:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "Sep 19, 2023 | 1:43 PM IST", "TIME", "2023-09-19T13:43", "2023-09-19T13:43:00+05:30", "2023-09-19T13:44:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "Last Updated : Sep 19 2023 | 1:43 PM IST", "TIME", "2023-09-19T13:43", "2023-09-19T13:43:00+05:30", "2023-09-19T13:44:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "Last Updated: Sep 19, 2023, 1:43 PM EDT", "TIME", "2023-09-19T13:43", "2023-09-19T13:43:00-04:00", "2023-09-19T13:44:00-04:00", ""},
    {"2023-09-19T13:43+05:30", "First Published: Sep 19 2023 | 1:43 PM IST", "TIME", "2023-09-19T13:43", "2023-09-19T13:43:00+05:30", "2023-09-19T13:44:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "Updated: September 19, 2023 at 1:43 p.m. ET", "TIME", "2023-09-19T13:43", "2023-09-19T13:43:00-04:00", "2023-09-19T13:44:00-04:00", ""},
    {"2023-09-19T13:43+05:30", "Published 19 September 2023 08:13 GMT", "TIME", "2023-09-19T08:13", "2023-09-19T08:13:00Z", "2023-09-19T08:14:00Z", ""},
    {"2023-09-19T13:43+05:30", "Tuesday, 19 September 2023 08:13 GMT", "TIME", "2023-09-19T08:13", "2023-09-19T08:13:00Z", "2023-09-19T08:14:00Z", ""},
    {"2023-09-19T13:43+05:30", "Tuesday, September 19, 2023", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "19 September 2023", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "September 19, 2023", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "September 19 2023", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "the 19th of September, 2023", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "19-Sep-2023", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "Sep-19-2023", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "Sept. 19", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "Sept 19", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "sept. 19", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "SEPT. 19", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "Sep. 19, 2023", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "Dec. 25, 2022", "DATE", "2022-12-25", "2022-12-25T00:00:00+05:30", "2022-12-26T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "Dec 25 '22", "DATE", "2022-12-25", "2022-12-25T00:00:00+05:30", "2022-12-26T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "July 4th, 1976", "DATE", "1976-07-04", "1976-07-04T00:00:00+05:30", "1976-07-05T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "July 4, 1776", "DATE", "1776-07-04", "1776-07-04T00:00:00+05:30", "1776-07-05T00:00:00+05:30", ""},
    // days as ordinal words, as spoken and in formal writing
    {"2023-09-19T13:43+05:30", "September eighth", "DATE", "2023-09-08", "2023-09-08T00:00:00+05:30", "2023-09-09T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "March twenty-first, 2024", "DATE", "2024-03-21", "2024-03-21T00:00:00+05:30", "2024-03-22T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "the fourth of July, 1776", "DATE", "1776-07-04", "1776-07-04T00:00:00+05:30", "1776-07-05T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "Tuesday, September nineteenth", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    // a relative word before a weekday and its date: the date says which day
    {"2023-09-19T13:43+05:30", "this coming Sunday, September 24", "DATE", "2023-09-24", "2023-09-24T00:00:00+05:30", "2023-09-25T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "last Friday, Sept. 15", "DATE", "2023-09-15", "2023-09-15T00:00:00+05:30", "2023-09-16T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "January 1st", "DATE", "2023-01-01", "2023-01-01T00:00:00+05:30", "2023-01-02T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "Jan. 1, 2000", "DATE", "2000-01-01", "2000-01-01T00:00:00+05:30", "2000-01-02T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "Feb. 29, 2024", "DATE", "2024-02-29", "2024-02-29T00:00:00+05:30", "2024-03-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "Mar. 3", "DATE", "2023-03-03", "2023-03-03T00:00:00+05:30", "2023-03-04T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "Apr 30", "DATE", "2023-04-30", "2023-04-30T00:00:00+05:30", "2023-05-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "May 5", "DATE", "2023-05-05", "2023-05-05T00:00:00+05:30", "2023-05-06T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "Jun. 1", "DATE", "2023-06-01", "2023-06-01T00:00:00+05:30", "2023-06-02T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "Aug. 15", "DATE", "2023-08-15", "2023-08-15T00:00:00+05:30", "2023-08-16T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "Oct. 2", "DATE", "2023-10-02", "2023-10-02T00:00:00+05:30", "2023-10-03T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "Nov. 11", "DATE", "2023-11-11", "2023-11-11T00:00:00+05:30", "2023-11-12T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "9/19/2023", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "9/19/23", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "09/19/2023", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "19.09.2023", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    // the month, "the" and an ordinal day
    {"2023-09-19T13:43+05:30", "September the 19th", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "March the third, 2021", "DATE", "2021-03-03", "2021-03-03T00:00:00+05:30", "2021-03-04T00:00:00+05:30", ""},
    // the year, month and day marks of Chinese and Japanese (年, 月, 日)
    {"2023-09-19T13:43+05:30", "2023\u5E749\u670819\u65E5", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "2023\u5E749\u6708", "DATE", "2023-09", "2023-09-01T00:00:00+05:30", "2023-10-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "9\u670820\u65E5", "DATE", "2023-09-20", "2023-09-20T00:00:00+05:30", "2023-09-21T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "19.09.23", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "2023/09/19", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "2023.09.19", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "9-19-2023", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "9/19", "DATE", "2023-09-19", "2023-09-19T00:00:00+05:30", "2023-09-20T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "31/12/2023", "DATE", "2023-12-31", "2023-12-31T00:00:00+05:30", "2024-01-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "12/31/2023", "DATE", "2023-12-31", "2023-12-31T00:00:00+05:30", "2024-01-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "9/10/2023", "DATE", "2023-09-10", "2023-09-10T00:00:00+05:30", "2023-09-11T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "March 2022", "DATE", "2022-03", "2022-03-01T00:00:00+05:30", "2022-04-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "March, 2022", "DATE", "2022-03", "2022-03-01T00:00:00+05:30", "2022-04-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "March of 2022", "DATE", "2022-03", "2022-03-01T00:00:00+05:30", "2022-04-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "Mar 2022", "DATE", "2022-03", "2022-03-01T00:00:00+05:30", "2022-04-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "Q3 2023", "DATE", "2023-Q3", "2023-07-01T00:00:00+05:30", "2023-10-01T00:00:00+05:30", ""},
    // a quarter named by the month that ends it
    {"2023-09-19T13:43+05:30", "the September quarter", "DATE", "2023-Q3", "2023-07-01T00:00:00+05:30", "2023-10-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "the June quarter of 2022", "DATE", "2022-Q2", "2022-04-01T00:00:00+05:30", "2022-07-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "Q3", "DATE", "2023-Q3", "2023-07-01T00:00:00+05:30", "2023-10-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "2023Q3", "DATE", "2023-Q3", "2023-07-01T00:00:00+05:30", "2023-10-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "2023-Q3", "DATE", "2023-Q3", "2023-07-01T00:00:00+05:30", "2023-10-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "3Q 2023", "DATE", "2023-Q3", "2023-07-01T00:00:00+05:30", "2023-10-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "the third quarter of 2023", "DATE", "2023-Q3", "2023-07-01T00:00:00+05:30", "2023-10-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "the third quarter", "DATE", "2023-Q3", "2023-07-01T00:00:00+05:30", "2023-10-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "the fourth quarter of last year", "DATE", "2022-Q4", "2022-10-01T00:00:00+05:30", "2023-01-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "the first half of 2023", "DATE", "2023-H1", "2023-01-01T00:00:00+05:30", "2023-07-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "the second half of 2022", "DATE", "2022-H2", "2022-07-01T00:00:00+05:30", "2023-01-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "H2 2023", "DATE", "2023-H2", "2023-07-01T00:00:00+05:30", "2024-01-01T00:00:00+05:30", ""},
    // the TIMEX3 spelling, as for quarters ("2023-Q3")
    {"2023-09-19T13:43+05:30", "1990-H1", "DATE", "1990-H1", "1990-01-01T00:00:00+05:30", "1990-07-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "2022 H2", "DATE", "2022-H2", "2022-07-01T00:00:00+05:30", "2023-01-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "summer 2022", "DATE", "2022-SU", "2022-06-01T00:00:00+05:30", "2022-09-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "the summer of 2022", "DATE", "2022-SU", "2022-06-01T00:00:00+05:30", "2022-09-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "spring 2024", "DATE", "2024-SP", "2024-03-01T00:00:00+05:30", "2024-06-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "winter 2023", "DATE", "2023-WI", "2023-12-01T00:00:00+05:30", "2024-03-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "fall 2023", "DATE", "2023-FA", "2023-09-01T00:00:00+05:30", "2023-12-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "autumn 2021", "DATE", "2021-FA", "2021-09-01T00:00:00+05:30", "2021-12-01T00:00:00+05:30", ""},
    // spoken years, as transcripts write them
    {"2023-09-19T13:43+05:30", "nineteen ninety-six", "DATE", "1996", "1996-01-01T00:00:00+05:30", "1997-01-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "January nineteen ninety-seven", "DATE", "1997-01", "1997-01-01T00:00:00+05:30", "1997-02-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "the winter of nineteen ninety-four", "DATE", "1994-WI", "1994-12-01T00:00:00+05:30", "1995-03-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "the year two thousand", "DATE", "2000", "2000-01-01T00:00:00+05:30", "2001-01-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "the year two thousand and one", "DATE", "2001", "2001-01-01T00:00:00+05:30", "2002-01-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "the year nineteen eighty-four", "DATE", "1984", "1984-01-01T00:00:00+05:30", "1985-01-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "the 1990s", "DATE", "199", "1990-01-01T00:00:00+05:30", "2000-01-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "the 1990's", "DATE", "199", "1990-01-01T00:00:00+05:30", "2000-01-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "1990s", "DATE", "199", "1990-01-01T00:00:00+05:30", "2000-01-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "the '90s", "DATE", "199", "1990-01-01T00:00:00+05:30", "2000-01-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "'90s", "DATE", "199", "1990-01-01T00:00:00+05:30", "2000-01-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "the 90s", "DATE", "199", "1990-01-01T00:00:00+05:30", "2000-01-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "the nineties", "DATE", "199", "1990-01-01T00:00:00+05:30", "2000-01-01T00:00:00+05:30", ""},
    // spoken, the century first
    {"2023-09-19T13:43+05:30", "the nineteen-nineties", "DATE", "199", "1990-01-01T00:00:00+05:30", "2000-01-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "the eighteen sixties", "DATE", "186", "1860-01-01T00:00:00+05:30", "1870-01-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "the late nineteen-seventies", "DATE", "197", "1977-01-01T00:00:00+05:30", "1980-01-01T00:00:00+05:30", "END"},
    // the turn of a century: about the year that begins it
    {"2023-09-19T13:43+05:30", "the turn of the 20th century", "DATE", "1900", "1900-01-01T00:00:00+05:30", "1901-01-01T00:00:00+05:30", "APPROX"},
    {"2023-09-19T13:43+05:30", "the turn of the nineteenth century", "DATE", "1800", "1800-01-01T00:00:00+05:30", "1801-01-01T00:00:00+05:30", "APPROX"},
    {"2023-09-19T13:43+05:30", "the turn of the century", "DATE", "2000", "2000-01-01T00:00:00+05:30", "2001-01-01T00:00:00+05:30", "APPROX"},
    {"1960-05-01T12:00", "the turn of the century", "DATE", "1900", "1900-01-01T00:00:00", "1901-01-01T00:00:00", "APPROX"},
    {"1998-05-01T12:00", "the turn of the century", "DATE", "2000", "2000-01-01T00:00:00", "2001-01-01T00:00:00", "APPROX"},
    {"2023-09-19T13:43+05:30", "the turn of the millennium", "DATE", "2000", "2000-01-01T00:00:00+05:30", "2001-01-01T00:00:00+05:30", "APPROX"},
    {"2023-09-19T13:43+05:30", "the 1800s", "DATE", "18", "1800-01-01T00:00:00+05:30", "1900-01-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "the 19th century", "DATE", "18", "1800-01-01T00:00:00+05:30", "1900-01-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "the 21st century", "DATE", "20", "2000-01-01T00:00:00+05:30", "2100-01-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "the twentieth century", "DATE", "19", "1900-01-01T00:00:00+05:30", "2000-01-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "the third millennium", "DATE", "2", "2000-01-01T00:00:00+05:30", "3000-01-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "the second millennium", "DATE", "1", "1000-01-01T00:00:00+05:30", "2000-01-01T00:00:00+05:30", ""},
    // the common era written after it changes nothing
    {"2023-09-19T13:43+05:30", "the 5th century AD", "DATE", "04", "0400-01-01T00:00:00+05:30", "0500-01-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "2023", "DATE", "2023", "2023-01-01T00:00:00+05:30", "2024-01-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "in 2023", "DATE", "2023", "2023-01-01T00:00:00+05:30", "2024-01-01T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "1:43 PM", "TIME", "2023-09-19T13:43", "2023-09-19T13:43:00+05:30", "2023-09-19T13:44:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "1:43 pm", "TIME", "2023-09-19T13:43", "2023-09-19T13:43:00+05:30", "2023-09-19T13:44:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "1:43 p.m.", "TIME", "2023-09-19T13:43", "2023-09-19T13:43:00+05:30", "2023-09-19T13:44:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "1:43 P.M.", "TIME", "2023-09-19T13:43", "2023-09-19T13:43:00+05:30", "2023-09-19T13:44:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "1:43PM", "TIME", "2023-09-19T13:43", "2023-09-19T13:43:00+05:30", "2023-09-19T13:44:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "1 p.m.", "TIME", "2023-09-19T13:00", "2023-09-19T13:00:00+05:30", "2023-09-19T14:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "9 a.m.", "TIME", "2023-09-19T09:00", "2023-09-19T09:00:00+05:30", "2023-09-19T10:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "9am", "TIME", "2023-09-19T09:00", "2023-09-19T09:00:00+05:30", "2023-09-19T10:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "9:05 a.m.", "TIME", "2023-09-19T09:05", "2023-09-19T09:05:00+05:30", "2023-09-19T09:06:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "12:30 a.m.", "TIME", "2023-09-19T00:30", "2023-09-19T00:30:00+05:30", "2023-09-19T00:31:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "12 noon", "TIME", "2023-09-19T12:00", "2023-09-19T12:00:00+05:30", "2023-09-19T12:01:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "13:43", "TIME", "2023-09-19T13:43", "2023-09-19T13:43:00+05:30", "2023-09-19T13:44:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "13:43:07", "TIME", "2023-09-19T13:43:07", "2023-09-19T13:43:07+05:30", "2023-09-19T13:43:08+05:30", ""},
    {"2023-09-19T13:43+05:30", "08:13 GMT", "TIME", "2023-09-19T08:13", "2023-09-19T08:13:00Z", "2023-09-19T08:14:00Z", ""},
    {"2023-09-19T13:43+05:30", "1:43 PM IST", "TIME", "2023-09-19T13:43", "2023-09-19T13:43:00+05:30", "2023-09-19T13:44:00+05:30", ""},
    // the French and West African way
    {"2023-09-19T13:43+05:30", "13h45", "TIME", "2023-09-19T13:45", "2023-09-19T13:45:00+05:30", "2023-09-19T13:46:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "09H30 GMT", "TIME", "2023-09-19T09:30", "2023-09-19T09:30:00Z", "2023-09-19T09:31:00Z", ""},
    {"2023-09-19T13:43+05:30", "1:43 PM EST", "TIME", "2023-09-19T13:43", "2023-09-19T13:43:00-05:00", "2023-09-19T13:44:00-05:00", ""},
    {"2023-09-19T13:43+05:30", "1:43 PM ET", "TIME", "2023-09-19T13:43", "2023-09-19T13:43:00-04:00", "2023-09-19T13:44:00-04:00", ""},
    {"2023-09-19T13:43+05:30", "1:43 PM PT", "TIME", "2023-09-19T13:43", "2023-09-19T13:43:00-07:00", "2023-09-19T13:44:00-07:00", ""},
    {"2023-09-19T13:43+05:30", "1:43 PM UTC", "TIME", "2023-09-19T13:43", "2023-09-19T13:43:00Z", "2023-09-19T13:44:00Z", ""},
    {"2023-09-19T13:43+05:30", "1:43 PM UTC+5:30", "TIME", "2023-09-19T13:43", "2023-09-19T13:43:00+05:30", "2023-09-19T13:44:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "1:43 PM GMT-4", "TIME", "2023-09-19T13:43", "2023-09-19T13:43:00-04:00", "2023-09-19T13:44:00-04:00", ""},
    {"2023-09-19T13:43+05:30", "1:43 PM +05:30", "TIME", "2023-09-19T13:43", "2023-09-19T13:43:00+05:30", "2023-09-19T13:44:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "1:43 PM (IST)", "TIME", "2023-09-19T13:43", "2023-09-19T13:43:00+05:30", "2023-09-19T13:44:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "1:43 PM Asia/Kolkata", "TIME", "2023-09-19T13:43", "2023-09-19T13:43:00+05:30", "2023-09-19T13:44:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "1430 GMT", "TIME", "2023-09-19T14:30", "2023-09-19T14:30:00Z", "2023-09-19T14:31:00Z", ""},
    // a bare hour before a standard or daylight zone, on the 24-hour clock
    {"2023-09-19T13:43+05:30", "10 GMT", "TIME", "2023-09-19T10:00", "2023-09-19T10:00:00Z", "2023-09-19T11:00:00Z", ""},
    {"2023-09-19T13:43+05:30", "9 EST", "TIME", "2023-09-19T09:00", "2023-09-19T09:00:00-05:00", "2023-09-19T10:00:00-05:00", ""},
    {"2023-09-19T13:43+05:30", "14 CEST", "TIME", "2023-09-19T14:00", "2023-09-19T14:00:00+02:00", "2023-09-19T15:00:00+02:00", ""},
    {"2023-09-19T13:43+05:30", "0800 hrs", "TIME", "2023-09-19T08:00", "2023-09-19T08:00:00+05:30", "2023-09-19T08:01:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "noon", "TIME", "2023-09-19T12:00", "2023-09-19T12:00:00+05:30", "2023-09-19T12:01:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "midnight", "TIME", "2023-09-19T24:00", "2023-09-20T00:00:00+05:30", "2023-09-20T00:01:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "midday", "TIME", "2023-09-19T12:00", "2023-09-19T12:00:00+05:30", "2023-09-19T12:01:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "3 o'clock", "TIME", "2023-09-19T03:00", "2023-09-19T03:00:00+05:30", "2023-09-19T04:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "1:43 PM Monday", "TIME", "2023-09-18T13:43", "2023-09-18T13:43:00+05:30", "2023-09-18T13:44:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "Monday, Sept. 18", "DATE", "2023-09-18", "2023-09-18T00:00:00+05:30", "2023-09-19T00:00:00+05:30", ""},
    {"2023-09-19T13:43+05:30", "Monday, September 18, 2023", "DATE", "2023-09-18", "2023-09-18T00:00:00+05:30", "2023-09-19T00:00:00+05:30", ""},
};

annals::reference ref_of(std::string_view s) {
  auto r = annals::parse_reference(s);
  REQUIRE_MESSAGE(r.has_value(), s);
  return *r;
}

std::string begin_of(const annals::temporal_value& v) {
  return v.span ? annals::iso_end(v.span->begin, v.span->where) : std::string();
}
std::string end_of(const annals::temporal_value& v) {
  return v.span ? annals::iso_end(v.span->end, v.span->where) : std::string();
}

std::string value_of(std::string_view text, const annals::parse_options& o = {},
                     std::string_view ref = "2023-09-19T13:43+05:30") {
  const auto r = annals::parse(text, ref_of(ref), o);
  return r ? r->value : "error: " + r.error().what();
}

}  // namespace

TEST_CASE("absolute forms resolve to exact values and intervals") {
  for (const auto& c : kCases) {
    const std::string ref = c.ref, text = c.text;
    CAPTURE(ref);
    CAPTURE(text);
    const auto r = annals::parse(c.text, ref_of(c.ref));
    REQUIRE_MESSAGE(r.has_value(), (r ? std::string() : r.error().what()));
    CHECK(annals::to_string(r->type) == std::string_view(c.type));
    CHECK(r->value == std::string_view(c.value));
    CHECK(begin_of(*r) == std::string_view(c.begin));
    CHECK(end_of(*r) == std::string_view(c.end));
    CHECK(annals::to_string(r->mod) == std::string_view(c.mod));
  }
}

TEST_CASE("instants of zoned times") {
  const auto ref = ref_of("2023-09-19T13:43+05:30");
  const auto utc = [&](std::string_view text) {
    const auto r = annals::parse(text, ref);
    REQUIRE_MESSAGE(r.has_value(), text);
    REQUIRE(r->instant);
    return annals::iso_utc(*r->instant);
  };
  CHECK(utc("Sep 19 2023 | 1:43 PM EDT") == "2023-09-19T17:43:00Z");
  CHECK(utc("Sep 19 2023 | 1:43 PM IST") == "2023-09-19T08:13:00Z");
  CHECK(utc("2023-09-19T13:43:07.123456Z") == "2023-09-19T13:43:07.123456Z");
  CHECK(utc("Sunday, 06-Nov-94 08:49:37 GMT") == "1994-11-06T08:49:37Z");
  CHECK(utc("Tue, 19 Sep 2023 04:13:00 -0400") == "2023-09-19T08:13:00Z");
  CHECK(utc("1:43 PM ET") == "2023-09-19T17:43:00Z");
  CHECK(utc("Jan 19 2023 1:43 PM ET") == "2023-01-19T18:43:00Z");
  CHECK(utc("2023-09-19T13:43:00 Europe/London") == "2023-09-19T12:43:00Z");
  const auto ist = annals::parse("1:43 PM IST", ref).value();
  CHECK(ist.zone_abbreviation == "IST");
  CHECK(ist.zone_ambiguous);
  annals::parse_options irish;
  irish.zones.region = "IE";
  CHECK(annals::iso_utc(*annals::parse("1:43 PM IST", ref, irish)->instant) == "2023-09-19T12:43:00Z");
  CHECK_FALSE(annals::parse("1:43 PM EST", ref)->zone_ambiguous);
  // A date without a time has no instant, only an interval.
  CHECK_FALSE(annals::parse("September 19, 2023", ref)->instant);
}

TEST_CASE("numeric date order") {
  annals::parse_options dmy;
  dmy.order = annals::date_order::day_first;
  CHECK(value_of("9/10/2023") == "2023-09-10");
  CHECK(value_of("9/10/2023", dmy) == "2023-10-09");
  CHECK(value_of("31/12/2023") == "2023-12-31");
  CHECK(value_of("31/12/2023", dmy) == "2023-12-31");
  CHECK(value_of("12/31/2023") == "2023-12-31");
  CHECK(value_of("12/31/2023", dmy) == "2023-12-31");
  CHECK(value_of("19.09.2023") == "2023-09-19");
  CHECK(value_of("19.09.2023", dmy) == "2023-09-19");
  CHECK(value_of("2023/09/10") == "2023-09-10");
  CHECK(value_of("2023/09/10", dmy) == "2023-09-10");
  CHECK(value_of("1/2/2023") == "2023-01-02");
  CHECK(value_of("1/2/2023", dmy) == "2023-02-01");
  CHECK(value_of("9/10") == "2023-09-10");
  CHECK(value_of("9/10", dmy) == "2023-10-09");
}

TEST_CASE("two-digit years fall in the window ending 20 years after the reference year") {
  CHECK(value_of("9/19/23") == "2023-09-19");
  CHECK(value_of("9/19/43") == "2043-09-19");
  CHECK(value_of("9/19/44") == "1944-09-19");
  CHECK(value_of("9/19/00") == "2000-09-19");
  CHECK(value_of("9/19/99") == "1999-09-19");
  CHECK(value_of("Dec. 25, '22") == "2022-12-25");
  CHECK(value_of("the '40s") == "204");
  CHECK(value_of("the '50s") == "195");
  CHECK(value_of("Sunday, 06-Nov-94 08:49:37 GMT") == "1994-11-06T08:49:37");
  annals::parse_options narrow;
  narrow.two_digit_year_future = 0;
  CHECK(value_of("9/19/24", narrow) == "1924-09-19");
  CHECK(value_of("9/19/23", narrow) == "2023-09-19");
  // The window moves with the reference.
  CHECK(value_of("9/19/60", {}, "1990-01-01") == "1960-09-19");
  CHECK(value_of("9/19/10", {}, "1990-01-01") == "2010-09-19");
  CHECK(value_of("9/19/11", {}, "1990-01-01") == "1911-09-19");
}

TEST_CASE("month and weekday names: full or abbreviated, with or without a dot, any case") {
  const char* months[12][3] = {{"January", "Jan", ""},  {"February", "Feb", "Febr"},
                               {"March", "Mar", ""},    {"April", "Apr", ""},
                               {"May", "", ""},         {"June", "Jun", ""},
                               {"July", "Jul", ""},     {"August", "Aug", ""},
                               {"September", "Sep", "Sept"}, {"October", "Oct", ""},
                               {"November", "Nov", ""}, {"December", "Dec", ""}};
  const auto upper = [](std::string s) {
    for (auto& ch : s) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    return s;
  };
  const auto lower = [](std::string s) {
    for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return s;
  };
  for (int m = 0; m < 12; ++m) {
    char want[16];
    std::snprintf(want, sizeof want, "2022-%02d-05", m + 1);
    for (const char* name : months[m]) {
      if (*name == '\0') continue;
      const std::string n = name;
      std::vector<std::string> forms{n, lower(n), upper(n)};
      if (n.size() <= 4) {
        forms.push_back(n + ".");
        forms.push_back(upper(n) + ".");
      }
      for (const auto& f : forms) {
        const std::string text = f + " 5, 2022";
        CAPTURE(text);
        CHECK(value_of(text) == want);
      }
    }
  }
  // Reference Tuesday 2023-09-19; bare weekdays are the most recent such day.
  const char* weekdays[7][4] = {{"Monday", "Mon", "", ""},        {"Tuesday", "Tue", "Tues", ""},
                                {"Wednesday", "Wed", "Weds", ""}, {"Thursday", "Thu", "Thur", "Thurs"},
                                {"Friday", "Fri", "", ""},        {"Saturday", "Sat", "", ""},
                                {"Sunday", "Sun", "", ""}};
  const char* expect[7] = {"2023-09-18", "2023-09-19", "2023-09-13", "2023-09-14",
                           "2023-09-15", "2023-09-16", "2023-09-17"};
  for (int d = 0; d < 7; ++d) {
    for (const char* name : weekdays[d]) {
      if (*name == '\0') continue;
      const std::string n = name;
      std::vector<std::string> forms{n, lower(n), upper(n)};
      if (n.size() <= 5) forms.push_back(n + ".");
      for (const auto& f : forms) {
        CAPTURE(f);
        CHECK(value_of(f) == expect[d]);
      }
    }
  }
}

TEST_CASE("every abbreviation in the zone table resolves through parse") {
  const auto ref = ref_of("2023-09-19T13:43+05:30");
  std::string_view last;
  for (const auto& row : annals::abbreviation_table()) {
    if (row.abbreviation == last) continue;  // defaults only; the first row of each group
    last = row.abbreviation;
    const std::string text = "Sep 19 2023 1:43 PM " + std::string(row.abbreviation);
    CAPTURE(text);
    const auto r = annals::parse(text, ref);
    REQUIRE_MESSAGE(r.has_value(), (r ? std::string() : r.error().what()));
    CHECK(r->zone_abbreviation == row.abbreviation);
    REQUIRE(r->span);
    const auto off = r->span->where.offset_at(r->span->begin);
    REQUIRE(off);
    if (row.generic) {
      const auto tz = annals::locate_zone(row.iana).value();
      CHECK(*off == *tz.offset_at(r->span->begin));
    } else {
      CHECK(*off == row.offset);
    }
    CHECK(r->zone_ambiguous == (annals::abbreviation_candidates(row.abbreviation).size() > 1));
  }
  // Lower-case words are not zones.
  CHECK_FALSE(annals::parse("1:43 pm est", ref));
}

TEST_CASE("zone names written out, and '<city> time', resolve through parse") {
  const auto ref = ref_of("2023-09-19T13:43+05:30");
  const auto offset_of = [](const annals::temporal_value& v) { return *v.span->where.offset_at(v.span->begin); };
  // Every meaning in the table ("Eastern Standard Time"), and the generic ones without "Time"
  // ("Eastern"): the row's offset, or the zone's on the date for a generic name.
  for (const auto& row : annals::abbreviation_table()) {
    std::vector<std::string> names{std::string(row.meaning)};
    if (row.generic) names.push_back(std::string(row.meaning.substr(0, row.meaning.size() - 5)));
    for (const auto& name : names) {
      const std::string text = "Sep 19 2023 1:43 PM " + name;
      CAPTURE(text);
      const auto r = annals::parse(text, ref);
      REQUIRE_MESSAGE(r.has_value(), (r ? std::string() : r.error().what()));
      REQUIRE(r->span);
      if (row.generic)
        CHECK(offset_of(*r) == *annals::locate_zone(row.iana).value().offset_at(r->span->begin));
      else
        CHECK(offset_of(*r) == row.offset);
    }
  }
  // "China Standard Time" is +08:00, though CST alone is US Central
  const auto china = annals::parse("Sep 19 2023 8 p.m. China Standard Time", ref);
  REQUIRE(china);
  CHECK(annals::iso_utc(*china->instant) == "2023-09-19T12:00:00Z");
  // a name is never ambiguous, though its abbreviation may be
  const auto india = annals::parse("Sep 19 2023 1:43 PM India Standard Time", ref);
  REQUIRE(india);
  CHECK_FALSE(india->zone_ambiguous);
  CHECK(annals::iso_utc(*india->instant) == "2023-09-19T08:13:00Z");
  const auto eastern = annals::parse("Sep 19 2023 5 p.m. Eastern time", ref);
  REQUIRE(eastern);
  CHECK(eastern->zone_abbreviation == "ET");
  CHECK(annals::iso_utc(*eastern->instant) == "2023-09-19T21:00:00Z");
  // cities: sorted, every zone in the tz database, each read before "time"
  std::string_view prev;
  for (const auto& c : annals::detail::city_zones()) {
    const std::string text = "Sep 19 2023 1:43 PM " + std::string(c.city) + " time";
    CAPTURE(text);
    CHECK(c.city > prev);
    prev = c.city;
    const auto tz = annals::locate_zone(c.iana);
    REQUIRE(tz);
    const auto r = annals::parse(text, ref);
    REQUIRE_MESSAGE(r.has_value(), (r ? std::string() : r.error().what()));
    CHECK(offset_of(*r) == *tz->offset_at(r->span->begin));
  }
  const auto beijing = annals::parse("Sep 19 2023 9 a.m. Beijing time", ref);
  REQUIRE(beijing);
  CHECK(annals::iso_utc(*beijing->instant) == "2023-09-19T01:00:00Z");
  // a generic name alone before a capitalised word that is not a day or a month is no zone
  CHECK_FALSE(annals::parse("noon Central Park", ref));
  const auto tuesday = annals::parse("8 p.m. Eastern Tuesday", ref);
  REQUIRE(tuesday);
  CHECK(tuesday->value == "2023-09-19T20:00");
  CHECK(tuesday->zone_abbreviation == "ET");
}

TEST_CASE("leap days") {
  CHECK(value_of("Feb. 29, 2024") == "2024-02-29");
  CHECK(value_of("2024-02-29") == "2024-02-29");
  CHECK(value_of("2/29/2024") == "2024-02-29");
  CHECK(value_of("29.02.2000") == "2000-02-29");
  CHECK(value_of("2024-060") == "2024-02-29");
  CHECK(value_of("2023-060") == "2023-03-01");
  CHECK(value_of("Feb. 29", {}, "2024-06-01") == "2024-02-29");
  CHECK(annals::parse("Feb. 29, 1900", ref_of("2023-01-01")).error().code == annals::errc::invalid_date);
  // "two thousand" alone is a number, and "nineteen six" two numbers, not years.
  CHECK(annals::parse("two thousand", ref_of("2023-01-01")).error().code == annals::errc::syntax);
  CHECK(annals::parse("nineteen six", ref_of("2023-01-01")).error().code == annals::errc::syntax);
  CHECK(annals::parse("Feb. 29", ref_of("2023-06-01")).error().code == annals::errc::invalid_date);
}

TEST_CASE("'the' between a month and its day needs an ordinal") {
  const auto ref = ref_of("2023-09-19T13:43+05:30");
  CHECK_FALSE(annals::parse("May the 3", ref));
  CHECK_FALSE(annals::parse("May the three", ref));
}

TEST_CASE("the turn of a century needs one that has a year to begin at") {
  const auto ref = ref_of("2023-09-19T13:43+05:30");
  // a month that ends no calendar quarter names none
  CHECK_FALSE(annals::parse("the October quarter", ref));
  // a millennium past the tenth would end after 9999
  CHECK_FALSE(annals::parse("the eleventh millennium", ref));
  // the first century began at year 1 (no year 0 to turn at): not read
  CHECK_FALSE(annals::parse("the turn of the 1st century", ref));
  // "turn" alone is no period
  CHECK_FALSE(annals::parse("the turn of the year", ref));
  // the coming turn from the last quarter of the last century would be the year 10000
  const auto late = annals::parse("the turn of the century", ref_of("9990-06-01T00:00"));
  REQUIRE_FALSE(late);
  CHECK(late.error().code == annals::errc::out_of_range);
  CHECK(std::string(late.error().what()).find("year 10000 is out of range") != std::string::npos);
  // a spoken decade needs a decade word: "nineteen twelve" is no decade
  CHECK(annals::parse("the nineteen twelve", ref).error().code == annals::errc::syntax);
}

TEST_CASE("an hour and minutes joined by 'h' need two digits of minutes and nothing after") {
  const auto ref = ref_of("2023-09-19T13:43+05:30");
  // (and "1H23" is the first half of 2023, as "2H22" the second of 2022)
  for (const char* text : {"2h30m", "13h4", "13h", "13h450"}) {
    CAPTURE(text);
    CHECK_FALSE(annals::parse(text, ref));
  }
  CHECK(annals::parse("25h30", ref).error().code == annals::errc::invalid_time);
  CHECK(annals::parse("1H23", ref)->value == "2023-H1");
  CHECK(annals::parse("9h30", ref)->value == "2023-09-19T09:30");
}
