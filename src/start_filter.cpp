// The start filter: word tables built once from the grammar's own words, then one hash lookup
// per word. See start_filter.hpp.
#include "start_filter.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "annals/holidays.hpp"
#include "annals/zone.hpp"
#include "grammar/grammar.hpp"
#include "text.hpp"
#include "word_table.hpp"

namespace annals::detail {
namespace {

// Words an expression can begin with, lower case: the first word of every alternative of the
// grammar (src/grammar/grammar.cpp), of its optional prefixes (approximation, modifiers, parts,
// dateline keywords, the prepositions match_expression skips); holiday names are added from
// holiday_table(). A list for speed (one lookup, and only whole words); tests/start_filter_test.cpp
// checks it against the grammar's own first words (first_words()), so a new alternative that
// begins with a new word fails the test until the word is added here.
constexpr auto kFirstWords = std::to_array<std::string_view>({
    // prepositions skipped by match_expression, dateline keywords
    "on", "in", "at", "during", "over", "from", "between", "since", "until", "by", "before", "after",
    "for", "throughout", "through", "of", "within", "last", "final", "first", "published", "updated", "posted",
    "date",
    // approximation and modifier prefixes
    "around", "about", "approximately", "roughly", "circa", "ca", "sometime", "some", "nearly", "shortly",
    "soon",
    "almost", "less", "under", "more", "no", "up", "early", "the", "beginning", "start", "middle",
    "late", "end", "mid", "earlier", "later", "fiscal", "fy", "cy", "year", "day", "week", "month",
    "front", "back",  // "the back half of" (the grammar needs the article; the first sets cannot tell)
    // ordinals (parts, quarters, halves, centuries)
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth", "twentieth", "twenty", "thirtieth", "thirty",
    // weekdays, singular and plural
    "mon", "monday", "tue", "tues", "tuesday", "wed", "weds", "wednesday", "thu", "thur", "thurs",
    "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday", "mondays", "tuesdays",
    "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
    // months
    "jan", "january", "feb", "febr", "february", "mar", "march", "apr", "april", "may", "jun", "june",
    "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november",
    "dec", "december",
    // clock words, deictic words, relative words, parts of day
    "noon", "midday", "midnight", "today", "tomorrow", "yesterday", "tonight", "this", "current",
    "past", "previous", "preceding", "prior", "next", "coming", "following", "upcoming", "morning", "mornings",
    "afternoon", "evening", "night", "overnight", "daytime", "dawn", "daybreak", "dusk", "nightfall",
    // quarters ("Q3"), halves ("H1"), seasons
    "q", "h", "spring", "summer", "fall", "autumn", "winter",
    // amounts
    "a", "an", "couple", "half", "few", "several", "many", "dozens", "hundreds", "one", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
    "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "forty", "fifty", "sixty", "seventy",
    "eighty", "ninety",
    // sets
    "every", "each", "daily", "weekly", "monthly", "yearly", "annually", "hourly", "nightly",
    "quarterly", "biweekly", "fortnightly", "semiannually", "biannually", "once", "twice", "thrice",
    "semi", "bi",  // "semi-annually", "bi-weekly"
    // units that begin an expression ("weekends", "quarter after quarter"), relative words
    // ("latest quarter", "most recent quarter"), parts of day
    "sec", "secs", "min", "mins", "minute", "hour", "hr", "hrs", "wk", "wks", "weekend", "weekends",
    "fortnight", "fortnights", "quarter", "quarters", "yr", "yrs", "decade", "century",
    "millennium", "millennia", "latest", "most", "midmorning", "midafternoon", "midweek", "midmonth",
    "midyear", "lunchtime",
    // the end of a working day ("close of business", "COB", "EOD"; "business" after "the end of")
    "close", "business", "cob", "eod",
    // ISO weeks by number ("calendar week 38", "ISO week 38", "CW38")
    "calendar", "iso", "cw",
    // periods to date ("YTD", "MTD", "QTD")
    "ytd", "qtd", "mtd",
    // decade words, read alone after a modifier ("the early nineties", "late sixties")
    "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "noughties",
    "aughts",
    // bare plural units, "recent …", vague references
    "recent", "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades",
    "centuries", "right", "just", "now", "presently", "currently", "nowadays", "these", "recently",
    "lately", "yearlong", "monthlong", "weeklong", "daylong", "hourlong",
    // eras before the year ("AD 476")
    "ad"});

// First words that a bare number follows in a match ("AD 476"): never weak, as the filter's
// skip of a number after a weak word ("about 99%") reads the number alone.
constexpr auto kNumberLeads = std::to_array<std::string_view>({"ad"});

// What a word is to the filter.
enum word_flag : std::uint8_t {
  first_word = 1,     ///< an expression can begin with it
  read_word = 2,      ///< the grammar reads it (vocabulary, holiday names)
  weak_word = 4,      ///< a first word that is never a match by itself: "the", "in", "about"
  weak_with_the = 8,  ///< "<word> the" is never a match by itself: "in the"
  weak_with_a = 16,   ///< "for a"
  weak_with_an = 32,  ///< "for an"
};

// Every word of a holiday name, and the forms an apostrophe allows ("valentine's": "valentine",
// "valentines"); `first` is called with the first word's forms.
template <class Word, class First>
void holiday_words(std::string_view name, Word&& word, First&& first) {
  std::string before, joined;  // the first word up to its apostrophe, and without it
  bool apostrophe = false, in_first = true;
  std::string part, dropped;
  for (std::size_t i = 0; i <= name.size(); ++i) {
    const char c = i < name.size() ? name[i] : ' ';
    if (is_ascii_alpha(c)) {
      part += ascii_lower(c);
      dropped += ascii_lower(c);
      if (in_first) {
        if (!apostrophe) before += ascii_lower(c);
        joined += ascii_lower(c);
      }
    } else if (c == '\'') {
      word(part);
      part.clear();
      apostrophe = true;
    } else {
      word(part);
      word(dropped);
      part.clear();
      dropped.clear();
      in_first = false;
    }
  }
  first(before);
  first(joined);
}

struct start_tables {
  word_table words;
  std::vector<std::string> weak;  ///< the words flagged weak_word
  bool any = false;  ///< a holiday name begins with something else than a letter: try every start
};

const start_tables& tables() {
  static const start_tables t = [] {
    start_tables s;
    for (const auto w : kFirstWords) s.words.add(w, first_word);
    for (const auto w : grammar_vocabulary()) s.words.add(w, read_word);
    // Zone abbreviations after a number ("at 9 EST"); the table keeps them upper case.
    for (const auto& z : abbreviation_table()) {
      std::string w(z.abbreviation);
      for (char& c : w) c = ascii_lower(c);
      s.words.add(w, read_word);
    }
    std::vector<std::string> firsts(kFirstWords.begin(), kFirstWords.end());
    for (const auto& h : holiday_table()) {
      std::string_view names = h.names;
      while (!names.empty()) {
        const auto bar = names.find('|');
        const std::string_view name = names.substr(0, bar);
        names = bar == std::string_view::npos ? std::string_view{} : names.substr(bar + 1);
        if (name.empty() || !is_ascii_alpha(name.front())) s.any = true;
        holiday_words(
            name, [&](const std::string& w) { s.words.add(w, read_word); },
            [&](const std::string& w) {
              s.words.add(w, first_word);
              if (!w.empty()) firsts.push_back(w);
            });
      }
    }
    // A word that is never a match by itself: the grammar is asked whether "<word> zqxj"
    // matches, a word it cannot read standing in for any such word.
    std::sort(firsts.begin(), firsts.end());
    firsts.erase(std::unique(firsts.begin(), firsts.end()), firsts.end());
    grammar_options o;
    o.allow_preposition = true;
    o.allow_dateline_prefix = true;
    const auto alone = [&](const std::string& phrase) { return match_expression(phrase + " zqxj", o).has_value(); };
    for (const auto& w : firsts) {
      if (alone(w) || std::find(kNumberLeads.begin(), kNumberLeads.end(), w) != kNumberLeads.end()) continue;
      std::uint8_t f = weak_word;
      if (!alone(w + " the")) f |= weak_with_the;
      if (!alone(w + " a")) f |= weak_with_a;
      if (!alone(w + " an")) f |= weak_with_an;
      s.words.add(w, f);
      s.weak.push_back(w);
    }
    return s;
  }();
  return t;
}

// The offset of the word after the first `n` bytes of `text` when only blanks separate them,
// or 0 when there is none (end of text, punctuation, a digit).
std::size_t next_word_at(std::string_view text, std::size_t n) {
  std::size_t i = n;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  return i > n && i < text.size() && is_ascii_alpha(text[i]) ? i : 0;
}

// Whether `text` begins with a number that no match can begin with or go on from: one to three
// digits, then groups of three after commas ("5,000", "1,774,000") and a fraction of at most two
// digits ("30", "12.5", "8,189.49"), followed by '%' ("99%") or by a word the grammar does not
// read ("30 percent", "1.8 million", "5,000 people"). No parser reads '%', and no such number is
// a match by itself (tests/start_filter_test.cpp asks the grammar). `bare`: at the start itself,
// not after a weak word, where an ordinal ("50th anniversary", "11th U.S.") is dead too ("the
// 11th" after a word is a day of the month).
bool dead_number(std::string_view text, const start_tables& t, bool bare) {
  std::size_t n = 0;
  while (n < text.size() && is_ascii_digit(text[n])) ++n;
  if (n == 0 || n > 3) return false;
  std::size_t f = n;
  while (f + 3 < text.size() && text[f] == ',' && is_ascii_digit(text[f + 1]) && is_ascii_digit(text[f + 2]) &&
         is_ascii_digit(text[f + 3]) && (f + 4 == text.size() || !is_ascii_digit(text[f + 4])))
    f += 4;
  if (f + 1 < text.size() && text[f] == '.' && is_ascii_digit(text[f + 1])) {
    f += 2;
    if (f < text.size() && is_ascii_digit(text[f])) ++f;
  }
  if (f < text.size() && text[f] == '%') return true;
  if (bare && f == n && f + 2 < text.size()) {
    const char a = ascii_lower(text[f]), b = ascii_lower(text[f + 1]);
    const bool suffix = (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
    if (suffix && !is_ascii_alnum(text[f + 2])) f += 2;
  }
  const std::size_t i2 = next_word_at(text, f);
  if (i2 == 0) return false;
  std::array<char, kMaxWord> buf{};
  const std::string_view w2 = lower_word(text.substr(i2), buf);
  return !w2.empty() && (t.words.find(w2) & read_word) == 0;
}

}  // namespace

std::vector<std::string> weak_first_words() { return tables().weak; }

bool listed_first_word(std::string_view lower_word) { return (tables().words.find(lower_word) & first_word) != 0; }

bool may_begin_expression(std::string_view window) {
  if (window.empty()) return true;
  const start_tables& t = tables();
  if (t.any) return true;
  std::array<char, kMaxWord> buf{};
  // "30 percent", "257 people", "1.8 million", "99%" are not tried.
  if (is_ascii_digit(window.front())) return !dead_number(window, t, true);
  if (!is_ascii_alpha(window.front())) return true;
  const std::string_view w1 = lower_word(window, buf);
  if (w1.empty()) return true;  // longer than any word listed: try it anyway
  const std::uint8_t f1 = t.words.find(w1);
  if ((f1 & first_word) == 0) return false;
  if ((f1 & weak_word) == 0) return true;
  // "the", "in": the next word decides; "about 99%", "the 1.8 million", the number's.
  std::size_t d = w1.size();
  while (d < window.size() && (window[d] == ' ' || window[d] == '\t')) ++d;
  if (d > w1.size() && d < window.size() && is_ascii_digit(window[d])) return !dead_number(window.substr(d), t, false);
  const std::size_t i2 = next_word_at(window, w1.size());
  if (i2 == 0) return true;
  const std::string_view w2 = lower_word(window.substr(i2), buf);
  if (w2.empty()) return true;
  if ((t.words.find(w2) & read_word) == 0) return false;
  const std::uint8_t article = w2 == "the" ? weak_with_the : w2 == "a" ? weak_with_a : w2 == "an" ? weak_with_an : 0;
  if (article == 0 || (f1 & article) == 0) return true;
  // "in the", "for a": the word after the article decides.
  const std::size_t i3 = next_word_at(window, i2 + w2.size());
  if (i3 == 0) return true;
  const std::string_view w3 = lower_word(window.substr(i3), buf);
  return w3.empty() || (t.words.find(w3) & read_word) != 0;
}

}  // namespace annals::detail
