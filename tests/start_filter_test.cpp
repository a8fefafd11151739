// The start filter (src/start_filter.hpp): which starts extraction hands to the grammar.
#include <doctest/doctest.h>

#include <string_view>

#include "grammar/grammar.hpp"
#include "start_filter.hpp"

using annals::detail::may_begin_expression;

TEST_CASE("starts that are not letters are always tried") {
  CHECK(may_begin_expression(""));
  CHECK(may_begin_expression("2019 was"));
  CHECK(may_begin_expression("'90s"));
  CHECK(may_begin_expression("$5 million"));
}

TEST_CASE("a first word decides") {
  CHECK(may_begin_expression("Monday said"));
  CHECK(may_begin_expression("yesterday"));
  CHECK(may_begin_expression("Christmas Eve"));  // a holiday name
  CHECK(may_begin_expression("New Year's Day"));
  CHECK_FALSE(may_begin_expression("shareholders approved"));
  CHECK_FALSE(may_begin_expression("Paris"));
  // longer than any listed word: tried
  CHECK(may_begin_expression("Pneumonoultramicroscopicsilicovolcanoconiosis"));
}

TEST_CASE("after a word that is never a match by itself, the next word decides") {
  CHECK(may_begin_expression("the past two weeks"));
  CHECK(may_begin_expression("the Q3 results"));
  CHECK(may_begin_expression("in 2019"));          // a digit: tried
  CHECK(may_begin_expression("the\t1990s"));
  CHECK(may_begin_expression("the-end"));          // not a blank after the word: tried
  CHECK(may_begin_expression("about a week ago"));
  CHECK(may_begin_expression("on the Fourth of July"));
  CHECK(may_begin_expression("the New Year's Day parade"));
  CHECK_FALSE(may_begin_expression("the company"));
  CHECK_FALSE(may_begin_expression("in Paris"));
  CHECK_FALSE(may_begin_expression("in\tParis"));
  CHECK_FALSE(may_begin_expression("for the board"));
  CHECK_FALSE(may_begin_expression("of a kind"));
  CHECK(may_begin_expression("in the"));           // nothing after the article: tried
}

TEST_CASE("whatever the filter skips, the grammar does not match") {
  for (const std::string_view s :
       {"the company said", "in Paris on", "for the board", "of a kind", "about the future", "at the time"}) {
    CAPTURE(s);
    if (!may_begin_expression(s)) CHECK_FALSE(annals::detail::match_expression(s).has_value());
  }
  // and "about the future" is read: "future" is a word of the grammar
  CHECK(may_begin_expression("about the future"));
}
