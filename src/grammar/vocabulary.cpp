// The grammar's vocabulary: every word that appears in a string literal of grammar.cpp (its
// W("…") words, its symbol tables, its rule names) and every letter of its character
// literals ('Q' of "Q3"), lower case and sorted. Holiday names are read
// from holiday_table(), zone names from abbreviation_table() and city_zones(); they are not
// listed here. tests/grammar_vocabulary_test.cpp re-reads
// grammar.cpp and fails when a literal holds a word missing from this list.
#include <algorithm>
#include <array>
#include <string_view>

#include "grammar/grammar.hpp"

namespace annals::detail {
namespace {

constexpr auto kVocabulary = std::to_array<std::string_view>({
    "a", "about", "account", "accounts", "ad", "additional", "after", "afternoon", "afternoons",
    "afterward", "afterwards", "ago", "ahead", "almost", "am", "amount", "an", "and", "annually",
    "approximately", "apr", "april", "around", "at", "aug", "aughts", "august", "autumn", "b", "back",
    "bc", "bce", "before", "beginning", "between", "bi", "biannually", "biweekly", "business", "by", "c", "ca",
    "calendar", "ce",
    "centuries", "century", "circa", "clock", "close", "cob", "come", "coming", "consecutive", "couple",
    "current", "currently", "cw", "cy", "d", "daily", "date", "dawn", "day", "daybreak", "daylong", "days",
    "daytime", "dec", "decade", "decades", "december", "distant", "down", "dozen", "dozens", "dt", "during", "dusk",
    "e", "each", "earlier", "early", "eight", "eighteen", "eighteenth", "eighth", "eighties",
    "eighty", "eleven", "eleventh", "end", "eod", "eve", "evening", "evenings", "every", "extra", "fall",
    "feb", "febr", "february", "few", "fifteen", "fifteenth", "fifth", "fifties", "fifty", "final",
    "first", "fiscal", "five", "following", "for", "forties", "fortnight", "fortnightly",
    "fortnights", "forty", "four", "fourteen", "fourteenth", "fourth", "fri", "friday", "fridays",
    "from", "front", "full", "further", "future", "fy", "gmt", "guards", "h", "half", "hence", "hour",
    "hourlong", "hourly", "hours", "hr", "hrs", "hundred", "hundreds", "in", "iso", "jan", "january",
    "jul", "july", "jun", "june", "just", "last", "late", "lately", "later", "latest", "latter",
    "least", "less", "local", "long", "longer", "lunchtime", "m", "many", "mar", "march", "may", "memcpy", "mid",
    "midafternoon", "midday", "middle", "midmonth", "midmorning", "midnight", "midweek", "midyear",
    "millennia", "millennium", "min",
    "mins", "minute", "minutes", "modified", "moment", "mon", "monday", "mondays", "month", "monthlong",
    "monthly", "months", "more", "morning", "mornings", "most", "mtd", "nd", "near", "nearly", "new", "next",
    "night", "nightfall", "nightly", "nights", "nine", "nineteen", "nineteenth", "nineties",
    "ninety", "ninth", "no", "noon", "noughties", "nov", "november", "now", "nowadays", "number", "o", "oct",
    "october", "of", "offset", "on", "once", "one", "or", "ordinal", "other", "outset", "over",
    "overnight", "p", "part", "past", "per", "period", "pm", "posted", "preceding", "present", "presently",
    "previous", "previously", "prior", "published", "q", "qtd", "quarter", "quarterly", "quarters", "rd", "recent",
    "recently", "record", "right", "road", "roughly", "s", "sat", "saturday", "saturdays", "sec",
    "second", "seconds", "secs", "semi", "semiannually", "sep", "sept", "september", "seven", "seventeen",
    "seventeenth", "seventh", "seventies", "seventy", "several", "short", "shortly", "sign",
    "since", "six", "sixteen", "sixteenth", "sixth", "sixties", "sixty", "small", "snapshot", "so", "some",
    "sometime", "soon", "spoken", "spring", "st", "start", "straight", "successive", "summer",
    "sun", "sunday", "sundays", "t", "ten", "tens", "tenth", "term", "th", "than", "the", "these", "thing", "third",
    "thirteen", "thirteenth", "thirties", "thirtieth", "thirty", "this", "thousand", "three",
    "thrice", "through", "throughout", "thru", "thu", "thur", "thurs", "thursday", "thursdays",
    "till", "time", "times", "to", "today", "tomorrow", "tonight", "trading", "tue", "tues",
    "tuesday", "tuesdays", "turn", "twelfth", "twelve", "twenties", "twentieth", "twenty", "twice", "two",
    "under", "until", "up", "upcoming", "updated", "upon", "ut", "utc", "w", "wed", "wednesday",
    "wednesdays", "weds", "wee", "week", "weekend", "weekends", "weeklong", "weekly", "weeks", "while", "whole",
    "winter", "with", "within", "wk", "wks", "word", "working", "year", "yearlong", "yearly", "years",
    "yesterday", "yr", "yrs", "ytd", "z"});

static_assert(std::is_sorted(kVocabulary.begin(), kVocabulary.end()));

}  // namespace

std::span<const std::string_view> grammar_vocabulary() noexcept { return kVocabulary; }

bool grammar_reads_word(std::string_view lower_word) noexcept {
  return std::binary_search(kVocabulary.begin(), kVocabulary.end(), lower_word);
}

}  // namespace annals::detail
