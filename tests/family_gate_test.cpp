// The family gate (src/grammar/first_set.hpp): which expression families match_expression
// tries at a position, from the first words of the grammar's own parser expressions. It must
// never change a match, only skip families that cannot match.
#include <doctest/doctest.h>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "grammar/first_set.hpp"
#include "grammar/grammar.hpp"

using annals::detail::families_at;
using annals::detail::grammar_options;
using annals::detail::match_expression;

namespace {
using namespace annals::detail;  // the family bits
constexpr std::uint8_t kDate = family_date, kTime = family_time, kRelDay = family_relative_day,
                       kPeriod = family_period, kDuration = family_duration, kSet = family_set,
                       kVague = family_vague;

// match_expression with and without the gate, at every byte of `text` that begins a word; and
// with one expression memo shared by the starts in text order, as extract() calls it.
void check_same_matches(std::string_view text) {
  grammar_options gated;
  grammar_options ungated;
  ungated.gate_families = false;
  annals::detail::expression_memo memo;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && text[i - 1] != ' ' && text[i - 1] != '\n') continue;
    const std::string_view at = text.substr(i);
    CAPTURE(at.substr(0, 40));
    const auto a = match_expression(at, gated);
    const auto b = match_expression(at, ungated);
    const auto c = match_expression(at, gated, &memo);
    REQUIRE(a.has_value() == b.has_value());
    REQUIRE(a.has_value() == c.has_value());
    if (a) CHECK(*a == *b);
    if (a) CHECK(*a == *c);
  }
}
}  // namespace

TEST_CASE("every family's first words are known") {
  // A parser type the analysis cannot read makes its family tried everywhere; name it here.
  const auto ungated = annals::detail::ungated_families();
  for (const auto& f : ungated) MESSAGE(f);
  CHECK(ungated.empty());
}

TEST_CASE("words that begin no expression gate every family out") {
  CHECK(families_at("of the year") == 0);
  CHECK(families_at("for two weeks") == 0);
  CHECK(families_at("on Monday") == 0);  // the preposition is skipped by the driver, not a family
  CHECK(families_at("shareholders") == 0);
  CHECK(families_at("") == 0);
  CHECK(families_at(", 1998") == 0);
}

TEST_CASE("a word lets in exactly the families that can begin with it") {
  CHECK(families_at("March 3") == kDate);
  CHECK(families_at("march") == kDate);
  CHECK(families_at("Monday") == (kDate | kRelDay | kSet));
  CHECK(families_at("every week") == kSet);
  CHECK(families_at("yesterday") == kRelDay);
  CHECK(families_at("every week") == kSet);
  CHECK(families_at("recently") == kVague);
  // (a number gets a second look: nothing after "1998" lets in a duration or a set)
  CHECK(families_at("1998") == (kDate | kTime | kRelDay | kPeriod));
  CHECK(families_at("'90s") == (kDate | kPeriod));  // "'98" is a year
  // A table key that may run on into more letters admits the longer word too ("Sept" is a
  // key, and the table is not followed by a boundary check at every use).
  CHECK((families_at("Septembers") & kDate) != 0);
  CHECK(families_at("Mondays") == (kDate | kRelDay | kSet));  // "Mon" is a key
}

TEST_CASE("after some first words, the second word decides too") {
  // "the", "about", "a", "in", "more": what may follow them in each family, from the parsers.
  CHECK(families_at("the") == 0);  // nothing follows, and no family ends at "the"
  CHECK(families_at("the big chairman") == 0);
  CHECK(families_at("the new chairman") == kPeriod);  // the second word only: "the new century"
  CHECK(families_at("a new plan") == 0);
  CHECK(families_at("more people") == 0);
  CHECK(families_at("up from") == 0);
  CHECK(families_at("one of them") == 0);
  CHECK(families_at("each of") == 0);
  CHECK(families_at("the night of Friday") == kRelDay);
  CHECK(families_at("the weekend") == kPeriod);
  CHECK(families_at("the year 1990") == (kDate | kPeriod));
  CHECK(families_at("about noon") == kTime);
  // ("about a quarter past ten" is a time; "about A.D. 14" a date: the second look sees the
  // word "a" only, not the period after it)
  CHECK(families_at("about a week") == (kDate | kTime | kRelDay | kDuration));
  // after "a" itself the byte after the word counts: "a." may begin "A.D. 14", "a week" no date
  CHECK(families_at("a week") == (kRelDay | kDuration));
  CHECK(families_at("each year") == kSet);
  CHECK(families_at("the past two weeks") == (kRelDay | kPeriod | kDuration | kVague));
  // a digit after the word: every family that reads a number there
  CHECK(families_at("about 100 people") == (kDate | kTime | kRelDay | kPeriod | kDuration));
  // blanks, a line break and a no-break space are skipped; punctuation is the next byte
  CHECK(families_at("about\n\xC2\xA0 noon") == kTime);
  CHECK(families_at("the-counter") == 0);
  CHECK((families_at("the Fourth of July") & kRelDay) != 0);
}

TEST_CASE("after a number, what follows it decides too") {
  CHECK(families_at("5 pm") == kTime);
  CHECK(families_at("19 September") == (kDate | kPeriod));  // "2Q": a digit and a letter
  CHECK(families_at("3 days ago") == (kRelDay | kDuration));
  CHECK(families_at("4 1/2 hours") == (kRelDay | kDuration));
  CHECK(families_at("12:30") == (kTime | kPeriod));
  CHECK(families_at("100 people") == (kDate | kTime | kRelDay | kPeriod));  // "100" may end a match
  CHECK(families_at("1 2") == 0);
  CHECK(families_at("99%") == kPeriod);  // a number's first digit may be a quarter's ("1Q")
  // more than eight digits: no second look
  CHECK(families_at("123456789 x") == (kDate | kTime | kRelDay | kPeriod | kDuration | kSet));
  // a run longer than the gate's word buffer: the first look only
  CHECK(families_at(std::string(30, '1') + " x") == (kDate | kTime | kRelDay | kPeriod | kDuration | kSet));
}

TEST_CASE("what a literal leaves to read after a first word") {
  using annals::detail::after_word;
  const auto after = [](std::string_view word, std::string_view lit, bool bounded) {
    after_word a;
    a.add_literal(word, lit, bounded);
    return a;
  };
  const after_word whole = after("the", "the", true);
  CHECK(whole.complete);
  CHECK_FALSE(whole.any);
  const after_word phrase = after("new", "new year's eve", true);  // the next word may run on
  CHECK_FALSE(phrase.complete);
  CHECK(phrase.next.admits_word("year"));
  CHECK(phrase.next.admits_word("years"));
  CHECK_FALSE(phrase.next.admits_word("day"));
  const after_word dash = after("mid", "mid-", false);
  CHECK(dash.next.bytes['-']);
  CHECK_FALSE(dash.next.admits_word("year"));
  // a key that may end inside the word ("mon" in "monday"): anything may follow
  CHECK(after("monday", "mon", false).any);
  CHECK_FALSE(after("monday", "mon", true).any);
  // a longer word, or another word, is not read at all
  const after_word other = after("the", "theater", true);
  CHECK_FALSE(other.any);
  CHECK_FALSE(other.complete);
  CHECK_FALSE(other.next.admits_word("year"));
  // an apostrophe right after the word: it may be there or not, so anything may follow
  CHECK(after("valentine", "valentine's day", true).any);
  // a number of N digits is written as N zeros; a literal reads it by its digits
  CHECK(after("00", "12", false).complete);
  CHECK(after("0", "1/2", false).next.bytes['/']);
  CHECK(after("000", "12", false).any);            // the rest of the number is left to what follows
  CHECK_FALSE(after("0", "12", false).complete);  // too few digits in the text
  CHECK_FALSE(after("0", "12", false).any);
  CHECK_FALSE(after("00", "noon", true).any);
}

TEST_CASE("holiday names: their words, with and without the apostrophe") {
  CHECK((families_at("Christmas Eve") & kRelDay) != 0);
  CHECK((families_at("New Year's Day") & kRelDay) != 0);
  CHECK((families_at("Mothers Day") & kRelDay) != 0);
  CHECK((families_at("Mother's Day") & kRelDay) != 0);
}

TEST_CASE("a word longer than any table word is not gated") {
  CHECK(families_at("Pneumonoultramicroscopicsilicovolcanoconiosis") == kAllFamilies);
}

TEST_CASE("the gate changes no match") {
  check_same_matches(
      "On Tuesday, Sept. 19, 2023 at 1:43 PM IST the board met for the third time in two weeks. "
      "Last Updated : Sep 19 2023 | 1:43 PM IST. Between 1990 and 1995, and from Monday to "
      "Friday; the '90s, the early 1990s, mid-1998, the first quarter, Q3 2023, fiscal 1989, "
      "the second half of the year, this spring, last winter, the 20th century, the next "
      "morning, two days ago, a week earlier, three years later, in November, earlier this "
      "month, every Monday, twice a week, Tuesday nights, daily, the past few months, recently, "
      "now, currently, the future, 4 in the morning, noon Saturday, midnight Friday, 9/19/2023, "
      "19.09.2023, 2023-W38, 2023-262, 20230919T1343Z, Christmas Eve, New Years Day, Mother's "
      "Day, around noon, about 5 p.m. EDT, nearly four years ago, more than a week, up to "
      "six months, at least 30 days, some time, the weekend, year-end, the year-earlier "
      "period, a six-day trip, 24 hours a day, the day before yesterday, the day after "
      "tomorrow, tonight, this afternoon, Sunday mornings, the 1960s, the sixties, 1/2 hour, "
      "5 1/2 hours, 14:30, 2:30 p.m., ten o'clock, the night of Friday, Oct. 23.");
}

TEST_CASE("the gate after the shared prefixes changes no match") {
  // A part, an approximation or a modifier read first; then the family, or the family alone
  // when the part does not go on ("the third quarter" of results, "the first half").
  check_same_matches(
      "the third quarter of 1990, the third quarter, the first half of next year, the first half, "
      "about the first half of 2024, early the next morning, the end of last week, late Friday, "
      "around the third quarter of fiscal 1989, the second quarter of this year, the last quarter, "
      "the middle of next month, mid-afternoon Tuesday, the first two weeks, the first 10 days of "
      "March, the end of the 1990s, early 1990, late last year, the beginning of May, "
      "about 3 p.m., nearly two years ago, the latest quarter, the fourth quarter of last year.");
}

TEST_CASE("the gate changes no match on the example stories") {
  for (const char* name : {"examples/stories/calder-gazette.txt", "examples/stories/coastline-radio.html",
                           "examples/stories/harbor-news.md"}) {
    CAPTURE(name);
    std::ifstream in(std::string(ANNALS_SOURCE_DIR) + "/" + name, std::ios::binary);
    REQUIRE(in);
    std::stringstream ss;
    ss << in.rdbuf();
    check_same_matches(ss.str());
  }
}

TEST_CASE("the expression after a preposition is kept for the start after it") {
  grammar_options o;
  annals::detail::expression_memo memo;
  // A failed try: "of the Oct. 23 slaying" is no expression, and neither is "the Oct. 23
  // slaying", which the grammar read after "of" to know it. The memo keeps that answer, found
  // by the same bytes and gate setting only.
  const std::string_view failed = "of the Oct. 23 slaying";
  CHECK_FALSE(match_expression(failed, o, &memo).has_value());
  const auto* kept = memo.find(failed.substr(3), true);
  REQUIRE(kept != nullptr);
  CHECK(kept->length == 0);
  CHECK(memo.find(failed.substr(3, 10), true) == nullptr);  // other bytes
  CHECK(memo.find(failed.substr(3), false) == nullptr);     // ungated
  CHECK(memo.find(failed.substr(7), true) == nullptr);      // never read after a preposition
  CHECK_FALSE(match_expression(failed.substr(3), o, &memo).has_value());

  // A match: "in October 1990" keeps "October 1990", and the start there answers the same.
  const std::string_view in = "in October 1990 the plant closed";
  const auto with_in = match_expression(in, o, &memo);
  REQUIRE(with_in.has_value());
  CHECK(with_in->lead == 3);
  CHECK(with_in->length == 15);
  kept = memo.find(in.substr(3), true);
  REQUIRE(kept != nullptr);
  CHECK(kept->length == 12);
  CHECK(kept->e == with_in->first);
  const auto at_month = match_expression(in.substr(3), o, &memo);
  REQUIRE(at_month.has_value());
  CHECK(*at_month == *match_expression(in.substr(3), o));
  CHECK(at_month->length == 12);
}

TEST_CASE("first_words lists the gate's words once each, sorted") {
  const auto words = annals::detail::first_words();
  REQUIRE(!words.empty());
  for (std::size_t i = 1; i < words.size(); ++i) CHECK(words[i - 1] < words[i]);
  const auto has = [&](std::string_view w) {
    for (const auto& x : words)
      if (x == w) return true;
    return false;
  };
  CHECK(has("on"));         // a preposition the driver skips
  CHECK(has("published"));  // a dateline keyword
  CHECK(has("monday"));     // a table key
  CHECK(has("yesterday"));  // a word literal
  CHECK(has("christmas"));  // a holiday name's first word
  CHECK_FALSE(has("shareholders"));
}

// The guards' first-byte gate (first_bytes over a first set built with bytes_only): the bytes a
// parser may begin with, letters in both cases, every byte from 0x80 up as one.
TEST_CASE("first_bytes: the bytes a parser may begin with") {
  namespace x3 = boost::spirit::x3;
  const auto bytes_of = [](const auto& p) { return first_bytes(first_of(p, false, true)); };

  const byte_gate month_or_digit = bytes_of(x3::lit("May") | x3::char_('0', '9'));
  CHECK_FALSE(month_or_digit.unknown());
  for (char c : std::string_view("Mm0123456789")) CHECK(month_or_digit.has(static_cast<unsigned char>(c)));
  for (char c : std::string_view("aAxN ,.-'")) CHECK_FALSE(month_or_digit.has(static_cast<unsigned char>(c)));
  CHECK_FALSE(month_or_digit.has(0xE2));

  // The first letter of a word, from a literal that goes on into more letters or not.
  const byte_gate words = bytes_of(x3::lit("noon") >> x3::lit(' ') | x3::lit("T"));
  CHECK(words.has('n'));
  CHECK(words.has('N'));
  CHECK(words.has('t'));
  CHECK(words.has('T'));
  CHECK_FALSE(words.has('o'));
  CHECK_FALSE(words.has(' '));

  // A byte of 0x80 and above stands for all of them (and for DEL).
  const byte_gate curly = bytes_of(x3::lit("\xE2\x80\x99"));
  CHECK(curly.has(0xE2));
  CHECK(curly.has(0xC2));
  CHECK(curly.has(0x7F));
  CHECK_FALSE(curly.has('\''));

  // May match the empty string, or cannot be read: every byte.
  const byte_gate optional = bytes_of(-x3::lit("the") >> x3::lit("year"));
  CHECK(optional.has('t'));
  CHECK(optional.has('y'));
  CHECK_FALSE(optional.has('x'));
  const byte_gate nullable = bytes_of(-x3::lit("the"));
  CHECK(nullable.unknown());
  CHECK(nullable.has('x'));
  const byte_gate unknown = bytes_of(x3::int_);
  CHECK(unknown.unknown());
  CHECK(unknown.has('-'));
}
