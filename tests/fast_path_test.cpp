// The hand-written fast path (src/grammar/fast_path.cpp) must be invisible: for every input,
// annals::parse (fast path first) gives exactly what the X3 grammar alone gives — the same value,
// or the same error code at the same column.
#include <doctest/doctest.h>

#include <fmt/format.h>

#include <string>
#include <vector>

#include "annals/parse.hpp"
#include "grammar/grammar.hpp"
#include "resolve.hpp"

namespace {

annals::result<annals::temporal_value> grammar_only(std::string_view text, const annals::reference& ref,
                                                   const annals::parse_options& opt) {
  const auto m = annals::detail::match_expression(text);
  if (!m) return annals::fail(annals::errc::syntax, 0, "no match");
  if (m->length != text.size()) return annals::fail(annals::errc::trailing_input, m->length, "trailing");
  return annals::detail::resolve(*m, text, ref, opt);
}

// Inputs in every shape the fast path reads, with valid and invalid fields, plus near misses.
std::vector<std::string> inputs() {
  std::vector<std::string> out;
  static const char* mon[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  static const char* month[] = {"January", "February", "March",     "April",   "May",      "June",
                                "July",    "August",   "September", "October", "November", "December"};
  static const char* wd[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  static const char* weekday[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  static const char* zones[] = {"IST", "EDT", "GMT", "UTC", "CST", "BST", "KST", "+0530", "-04:00", "XYZ", "ET"};
  unsigned seed = 12345;
  const auto rnd = [&](unsigned n) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) % n;
  };
  for (int k = 0; k < 400; ++k) {
    const int y = 1990 + static_cast<int>(rnd(46));
    const unsigned m = 1 + rnd(13);   // 13 is invalid
    const unsigned d = 1 + rnd(32);   // 32 is invalid, 29-31 sometimes
    const unsigned h = rnd(26);       // 24, 25 invalid
    const unsigned mi = rnd(62);      // 60, 61 invalid
    const unsigned s = rnd(61);
    const unsigned mm = (m - 1) % 12;
    const char* z = zones[rnd(11)];
    const unsigned w = rnd(7);
    out.push_back(fmt::format("{:04}-{:02}-{:02}", y, m, d));
    out.push_back(fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", y, m, d, h, mi, s));
    out.push_back(fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{}+05:30", y, m, d, h, mi, s, rnd(1000000)));
    out.push_back(fmt::format("{:04}-{:02}-{:02} {:02}:{:02}", y, m, d, h, mi));
    out.push_back(fmt::format("{:04}-{:02}-{:02}T{:02}:{:02} {}", y, m, d, h, mi, z));
    out.push_back(fmt::format("{}, {:02} {} {:04} {:02}:{:02}:{:02} {}", wd[w], d, mon[mm], y, h, mi, s, z));
    out.push_back(fmt::format("{} {} {:04} | {}:{:02} {} {}", mon[mm], d, y, 1 + h % 12, mi, h < 12 ? "AM" : "PM", z));
    out.push_back(fmt::format("{}. {}, {:04}", mon[mm], d, y));
    out.push_back(fmt::format("{} {}, {:04} at {}:{:02} {}", month[mm], d, y, 1 + h % 13, mi, h % 2 ? "p.m." : "a.m."));
    out.push_back(fmt::format("{}, {} {} {:04} {:02}:{:02} {}", weekday[w], d, month[mm], y, h, mi, z));
    out.push_back(fmt::format("{}{} {} {:04}", d, d % 10 == 1 ? "st" : "th", month[mm], y));
    out.push_back(fmt::format("{}/{}/{:04}", m, d, y));
    out.push_back(fmt::format("{:02}.{:02}.{:04}", d, m, y));
    out.push_back(fmt::format("{} {} {:04} {:02}:{:02}-{:02}:{:02}", mon[mm], d, y, h, mi, h, mi));
    out.push_back(fmt::format("{}/{}/{:02}", m, d, y % 100));
    out.push_back(fmt::format("{:02}-{:02}-{:04}", m, d, y));
    out.push_back(fmt::format("{:04}/{:02}/{:02}", y, m, d));
    out.push_back(fmt::format("{:04}.{}.{} {:02}:{:02}", y, m, d, h, mi));
    out.push_back(fmt::format("{:04}{:02}{:02}", y, m, d));
    out.push_back(fmt::format("{:04}{:02}{:02}T{:02}{:02}{:02}Z", y, m, d, h, mi, s));
    out.push_back(fmt::format("{:04}{:02}{:02}T{:02}{:02}+0530", y, m, d, h, mi));
    out.push_back(fmt::format("{:04}-W{:02}-{}", y, 1 + rnd(54), 1 + rnd(8)));
    out.push_back(fmt::format("{:04}W{:02}", y, 1 + rnd(54)));
    out.push_back(fmt::format("{:04}-{:03}", y, 1 + rnd(367)));
    out.push_back(fmt::format("{:02}-{}-{:04}", d, mon[mm], y));
    out.push_back(fmt::format("{}-{}-{:02}", d, mon[mm], y % 100));
    out.push_back(fmt::format("{}:{:02} {}, {} {}, {:04}", 1 + h % 12, mi, h < 12 ? "AM" : "PM", month[mm], d, y));
    out.push_back(fmt::format("{}:{:02} {} on {}, {} {} {:04}", 1 + h % 12, mi, z, weekday[w], d, mon[mm], y));
  }
  // Near misses and edge cases the fast path must leave to the grammar or read identically.
  for (const char* s :
       {"Sep 19 2023 | 1:43 PM IST", "Sep 19 2023 | 1:43 PM EDT", "Tuesday, 19 September 2023 08:13 GMT",
        "May 5, 2022", "May. 5, 2022", "June 2022", "Sept. 19", "Thurs., Sept. 21, 2023", "2023-09-19T13:43",
        "2023-09-19T24:00", "2023-02-29", "2024-02-29", "Feb 30 2023", "2023-09-19t13:43z", "19 Sept 2023",
        "Sep 19 2023 1:43 pm", "Sep 19 2023 1:43 pm.", "Sep 19 2023 13:43 Asia/Kolkata", "9/19/23",
        "31/12/2023", "12/31/2023", "2023/09/19", "Sep 19, 2023, 1:43 PM", "Sep 19 2023 @ 1:43 PM",
        "Sep 19 2023 at 1:43 PM", "SEP 19 2023", "sep 19 2023", "Sep 19th, 2023", "Sep 19 2023 10:00 +0530",
        "Sep 19 2023 10:00+0530", "Tue 19 Sep 2023", "Tue, 19 Sep 2023 08:13:00 +0000", "Tue, 19 Sep 2023",
        "2023-09-19 13:43:05.5", "2023-09-19T13:43:05,25Z", "2023-09-19T1:43", "2023-9-19", "10000-01-01",
        "2023/9/19", "2023/09/19 10:09", "2023.09/19", "20230919T1343", "20230919t134305z", "2023W385",
        "2023-W53", "2020-W53", "2023-366", "2024-366", "9-Sep-2007", "09-Sept.-2007", "10:14 AM May 13, 1999",
        "10:14, May 13, 1999", "1:43 PM IST, Sep 19 2023", "12/31/99", "1/1/00", "09-19-2023 10:00"})
    out.emplace_back(s);
  return out;
}

}  // namespace

TEST_CASE("the fast path and the grammar agree on every input") {
  const annals::reference refs[] = {
      annals::parse_reference("2023-09-19T13:43+05:30").value(),
      annals::parse_reference("2024-03-10T23:30 America/New_York").value(),
      annals::parse_reference("1999-12-31").value(),
  };
  annals::parse_options day_first;
  day_first.order = annals::date_order::day_first;
  annals::parse_options irish;
  irish.zones.region = "IE";
  const annals::parse_options opts[] = {annals::parse_options{}, day_first, irish};
  std::size_t fast = 0, total = 0;
  for (const auto& text : inputs()) {
    if (annals::detail::fast_match(text)) ++fast;
    ++total;
    for (const auto& ref : refs) {
      for (const auto& opt : opts) {
        const auto a = annals::parse(text, ref, opt);
        const auto b = grammar_only(text, ref, opt);
        INFO(text);
        REQUIRE(a.has_value() == b.has_value());
        if (a) {
          CHECK(*a == *b);
        } else {
          CHECK(a.error().code == b.error().code);
          if (b.error().code != annals::errc::trailing_input) CHECK(a.error().offset == b.error().offset);
        }
      }
    }
  }
  // The point of the fast path: it reads most of these shapes itself.
  MESSAGE("fast path read " << fast << " of " << total << " inputs");
  CHECK(fast * 10 >= total * 7);
}

TEST_CASE("the fast path reads the dateline and RFC shapes") {
  for (const char* s : {"Sep 19 2023 | 1:43 PM IST", "2023-09-19T13:43:05.123Z", "Tue, 19 Sep 2023 08:13:00 +0000",
                        "19 September 2023", "September 19, 2023", "9/19/2023", "19.09.2023", "2023-09-18 10:09"}) {
    INFO(std::string(s));
    CHECK(annals::detail::fast_match(s).has_value());
  }
  // Not its business: relative, ranges, names it does not know.
  for (const char* s : {"last Wednesday", "Sept. 12-15", "2019-2021", "Monday morning", "noon", "Q3 2023"}) {
    INFO(std::string(s));
    CHECK_FALSE(annals::detail::fast_match(s).has_value());
  }
}
