// Hostile input: invalid UTF-8, NUL bytes, huge lines, runs of digits, words and brackets,
// numbers and dates out of range. Every case has an exact expectation.
//
// Time must stay linear in the input. No case measures time: instead the inputs are sized so
// that a quadratic pass over them would run for hours and exceed the test's timeout (set in
// tests/CMakeLists.txt), while the linear code takes well under two seconds in Release.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "annals/document.hpp"
#include "annals/extract.hpp"
#include "annals/parse.hpp"
#include "annals/reference.hpp"
#include "annals/timeline.hpp"
#include "robust_support.hpp"

namespace {

using annals::errc;
using namespace std::string_literals;

annals::reference ref() { return annals::parse_reference("2023-09-19T13:43+05:30").value(); }

std::string repeat(std::string_view s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

// A mention as the tests state it: span and TIMEX3 value.
struct want_mention {
  std::size_t begin;
  std::size_t end;
  std::string value;
  friend bool operator==(const want_mention&, const want_mention&) = default;
};

std::vector<want_mention> simple(const std::vector<annals::mention>& ms) {
  std::vector<want_mention> out;
  for (const auto& m : ms) out.push_back({m.begin, m.end, m.value.value});
  return out;
}

// Every mention lies inside the text, is not empty, starts and ends on UTF-8 boundaries, comes
// in text order and carries exactly the text of its span.
void check_spans(std::string_view text, const std::vector<annals::mention>& ms) {
  const auto boundary = annals::robust::utf8_boundaries(text);
  std::size_t previous = 0;
  for (const auto& m : ms) {
    REQUIRE(annals::robust::span_inside(m.begin, m.end, text.size()));
    CHECK(m.begin < m.end);
    CHECK(boundary[m.begin]);
    CHECK(boundary[m.end]);
    CHECK(m.begin >= previous);
    previous = m.begin;
    CHECK(m.text == text.substr(m.begin, m.end - m.begin));
  }
}

// ---------------------------------------------------------------------------------------------
// parse: a clear error for what it cannot represent.
// ---------------------------------------------------------------------------------------------
struct parse_case {
  std::string name;
  std::string text;
  errc code;
  std::size_t column;  // 1-based; 0 when the error has no position
};

std::vector<parse_case> parse_cases() {
  return {
      // Bytes that are not UTF-8 are refused where they are.
      {"lone continuation byte", "Monday\x80", errc::invalid_utf8, 7},
      {"truncated sequence", "Sept\xE2\x80 19", errc::invalid_utf8, 5},
      {"overlong slash", "2023\xC0\xAF" "09\xC0\xAF" "19", errc::invalid_utf8, 5},
      {"encoded surrogate", "\xED\xA0\x80 Monday", errc::invalid_utf8, 1},
      {"byte FF", "\xFF", errc::invalid_utf8, 1},
      // NUL bytes are ordinary bytes: never a terminator, never skipped.
      {"NUL after a weekday", "Monday\0"s, errc::trailing_input, 7},
      {"NUL inside a date", "2023-09\0-19"s, errc::trailing_input, 8},
      {"NUL alone", "\0"s, errc::syntax, 1},
      // Sizes: one expression is at most 4 KiB.
      {"a million digits", repeat("7", 1'000'000), errc::too_large, 0},
      {"last x 200,000 Monday", repeat("last ", 200'000) + "Monday", errc::too_large, 0},
      {"500,000 brackets", repeat("[", 500'000), errc::too_large, 0},
      {"4 KiB of digits", repeat("9", 4096), errc::syntax, 1},
      {"4 KiB and a byte", repeat(" ", 4096) + "x", errc::too_large, 0},
      // Numbers and dates beyond years 0..9999.
      {"20-digit amount ago", "99999999999999999999 years ago", errc::out_of_range, 1},
      {"year 2^31", "year 2147483648", errc::syntax, 1},
      {"in 10^20 years", "in 10^20 years", errc::out_of_range, 4},
      {"in 1e20 years", "in 100000000000000000000 years", errc::out_of_range, 4},
      {"ten thousand years on", "in 10000 years", errc::out_of_range, 4},
      {"year 10000", "10000-01-01", errc::out_of_range, 1},
      {"day 2^32", "September 4294967297, 2023", errc::trailing_input, 11},
  };
}

TEST_CASE("parse: hostile expressions give a clear error") {
  const auto r = ref();
  for (const auto& c : parse_cases()) {
    CAPTURE(c.name);
    const auto v = annals::parse(c.text, r);
    REQUIRE_FALSE(v.has_value());
    CHECK(v.error().code == c.code);
    CHECK(v.error().column() == c.column);
    CHECK_FALSE(v.error().message.empty());
    CHECK(v.error().message.find('\n') == std::string::npos);
  }
}

TEST_CASE("parse_reference: hostile references give a clear error") {
  struct ref_case {
    std::string text;
    errc code;
  };
  const std::vector<ref_case> cases{
      {repeat("9", 1'000'000), errc::too_large},
      {"2023-09-19\xFF", errc::trailing_input},
      {"2023-09-19T13:43\0"s, errc::trailing_input},
      {"2023-09-19T13:43+99:00", errc::unknown_zone},
      {"2023-09-19 " + repeat("A/", 100), errc::unknown_zone},
      {"99999999999999999999 years ago", errc::out_of_range},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text.substr(0, 40));
    const auto r = annals::parse_reference(c.text);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == c.code);
  }
}

// ---------------------------------------------------------------------------------------------
// extract: finishes, in linear time, with exact mentions whose spans stay inside the text.
// ---------------------------------------------------------------------------------------------
struct extract_case {
  std::string name;
  std::string text;
  std::vector<want_mention> want;
};

std::vector<extract_case> extract_cases() {
  const std::string lasts = repeat("last ", 200'000);
  const std::string brackets = repeat("[", 500'000);
  const std::string angles = repeat("<", 500'000);
  const std::string digits = repeat("7", 1'000'000);
  return {
      {"invalid UTF-8 around a weekday", "\xFF\xFEMonday\x80 and \xE2\x80 Tuesday\xC0",
       {{2, 8, "2023-09-18"}, {17, 24, "2023-09-19"}}},
      {"UTF-8 letters next to a date", "\xC3\xA9t\xC3\xA9 2023-09-01 \xE2\x80\x94 fin",
       {{6, 16, "2023-09-01"}}},
      {"NUL bytes between mentions", "\0Monday\0\0Sept. 5, 2023\0"s,
       {{1, 7, "2023-09-18"}, {9, 22, "2023-09-05"}}},
      {"only NUL bytes", std::string(100'000, '\0'), {}},
      {"a million digits", digits, {}},
      {"a million digits then a date", digits + " on 2023-09-01",
       {{1'000'004, 1'000'014, "2023-09-01"}}},
      {"last x 200,000 before Monday", lasts + "Monday",
       {{lasts.size() - 5, lasts.size() + 6, "2023-09-18"}}},
      {"500,000 [ before Monday", brackets + "Monday", {{500'000, 500'006, "2023-09-18"}}},
      {"500,000 < before Monday", angles + "Monday", {{500'000, 500'006, "2023-09-18"}}},
      {"20-digit amount ago", "It was 99999999999999999999 years ago.", {}},
      {"year 2^31", "In year 2147483648 it rained.", {}},
      {"in 10^20 years", "Due in 10^20 years, they said.", {}},
      {"in 1e20 years", "Due in 100000000000000000000 years.", {}},
  };
}

TEST_CASE("extract: hostile text gives exact mentions inside the text") {
  const auto r = ref();
  for (const auto& c : extract_cases()) {
    CAPTURE(c.name);
    const auto ms = annals::extract(c.text, r);
    check_spans(c.text, ms);
    CHECK(simple(ms) == c.want);
  }
}

TEST_CASE("extract: a single 100 MB line") {
  // Filler without anchors (no digits, no calendar words), with invalid UTF-8 and NUL bytes,
  // and three dates at known places: start, middle and end.
  const std::string filler_unit = "alpha beta gamma, \xFF\x00 delta \xC3\xA9psilon; "s;
  const std::size_t units = (100u << 20) / filler_unit.size() / 2;
  const std::string half = repeat(filler_unit, units);
  std::string text = "On 2023-09-01 ";
  text += half;
  const std::size_t mid = text.size();
  text += "Sept. 5, 2023 ";
  text += half;
  const std::size_t last = text.size();
  text += "2023-09-19";
  REQUIRE(text.size() > (100u << 20) - 4096);
  REQUIRE(text.find('\n') == std::string::npos);
  const auto ms = annals::extract(text, ref());
  check_spans(text, ms);
  const std::vector<want_mention> want{
      {3, 13, "2023-09-01"}, {mid, mid + 13, "2023-09-05"}, {last, last + 10, "2023-09-19"}};
  CHECK(simple(ms) == want);
}

TEST_CASE("extract: many mentions separated only by digits and blanks stay linear") {
  // Each mention's tense scan once walked over every non-letter byte back to the start of the
  // text (and forward to its end): 20,000 dates in 220 KB took seconds. Here 50,000 dates, each
  // followed by 1,000 blanks (50 MB): linear work is a fraction of a second, the old quadratic
  // scan about 10^12 bytes, far past the test's timeout (a finding fixed in src/extract.cpp).
  const std::size_t n = 50'000;
  const std::string unit = "2023-09-19" + std::string(1000, ' ');
  const std::string text = repeat(unit, n);
  const auto ms = annals::extract(text, ref());
  REQUIRE(ms.size() == n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t at = unit.size() * i;
    if (ms[i].begin != at || ms[i].end != at + 10 || ms[i].value.value != "2023-09-19") {
      FAIL("mention " << i << " is " << ms[i].begin << '-' << ms[i].end << ' ' << ms[i].value.value);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Document readers and the timeline on hostile bytes.
// ---------------------------------------------------------------------------------------------
TEST_CASE("read_document: every format reads hostile bytes in one pass") {
  using annals::doc_format;
  const std::vector<std::string> bodies{
      repeat("<", 500'000),
      repeat("<a", 250'000),
      repeat("<!--", 125'000),
      repeat("[", 500'000),
      "---\n" + repeat("title: \xFF\0\n"s, 50'000),
      repeat("<s id=\"", 50'000),
      repeat("\xC3", 100'001) + "\0"s,
  };
  for (const auto f : {doc_format::automatic, doc_format::plain, doc_format::markdown, doc_format::html,
                       doc_format::timeml}) {
    for (const auto& body : bodies) {
      CAPTURE(static_cast<int>(f));
      CAPTURE(body.substr(0, 16));
      auto d = annals::read_document(body, "hostile", f);
      REQUIRE(d.has_value());
      CHECK(d->raw == body);
      CHECK(d->text.size() == body.size());
      for (const auto& s : d->sentences) CHECK((s.begin <= s.end && s.end <= body.size()));
      (void)annals::find_document_date(*d);
    }
  }
}

TEST_CASE("read_document: over 256 MiB is too_large") {
  auto d = annals::read_document(std::string(annals::kMaxDocumentBytes + 1, ' '), "big.txt");
  REQUIRE_FALSE(d.has_value());
  CHECK(d.error().code == errc::too_large);
}

TEST_CASE("read_jsonl_line: hostile lines give a clear error") {
  struct jsonl_case {
    std::string line;
    errc code;
  };
  const std::vector<jsonl_case> cases{
      {repeat("[", 500'000), errc::syntax},
      {"{\"text\":" + repeat("[", 10) + repeat("]", 10) + "}", errc::invalid_argument},
      {"{\"text\":" + repeat("[", 100) + repeat("]", 100) + "}", errc::syntax},  // over 64 levels
      {"{\"x\":" + repeat("[", 100'000) + "}", errc::syntax},
      {"{\"text\":\"a\0b\"}"s, errc::syntax},
      {"{\"text\":\"\\ud800\"}", errc::syntax},
      {"   \t ", errc::empty_input},
  };
  for (const auto& c : cases) {
    CAPTURE(c.line.substr(0, 40));
    const auto d = annals::read_jsonl_line(c.line, 1);
    REQUIRE_FALSE(d.has_value());
    CHECK(d.error().code == c.code);
  }
}

TEST_CASE("read_jsonl_line: a 23-digit id is kept as written") {
  const auto d = annals::read_jsonl_line("{\"id\":99999999999999999999999,\"text\":\"x\"}", 1);
  REQUIRE(d.has_value());
  CHECK(d->id == "99999999999999999999999");
  CHECK(d->raw == "x");
}

TEST_CASE("find_events: a 1.2 MB clause and 100,000 short sentences stay linear") {
  // Two findings fixed in src/events.cpp: every clause searched for boundary words to the end
  // of the text (quadratic in the number of sentences), and each word's distance to the mention
  // was counted word by word (quadratic in the clause: 400,000 words, 8*10^10 steps).
  const auto r = ref();
  const auto clause = annals::read_document(repeat("aa ", 400'000) + "they met on 2023-09-01.", "c.txt").value();
  const auto one = annals::find_events(clause, r);
  REQUIRE(one.size() == 1);
  CHECK(one[0].trigger == "met");
  REQUIRE(one[0].when.has_value());
  CHECK(one[0].when->value == "2023-09-01");

  const auto many = annals::read_document(repeat("They met on 2023-09-19. ", 100'000), "m.txt").value();
  const auto evs = annals::find_events(many, r);
  REQUIRE(evs.size() == 100'000);
  for (std::size_t i = 0; i < evs.size(); ++i) {
    if (evs[i].trigger != "met" || !evs[i].when || evs[i].when->value != "2023-09-19" ||
        evs[i].sources.front().begin != 24 * i)
      FAIL("event " << i << " differs");
  }
}

TEST_CASE("build_timeline: hostile documents finish and render in every format") {
  // Which events these yield is the event heuristics' business (tests/timeline_test.cpp); here:
  // the timeline is built, every span lies inside its document, and every format renders.
  std::vector<annals::document> docs;
  docs.push_back(annals::read_document(repeat("last ", 50'000) + "Monday the talks ended.", "a.txt").value());
  docs.push_back(annals::read_document(repeat("<p>", 100'000) + "On Monday the talks began.", "b.html").value());
  docs.push_back(annals::read_document("\xFF\0 On Tuesday, \xC0 they met.\0"s, "c.txt").value());
  docs.push_back(annals::read_document(repeat("They met on 2023-09-19. ", 50'000), "d.txt").value());
  annals::timeline_options opt;
  opt.fallback_reference = ref();
  opt.include_undated = true;
  const auto t = annals::build_timeline(docs, opt);
  for (const auto& e : t.events) {
    for (const auto& s : e.sources) {
      std::size_t size = 0;
      for (const auto& d : docs)
        if (d.id == s.doc) size = std::max(size, d.raw.size());
      CHECK(annals::robust::span_inside(s.begin, s.end, size));
    }
  }
  for (const auto f : {annals::timeline_format::text, annals::timeline_format::json, annals::timeline_format::markdown,
                       annals::timeline_format::timelinejs, annals::timeline_format::html,
                       annals::timeline_format::semeval2015})
    (void)annals::render(t, f);
}

}  // namespace
