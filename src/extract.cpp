// Extraction: anchors → expression starts → grammar → filters → resolution.
//
// The pipeline for one text:
//  1. The scanner (scanner.cpp) finds the next anchor token.
//  2. Candidate starts are the word starts up to kLookbackWords words and kLookbackBytes bytes
//     before the anchor, not crossing a sentence boundary or an earlier mention. The grammar is
//     tried at each, leftmost first; the first match that covers the anchor wins, so
//     "the first half of next year" is one mention and not "next year".
//  3. False-positive rules (below, each with its reason) may reject the match; then the scan
//     goes on after the anchor.
//  4. The sentence's tense gives a direction hint for bare weekdays and months, and narrative
//     anchoring picks the reference for "the next day" and "two days later".
// Every step works on a bounded window, so the whole is linear in the input.
#include "annals/extract.hpp"

#include "annals/calendar.hpp"
#include "annals/holidays.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

#include "document_markup.hpp"
#include "grammar/grammar.hpp"
#include "past_forms.hpp"
#include "resolve.hpp"
#include "scanner.hpp"
#include "start_filter.hpp"
#include "text.hpp"
#include "word_table.hpp"

namespace annals {
namespace {

using detail::expr;

constexpr std::size_t kLookbackWords = 7;
constexpr std::size_t kLookbackBytes = 72;
constexpr std::size_t kWindowBytes = 256;
// What the grammar is given at a start: more than it reads from one place (256 bytes from where
// an expression begins), so that the expression after "of" is read from the same bytes as at the
// next start and comes from the memo there (detail::expression_memo).
constexpr std::size_t kGrammarBytes = 2 * kWindowBytes;

constexpr bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }
constexpr bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr char lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i] && lower(a[i]) != lower(b[i])) return false;  // most bytes agree as they are
  return true;
}

// Whether a mention begins with "the" and a blank: "the week", "the following Monday".
bool begins_with_the(std::string_view s) { return s.size() > 4 && iequals(s.substr(0, 4), "the "); }

template <std::size_t N>
bool one_of(std::string_view w, const std::array<std::string_view, N>& list) {
  for (auto x : list)
    if (iequals(w, x)) return true;
  return false;
}

// The word that ends right before `pos` (skipping spaces), or "".
std::string_view word_before(std::string_view text, std::size_t pos) {
  std::size_t e = pos;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
  std::size_t b = e;
  while (b > 0 && (is_alpha(text[b - 1]) || text[b - 1] == '\'')) --b;
  return text.substr(b, e - b);
}

// The word before `word`, a word of `text`.
std::string_view word_before(std::string_view text, std::string_view word) {
  return word_before(text, static_cast<std::size_t>(word.data() - text.data()));
}

// The word that starts after `pos` (skipping spaces), or "".
std::string_view word_after(std::string_view text, std::size_t pos) {
  std::size_t b = pos;
  while (b < text.size() && (text[b] == ' ' || text[b] == '\t')) ++b;
  std::size_t e = b;
  while (e < text.size() && (is_alpha(text[e]) || text[e] == '\'')) ++e;
  return text.substr(b, e - b);
}

// Whether "'s" follows `pos`, as a possessive: "Wednesday's ruling", and "Wednesday 's" as
// tokenised text and blanked markup ("Wednesday</TIMEX3>'s") leave it.
bool possessive_after(std::string_view text, std::size_t pos) {
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  return pos + 1 < text.size() && text[pos] == '\'' && lower(text[pos + 1]) == 's' &&
         (pos + 2 == text.size() || !is_alnum(text[pos + 2]));
}

// The bytes is_boundary may say yes to; the look-back loops test this first (most bytes are
// letters and blanks).
constexpr std::array<bool, 256> kMaybeBoundary = [] {
  std::array<bool, 256> t{};
  for (const char c : std::string_view("!?;()\"[]\n.")) t[static_cast<unsigned char>(c)] = true;
  return t;
}();

// Bytes that end a sentence or clause for the purpose of look-back.
bool boundary_at(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c == '!' || c == '?' || c == ';' || c == '(' || c == ')' || c == '"' || c == '[' || c == ']')
    return true;
  if (c == '\n') return i + 1 < text.size() && text[i + 1] == '\n';
  if (c == '.') {
    // "Sept. 19" keeps going; "in 2019. Monday" does not: a period after a lower-case word or a
    // number ends a sentence when followed by a blank or a line break and an upper-case letter.
    const char gap = i + 1 < text.size() ? text[i + 1] : '\0';
    if (!(i + 2 < text.size() && (gap == ' ' || gap == '\n' || gap == '\t' || gap == '\r') &&
          is_upper(text[i + 2]) && i > 0 && !is_upper(text[i - 1]) && (i < 2 || text[i - 2] != ' ')))
      return false;
    // nor after a title before a name: "St. Patrick's Day", "Martin Luther King Jr. Day", "Mr. Smith"
    // (a title is capitalised: the words that end most sentences are not, and are passed at once)
    std::size_t w = i;
    while (w > 0 && is_alpha(text[w - 1]) && i - w < 8) --w;
    if (!is_upper(text[w])) return true;
    static constexpr auto kTitles = std::to_array<std::string_view>(
        {"st", "jr", "sr", "mr", "mrs", "ms", "dr", "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt", "prof",
         "rev", "mt", "ft", "messrs", "hon", "pres", "supt", "cmdr", "adm"});
    if (w > 0 && is_alpha(text[w - 1])) return true;
    for (const std::string_view t : kTitles)
      if (i - w == t.size() && iequals(text.substr(w, t.size()), t)) return false;
    return true;
  }
  return false;
}

// (the first look inline: most bytes are letters and blanks)
inline bool is_boundary(std::string_view text, std::size_t i) {
  return kMaybeBoundary[static_cast<unsigned char>(text[i])] && boundary_at(text, i);
}

// Words only games use ("match", "game" and "goal" are business words too): a half or quarter
// in a sentence with one of them is the game's.
constexpr auto kPlayWords = std::to_array<std::string_view>(
    {"scored", "touchdown", "touchdowns", "inning", "innings", "halftime", "half-time", "kickoff", "rebounds",
     "assists", "quarterback", "striker", "equaliser", "equalizer", "field-goal", "three-pointer", "referee"});

// Whether one of kPlayWords is among the 8 words before [b, e) or the 6 after it, in its
// sentence.
bool sentence_speaks_of_play(std::string_view text, std::size_t b, std::size_t e) {
  const auto play = [](std::string_view w) { return w.size() >= 6 && one_of(w, kPlayWords); };
  std::size_t i = b;
  bool open = true;  // no sentence boundary passed yet
  for (int words = 0; words < 8 && i > 0 && open; ++words) {
    while (i > 0 && !is_alpha(text[i - 1]) && open) {
      open = !is_boundary(text, i - 1);
      --i;
    }
    if (!open) break;
    std::size_t k = i;
    while (k > 0 && (is_alpha(text[k - 1]) || text[k - 1] == '-')) --k;
    if (play(text.substr(k, i - k))) return true;
    i = k;
  }
  i = e;
  for (int words = 0; words < 6 && i < text.size(); ++words) {
    while (i < text.size() && !is_alpha(text[i])) {
      if (is_boundary(text, i)) return false;
      ++i;
    }
    std::size_t k = i;
    while (k < text.size() && (is_alpha(text[k]) || text[k] == '-')) ++k;
    if (play(text.substr(i, k - i))) return true;
    i = k;
  }
  return false;
}

// Whether `w` is a month or weekday name, whole or abbreviated ("Sept", "Tues"); below.
bool is_month_or_weekday(std::string_view w);

// A day, a part of one, or a clock time (grains run from the coarsest to the finest).
constexpr bool day_or_finer(grain g) { return g >= grain::day && g <= grain::second; }
static_assert(grain::year < grain::week && grain::weekend < grain::day && grain::second < grain::unknown,
              "the grain ranges read in extract() assume this order");

// Whether a sentence or clause ends somewhere in [from, to) (is_boundary).
bool boundary_between(std::string_view text, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i)
    if (is_boundary(text, i)) return true;
  return false;
}

// Word starts at or before `anchor`, leftmost first, within the look-back limits.
std::size_t candidate_starts(std::string_view text, std::size_t floor, std::size_t anchor,
                             std::array<std::size_t, kLookbackWords + 1>& out) {
  std::size_t n = 0;
  std::array<std::size_t, kLookbackWords + 1> rev{};
  rev[n++] = anchor;
  std::size_t i = anchor;
  std::size_t budget = kLookbackBytes;  // bytes of look-back, a run of blanks counting as one
  // A word starts at a letter, digit or apostrophe after a byte that is none of them.
  static constexpr std::array<bool, 256> kWordByte = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 256; ++c) t[static_cast<std::size_t>(c)] = is_alnum(static_cast<char>(c)) || c == '\'';
    return t;
  }();
  const auto word_byte = [&](std::size_t k) { return kWordByte[static_cast<unsigned char>(text[k])]; };
  while (i > floor && n < rev.size() && budget > 0) {
    --i;
    if (is_boundary(text, i)) break;
    if (!(text[i] == ' ' && i > 0 && text[i - 1] == ' ')) --budget;
    if (word_byte(i) && (i == 0 || !word_byte(i - 1))) rev[n++] = i;
  }
  for (std::size_t k = 0; k < n; ++k) out[k] = rev[n - 1 - k];
  return n;
}

// The expression right after the word `link` ("the week ended Friday", "the quarter ended July
// 31", "the weekend of Oct. 14-15"): the grammar's match there, without a leading preposition,
// and where it begins. None when nothing temporal follows.
struct linked_match {
  detail::match m;
  std::size_t begin;
};
std::optional<linked_match> match_after(std::string_view text, std::string_view link) {
  std::size_t ds = static_cast<std::size_t>(link.data() - text.data()) + link.size();
  const std::size_t word_end = ds;
  while (ds < text.size() && (text[ds] == ' ' || text[ds] == '\t')) ++ds;
  if (ds == word_end || ds == text.size()) return std::nullopt;
  detail::grammar_options plain;
  plain.allow_preposition = false;
  auto m = detail::match_expression(text.substr(ds, std::min(kWindowBytes, text.size() - ds)), plain);
  if (!m) return std::nullopt;
  return linked_match{*m, ds};
}

// Whether a superlative ("smallest", "first", "highest", and "the second time in three
// months") or a denied perfect ("haven't",
// "has not", "never") comes shortly before `pos` in its clause: "the smallest gain in a year",
// "haven't slept in 48 hours".
bool superlative_before(std::string_view text, std::size_t pos) {
  static constexpr auto kSuperlatives = std::to_array<std::string_view>(
      {"smallest", "largest", "biggest", "highest", "lowest", "strongest", "weakest", "fastest", "slowest",
       "best", "worst", "first", "steepest", "sharpest", "greatest", "longest", "shortest", "deepest",
       "busiest", "least", "most", "widest", "narrowest", "heaviest", "lightest", "hottest", "coldest",
       "wettest", "driest", "warmest", "second", "third", "fourth", "fifth"});
  // "haven't slept in 48 hours", "has not rained in a month", "had never lost in a year": a
  // perfect denied is a stretch up to then, as a superlative's is
  static constexpr auto kDeniedPerfect = std::to_array<std::string_view>(
      {"haven't", "hasn't", "hadn't", "never"});
  bool same_verb = true;  // no other verb's marker passed ("hasn't closed and will reopen in …")
  for (int words = 0; words < 8; ++words) {
    const std::string_view w = word_before(text, pos);
    if (w.empty()) return false;  // punctuation, a digit or the start: the clause ends
    if (one_of(w, kSuperlatives)) return true;
    if (same_verb && (one_of(w, kDeniedPerfect) ||
                      (iequals(w, "not") && one_of(word_before(text, static_cast<std::size_t>(w.data() - text.data())),
                                                   std::array<std::string_view, 3>{"have", "has", "had"}))))
      return true;
    if (one_of(w, std::array<std::string_view, 6>{"and", "but", "will", "would", "to", "or"})) same_verb = false;
    pos = static_cast<std::size_t>(w.data() - text.data());
  }
  return false;
}

// Grammar results by start offset. The look-back windows of neighbouring anchors overlap, so the
// same start is often tried for several anchors in a row; the grammar's answer depends only on
// the window at that start, so each start is parsed once. A ring of the most recent starts is
// enough (an anchor tries at most kLookbackWords + 1 of them); a start that has fallen out is
// parsed again, which costs time but never changes a result. The expressions read after a
// leading preposition are kept as well (detail::expression_memo): a failed try at "of the Oct.
// 23" has read "the Oct. 23", the next start.
class match_memo {
 public:
  /// match_expression(window, options) for the window that begins at `start`; null when
  /// nothing matches there. The pointer is good until the next call.
  const detail::match* get(std::string_view window, std::size_t start, const detail::grammar_options& options) {
    for (std::size_t i = 0; i < used_; ++i)
      if (cells_[i].start == start) return cells_[i].found ? &cells_[i].m : nullptr;
    cell& c = cells_[next_];
    used_ = std::max(used_, next_ + 1);
    next_ = (next_ + 1) % kSlots;
    c.start = start;
    auto r = detail::match_expression(window, options, &expressions_);
    c.found = r.has_value();
    if (!r) return nullptr;
    std::construct_at(&c.m, std::move(*r));
    return &c.m;
  }

 private:
  static constexpr std::size_t kSlots = 2 * (kLookbackWords + 1);
  static_assert(std::is_trivially_destructible_v<detail::match>);
  // The match is left unconstructed until one is stored: a match is ~900 bytes, and an array
  // of optional<match> was zeroed whole (14.6 KB) on every call of extract().
  struct cell {
    cell() {}  // NOLINT: `m` stays unconstructed on purpose
    std::size_t start = 0;
    bool found = false;
    union {
      detail::match m;
    };
  };
  std::array<cell, kSlots> cells_;
  detail::expression_memo expressions_;
  std::size_t used_ = 0;
  std::size_t next_ = 0;
};

// ---------------------------------------------------------------------------------------------
// Tense: cue words near the mention inside its sentence.
// ---------------------------------------------------------------------------------------------
// Strong future markers only: "to" alone misleads more often than not. "'ll" and "won't" hold
// an apostrophe and are matched apart.
constexpr auto kFutureCues = std::to_array<std::string_view>(
    {"will", "shall", "slated", "scheduled", "upcoming", "due", "going", "forthcoming", "planned", "plans",
     "plan", "planning", "expect", "expected", "expects", "intend", "intends", "would", "set", "soon", "next",
     "might", "resume", "forecast", "poised", "likely", "preparing", "may", "should"});
// Past forms beyond the irregular ones (detail::kIrregularPastForms); a regular past form is a
// cue by its ending too (past_form()).
constexpr auto kPastCues = std::to_array<std::string_view>(
    {"announced", "reported", "returned", "visited", "arrived", "found", "shot"});
// Past cues that are not a verb's own past form: the rules below for participles and
// infinitives do not apply to them ("was to leave" stays past).
constexpr auto kPastAuxiliaries =
    std::to_array<std::string_view>({"was", "were", "had", "did", "ago", "last", "earlier"});
// Verbs that report what was said: the saying dates a weekday ("said Tuesday"), not a month
// named in what was said ("would admit them in early March, an official said").
constexpr auto kReportingVerbs = std::to_array<std::string_view>(
    {"said", "told", "reported", "announced", "added", "noted", "stated"});
// Future cues that count only right before the mention ("due on Friday", "due in March", "as
// soon as Tuesday"), and cues that after the mention are most often a past verb ("On Friday,
// the government planned to pay").
constexpr auto kNearFutureCues =
    std::to_array<std::string_view>({"due", "going", "set", "next", "soon", "poised", "likely", "preparing"});
// Future cues that are nouns after a determiner ("lowered its forecast", "read the will",
// "approved the plan") or, for a plan, after a past verb ("announced plans on Tuesday").
constexpr auto kNounCues = std::to_array<std::string_view>({"forecast", "plan", "plans", "will", "set", "resume"});
// Capitalised words before "to" and a verb that are no headline's subject: "How to vote on
// Tuesday", "Want to go on Sunday?".
constexpr auto kNotHeadlineSubjects = std::to_array<std::string_view>(
    {"how", "what", "where", "when", "why", "who", "want", "wants", "need", "needs", "plan", "plans", "going",
     "time", "ready", "able", "i", "we", "you"});
// What a quarter's or a half's results are called: "fourth-quarter results", "first-half profit".
constexpr auto kResultWords = std::to_array<std::string_view>(
    {"results", "earnings", "profit", "profits", "net", "loss", "losses", "sales", "revenue", "revenues",
     "report", "figures", "numbers", "income", "dividend", "gdp", "growth"});
constexpr auto kDeterminers = std::to_array<std::string_view>(
    {"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those", "new"});
// Past verbs that move a time later or grant time: before "until" what they say is still to come
// ("postponed until Friday", "gave them until mid-November"); other past verbs end a stretch that is over ("remained closed until Wednesday").
constexpr auto kDeferralVerbs = std::to_array<std::string_view>(
    {"postponed", "delayed", "deferred", "adjourned", "suspended", "extended", "rescheduled", "pushed", "put",
     "moved", "paused", "halted", "recessed", "tabled", "gave", "given", "granted", "allowed",
     // a court's: "remanded in custody until Monday", "bailed until Friday"
     "remanded", "bailed"});
// A schedule in the present tense shortly before the mention: "the trial begins Monday", "the
// store opens to the public in March", "the ceasefire takes effect at midnight on Friday" (news
// writes what is to come so), up to six words before it.
constexpr auto kScheduleVerbs = std::to_array<std::string_view>(
    {"begins", "starts", "opens", "closes", "ends", "meets", "resumes", "convenes", "reconvenes", "expires",
     "arrives", "departs", "leaves", "returns", "concludes", "debuts", "premieres", "airs", "kicks", "launches",
     "heads", "travels", "visits", "faces", "hosts", "testifies", "votes", "takes", "runs", "plays", "reopens",
     "goes", "hits", "lands", "wraps"});
// The same verbs' bare forms, after a plural or named subject: "The Giants play the Eagles on
// Sunday", "Voters head to the polls on Tuesday", "Lawmakers return from recess on Monday". Alone
// a bare form is as often an infinitive whose tense is another verb's ("had been due to return
// Friday") or a noun ("a vote on Tuesday"): see bare_schedule_after_subject(). ("resume" is a
// future cue at any distance, kFutureCues; "holds" and "continues" say as often what stands.)
constexpr auto kBareScheduleVerbs = std::to_array<std::string_view>(
    {"begin", "start", "open", "close", "meet", "convene", "reconvene", "arrive", "depart", "leave",
     "return", "debut", "premiere", "air", "kick", "launch", "head", "travel", "visit", "face", "host", "testify",
     "vote", "take", "run", "play", "reopen", "go", "gather", "march", "rally", "strike"});
// Schedule verbs reach farther than the other near cues ("due", "set", "soon", two words): six
// words before the mention (distance 12, two per word).
constexpr std::size_t kScheduleReach = 12;
// How many words after a mention that opens its sentence the scan reads: a subject of up to a
// dozen words and its verb ("On Tuesday, the National Abortion Rights Action League plans to").
constexpr std::size_t kFrontedReach = 14;
constexpr auto kPlanCues = std::to_array<std::string_view>({"planned", "plan", "plans", "planning", "set"});
// Past verbs of agreeing or resolving to do something: before an infinitive ("agreed to rule by
// June", "voted to close the plant in March") what the infinitive says is still to come.
constexpr auto kIntentVerbs = std::to_array<std::string_view>(
    {"agreed", "decided", "voted", "promised", "pledged", "vowed", "threatened", "offered", "proposed",
     "resolved", "hoped", "aimed", "intended", "bailed", "summoned"});
// Words after "to" that make it a preposition, not the mark of an infinitive ("agreed to a deal",
// "went to the meeting").
constexpr auto kNotInfinitive = std::to_array<std::string_view>(
    {"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "it",
     "them", "him", "me", "us", "terms", "demands"});

// Whether "to" and a verb follow `e`: not "to" and a name or a noun phrase ("returned to Paris",
// "went to the meeting", "agreed to terms").
bool infinitive_after(std::string_view text, std::size_t e) {
  const std::string_view to = word_after(text, e);
  if (!iequals(to, "to")) return false;
  const std::string_view verb = word_after(text, static_cast<std::size_t>(to.data() - text.data()) + to.size());
  return !verb.empty() && !is_upper(verb.front()) && !one_of(verb, kNotInfinitive);
}

bool sentence_start_at(std::string_view text, std::size_t pos);

// Whether the bare verb at `b` follows its subject, so that it is in the present tense: a
// pronoun ("they return"), a plural noun or a name ("Voters head", "The Giants play", "City
// play"); not an infinitive or a noun ("to return", "will play", "a vote", "their return").
bool bare_schedule_after_subject(std::string_view text, std::size_t b) {
  const std::string_view prev = word_before(text, b);
  if (prev.empty()) return false;
  if (one_of(prev, std::array<std::string_view, 4>{"they", "we", "you", "i"})) return true;
  // a team, named by a collective noun that takes a plural verb in British English: "Arteta's
  // side face City on Saturday", "the squad fly out on Monday"
  if (one_of(prev, std::array<std::string_view, 4>{"side", "team", "squad", "men"})) return true;
  // a possessive makes it a noun: "Tuesday's vote", "the city's run"
  if (prev.size() >= 2 && prev.back() == 's' && (prev[prev.size() - 2] == '\'' || prev.ends_with("\xE2\x80\x99s")))
    return false;
  if (one_of(prev, std::array<std::string_view, 12>{"was", "has", "is", "does", "its", "his", "this", "us", "as",
                                                    "yes", "thus", "less"}))
    return false;
  const bool plural = prev.size() >= 3 && (prev.back() == 's' || prev.back() == 'S') && prev[prev.size() - 2] != 's';
  // (a name opening the sentence too, as a team's: "Arsenal host Chelsea on Saturday"; not a
  // function word there: "The vote", "This run")
  const bool name = is_upper(prev.front()) &&
                    (!sentence_start_at(text, static_cast<std::size_t>(prev.data() - text.data())) ||
                     (prev.size() >= 3 && !one_of(prev, kDeterminers) && !one_of(prev, kNotHeadlineSubjects) &&
                      !one_of(prev, std::array<std::string_view, 12>{"and", "but", "or", "if", "when", "then", "so",
                                                                     "please", "let", "don't", "do", "to"})));
  return plural || name;
}

// Whether `verb` (lower case, ending at `e`) is one of kIntentVerbs before an infinitive.
bool intent_before_infinitive(std::string_view text, std::size_t e, std::string_view verb) {
  // (every listed verb ends in "ed": most words are turned away before the list is read)
  return verb.size() >= 5 && verb.ends_with("ed") && one_of(verb, kIntentVerbs) && infinitive_after(text, e);
}

enum cue_flag : std::uint8_t {
  cue_future = 1, cue_past = 2, cue_near = 4, cue_plan = 8, cue_until = 16, cue_not_ed = 32, cue_aux = 64,
  cue_report = 128,
  // "near" alone, without "future": a bare schedule verb (kBareScheduleVerbs), a cue only
  // after its subject
  cue_bare = cue_near
};

// A schedule verb after a number or a determiner is a plural noun: "by 394 votes to 207", "the
// returns", "two runs". `f`: the word's cue flags.
bool counted_noun(std::string_view text, std::size_t b, std::uint8_t f) {
  if ((f & cue_near) == 0) return false;
  if (b >= 2 && text[b - 1] == ' ' && is_digit(text[b - 2])) return true;
  const std::string_view prev = word_before(text, b);
  return one_of(prev, kDeterminers) ||
         one_of(prev, std::array<std::string_view, 9>{"two", "three", "four", "five", "six", "many", "few", "more",
                                                      "several"});
}

// The tense cues by word, one lookup each.
const detail::word_table& tense_cues() {
  static const detail::word_table t = [] {
    detail::word_table w;
    for (const auto c : kFutureCues) w.add(c, cue_future);
    for (const auto c : detail::kIrregularPastForms) w.add(c, cue_past);
    for (const auto c : kPastCues) w.add(c, cue_past);
    for (const auto c : kPastAuxiliaries) w.add(c, cue_past | cue_aux);
    for (const auto c : kReportingVerbs) w.add(c, cue_report);
    for (const auto c : kNearFutureCues) w.add(c, cue_near);
    for (const auto c : kScheduleVerbs) w.add(c, cue_future | cue_near);
    for (const auto c : kBareScheduleVerbs) w.add(c, cue_bare);
    for (const auto c : kPlanCues) w.add(c, cue_plan);
    w.add("until", cue_until);
    for (const auto c : {"need", "speed", "seed", "indeed"}) w.add(c, cue_not_ed);  // not past forms
    return w;
  }();
  return t;
}

// The dot of a one-letter abbreviation ("U.S.", "a.m.") does not end the sentence.
bool abbreviation_dot(std::string_view text, std::size_t i) {
  return i >= 1 && is_alpha(text[i - 1]) && (i < 2 || !is_alpha(text[i - 2])) && i + 1 < text.size() &&
         (text[i + 1] == ' ' ? (i + 2 < text.size() && !is_upper(text[i + 2])) : true);
}

// A verb's past form that is not the sentence's past: a passive after a modal or in the
// present ("would be debated on Monday", "if it is approved on Monday"), a verb with an
// infinitive after it ("decided to strike on Monday": the strike comes after the decision), an
// adjective after an article ("the delayed vote", "a still unspecified date").
bool not_past_here(std::string_view text, std::size_t b, std::size_t e) {
  const std::string_view prev = word_before(text, b);
  if (one_of(prev, std::array<std::string_view, 5>{"be", "being", "is", "are", "am"})) return true;
  // a participle after a verb of staying in the present is an adjective: "Schools remain closed"
  if (one_of(prev, std::array<std::string_view, 8>{"remain", "remains", "stay", "stays", "seem", "seems", "appear",
                                                   "appears"}))
    return true;
  const auto article = [](std::string_view w) { return iequals(w, "a") || iequals(w, "an") || iequals(w, "the"); };
  if (article(prev)) return true;
  // ("the family visited", "the assembly voted": nouns in -ly are the subject, not an adverb)
  static constexpr auto kNounsInLy = std::to_array<std::string_view>(
      {"family", "assembly", "rally", "ally", "supply", "monopoly", "anomaly", "reply", "fly", "bully",
       "belly", "jelly", "lily", "homily", "folly", "italy", "july", "gully", "tally", "melee"});
  if ((prev.ends_with("ly") || iequals(prev, "still") || iequals(prev, "yet")) && !one_of(prev, kNounsInLy) &&
      article(word_before(text, prev)))
    return true;
  // "to" and a verb ("agreed to meet")
  return infinitive_after(text, e);
}

// Whether the word at [b, e) is a verb's past form that dates what it governs: "resigned",
// "sold", "was"; not "be held", "the delayed vote". `lw` is the word in lower case (shorter when
// it holds more than letters) and `f` its cue flags.
bool past_form(std::string_view text, std::size_t b, std::size_t e, std::string_view lw, std::uint8_t f) {
  if (lw.size() != e - b) return false;
  if ((f & cue_past) != 0) return (f & cue_aux) != 0 || !not_past_here(text, b, e);
  return lw.size() > 3 && !is_upper(text[b]) && lw.ends_with("ed") && (f & (cue_not_ed | cue_future)) == 0 &&
         !not_past_here(text, b, e);
}
bool past_form(std::string_view text, std::size_t b, std::size_t e) {
  std::array<char, detail::kMaxWord> buf{};
  const std::string_view lw = detail::lower_word(text.substr(b, e - b), buf);
  return past_form(text, b, e, lw, tense_cues().find(lw));
}

// Whether the plan word at `b` ("scheduled", "planned", "expected") names a plan of the past,
// since changed or carried out: "had been scheduled to expire at midnight Friday", "as
// previously planned Saturday night". Such a plan says nothing of when its time falls.
bool earlier_plan(std::string_view text, std::size_t b) {
  for (int words = 0; words < 3; ++words) {
    const std::string_view w = word_before(text, b);
    if (one_of(w, std::array<std::string_view, 4>{"had", "previously", "originally", "initially"})) return true;
    if (!iequals(w, "been")) return false;
    b = static_cast<std::size_t>(w.data() - text.data());
  }
  return false;
}

// "set" that takes an object ("set Friday as the deadline", "set a date"): the setting, not a
// time set for later ("set for Friday", "set to vote Monday"); its tense is its own.
bool set_with_object(std::string_view text, std::string_view lower_cue, std::size_t end) {
  if (lower_cue != "set") return false;
  const std::string_view next = word_after(text, end);
  return !iequals(next, "for") && !iequals(next, "to");
}

// Whether a range from day `d` to the month-day `second` (in d's year, or the next when it comes
// earlier in the year) holds `ref`: "The exhibit runs from Oct. 1 to Jan. 15" in November.
bool range_holds(date::local_days d, const detail::expr* second, date::local_days ref) {
  if (second == nullptr || !second->month || !second->day || second->year) return false;
  const date::year_month_day start{d};
  date::year_month_day end{start.year(), date::month(static_cast<unsigned>(*second->month)),
                           date::day(static_cast<unsigned>(*second->day))};
  if (!end.ok()) return false;
  if (date::local_days{end} < d) end = date::year_month_day{end.year() + date::years{1}, end.month(), end.day()};
  return end.ok() && d <= ref && ref <= date::local_days{end};
}

// Whether the text from `a` to `b` joins two items of a list: "and", "or", "&", a comma, or a
// comma and one of those, between blanks.
bool joined_to(std::string_view text, std::size_t a, std::size_t b) {
  if (a > b || b - a > 8) return false;
  std::string_view gap = detail::trim(text.substr(a, b - a));
  if (gap.starts_with(",")) {
    gap = detail::trim(gap.substr(1));
    if (gap.empty()) return true;
  }
  return iequals(gap, "and") || iequals(gap, "or") || gap == "&";
}

// The day of `month` and `day` that resolve() picks without a tense, when there is one in the
// years around `ref`: the nearest, one ahead counting 90 days more (see by_direction()).
std::optional<date::local_days> nearest_day(date::local_days ref, int month, int day) {
  const date::year y = date::year_month_day{ref}.year();
  const auto far = [&](date::local_days d) { return d > ref ? d - ref + date::days{90} : ref - d; };
  std::optional<date::local_days> best;
  for (int k = -1; k <= 1; ++k) {
    const date::year_month_day c{y + date::years{k}, date::month(static_cast<unsigned>(month)),
                                 date::day(static_cast<unsigned>(day))};
    if (!c.ok()) continue;
    const date::local_days d{c};
    if (!best || far(d) < far(*best)) best = d;
  }
  return best;
}

// "2023-09-20"
std::string iso_day(const date::year_month_day& d) {
  const auto two = [](unsigned v) { return std::string{static_cast<char>('0' + v / 10), static_cast<char>('0' + v % 10)}; };
  const int y = static_cast<int>(d.year());
  return std::to_string(y) + "-" + two(static_cast<unsigned>(d.month())) + "-" + two(static_cast<unsigned>(d.day()));
}

// The days of the month written after a month-day that ends at `e` ("Sept. 19 and 20", "Sept.
// 19, 20 and 21"): each one or two digits, later than the one before, joined by commas and a
// last "and" or "or", and followed by punctuation or a function word ("on Sept. 19 and 20 in
// Paris"; not "Sept. 19 and 20 people"). Empty unless the chain ends so.
std::vector<std::pair<std::size_t, std::size_t>> coordinated_days(std::string_view text, std::size_t e, unsigned day) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  const auto blanks = [&](std::size_t i) {
    while (i < text.size() && text[i] == ' ') ++i;
    return i;
  };
  std::size_t p = e;
  for (int k = 0; k < 8; ++k) {
    std::size_t q = p;
    bool last = false;
    if (q < text.size() && text[q] == ',') q = blanks(q + 1);
    else q = blanks(q);
    const std::string_view w = word_after(text, q);
    if ((iequals(w, "and") || iequals(w, "or")) && q == static_cast<std::size_t>(w.data() - text.data())) {
      last = true;
      q = blanks(q + w.size());
    } else if (q == blanks(p) || text[p] != ',') {
      return {};  // neither a comma nor "and"/"or"
    }
    std::size_t d = q;
    unsigned n = 0;
    while (d < text.size() && d - q < 3 && is_digit(text[d])) n = n * 10 + static_cast<unsigned>(text[d++] - '0');
    if (d == q || d - q > 2 || n <= day || n > 31) return {};
    if (d < text.size() && (is_alnum(text[d]) || text[d] == ':' || text[d] == '%' || text[d] == '/' ||
                            (text[d] == '.' && d + 1 < text.size() && is_digit(text[d + 1]))))
      return {};
    out.emplace_back(q, d);
    day = n;
    p = d;
    if (last) {
      // what follows the last day: punctuation, the end, or a function word
      const std::size_t a = blanks(d);
      if (a == text.size() || !is_alpha(text[a])) return out;
      static constexpr auto kAfter = std::to_array<std::string_view>(
          {"in", "at", "on", "to", "for", "with", "when", "the", "that", "but", "as", "while", "after", "before",
           "because", "so", "where", "which", "respectively", "and", "or", "at", "from", "by"});
      return one_of(word_after(text, a), kAfter) ? out : decltype(out){};
    }
  }
  return {};
}

// The days of the month written before a day-month that begins at `b` ("on 14 and 21 February",
// "on 7, 14 and 21 February"): each one or two digits, earlier than the one after it, joined by
// commas and a last "and" or "or", after a preposition; in text order. None before `from`.
std::vector<std::pair<std::size_t, std::size_t>> coordinated_days_before(std::string_view text, std::size_t from,
                                                                        std::size_t b, unsigned day) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  const auto blanks_back = [&](std::size_t i) {
    while (i > from && text[i - 1] == ' ') --i;
    return i;
  };
  std::size_t p = blanks_back(b);
  for (int k = 0; k < 8; ++k) {
    // the joint: "and"/"or" before the last day, a comma before the others
    if (k == 0) {
      const std::string_view w = word_before(text, p);
      if (!(iequals(w, "and") || iequals(w, "or")) || static_cast<std::size_t>(w.data() - text.data()) < from)
        return {};
      p = blanks_back(static_cast<std::size_t>(w.data() - text.data()));
    } else if (p > from && text[p - 1] == ',') {
      p = blanks_back(p - 1);
    } else {
      break;
    }
    std::size_t d = p;
    unsigned n = 0, scale = 1;
    while (d > from && p - d < 3 && is_digit(text[d - 1])) {
      n += scale * static_cast<unsigned>(text[d - 1] - '0');
      scale *= 10;
      --d;
    }
    if (d == p || p - d > 2 || n == 0 || n >= day || (d > 0 && !(text[d - 1] == ' ' || text[d - 1] == '\n'))) return {};
    out.emplace_back(d, p);
    day = n;
    p = blanks_back(d);
  }
  if (out.empty()) return {};
  static constexpr auto kBefore = std::to_array<std::string_view>(
      {"on", "of", "from", "between", "for", "until", "by", "before", "after", "since", "during"});
  if (!one_of(word_before(text, out.back().first), kBefore)) return {};
  std::reverse(out.begin(), out.end());
  return out;
}

// Whether the words after the possessive that ends a weekday at `e` ("Friday's jobs report")
// name what a day already made: figures, a market's moves, an attack, a ruling.
bool made_in_the_past(std::string_view text, std::size_t e) {
  static constexpr auto kMade = std::to_array<std::string_view>(
      {"figures", "data", "report", "numbers", "results", "close", "session", "trading", "losses", "loss",
       "gains", "gain", "rally", "decline", "selloff", "drop", "fall", "rise", "jump", "slump", "move", "moves",
       "comments", "remarks", "statement", "attack", "attacks", "shooting", "crash", "blast", "explosion",
       "quake", "earthquake", "storm", "surge", "plunge", "rout", "tumble", "ruling", "verdict", "judgment",
       "announcement", "speech", "testimony"});
  while (e < text.size() && (text[e] == ' ' || text[e] == '\t')) ++e;
  if (e + 2 > text.size() || text[e] != '\'') return false;
  std::string_view w = word_after(text, e + 2);
  for (int k = 0; k < 2 && !w.empty(); ++k) {
    if (one_of(w, kMade)) return true;
    w = word_after(text, static_cast<std::size_t>(w.data() - text.data()) + w.size());
  }
  return false;
}

// Whether "last" ending at `e` is the verb, not the adjective of "last week" or the adverb of
// "when they last met": a length or an extent follows it ("would take effect on Friday and last
// 72 hours", "last for weeks", "last until March", "last a few days").
bool last_as_verb(std::string_view text, std::size_t e) {
  std::size_t b = e;
  while (b < text.size() && (text[b] == ' ' || text[b] == '\t')) ++b;
  if (b < text.size() && is_digit(text[b])) return true;
  return one_of(word_after(text, e),
                std::array<std::string_view, 24>{"for", "until", "till", "through", "into", "beyond", "longer", "about",
                                                 "a", "an", "several", "few", "only", "just", "at", "two", "three",
                                                 "four", "five", "six", "seven", "eight", "nine", "ten"});
}

// `reports`: whether a reporting verb ("said") is a cue. `*cue_distance`, when asked for, is how
// far the deciding cue stands: two per word before the mention (2 for the word right before it),
// two per word plus one after it.
tense sentence_tense(std::string_view text, std::size_t begin, std::size_t end, bool reports,
                     std::size_t* cue_distance = nullptr) {
  // Scans up to 10 words before and 6 after, inside the sentence; the nearest cue wins, with
  // the future cues "will/slated/scheduled/…" preferred at equal distance.
  std::size_t unused_distance = 0;
  std::size_t& distance = cue_distance ? *cue_distance : unused_distance;
  distance = 2;  // the words right before the mention

  // The words right before the mention decide alone (read as words, not bytes: blanks where
  // markup was may part them).
  {
    const std::string_view prev = word_before(text, begin);
    // "as early as Tuesday", "as soon as Tuesday": the earliest of times still to come.
    const std::string_view how = iequals(prev, "as") ? word_before(text, prev) : std::string_view{};
    if ((iequals(how, "early") || iequals(how, "soon")) && iequals(word_before(text, how), "as"))
      return tense::future;
    // "on patrol since March": what began then goes on now.
    if (iequals(prev, "since")) return tense::past;
    // "no earlier than March 26", "no later than June 30": a limit set for what is to come.
    if (iequals(prev, "than")) {
      const std::string_view side = word_before(text, prev);
      if ((iequals(side, "earlier") || iequals(side, "later") || iequals(side, "sooner")) &&
          one_of(word_before(text, side), std::array<std::string_view, 2>{"no", "not"}))
        return tense::future;
    }
    // "pardoned two turkeys ahead of Thanksgiving": what one gets ready for is still to come.
    if (iequals(prev, "of") && iequals(word_before(text, prev), "ahead")) return tense::future;
    // "the vote is on Friday", "the call is at noon ET on Friday", "the festival is in March":
    // the present of "be" right before the mention (or before its preposition) puts it on the
    // calendar ahead.
    const std::string_view be = one_of(prev, std::array<std::string_view, 4>{"on", "at", "in", "for"})
                                    ? word_before(text, prev)
                                    : prev;
    if (iequals(be, "is") || iequals(be, "are")) return tense::future;
    // "a warning is in force from 3am until 10am on Saturday", "the ban is in effect from Monday"
    if (one_of(prev, std::array<std::string_view, 2>{"from", "until"})) {
      const std::string_view state = word_before(text, prev);
      const std::string_view in = word_before(text, state);
      if (one_of(state, std::array<std::string_view, 3>{"force", "effect", "place"}) && iequals(in, "in") &&
          one_of(word_before(text, in), std::array<std::string_view, 3>{"is", "are", "remains"}))
        return tense::future;
    }
    // "the deadline was extended to Friday", "postponed to March", "pushed back to Monday": a
    // time moved to is still to come.
    // So is one a stretch is extended through or into, its object between them ("wants the truce
    // extended through Ramadan", "extended the deadline into March").
    if (one_of(prev, std::array<std::string_view, 3>{"to", "through", "into"})) {
      std::string_view verb = word_before(text, prev);
      for (int words = 0; words < 3 && !verb.empty(); ++words) {
        if (one_of(verb, std::array<std::string_view, 3>{"back", "up", "off"})) verb = word_before(text, verb);
        if (one_of(verb, std::array<std::string_view, 9>{"extended", "postponed", "delayed", "deferred", "rescheduled",
                                                         "adjourned", "moved", "pushed", "put"}))
          return tense::future;
        // (the object may stand between only before "through" and "into": "moved to" is the verb's own)
        if (iequals(prev, "to")) break;
        verb = word_before(text, verb);
      }
    }
    // A past verb right before the mention, or before its preposition, governs it: "The
    // agreement, signed on Tuesday, takes effect on Friday", "the plant, which closed in March,
    // would reopen in May".
    const std::string_view gov =
        one_of(prev, std::array<std::string_view, 4>{"on", "in", "at", "during"}) ? word_before(text, prev) : prev;
    if (!gov.empty() && !one_of(gov, kDeferralVerbs)) {
      const auto gb = static_cast<std::size_t>(gov.data() - text.data());
      if (past_form(text, gb, gb + gov.size())) return tense::past;
    }
  }
  tense best = tense::none;
  std::size_t best_dist = static_cast<std::size_t>(-1);
  // "until Thursday" looks forward ("postponed until Tuesday") unless the clause after the
  // mention is in the past ("Until Thursday, they had not called him a suspect").
  bool until_before = false, past_after = false, future_before = false;
  bool past_before = false;  // a past verb before the mention that moves no time later
  bool after = false;  // scanning the words after the mention
  // A relative pronoun before the mention, farther than the nearest cue: the mention is in a
  // relative clause ("The minister, who visited Kyiv on Saturday, will make a statement"), which a
  // comma after it closes; the main clause after that comma does not date it.
  bool in_relative = false;
  // The mention opens its sentence, alone or after one word ("On Tuesday, the league plans to
  // hold a news conference"): the subject and the main verb come after it, farther than six words.
  bool fronted = false;
  const detail::word_table& cues = tense_cues();
  const auto consider = [&](std::size_t wb, std::size_t we, std::size_t dist) {
    const std::string_view w = text.substr(wb, we - wb);
    if (w.empty()) return;
    std::array<char, detail::kMaxWord> buf{}, next_buf{};  // `lw` views `buf`: the next word has its own
    const std::string_view lw = detail::lower_word(w, buf);
    // A word with an apostrophe is a cue only as "'ll" or "won't".
    const std::uint8_t f =
        lw.size() == w.size()                            ? cues.find(lw)
        : iequals(w, "'ll") || iequals(w, "won't")       ? std::uint8_t{cue_future}
        : one_of(w, std::array<std::string_view, 5>{"didn't", "wasn't", "weren't", "hadn't", "couldn't"})
            ? std::uint8_t{cue_past | cue_aux}
            : std::uint8_t{0};
    // whether `pw`, a word of the text, is a past verb
    const auto past_word = [&](std::string_view pw) {
      if (pw.empty()) return false;
      const auto pb = static_cast<std::size_t>(pw.data() - text.data());
      return past_form(text, pb, pb + pw.size());
    };
    // the word after this one, "been" passed over ("was postponed", "had been adjourned")
    const auto next_word = [&] {
      const std::string_view n = word_after(text, we);
      return iequals(n, "been") ? word_after(text, static_cast<std::size_t>(n.data() - text.data()) + n.size()) : n;
    };
    tense t = tense::none;
    if ((!reports || (after && best != tense::none)) && (f & cue_report) != 0) {
      // no cue; nor is the attribution after a mention whose own clause has a cue ("will hold
      // talks starting Monday, the ministry said on Friday")
    } else if ((f & cue_until) != 0) {
      until_before = until_before || (!after && dist <= 5);
    } else if (after && (f & cue_plan) != 0) {
      // "On Tuesday, the league plans to hold a news conference": after a fronted mention the
      // plan is the main clause's verb, unless a determiner or a past verb makes it a noun
      // ("the plans to", "In September, it announced plans to acquire")
      t = lw == "planned"                                                                 ? tense::past
          : fronted && lw != "set" && iequals(word_after(text, we), "to") &&
                    !one_of(word_before(text, wb), kDeterminers) &&
                    !past_word(word_before(text, wb))                                    ? tense::future
                                                                                          : tense::none;
    } else if ((f & cue_future) != 0 && one_of(lw, kNounCues) &&
               ((one_of(word_before(text, wb), kDeterminers) &&
                 // ("a ceasefire that will take effect on Sunday": a relative "that", not a will)
                 !(lw == "will" && iequals(word_before(text, wb), "that"))) ||
                ((lw == "plan" || lw == "plans") && past_word(word_before(text, wb))))) {
      // a noun: "lowered its forecast", "read the will", "announced plans on Tuesday"
    } else if ((f & cue_future) != 0 && (lw.size() <= 6 && (lw == "may" || lw == "should" || lw == "would" ||
                                                            lw == "might" || lw == "could")) &&
               (w[0] == 'M' || iequals(word_after(text, we), "have"))) {
      // the month May; a modal's perfect ("would have been the first") looks back
    } else if ((f & cue_future) != 0) {
      // the word or one more before the mention; a schedule verb (a near future cue other than
      // kNearFutureCues), or a near cue before "to" ("is set to visit Kyiv on Thursday"), up to
      // six words before it
      // (after a fronted mention the main clause's verb, wherever it stands: "On Thursday, the
      // bank's governing council meets in Frankfurt")
      // (and a near cue before "to" anywhere before it: "is due to appear at Leeds Magistrates'
      // Court on Friday")
      const bool to_after = iequals(word_after(text, we), "to");
      const bool near_enough =
          (f & cue_near) == 0 || dist <= 5 ||
          (!after && to_after && lw != "next" && lw != "soon" && one_of(lw, kNearFutureCues)) ||  // not "next to"
          ((after ? fronted : dist <= kScheduleReach) && (!one_of(lw, kNearFutureCues) || to_after));
      t = near_enough && !earlier_plan(text, wb) && !set_with_object(text, lw, we) && !counted_noun(text, wb, f)
              ? tense::future
              : tense::none;
    } else if (f == cue_bare) {
      // (a capitalised one is a name's word: "at the French Open in June"; a headline's
      // infinitive after its subject is a plan: "Sinner to face Alcaraz in final on Sunday",
      // "Lawmakers to vote on Tuesday")
      const std::string_view to = word_before(text, wb);
      const auto to_at = static_cast<std::size_t>(to.data() - text.data());
      const std::string_view subject = iequals(to, "to") ? word_before(text, to_at) : std::string_view{};
      const bool headline_infinitive =
          !subject.empty() && (bare_schedule_after_subject(text, to_at) ||
                               (is_upper(subject.front()) && !one_of(subject, kNotHeadlineSubjects)));
      t = (after ? fronted : dist <= kScheduleReach) && !is_upper(w.front()) &&
                  (bare_schedule_after_subject(text, wb) || headline_infinitive)
              ? tense::future
              : tense::none;
    } else if (!after && dist <= kScheduleReach && (lw == "reports" || lw == "report") &&
               one_of(word_after(text, we), std::array<std::string_view, 2>{"earnings", "results"}) &&
               (lw == "reports" || bare_schedule_after_subject(text, wb))) {
      // "The company reports earnings on Thursday": a results date ("reports" alone is as often
      // a noun: "reports on Thursday said")
      t = tense::future;
    } else if (lw == "last" && (last_as_verb(text, we) || one_of(word_before(text, wb), kDeterminers))) {
      // the verb "last": a length, no tense of its own ("and last 72 hours"); the adjective after
      // a determiner ("will close its doors for the last time on Saturday")
    } else if ((f & cue_aux) != 0 && (cues.find(detail::lower_word(word_after(text, we), next_buf)) & cue_future) != 0) {
      // "were planning to drive around the airport on Monday", "was expected to land Friday":
      // the plan's own word speaks, not its auxiliary
    } else if (after && iequals(word_after(text, we), "by") && lw.ends_with("ed")) {
      // "will speak on Wednesday, followed by a news conference": a participle after the
      // mention says nothing of the sentence's tense
    } else if ((f & cue_aux) != 0 && lw.size() != w.size()) {
      t = tense::past;  // "didn't", "wasn't"
    } else if (!after && intent_before_infinitive(text, we, lw)) {
      t = tense::future;  // "agreed to rule by June", "voted to close the plant in March"
    } else if (past_form(text, wb, we, lw, f)) {
      t = tense::past;  // "was", "sold", and a regular past form: "crossed", "returned"
    } else if (!after && f == 0 && dist <= kScheduleReach && lw.size() >= 5 && lw.ends_with("ing") &&
               one_of(word_before(text, wb), std::array<std::string_view, 4>{"is", "are", "am", "'re"})) {
      t = tense::future;  // the present progressive of a plan: "Ministers are meeting on Thursday"
    }
    if (!after && best != tense::none && (lw == "who" || lw == "which")) in_relative = true;
    if (!after && t == tense::past && !one_of(lw, kDeferralVerbs) && !one_of(next_word(), kDeferralVerbs))
      past_before = true;
    if (after && t == tense::past) past_after = true;
    if (!after && t == tense::future) future_before = true;
    if (t != tense::none && dist < best_dist) {
      best = t;
      best_dist = dist;
    }
  };
  const auto verdict = [&] {
    distance = best_dist;
    // ("The session, which runs until Friday, was called in August": a present schedule before
    // "until" keeps it ahead)
    // ("Schools remained closed until Wednesday": a past verb that moves nothing ends a stretch
    // that is over; "postponed until Tuesday" is still to come)
    if (until_before) return (past_after || past_before) && !future_before ? tense::past : tense::future;
    // "by Thursday morning", "by Friday": a deadline, ahead unless a cue says otherwise ("had
    // fallen by Friday")
    if (best == tense::none && iequals(word_before(text, begin), "by")) {
      distance = 2;
      return tense::future;
    }
    return best;
  };
  // Before.
  // Each side reads at most 256 bytes that are not blanks and 4 KiB in all, so that a long run
  // of digits and blanks between mentions ("2023-09-19 2023-09-19 …") is not rescanned for every
  // mention (quadratic). Blanks count apart: the blanked tags of TimeML and HTML leave long runs
  // of them between the words of one sentence.
  struct reach {
    std::size_t solid = 0, all = 0;
    bool take(char c) {
      ++all;
      if (c != ' ') ++solid;
      return solid <= 256 && all <= 4096;
    }
  };
  reach rb, ra;
  // A mention alone in parentheses restates a time of the sentence around it: "will leave at 4
  // in the morning (4 a.m. EDT Thursday)". The scans pass over those two parentheses.
  std::size_t open = begin, close = end;
  while (open > 0 && text[open - 1] == ' ') --open;
  while (close < text.size() && text[close] == ' ') ++close;
  const bool alone_in_parens = open > 0 && text[open - 1] == '(' && close < text.size() && text[close] == ')';
  std::size_t i = alone_in_parens ? open - 1 : begin, words = 0;
  bool sentence_start = false;  // the scan before the mention reached the sentence's start
  while (i > 0 && words < 10) {
    std::size_t e = i;
    while (e > 0 && !is_alpha(text[e - 1]) && text[e - 1] != '\'') {
      if (is_boundary(text, e - 1) || (text[e - 1] == '.' && !abbreviation_dot(text, e - 1))) {
        sentence_start = true;
        break;
      }
      if (!rb.take(text[e - 1])) break;
      --e;
    }
    if (sentence_start) break;
    std::size_t b = e;
    while (b > 0 && (is_alpha(text[b - 1]) || text[b - 1] == '\'') && rb.take(text[b - 1])) --b;
    if (b == e || (b > 0 && (is_alpha(text[b - 1]) || text[b - 1] == '\''))) break;
    // the particle of a phrasal verb takes no room: "kicks off at 3pm on Boxing Day", "takes
    // place on Friday" are as near as "begins on Friday"
    const std::string_view w = text.substr(b, e - b);
    const char c = lower(text[b]);
    if (words > 0 && (c == 'o' || c == 'p' || c == 'u') &&
        (iequals(w, "off") || iequals(w, "place") || iequals(w, "up") || iequals(w, "out"))) {
      i = b;
      continue;
    }
    ++words;
    consider(b, e, words * 2);
    i = b;
  }
  // After.
  after = true;
  fronted = (sentence_start || i == 0) && words <= 1;
  // A day as the subject of "is" or "marks": on the calendar ahead ("Friday marks the tenth
  // anniversary of the flood", "Monday is a public holiday"; not a month: "January is quiet").
  if ((sentence_start || i == 0) && words == 0 && end - begin > 3 && iequals(text.substr(end - 3, 3), "day") &&
      one_of(word_after(text, end), std::array<std::string_view, 3>{"is", "marks", "brings"}))
    return tense::future;
  i = alone_in_parens ? close + 1 : end;
  words = 0;
  while (i < text.size() && words < (fronted ? kFrontedReach : 6)) {
    std::size_t b = i;
    while (b < text.size() && !is_alpha(text[b])) {
      if (is_boundary(text, b) || (text[b] == '.' && !abbreviation_dot(text, b)) || (in_relative && text[b] == ','))
        return verdict();
      // A quotation that closes after a cue keeps its own tense: in "''He will leave at 4 a.m.
      // Thursday,'' Castro said", the saying does not date the leaving.
      if (best != tense::none &&
          (text[b] == '"' || (text[b] == '\'' && b + 1 < text.size() && text[b + 1] == '\'') ||
           text.substr(b, 3) == "\xE2\x80\x9D"))
        return verdict();
      if (!ra.take(text[b])) break;
      ++b;
    }
    std::size_t e = b;
    while (e < text.size() && (is_alpha(text[e]) || text[e] == '\'') && ra.take(text[e])) ++e;
    if (b == e || (e < text.size() && (is_alpha(text[e]) || text[e] == '\''))) break;
    // A clause joined by "and" or "but" right after the mention is another verb's, when the
    // words before it had a cue: "was found guilty on Thursday and will be sentenced later".
    if (words == 0 && best != tense::none &&
        (iequals(text.substr(b, e - b), "and") || iequals(text.substr(b, e - b), "but")))
      return verdict();
    ++words;
    consider(b, e, words * 2 + 1);
    i = e;
  }
  return verdict();
}

// ---------------------------------------------------------------------------------------------
// False-positive rules. Each returns true to reject a match at [b, e) with record `x`.
// ---------------------------------------------------------------------------------------------
bool only_calendar(const expr& x) {
  return !x.day && !x.year && !x.weekday && !x.has_time() && x.relation == detail::rel::none &&
         x.mod == timex_mod::none && !x.is_set && !x.is_duration && x.offset.sign == 0 && !x.part_index;
}

constexpr std::array<std::string_view, 32> kMonthCues{
    "in", "since", "by", "until", "till", "of", "from", "during", "early", "mid", "late", "last",
    "next", "this", "every", "each", "through", "throughout", "before", "after", "between", "and",
    "to", "for", "on", "around", "about", "into", "past", "end",
    "least", "than"};  // "until at least June", "no earlier than March"
// A year before these words is the year of what they name, wherever it stands ("2023 revenue
// rose", "1996 elections"): counts do not come before them.
constexpr std::array<std::string_view, 57> kYearFollowers{
    "and", "or", "to", "when", "as", "after", "before", "was", "is", "were", "had", "has", "he",
    "she", "it", "they", "we", "i", "the", "that", "but", "with", "in", "on", "at", "by", "for",
    "until", "through", "while", "because", "so", "season", "election", "elections", "census",
    "budget", "figures", "levels", "olympics", "revenue", "revenues", "sales", "earnings", "profit",
    "profits", "results", "forecast", "guidance", "outlook", "campaign", "midterms", "vote", "harvest",
    // a year as the subject of its events: "2015 saw growth", "2020 brought", "1989 marked"
    "saw", "brought", "marked"};
constexpr std::array<std::string_view, 22> kYearCues{
    "in", "since", "by", "until", "till", "of", "from", "during", "before", "after", "between",
    "and", "to", "through", "early", "mid", "late", "year", "fiscal", "around", "about", "circa"};
// The prepositions before a day of the month alone ("on the 25th").
constexpr std::array<std::string_view, 12> kDayCues{
    "on", "by", "until", "till", "from", "since", "before", "after", "through", "to", "and", "between"};
// Determiners before a year used as an adjective: "a 1996 law", "that 1978 resolution".
// Plural nouns a year before them dates, not counts ("the 1967 borders", "the 2001 attacks",
// "the 2024 primaries"): the things of one year, not a number of them.
constexpr auto kYearPlurals = std::to_array<std::string_view>(
    {"attacks", "borders", "lines", "riots", "protests", "floods", "games", "talks", "accords", "negotiations",
     "bombings", "killings", "hearings", "uprisings", "reforms", "sanctions", "polls", "playoffs", "finals",
     "championships", "regulations", "amendments", "tariffs", "layoffs", "wildfires", "storms", "hurricanes",
     "earthquakes", "shootings", "massacres", "primaries", "caucuses", "agreements", "treaties", "midterms",
     "elections", "olympics", "accounts", "financials", "statements", "filings"});
constexpr std::array<std::string_view, 11> kYearDeterminers{
    "a", "its", "his", "her", "their", "our", "my", "your", "that", "this", "whose"};

// Words that label the number after them ("page 1990", "No. 1984", "flight 1549", the "Russell
// 2000" stock index).
// (and the words before a telephone number: "call 1800 679 737", "the helpline 1077", "Tel. 1098")
constexpr std::array<std::string_view, 33> kNumberLabels{
    "page", "pages", "p", "pp", "no", "nos", "number", "room", "route", "flight", "model",
    "article", "section", "chapter", "item", "vol", "volume", "highway", "suite", "exit", "platform",
    "gate", "russell", "box", "call", "dial", "helpline", "hotline", "phone", "tel", "telephone", "fax",
    "freephone"};

// Whether two or more groups of two to four digits follow `e`, each after one blank or hyphen:
// the rest of a telephone number ("1800 221 111", "1300-555-012").
bool digit_groups_after(std::string_view text, std::size_t e) {
  int groups = 0;
  while (e + 1 < text.size() && (text[e] == ' ' || text[e] == '-') && is_digit(text[e + 1])) {
    std::size_t d = e + 1;
    while (d < text.size() && is_digit(text[d]) && d - e <= 5) ++d;
    if (d - e - 1 < 2 || d - e - 1 > 4 || (d < text.size() && is_alnum(text[d]))) return false;
    ++groups;
    e = d;
  }
  return groups >= 2;
}

// Whether the word at `pos` opens a sentence: only blanks, quotes or an opening parenthesis
// between it and the text's start or the end of the sentence before.
bool sentence_start_at(std::string_view text, std::size_t pos) {
  while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\t' || text[pos - 1] == '"' || text[pos - 1] == '\'' ||
                     text[pos - 1] == '`' || text[pos - 1] == '('))
    --pos;
  return pos == 0 || text[pos - 1] == '.' || text[pos - 1] == '!' || text[pos - 1] == '?' || text[pos - 1] == '\n' ||
         text[pos - 1] == '\r';
}

// The word before `pos`, skipping spaces and one abbreviation dot ("No. 1984" gives "No").
std::string_view label_before(std::string_view text, std::size_t pos) {
  std::size_t e = pos;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
  if (e > 0 && text[e - 1] == '.') --e;
  std::size_t b = e;
  while (b > 0 && is_alpha(text[b - 1])) --b;
  return text.substr(b, e - b);
}

// Digits glued to what comes before them: identifiers, URLs, e-mail addresses, money,
// decimals, measurements ("$2023", "KC-135", "img_1693978628.jpg", "x@2023.org", "£2023",
// "4.25"). No mention begins there.
bool glued_number(std::string_view text, std::size_t b) {
  if (b == 0 || b >= text.size() || !is_digit(text[b])) return false;
  const char prev = text[b - 1];
  // Chinese and Japanese run without blanks: a number right after a character of theirs
  // (U+3000 to U+9FFF, three bytes led by 0xE3 to 0xE9) stands apart, as in "于2023年9月".
  if (b >= 3 && static_cast<unsigned char>(text[b - 3]) >= 0xE3 && static_cast<unsigned char>(text[b - 3]) <= 0xE9 &&
      (static_cast<unsigned char>(text[b - 2]) & 0xC0) == 0x80 && (static_cast<unsigned char>(prev) & 0xC0) == 0x80)
    return false;
  return is_alnum(prev) || prev == '$' || prev == '#' || prev == '_' || prev == '/' || prev == '=' ||
         prev == '@' || prev == '&' || prev == '%' || prev == '-' || prev == '.' || prev == ':' ||
         prev == '+' || prev == ',' || static_cast<unsigned char>(prev) >= 0x80;
}

// Calendar-unit words, singular and plural.
bool is_unit_word(std::string_view w) {
  static constexpr auto kUnits = std::to_array<std::string_view>(
      {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
       "weekend", "weekends", "month", "months", "quarter", "quarters", "year", "years", "decade",
       "decades", "century", "centuries"});
  return one_of(w, kUnits);
}

// Whether what comes right before `b` is an amount ("$1.76", "15%", "$500 million") or a counted
// noun ("four flights", "200 tons").
bool counted_before(std::string_view text, std::size_t b) {
  std::size_t e = b;
  while (e > 0 && text[e - 1] == ' ') --e;
  if (e == 0) return false;
  if (is_digit(text[e - 1]) || text[e - 1] == '%') return true;
  std::size_t w = e;
  while (w > 0 && is_alpha(text[w - 1])) --w;
  const std::string_view word = text.substr(w, e - w);
  static constexpr auto kAmounts = std::to_array<std::string_view>(
      {"million", "billion", "trillion", "thousand", "hundred", "percent", "cents", "dollars", "points"});
  if (one_of(word, kAmounts)) return true;
  // "<number> <plural noun>": "four flights", "200 tons"
  if (word.size() < 4 || (word.back() != 's' && word.back() != 'S') || is_upper(word.front())) return false;
  std::size_t pe = w;
  while (pe > 0 && text[pe - 1] == ' ') --pe;
  if (pe == w || pe == 0) return false;
  if (is_digit(text[pe - 1])) return true;
  std::size_t pw = pe;
  while (pw > 0 && is_alpha(text[pw - 1])) --pw;
  static constexpr auto kNumbers = std::to_array<std::string_view>(
      {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
       "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "several", "many", "few"});
  return one_of(text.substr(pw, pe - pw), kNumbers);
}

// Whether a calendar-unit word after the first letter of `s` starts with a capital while `s`
// also has lower-case letters ("This Week", "60 Minutes"; not "LAST WEEK", "Year-earlier").
bool capitalised_unit_inside(std::string_view s) {
  bool lower_seen = false;
  for (const char c : s) lower_seen = lower_seen || (c >= 'a' && c <= 'z');
  if (!lower_seen) return false;
  for (std::size_t i = 1; i < s.size(); ++i) {
    if (!is_upper(s[i]) || is_alpha(s[i - 1])) continue;
    std::size_t j = i;
    while (j < s.size() && is_alpha(s[j])) ++j;
    if (is_unit_word(s.substr(i, j - i))) return true;
  }
  return false;
}

// Whether a section sign (§, ¶) or a copyright sign (©) stands right before the number at `b`,
// blanks between: a statute's number, a page's copyright ("© 2025") is no date of the story.
bool section_sign_before(std::string_view text, std::size_t b) {
  while (b > 0 && text[b - 1] == ' ') --b;
  return b >= 2 && static_cast<unsigned char>(text[b - 2]) == 0xC2 &&
         (static_cast<unsigned char>(text[b - 1]) == 0xA7 || static_cast<unsigned char>(text[b - 1]) == 0xB6 ||
          static_cast<unsigned char>(text[b - 1]) == 0xA9);
}

// Whether a street's name follows the number that ends at `e`: a compass point ("2100 N. Main
// St.") or, within three capitalised words, a street word ("1600 Pennsylvania Avenue").
bool street_after(std::string_view text, std::size_t e) {
  static constexpr auto kStreets = std::to_array<std::string_view>(
      {"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "broadway",
       "place", "plaza", "parkway", "pkwy", "highway", "hwy", "terrace", "court", "way"});
  std::string_view w = word_after(text, e);
  if (one_of(w, std::array<std::string_view, 8>{"N", "S", "E", "W", "NE", "NW", "SE", "SW"})) {
    const std::size_t we = static_cast<std::size_t>(w.data() - text.data()) + w.size();
    return we < text.size() && text[we] == '.';
  }
  for (int k = 0; k < 3 && w.size() >= 2 && is_upper(w.front()); ++k) {
    if (one_of(w, kStreets)) return true;
    w = word_after(text, static_cast<std::size_t>(w.data() - text.data()) + w.size());
  }
  return false;
}

// Whether `before`, the word before a number, says that the number is a count reached: "rose
// to", "reached", "topped".
bool count_before(std::string_view text, std::string_view before) {
  static constexpr auto kReached = std::to_array<std::string_view>(
      {"reached", "totaled", "totalled", "topped", "exceeded", "surpassed", "numbered", "numbering"});
  static constexpr auto kRose = std::to_array<std::string_view>(
      {"rose", "risen", "climbed", "jumped", "fell", "dropped", "increased", "decreased", "grew", "soared",
       "surged", "swelled", "declined"});
  if (one_of(before, kReached)) return true;
  return iequals(before, "to") && one_of(word_before(text, before), kRose);
}

// Whether `before`, the word before a clock time, makes it a length: "ran 2:01:09", "runs 2:15",
// or "in", "of", "was" after a word of races and films a few words back ("won the marathon in
// 2:03:45", "a winning time of 2:14").
bool elapsed_before(std::string_view text, std::string_view before) {
  static constexpr auto kTimed = std::to_array<std::string_view>({"ran", "runs", "run", "clocked", "timed"});
  static constexpr auto kRaceWords = std::to_array<std::string_view>(
      {"ran", "run", "runs", "won", "finished", "completed", "race", "marathon", "time", "record", "clocked",
       "winning", "movie", "film", "lasted", "lasts", "runtime", "running", "personal"});
  if (one_of(before, kTimed)) return true;
  if (!one_of(before, std::array<std::string_view, 4>{"in", "of", "was", "is"})) return false;
  std::string_view w = word_before(text, before);
  for (int k = 0; k < 5 && !w.empty(); ++k, w = word_before(text, w))
    if (one_of(w, kRaceWords)) return true;
  return false;
}

// `origin`: where the grammar started reading after any preposition or dateline prefix it
// skipped (field positions in `x` count from there; it equals `b`).
// `second`: the second end of a range whose first end is `x` ("2015-2020"), or null.
bool reject(std::string_view text, std::size_t origin, std::size_t b, std::size_t e, const expr& x,
            const expr* second = nullptr) {
  const std::string_view s = text.substr(b, e - b);
  const char next = e < text.size() ? text[e] : ' ';

  if (glued_number(text, b)) return true;
  if (is_alnum(next) || next == '_' || next == '@' || next == '%' || next == '/' || (next == '.' && e + 1 < text.size() && is_alnum(text[e + 1])))
    return true;
  // Inside a URL or path: look for "://" or "www." in the surrounding non-space run.
  {
    std::size_t rb = b;
    while (rb > 0 && text[rb - 1] != ' ' && text[rb - 1] != '\n' && text[rb - 1] != '\t' && b - rb < 512) --rb;
    const std::string_view run = text.substr(rb, b - rb);
    if (run.find("://") != std::string_view::npos || run.find("www.") != std::string_view::npos ||
        run.find('@') != std::string_view::npos || run.find('=') != std::string_view::npos)
      return true;
  }

  const std::string_view before = word_before(text, b);
  const std::string_view after = word_after(text, e);

  // A holiday's name before a thing named after it is no date: "a Christmas tree", "Easter
  // eggs", "the Yom Kippur War", "the Easter Rising".
  if (x.holiday >= 0 && !x.year && x.relation == detail::rel::none &&
      one_of(after, std::array<std::string_view, 30>{
                        "tree", "trees", "egg", "eggs", "card", "cards", "carol", "carols", "bunny", "lights",
                        "ornament", "ornaments", "decorations", "sweater", "sweaters", "stocking", "stockings",
                        "song", "songs", "music", "movie", "movies", "pudding", "wreath", "candy", "costume",
                        "costumes", "war", "offensive", "rising"}))
    return true;

  // "the mid-90s" after a word of weather ("highs in the mid-80s", "temperatures in the low
  // 90s") is a temperature; "in her early 30s" (no "the") an age. A decade in two digits
  // without an apostrophe needs "the" and no such word a few words back.
  if (x.decade && x.year_two_digit && s.find('\'') == std::string_view::npos &&
      s.find("\xE2\x80\x99") == std::string_view::npos) {
    if (!begins_with_the(s)) return true;
    std::string_view w = before;
    for (int words = 0; words < 6 && !w.empty(); ++words, w = word_before(text, w))
      if (one_of(w, std::array<std::string_view, 10>{"high", "highs", "low", "lows", "temperature", "temperatures",
                                                     "degrees", "heat", "forecast", "thermometer"}))
        return true;
  }

  // A bare four-digit number is a year only with a cue: 1000..2100, and either a cue word
  // before ("in 2019", "since 1998"), punctuation or a function word after, or a possessive.
  // Rejects "2000 troops", "1500 people".
  // (a holiday's year names its day: "Christmas 2022 saw record sales")
  const bool year_alone = x.year && !x.year_two_digit && !x.month && !x.day && !x.quarter && !x.half && !x.season &&
                          !x.has_time() && !x.decade && !x.part_index && x.holiday < 0;
  // A plural noun after the number: "troops", not "loss", not a name.
  // Plurals that a year dates rather than counts are none: "the 1967 borders", "the 2001 attacks".
  const bool any_plural_after = after.size() > 2 && after.back() == 's' && after[after.size() - 2] != 's' &&
                                !is_upper(after.front());
  const bool plural_after = any_plural_after && !one_of(after, kYearPlurals);
  // (and the plurals without an "s": "about 2000 people")
  const bool counted_after =
      plural_after || one_of(after, std::array<std::string_view, 9>{"people", "children", "men", "women", "police",
                                                                    "staff", "personnel", "cattle", "persons"});
  // "about 1990 cars", "around 2000 troops": an approximate count, not a year.
  if (year_alone && x.mod == timex_mod::approx && (counted_after || any_plural_after)) return true;
  // "476 AD", "1066 CE", "753 BC": the era says it is a year
  if (year_alone && x.mod == timex_mod::none && !x.year_era) {
    if (*x.year < 1000 || *x.year > 2100) return true;
    if (next == ',' && e + 1 < text.size() && is_digit(text[e + 1])) return true;  // 2023,000
    // A number after a label is a reference number: "page 1990", "No. 1984", "Route 1996",
    // "PO Box 2020"; after a section sign, a statute's ("§ 1983").
    if (one_of(label_before(text, b), kNumberLabels) || iequals(before, "copyright")) return true;
    if (digit_groups_after(text, e)) return true;  // a telephone number: "on 1800 221 111"
    if (section_sign_before(text, b)) return true;
    // A street number: "1600 Pennsylvania Avenue NW", "2100 N. Main St.", "1999 Broadway" (not
    // "in 2008 Wall Street banks").
    if (after.size() >= 1 && is_upper(after.front()) && !one_of(before, kYearCues) && street_after(text, e)) return true;
    // A count reached: "the death toll rose to 2011.", "The count reached 2020 by noon" (not
    // "sales fell to 2011 levels").
    if (count_before(text, before) &&
        !one_of(after, std::array<std::string_view, 6>{"levels", "level", "figures", "highs", "lows", "peak"}))
      return true;
    // "the 1996 election", "a 1996 law", "its 1990 invasion", "the company's 1989 results" yes;
    // "the 2000 troops", "its 1500 employees" no.
    const bool possessive_before = before.size() > 2 && (before.ends_with("'s") || before.ends_with("'S"));
    const bool determiner_before = iequals(before, "the") || one_of(before, kYearDeterminers) || possessive_before;
    // An event or plan named with its year: "World Cup 2026", "the Vision 2030 plan". Not after
    // the capital of a sentence's first word ("Nearly 2000 people").
    const bool name_before = !before.empty() && is_upper(before.front()) && *x.year >= 1900 && !counted_after &&
                             !sentence_start_at(text, static_cast<std::size_t>(before.data() - text.data()));
    const bool cue_before = one_of(before, kYearCues) || (determiner_before && !counted_after) || name_before ||
                            (s.size() > 7 && iequals(s.substr(0, 7), "fiscal ")) || begins_with_the(s) ||
                            (s.size() > 2 && (iequals(s.substr(0, 2), "fy") || iequals(s.substr(0, 2), "cy")));
    const bool punct_after = next == '.' || next == ',' || next == ';' || next == ':' || next == ')' ||
                             next == '\n' || e == text.size() || next == '\'' || next == '"';
    const bool word_ok = after.empty() || one_of(after, kYearFollowers) || is_upper(after.front());
    // A range of two years is one whatever follows it ("The period 2015-2020 saw growth", "From
    // 2019 to 2020 sales rose"); of two numbers that are not both years, a count ("between 2000
    // and 3000 people").
    if (second != nullptr) {
      const bool years = second->year && *second->year > *x.year && *second->year <= 2100;
      if (!years && counted_after) return true;
    } else if (!cue_before && !punct_after && !word_ok) {
      return true;
    }
  }

  // A clock time with nothing that makes it one (a meridiem, a zone, a day, a part of the day)
  // is a length after the words of races and films ("ran 2:01:09", "won the marathon in
  // 2:03:45", "a time of 2:14", "The movie runs 2:15"), and part of a court's case number
  // before a dash and letters ("Case No. 1:23-cv-01234").
  if (x.hour && x.ampm == 0 && x.zone_abbr.empty() && x.zone_iana.empty() && !x.zone_offset_min && !x.has_date() &&
      x.pod == detail::part_of_day::none && x.offset.sign == 0) {
    if (next == '-' && e + 1 < text.size() && is_alpha(text[e + 1])) return true;
    // (not a range of clock times: "The event runs 10:00-16:00 CET")
    if (second == nullptr && elapsed_before(text, before)) return true;
  }

  // A frequency word in capitals before a name is part of it: "The Daily Mail", "the Weekly
  // Standard".
  if (x.is_set && is_upper(s.front()) && s.find(' ') == std::string_view::npos && next == ' ' && after.size() >= 2 &&
      is_upper(after.front()))
    return true;

  // "the 3rd" is a day of the month only after a preposition: "on the 3rd", "by the 25th";
  // not "finished the 3rd", "was the 25th". ("due the 15th of each month" is a set: it says so.)
  if (x.day && !x.month && !x.num_a && !x.is_set && x.unit_rel == detail::unit::none && !one_of(before, kDayCues))
    return true;

  // Month names that are also words or names (May, March, June, August): alone, they need
  // upper case and a temporal cue before them ("in May", "since March") or a determiner before
  // and a noun after them ("the August heat"). "Theresa May said", "they march", "the March of
  // Dimes" are not dates.
  // A month name written in lower case is a word ("this march", "may"), not a month.
  if (x.month && !x.num_a && origin + x.pos_month < text.size() && is_alpha(text[origin + x.pos_month]) &&
      !is_upper(text[origin + x.pos_month]))
    return true;
  if (x.month && only_calendar(x)) {
    const std::string_view w = s;
    if (!is_upper(w.front())) return true;
    const bool ambiguous = iequals(w, "may") || iequals(w, "march") || iequals(w, "june") ||
                           iequals(w, "august") || iequals(w, "jan") || iequals(w, "mar") ||
                           iequals(w, "jun") || iequals(w, "sun") || iequals(w, "sat") ||
                           (w.size() <= 4 && !iequals(w, "july"));  // abbreviations; "July" is whole
    // "a June agreement", "the March report", "its May meeting": a month before a noun, after a
    // determiner ("the March of Dimes", "the March on Washington" are names).
    const std::string_view noun = ambiguous ? word_after(text, e) : std::string_view{};
    const bool month_adjective = (iequals(before, "the") || one_of(before, kYearDeterminers) ||
                                  (before.size() > 2 && (before.ends_with("'s") || before.ends_with("'S")))) &&
                                 next == ' ' && !noun.empty() && !is_upper(noun.front()) &&
                                 !one_of(noun, std::array<std::string_view, 7>{"of", "on", "to", "for", "in", "at", "by"});
    if (ambiguous && !one_of(before, kMonthCues) && !month_adjective) return true;
    // A name before a surname: "April Jones", "and April Jones", "August Wilson" (not after a
    // cue of time: "in April Congress voted"; not before a word in capitals, a zone or an
    // acronym).
    const bool weak_cue = one_of(before, std::array<std::string_view, 6>{"and", "to", "for", "on", "about", "around"});
    if ((weak_cue || !one_of(before, kMonthCues)) && next == ' ') {
      const std::string_view name = word_after(text, e);
      if (name.size() >= 2 && is_upper(name.front()) && !is_upper(name[1]) && !is_month_or_weekday(name))
        return true;
    }
    // An abbreviation alone, without its dot, is a name: "Jan Kavan", "Dec Ltd." ("in Sept." keeps
    // its dot; May, June and July are whole names).
    if (w.size() <= 4 && !iequals(w, "may") && !iequals(w, "june") && !iequals(w, "july") && w.back() != '.' &&
        next != '.')
      return true;
  }

  // "as recently as Tuesday": the time is the one after the second "as", "recently" only
  // measures it.
  if (iequals(s, "recently") && iequals(before, "as") && iequals(after, "as")) return true;

  // "Now," opening a sentence turns the discourse ("Now, he says, …"); it names no time.
  if (iequals(s, "now") && next == ',' && sentence_start_at(text, b)) return true;

  // A title, not a time: ABC's "This Week", CBS's "60 Minutes". News writes a unit word with a
  // capital only at a sentence start, in a holiday's name ("Thanksgiving Day") or in capitals
  // throughout ("LAST WEEK").
  // (a heading with its year is a date: "Fourth Quarter 2021 Highlights")
  if (x.holiday < 0 && !x.year && capitalised_unit_inside(s)) return true;

  // Weekday names: upper case, and abbreviations only with a dot or a date after them
  // ("Sun" the newspaper, "Sat" the verb are not days).
  if (x.weekday && !x.day && !x.month && !x.iso_week) {
    // The weekday word, where the grammar read it.
    std::size_t k = origin + x.pos_weekday;
    while (k < text.size() && is_alpha(text[k])) ++k;
    const std::string_view name = text.substr(origin + x.pos_weekday, k - (origin + x.pos_weekday));
    if (!name.empty() && !is_upper(name.front())) return true;
    if (name.size() <= 4 && !x.has_time() && x.pod == detail::part_of_day::none && next != '.')
      return true;
  }

  // Seasons and "fall"/"spring" as verbs or nouns: alone they need a cue ("in the fall",
  // "this spring", "last winter", "summer 2022").
  if (x.season && !x.year && x.relation == detail::rel::none && !x.is_set && x.unit_rel == detail::unit::none) {
    const bool fall = s.size() >= 4 && iequals(s.substr(s.size() - 4), "fall");
    if (!one_of(before, std::array<std::string_view, 16>{"in", "during", "the", "this", "last", "next", "early", "mid",
                                                         "late", "by", "until", "since", "over", "through", "into",
                                                         "throughout"}) &&
        // "the end of the summer"; not "because of the fall in prices"
        !(iequals(before, "of") && !fall) &&
        // "before the summer", "until at least the spring"; not "after the fall of Rome"
        !(!fall && one_of(before, std::array<std::string_view, 9>{"before", "after", "for", "around", "toward",
                                                                  "towards", "till", "from", "least"})))
      return true;
  }

  // Fractions, not durations: "three-quarters of the vote" (a hyphenated duration is singular:
  // "six-day"). A dash between two numbers is a range: "2-3 weeks".
  if (const std::size_t dash = s.find('-'); x.is_duration && dash != std::string_view::npos &&
                                            (s.back() == 's' || s.back() == 'S') &&
                                            !(dash > 0 && is_digit(s[dash - 1]) && dash + 1 < s.size() && is_digit(s[dash + 1])))
    return true;

  // A year-like count with a singular unit is a year used as an adjective, not a duration: "the
  // 1988 quarter", "1989 year" ("six year" stays: transcripts drop the hyphen).
  if (x.is_duration && x.ndur == 1 && !x.dur[0].unknown && x.dur[0].milli >= 1000 * 1000 && is_digit(s.front()) &&
      s.find('-') == std::string_view::npos && is_alpha(s.back()) && s.back() != 's' && s.back() != 'S')
    return true;

  // "over recent weekends", "the past two weekends", "several weekends": some weekends, not
  // every one.
  if (x.is_set && x.set_unit == detail::unit::weekend && !iequals(s.substr(0, std::min<std::size_t>(s.size(), 5)), "every") &&
      !iequals(s.substr(0, std::min<std::size_t>(s.size(), 4)), "each") &&
      one_of(before, std::array<std::string_view, 13>{"recent", "past", "last", "previous", "several", "few", "many",
                                                      "consecutive", "successive", "those", "these", "some", "two"}))
    return true;

  // "a quarter point", "a quarter percentage point", "a quarter mile": a fraction of a measure.
  if (x.is_duration && x.ndur == 1 && x.dur[0].u == detail::unit::quarter &&
      one_of(after, std::array<std::string_view, 8>{"point", "points", "percent", "percentage", "mile", "miles",
                                                    "inch", "pound"}))
    return true;

  // "more than a quarter of the shares", "three quarters of voters": a fraction.
  if (x.is_duration && x.ndur == 1 && x.dur[0].u == detail::unit::quarter && !x.dur[0].unknown &&
      s.find("the ") == std::string_view::npos && s.find("The ") == std::string_view::npos && iequals(after, "of"))
    return true;

  // "the second half of the game", "the first quarter of the match": a half or quarter of
  // something else. "of" the grammar did not read ("of 2024", "of next year") leads to no year,
  // unless one is named a few words on ("the third quarter of Unisys's fiscal year") or no word
  // follows ("the third quarter of $226.3 million").
  if ((x.quarter || x.half) && !x.year && x.relation == detail::rel::none && iequals(after, "of")) {
    std::size_t k = static_cast<std::size_t>(after.data() + after.size() - text.data());
    // "the third quarter of $226.3 million" is the quarter of the amount
    bool year_named = word_after(text, k).empty();
    for (int words = 0; words < 4 && !year_named; ++words) {
      const std::string_view w = word_after(text, k);
      if (w.empty()) break;
      year_named = iequals(w, "year") || iequals(w, "fiscal") || iequals(w, "years");
      k = static_cast<std::size_t>(w.data() + w.size() - text.data());
    }
    if (!year_named) return true;
  }

  // "scored twice in the second half", "12 points in the fourth quarter": a half or quarter of
  // a game, when the sentence speaks of one.
  if ((x.quarter || x.half) && !x.year && x.relation == detail::rel::none && sentence_speaks_of_play(text, b, e))
    return true;
  // The game clock: "with 4:12 left in the third quarter", "2:30 remaining in the half", and
  // the quarter or half after "left in" or "remaining in"
  if (x.has_time() && !x.has_date() && x.ampm == 0 &&
      one_of(after, std::array<std::string_view, 3>{"left", "remaining", "to"}) &&
      (!iequals(after, "to") || iequals(word_after(text, static_cast<std::size_t>(after.data() - text.data()) + 2), "play")))
    return true;
  if (((x.quarter || x.half) && !x.year && x.relation == detail::rel::none) ||
      ((x.unit_rel == detail::unit::quarter || x.unit_rel == detail::unit::half) && x.relation == detail::rel::this_)) {
    const std::string_view in = iequals(before, "the") ? word_before(text, before) : before;
    // (a clock before it: "two weeks remaining in the quarter" is the business quarter)
    const std::string_view left = iequals(in, "in") ? word_before(text, in) : std::string_view{};
    if (one_of(left, std::array<std::string_view, 2>{"left", "remaining"})) {
      std::size_t k = static_cast<std::size_t>(left.data() - text.data());
      while (k > 0 && text[k - 1] == ' ') --k;
      if (k >= 3 && is_digit(text[k - 1]) && is_digit(text[k - 2]) && text[k - 3] == ':') return true;
    }
  }
  // "on a year-on-year basis", "month-over-month": a comparison, not a length
  if (next == '-' && (text.substr(e, 4) == "-on-" || text.substr(e, 6) == "-over-")) return true;

  // Ages and sizes: "a 6-year-old", "52-year-old", "the 44-year-old's", "52 years old".
  if (x.is_duration && next == '-' && e + 4 <= text.size() && iequals(text.substr(e + 1, 3), "old"))
    return true;
  if (x.is_duration && iequals(after, "old")) return true;
  // A news page's reading time: "2 min read", "5-minute read", "3 min listen" (the reader's
  // time, not the story's).
  if (x.is_duration && x.ndur == 1 && x.dur[0].u == detail::unit::minute && (iequals(after, "read") || iequals(after, "listen")))
    return true;
  // "Wait a second", "hang on a minute", "just a sec": a call for patience, no length of time.
  if (x.is_duration && x.ndur == 1 && x.dur[0].milli == 1000 && !x.dur[0].unknown &&
      (x.dur[0].u == detail::unit::second || x.dur[0].u == detail::unit::minute) &&
      (s.size() > 1 && (s[0] == 'a' || s[0] == 'A') && s[1] == ' ') &&
      (one_of(before, std::array<std::string_view, 3>{"wait", "on", "hold"}) ||
       (iequals(s, "a sec") && !one_of(before, std::array<std::string_view, 4>{"for", "in", "within", "than"}))))
    return true;
  // "24 hours a day", "seven days a week", "three times per year": a rate.
  if (x.is_duration && (iequals(after, "a") || iequals(after, "per")) &&
      is_unit_word(word_after(text, static_cast<std::size_t>(after.data() + after.size() - text.data()))))
    return true;

  // A hundred runs, in cricket: "scored a century", "hit his second century", "made a century".
  if (s.ends_with("century") || s.ends_with("centuries")) {
    std::string_view w = before;
    if (one_of(w, std::array<std::string_view, 5>{"his", "her", "their", "another", "a"})) w = word_before(text, w);
    if (one_of(w, std::array<std::string_view, 7>{"scored", "scores", "hit", "made", "brought", "scoring", "smashed"}))
      return true;
  }

  // Rates: "$1.76 a year", "$500 million a year", "four flights a week" — "a <unit>" after an
  // amount or a counted noun is "per <unit>", not a stretch of time.
  if (x.is_duration && x.ndur == 1 && s.size() > 2 && (iequals(s.substr(0, 2), "a ") || iequals(s.substr(0, 3), "an ")) &&
      counted_before(text, b))
    return true;

  // Whether the word after the mention may be a noun it modifies: a lower-case word that is no
  // preposition or conjunction (and none of `also`).
  const auto before_a_noun = [&](auto const& also) {
    static constexpr auto kLinks = std::to_array<std::string_view>(
        {"and", "or", "in", "at", "to", "for", "from", "since", "until", "by", "on", "with", "during"});
    return !after.empty() && !is_upper(after.front()) && !one_of(after, kLinks) && !one_of(after, also);
  };

  // Set adjectives before a noun: "quarterly earnings", "the daily newspaper", "annually
  // renewed" is kept (an adverb before a verb cannot be told apart cheaply; nouns are the
  // common case in news). Plurals are nouns themselves: "on Mondays the shop", "works weekends".
  // After it, a preposition or a conjunction shows the adverb: "demonstrators gather daily
  // outside the home", "paid monthly because of".
  if (x.is_set && s.find(' ') == std::string_view::npos && lower(s.back()) != 's' &&
      before_a_noun(std::array<std::string_view, 22>{"basis", "outside", "inside", "near", "across", "over", "into",
                                                     "around", "after", "before", "under", "between", "against",
                                                     "throughout", "through", "until", "while", "when", "but",
                                                     "because", "as", "than"}))
    return true;

  // A capitalised word alone inside a sentence, or before another capitalised word, is a name:
  // "Dawn Smith said", "a ship named Dusk".
  if (x.pod_alone && s.find(' ') == std::string_view::npos && s.find('-') == std::string_view::npos &&
      is_upper(s.front()) && (!sentence_start_at(text, b) || (!after.empty() && is_upper(after.front()))))
    return true;

  // A part of the day alone before a noun or its clause is no time: "the morning paper",
  // "overnight rates", "the evening of the attack", "the afternoon he left". A preposition, a
  // conjunction or the start of the clause that follows may come after it ("In the afternoon
  // the crowd left", "by late morning they had").
  // (or a preposition of place or a conjunction: "weakened overnight over the Gulf", "closed
  // overnight while police investigated", "move in overnight into Thursday")
  if (x.pod_alone && before_a_noun(std::array<std::string_view, 38>{
                         "but", "when", "as", "the", "a", "an", "this", "these", "those", "his", "her", "their",
                         "its", "our", "they", "we", "it", "there", "into", "over", "while", "after", "before",
                         "amid", "across", "through", "near", "around", "because", "then", "again", "if",
                         "although", "though", "outside", "along", "toward", "towards"}))
    return true;

  // "a quarter to two percent", "rose to 5 percent": a clock time without its meridiem or
  // zone before a share is a number.
  if (x.has_time() && x.ampm == 0 && x.zone_abbr.empty() && !x.zone_offset_min &&
      (next == '%' || one_of(after, std::array<std::string_view, 4>{"percent", "pct", "points", "cents"})))
    return true;

  // "at 10 GMT", "by 9 EST": an hour alone before its zone is a time after a word that says so;
  // "Flight 9 EST", "the 10 EST pupils" are numbers.
  if (x.hour && !x.minute && x.ampm == 0 && !x.noon && !x.midnight && !x.zone_abbr.empty() && is_digit(s.front()) &&
      !one_of(before, std::array<std::string_view, 13>{"at", "by", "from", "until", "till", "to", "before", "after",
                                                       "around", "about", "since", "and", "or"}))
    return true;

  // "a quarter-point rise", "a half-point cut": a share of a percentage point, not of a year or
  // an hour.
  if ((x.is_duration || x.offset.sign != 0) && e < text.size() && text[e] == '-' &&
      (iequals(text.substr(e + 1, 5), "point") || iequals(text.substr(e + 1, 10), "percentage")))
    return true;

  // "a second term", "a second time": "second" the ordinal.
  if (x.is_duration && x.ndur == 1 && x.dur[0].u == detail::unit::second && !after.empty() &&
      !iequals(after, "and") && !iequals(after, "or") && !iequals(after, "ago") && !iequals(after, "later") &&
      !iequals(after, "before") && !iequals(after, "after") && !iequals(after, "earlier"))
    return true;

  // "the week before the vote", "the year after the war": a period counted from an event, not
  // this week or year ("the week before," alone counts from the date last named: an anaphor).
  if (x.unit_rel != detail::unit::none && x.relation == detail::rel::this_ && begins_with_the(s) &&
      s.find(' ') == s.rfind(' ') && (iequals(after, "before") || iequals(after, "after")))
    return true;

  // "the day", "the hour", "the minute" alone are rarely dates ("the day he left").
  if (x.unit_rel != detail::unit::none && x.relation == detail::rel::this_ && begins_with_the(s) &&
      (x.unit_rel == detail::unit::day || x.unit_rel == detail::unit::hour || x.unit_rel == detail::unit::minute))
    return true;

  // Bare plural units ("years", "days") are vague durations only after "for" or "over"
  // ("decades-long" is one anywhere).
  if (x.is_duration && x.ndur == 1 && x.dur[0].unknown && x.dur[0].milli == 0 && s.find(' ') == std::string_view::npos &&
      !s.ends_with("-long") &&
      !iequals(before, "for") && !iequals(before, "over") && !iequals(before, "within"))
    return true;

  // A month/day without a year written with a slash ("3/4") is more often a fraction.
  if (x.num_a && x.num_b && !x.year) return true;

  // A lone number with a.m./p.m. is fine; a lone "o'clock"-less hour is not matched anyway.
  // Lower-case "now" at the start of a clause ("now that") is still PRESENT_REF in TimeML.
  return false;
}

// ---------------------------------------------------------------------------------------------
// Narrative anchoring: which expressions count from the previously mentioned date.
// ---------------------------------------------------------------------------------------------
// "the next day", "the past year": a unit named relative to another, after "the".
bool the_relative_unit(const expr& x, std::string_view s) {
  return x.unit_rel != detail::unit::none && x.relation != detail::rel::none && begins_with_the(s);
}

// "the following week", "the previous month", "the preceding year", "the prior year", "the
// following Monday", "the previous Friday", "the following autumn": a unit, a weekday or a season
// after or before a date the text has named.
bool names_a_sequel(const expr& x, std::string_view s) {
  const bool the_relative_weekday =
      x.weekday && !x.month && !x.day && x.relation != detail::rel::none && begins_with_the(s);
  // "the following autumn", "the previous winter"
  const bool the_relative_season = x.season && !x.year && x.relation != detail::rel::none && begins_with_the(s);
  // "the following May", "the previous March"
  const bool the_relative_month =
      x.month && !x.day && !x.year && x.relation != detail::rel::none && begins_with_the(s);
  // "November of the following year", "in March of the previous year"
  const bool of_the_relative = x.relation != detail::rel::none &&
                               (s.find("of the following") != std::string_view::npos ||
                                s.find("of the previous") != std::string_view::npos);
  return (the_relative_unit(x, s) || the_relative_weekday || the_relative_season || the_relative_month ||
          of_the_relative) &&
         (s.find("following") != std::string_view::npos || s.find("previous") != std::string_view::npos ||
          s.find("preceding") != std::string_view::npos || s.find("prior") != std::string_view::npos);
}

// "The next day he was freed", "the next morning": with the article, a day after a date the
// text has named, in news too; not "in the next day or two", "over the next day", which count
// from now.
bool the_next_day(const expr& x, std::string_view s, std::string_view text, std::size_t b) {
  // ("early the next morning", "late the next day": the modifier first)
  for (const std::string_view m : {"early ", "late "})
    if (s.size() > m.size() && iequals(s.substr(0, m.size()), m)) s.remove_prefix(m.size());
  if (x.unit_rel != detail::unit::day || x.relation != detail::rel::next || !begins_with_the(s) ||
      s.find("next") == std::string_view::npos)
    return false;
  return !one_of(word_before(text, b), std::array<std::string_view, 8>{"in", "within", "over", "during", "for",
                                                                      "through", "throughout", "into"});
}

bool counts_from_previous(const expr& x, std::string_view s) {
  // "two days later", "a week earlier", "the next day", "the following week", "the day before".
  // ("Hours later", "days later": no amount to count; as in news, a vague stretch)
  if (x.offset.sign != 0 && !x.offset_from_anchor && !x.offset.q.unknown) {
    const bool from_now = s.find("ago") != std::string_view::npos || s.find("from now") != std::string_view::npos ||
                          s.find("hence") != std::string_view::npos ||
                          (s.size() > 3 && iequals(s.substr(0, 3), "in "));
    return !from_now;
  }
  // "the next day", "the following week", "the previous month" — not "the past year".
  return names_a_sequel(x, s) || (the_relative_unit(x, s) && s.find("next") != std::string_view::npos);
}

// "that day", "that week", "the same day": always the previously mentioned date's period.
struct anaphor {
  std::size_t length;
  detail::unit u;
  detail::part_of_day pod = detail::part_of_day::none;  ///< "that morning": a part of that day
  int days = 0;  ///< "the day before": the day before that date
  /// "the week before": the week before that date's (last), "the year after" the one after (next)
  detail::rel relation = detail::rel::this_;
  int season = 0;                      ///< "that spring": the season of that date's year (1..4)
  timex_mod mod = timex_mod::none;     ///< "later that month": END; "earlier that year": START
};
std::optional<anaphor> match_anaphor(std::string_view s) {
  if (s.empty() || (lower(s[0]) != 't' && lower(s[0]) != 'l' && lower(s[0]) != 'e'))
    return std::nullopt;  // that, the, later, earlier
  using detail::part_of_day;
  using detail::unit;
  struct form {
    std::string_view words;
    unit u;
    part_of_day pod;
  };
  static constexpr std::array<form, 14> kForms{{
      {"that day", unit::day, part_of_day::none},          {"the same day", unit::day, part_of_day::none},
      {"later that day", unit::day, part_of_day::none},    {"that week", unit::week, part_of_day::none},
      {"that weekend", unit::weekend, part_of_day::none},
      {"the same week", unit::week, part_of_day::none},    {"that month", unit::month, part_of_day::none},
      {"the same month", unit::month, part_of_day::none},  {"that year", unit::year, part_of_day::none},
      {"the same year", unit::year, part_of_day::none},    {"that morning", unit::day, part_of_day::morning},
      {"that afternoon", unit::day, part_of_day::afternoon}, {"that evening", unit::day, part_of_day::evening},
      {"that night", unit::day, part_of_day::night}}};
  // Every form begins with "that ", "the same ", "later that " or "earlier that ": the rest
  // are not tried.
  const auto begins = [&](std::string_view w) { return s.size() > w.size() && iequals(s.substr(0, w.size()), w); };
  // "later that month", "earlier that year": the part of that period after or before the date
  // (as "later this month" is of this one); of a day, the day
  if (begins("earlier that ") || (begins("later that ") && !begins("later that day"))) {
    const std::size_t skip = lower(s[0]) == 'e' ? 8 : 6;
    if (auto a = match_anaphor(s.substr(skip)); a && a->pod == part_of_day::none && a->season == 0 &&
                                                (a->u == unit::day || a->u == unit::week || a->u == unit::month ||
                                                 a->u == unit::year)) {
      anaphor out{a->length + skip, a->u};
      if (a->u != unit::day) out.mod = skip == 8 ? timex_mod::start : timex_mod::end;
      return out;
    }
    return std::nullopt;
  }
  // "that same year", "that same day": as "that year"
  if (begins("that same ")) {
    const std::string_view rest = s.substr(10);
    for (const auto& f : kForms) {
      if (!f.words.starts_with("that ")) continue;
      const std::string_view w = f.words.substr(5);
      if (rest.size() >= w.size() && iequals(rest.substr(0, w.size()), w) && (rest.size() == w.size() || !is_alnum(rest[w.size()])))
        return anaphor{10 + w.size(), f.u, f.pod};
    }
    return std::nullopt;
  }
  if (begins("the ") && !begins("the same ")) {
    // "the day before", "the night before", "the morning after", "the previous evening": the day
    // before or after that date, or a part of it. "the day before" ends its phrase: "the day
    // before the vote" is the grammar's, or nothing.
    struct shifted {
      std::string_view words;
      part_of_day pod;
      int days;
      bool closes;  ///< must be followed by punctuation or the text's end
    };
    static constexpr std::array<shifted, 15> kShifted{{
        {"the day before", part_of_day::none, -1, true},       {"the day after", part_of_day::none, 1, true},
        {"the day prior", part_of_day::none, -1, true},
        {"the night before", part_of_day::night, -1, true},    {"the evening before", part_of_day::evening, -1, true},
        {"the morning after", part_of_day::morning, 1, true},  {"the previous morning", part_of_day::morning, -1, false},
        {"the previous afternoon", part_of_day::afternoon, -1, false},
        {"the previous evening", part_of_day::evening, -1, false},
        {"the previous night", part_of_day::night, -1, false}, {"the previous day", part_of_day::none, -1, false},
        {"the preceding day", part_of_day::none, -1, false},   {"the night after", part_of_day::night, 1, true},
        {"the following morning", part_of_day::morning, 1, false},
        {"the following evening", part_of_day::evening, 1, false}}};
    // a first look at the second word: most phrases after "the" are none of these
    const std::string_view second = word_after(s, 4);
    if (!one_of(second, std::array<std::string_view, 11>{"day", "night", "evening", "morning", "previous",
                                                          "preceding", "following", "week", "weekend", "month",
                                                          "year"}))
      return std::nullopt;
    // "The week before, …", "the year after.": the period before or after that date's, ending its
    // phrase as "the day before" does ("the week before the vote" is not read here). (Not "the
    // weekend after": from a weekday it is that week's own.)
    {
      struct around {
        std::string_view words;
        unit u;
        detail::rel relation;
      };
      static constexpr std::array<around, 10> kAround{{{"the week before", unit::week, detail::rel::last},
                                                      {"the week prior", unit::week, detail::rel::last},
                                                      {"the month prior", unit::month, detail::rel::last},
                                                      {"the year prior", unit::year, detail::rel::last},
                                                      {"the week after", unit::week, detail::rel::next},
                                                      {"the weekend before", unit::weekend, detail::rel::last},
                                                      {"the month before", unit::month, detail::rel::last},
                                                      {"the month after", unit::month, detail::rel::next},
                                                      {"the year before", unit::year, detail::rel::last},
                                                      {"the year after", unit::year, detail::rel::next}}};
      for (const auto& f : kAround) {
        const std::string_view w = f.words;
        if (s.size() < w.size() || !iequals(s.substr(0, w.size()), w) || (s.size() > w.size() && is_alnum(s[w.size()])))
          continue;
        std::size_t k = w.size();
        while (k < s.size() && s[k] == ' ') ++k;
        if (k < s.size() && s[k] != ',' && s[k] != '.' && s[k] != ';' && s[k] != ':' && s[k] != ')') continue;
        anaphor a{w.size(), f.u};
        a.relation = f.relation;
        return a;
      }
    }
    for (const auto& f : kShifted) {
      const std::string_view w = f.words;
      if (s.size() < w.size() || !iequals(s.substr(0, w.size()), w) || (s.size() > w.size() && is_alnum(s[w.size()])))
        continue;
      if (f.closes) {
        std::size_t k = w.size();
        while (k < s.size() && s[k] == ' ') ++k;
        if (k < s.size() && s[k] != ',' && s[k] != '.' && s[k] != ';' && s[k] != ':' && s[k] != ')') continue;
      }
      return anaphor{w.size(), unit::day, f.pod, f.days};
    }
    return std::nullopt;
  }
  if (!begins("that ") && !begins("the same ") && !begins("later that ")) return std::nullopt;
  // "that spring", "that summer": the season of that date's year
  if (begins("that ")) {
    static constexpr std::array<std::pair<std::string_view, int>, 5> kSeasons{
        {{"spring", 1}, {"summer", 2}, {"fall", 3}, {"autumn", 3}, {"winter", 4}}};
    const std::string_view w = word_after(s, 5);
    for (const auto& [name, season] : kSeasons)
      if (iequals(w, name) && (s.size() == 5 + w.size() || !is_alnum(s[5 + w.size()]))) {
        anaphor a{5 + w.size(), unit::none};
        a.season = season;
        return a;
      }
  }
  for (const auto& f : kForms) {
    const std::string_view w = f.words;
    if (s.size() >= w.size() && iequals(s.substr(0, w.size()), w) && (s.size() == w.size() || !is_alnum(s[w.size()])))
      return anaphor{w.size(), f.u, f.pod};
  }
  return std::nullopt;
}

// "year-ago", "the year-earlier period", "the comparable year-ago quarter", "the quarter a year
// ago", "the same period last year": the same period a year before the period in focus. Returns
// the length, leading "the" and adjective included.
std::optional<std::size_t> match_year_ago(std::string_view s) {
  if (s.empty() || (lower(s[0]) != 't' && lower(s[0]) != 'y')) return std::nullopt;  // the, year
  const auto word_at = [&](std::size_t at, std::string_view w) {
    return s.size() >= at + w.size() && iequals(s.substr(at, w.size()), w) &&
           (s.size() == at + w.size() || !is_alnum(s[at + w.size()]));
  };
  std::size_t n = 0;
  if (word_at(0, "the")) n = 4;
  const auto first_is = [&](char a, char b) { return n < s.size() && (lower(s[n]) == a || lower(s[n]) == b); };
  if (first_is('c', 's'))
    for (std::string_view adj : {"comparable ", "corresponding ", "same "})
      if (word_at(n, adj.substr(0, adj.size() - 1))) { n += adj.size(); break; }
  // "the quarter a year ago", "the same period last year": the noun first, then how far back
  if (n > 0 && first_is('q', 'p')) {
    for (std::string_view noun : {"quarter ", "period "}) {
      if (!word_at(n, noun.substr(0, noun.size() - 1))) continue;
      const std::size_t at = n + noun.size();
      for (std::string_view tail : {"a year ago", "a year earlier", "a year before", "last year", "of last year",
                                    "the year before", "the previous year", "of the previous year"})
        if (word_at(at, tail)) return at + tail.size();
    }
  }
  if (!first_is('y', 'y')) return std::nullopt;
  for (std::string_view w : {"year-ago", "year-earlier", "year earlier", "year ago"}) {
    if (!word_at(n, w)) continue;
    n += w.size();
    // "year ago" / "year earlier" without a noun after it is the grammar's ("a year ago").
    const bool hyphen = w[4] == '-';
    for (std::string_view tail : {" first quarter", " second quarter", " third quarter", " fourth quarter",
                                  " quarter", " period"})
      if (word_at(n, tail)) return n + tail.size();
    if (hyphen) return n;  // "year-ago", "Year-earlier"
    return std::nullopt;
  }
  return std::nullopt;
}

// A year used as an adjective for a period of it: "the 1988 third quarter", "the 1989 period",
// "this year's third quarter", "next year's first quarter", "last year's quarter".
struct year_period {
  std::size_t length = 0;
  int year = 0;
  int quarter = 0;  ///< 1..4 when named, else 0: the quarter in focus, or the whole year
};

std::optional<year_period> match_year_period(std::string_view s, int ref_year) {
  if (s.empty()) return std::nullopt;
  const auto word_at = [&](std::size_t at, std::string_view w) {
    return s.size() >= at + w.size() && iequals(s.substr(at, w.size()), w) &&
           (s.size() == at + w.size() || !is_alnum(s[at + w.size()]));
  };
  year_period p;
  std::size_t n = 0;
  const char c0 = lower(s[0]);
  if (c0 == 't' || c0 == 'i')
    for (std::string_view det : {"the ", "its "})
      if (word_at(0, det.substr(0, 3))) { n = det.size(); break; }
  // the, its, then fiscal, this, last, next or the year's first digit
  if (n >= s.size()) return std::nullopt;
  if (const char c = lower(s[n]); c != 'f' && c != 't' && c != 'l' && c != 'n' && c != '1' && c != '2')
    return std::nullopt;
  // "fiscal 1990's first quarter", "1990's third quarter": the year named in the possessive
  const bool fiscal = word_at(n, "fiscal") && s.size() > n + 7 && s[n + 6] == ' ';
  const std::size_t y = fiscal ? n + 7 : n;
  const std::size_t after_year = s.size() >= y + 6 && s[y + 4] == '\'' && lower(s[y + 5]) == 's' ? y + 6 : y + 4;
  if (s.size() >= after_year + 1 && is_digit(s[y]) && is_digit(s[y + 1]) && is_digit(s[y + 2]) && is_digit(s[y + 3]) &&
      s[after_year] == ' ' && (s[y] == '1' || s[y] == '2')) {
    p.year = (s[y] - '0') * 1000 + (s[y + 1] - '0') * 100 + (s[y + 2] - '0') * 10 + (s[y + 3] - '0');
    n = after_year + 1;
  } else if (fiscal) {
    return std::nullopt;
  } else {
    static constexpr std::array<std::pair<std::string_view, int>, 3> kRel{
        {{"this year's ", 0}, {"last year's ", -1}, {"next year's ", 1}}};
    bool found = false;
    for (const auto& [w, d] : kRel)
      if (n == 0 && s.size() >= w.size() && iequals(s.substr(0, w.size()), w)) {
        p.year = ref_year + d;
        n = w.size();
        found = true;
        break;
      }
    if (!found) return std::nullopt;
  }
  static constexpr std::array<std::string_view, 4> kOrdinals{"first ", "second ", "third ", "fourth "};
  for (std::size_t i = 0; i < kOrdinals.size(); ++i)
    if (s.size() >= n + kOrdinals[i].size() && iequals(s.substr(n, kOrdinals[i].size()), kOrdinals[i])) {
      p.quarter = static_cast<int>(i) + 1;
      n += kOrdinals[i].size();
      break;
    }
  if (word_at(n, "quarter")) {
    p.length = n + 7;
  } else if (p.quarter == 0 && word_at(n, "period")) {
    p.length = n + 6;
  } else {
    return std::nullopt;
  }
  return p;
}

// Reads a phrase word by word from the start of `s`, ASCII case-insensitively; each word must be
// followed by blanks, which are read with it (markup read from TimeML or HTML leaves runs of them).
struct phrase_reader {
  std::string_view s;
  std::size_t at = 0;  ///< bytes read

  /// Reads `w` and the blanks after it; false (nothing read) when they are not next.
  bool word(std::string_view w) {
    std::size_t k = at + w.size();
    if (s.size() <= k || !iequals(s.substr(at, w.size()), w) || !detail::is_space_byte(s[k])) return false;
    while (k < s.size() && detail::is_space_byte(s[k])) ++k;
    at = k;
    return true;
  }
  /// Reads an optional "the" and its blanks; true when the next word begins with one of
  /// `letters` (lower case). A first look that turns most starts away cheaply.
  bool the_then(std::string_view letters) {
    std::size_t k = at;
    if (s.size() > k + 3 && lower(s[k]) == 't' && lower(s[k + 1]) == 'h' && lower(s[k + 2]) == 'e' &&
        detail::is_space_byte(s[k + 3])) {
      k += 4;
      while (k < s.size() && detail::is_space_byte(s[k])) ++k;
    }
    if (k >= s.size()) return false;
    const char c = lower(s[k]);
    for (const char l : letters)
      if (c == l) {
        at = k;
        return true;
      }
    return false;
  }
  /// Reads `a` then `b`, or nothing.
  bool words(std::string_view a, std::string_view b) {
    const std::size_t from = at;
    if (word(a) && word(b)) return true;
    at = from;
    return false;
  }
};

// "the first two quarters of 1990", "the last six months of 2023": the leading or trailing part
// of a year that is one of its halves or quarters is that half or quarter, a date (TimeBank
// annotates it so); other parts ("the first nine months of 1997") stay a duration and a year.
// The ISO-like spelling for parse(), "H1 1990", and the bytes read.
struct year_part {
  std::size_t length = 0;
  std::string spec;
};

std::optional<year_part> match_year_part(std::string_view s, int ref_year) {
  phrase_reader r{s};
  if (!r.the_then("fl")) return std::nullopt;
  const bool first = r.word("first");
  if (!first && !r.word("last") && !r.word("final")) return std::nullopt;
  static constexpr std::array<std::tuple<std::string_view, std::string_view, char>, 5> kParts{
      {{"two", "quarters", 'H'}, {"six", "months", 'H'}, {"6", "months", 'H'}, {"three", "months", 'Q'},
       {"3", "months", 'Q'}}};
  char kind = 0;
  for (const auto& [amount, unit, k] : kParts)
    if (r.words(amount, unit)) {
      kind = k;
      break;
    }
  if (kind == 0 || !r.word("of")) return std::nullopt;
  const std::size_t n = r.at;
  const char index = kind == 'H' ? (first ? '1' : '2') : (first ? '1' : '4');
  // "of last year", "of this year", "of next year": the year named from the reference's
  for (const auto& [rel, k] : std::array<std::pair<std::string_view, int>, 3>{{{"last", -1}, {"this", 0}, {"next", 1}}}) {
    phrase_reader y{s, n};
    if (y.word(rel) && s.size() >= y.at + 4 && iequals(s.substr(y.at, 4), "year") &&
        (s.size() == y.at + 4 || !is_alnum(s[y.at + 4]))) {
      year_part p;
      p.spec = std::string{kind, index, ' '} + std::to_string(ref_year + k);
      p.length = y.at + 4;
      return p;
    }
  }
  if (s.size() < n + 4 || !std::all_of(s.begin() + static_cast<std::ptrdiff_t>(n), s.begin() + static_cast<std::ptrdiff_t>(n + 4), is_digit) ||
      (s[n] != '1' && s[n] != '2') || (s.size() > n + 4 && is_alnum(s[n + 4])))
    return std::nullopt;
  year_part p;
  p.spec = std::string{kind, index, ' '} + std::string(s.substr(n, 4));
  p.length = n + 4;
  return p;
}

// "the latest quarter", "the latest period", "the most recent quarter": in a financial report,
// the quarter reported on.
std::optional<std::size_t> match_latest_period(std::string_view s) {
  if (s.empty() || lower(s[0]) != 't') return std::nullopt;
  const auto word_at = [&](std::size_t at, std::string_view w) {
    return s.size() >= at + w.size() && iequals(s.substr(at, w.size()), w) &&
           (s.size() == at + w.size() || !is_alnum(s[at + w.size()]));
  };
  if (!word_at(0, "the")) return std::nullopt;
  std::size_t n = 4;
  if (word_at(n, "latest")) n += 7;
  else if (word_at(n, "most recent")) n += 12;
  else return std::nullopt;
  for (std::string_view w : {"quarter", "period"})
    if (word_at(n, w)) return n + w.size();
  return std::nullopt;
}

// The quarter a year before `q` (a value of grain quarter).
temporal_value quarter_a_year_before(const temporal_value& q) {
  temporal_value v = q;
  const auto shift = [](local_time t) {
    const auto d = date::floor<date::days>(t);
    const date::year_month_day ymd{d};
    return local_time{date::local_days{(ymd.year() - date::years{1}) / ymd.month() / ymd.day()}} + (t - local_time{d});
  };
  v.span->begin = shift(v.span->begin);
  v.span->end = shift(v.span->end);
  v.value = calendar::timex_value(grain::quarter, v.span->begin);
  v.mod = timex_mod::none;
  v.ends.clear();
  return v;
}

// The words around a number that keep it: after it (kNear) or before it (kNames). Words such as
// "about", "than", "at", "the" before a number keep nothing by themselves: what makes "about 3
// weeks", "more than 20 years", "at 5 p.m." temporal is the word after the number, which keeps
// it, or an anchor of its own ("weeks") whose look-back reads the whole.
constexpr auto kNear = std::to_array<std::string_view>({
    "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr",
    "hrs", "day", "days", "week", "weeks", "wk", "wks", "weekend", "weekends", "fortnight",
    "fortnights", "month", "months", "quarter", "quarters", "year", "years", "yr", "yrs", "decade",
    "decades", "century", "centuries", "a", "am", "p", "pm", "o", "times", "of", "and", "or", "to",
    "through", "until", "noon", "midnight", "in", "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt",
    "pst", "pdt", "ist", "bst", "cet", "cest", "eet", "eest", "jst", "kst", "aest", "aedt",
    "morning", "afternoon", "evening", "night", "ad", "ce", "b", "bc", "bce"});
constexpr auto kNames = std::to_array<std::string_view>({
    "jan", "january", "feb", "february", "febr", "mar", "march", "apr", "april", "may", "jun",
    "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
    "november", "dec", "december", "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday",
    "thu", "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday", "q",
    "h", "ad", "cw"});
enum number_word : std::uint8_t { near_word = 1, name_word = 2 };
const detail::word_table& number_words() {
  static const detail::word_table t = [] {
    detail::word_table w;
    for (const auto c : kNear) w.add(c, near_word);
    for (const auto c : kNames) w.add(c, name_word);
    return w;
  }();
  return t;
}

bool is_month_or_weekday(std::string_view w) {
  std::array<char, detail::kMaxWord> buf{};
  const std::string_view lw = detail::lower_word(w, buf);
  return lw.size() == w.size() && lw.size() >= 3 && (number_words().find(lw) & name_word) != 0;
}

// A digit run is part of a temporal expression only in a few shapes; most numbers in news
// ("2,000 troops", "$40 billion", "15 percent") are not, and are dropped here before the
// grammar runs. Kept: four-digit numbers (years, "1430 GMT"), numbers glued to ':' '/' '.' '-'
// and another digit (times, dates), ordinal and decade suffixes ("19th", "90s"), numbers next
// to a calendar or clock word ("six days", "3 p.m.", "Sept 19", "March 2022", "3 times a
// week", "the 19 of"), and apostrophe years ("'90s"). Dropped first: amounts of money and
// shares, the whole numeral read ("$17.50", "8,189.49%").
bool digits_may_be_temporal(std::string_view text, std::size_t b, std::size_t e) {
  if (b >= e || !is_digit(text[b])) return true;  // a word anchor: the grammar decides
  // The whole numeral the digits belong to: digit runs joined by ',' or '.' ("1,774,000",
  // "8,189.49"). An amount of money ("$17.50", "#94.8 million" with '#' for the pound sign,
  // "$2023") or a share ("8.4%", "12.5 percent") is no part of a temporal expression.
  std::size_t nb = b, ne = e;
  while (nb >= 2 && (text[nb - 1] == ',' || text[nb - 1] == '.') && is_digit(text[nb - 2]))
    for (nb -= 2; nb > 0 && is_digit(text[nb - 1]);) --nb;
  while (ne + 1 < text.size() && (text[ne] == ',' || text[ne] == '.') && is_digit(text[ne + 1]))
    for (ne += 2; ne < text.size() && is_digit(text[ne]);) ++ne;
  if (nb > 0 && (text[nb - 1] == '$' || text[nb - 1] == '#')) return false;
  if (ne < text.size() && text[ne] == '%') return false;
  const std::size_t len = e - b;
  if (len == 4 || len == 8 || len == 6 || len == 14) return true;  // years, basic ISO forms
  // "9月19日": before the CJK month mark (月) or year mark (年)
  if (text.substr(e, 3) == "\xE6\x9C\x88" || text.substr(e, 3) == "\xE5\xB9\xB4") return true;
  if (b > 0 && (text[b - 1] == '\'' || static_cast<unsigned char>(text[b - 1]) == 0x99)) return true;
  if (b >= 2 && lower(text[b - 2]) == 'f' && lower(text[b - 1]) == 'y') return true;  // "FY23"
  std::array<char, detail::kMaxWord> buf{};
  // Whether the word after `from` (past a ',' or ')' and blanks or a hyphen) is a calendar or
  // clock word. A one-letter word counts only as the start of "a.m.", "p.m." or "o'clock":
  // "$5 a share", "3 a day" are not clock times.
  const auto near_after = [&](std::size_t from) {
    std::size_t i = from;
    if (i < text.size() && (text[i] == ',' || text[i] == ')')) ++i;
    while (i < text.size() && (text[i] == ' ' || text[i] == '-' || text[i] == '\t' || text[i] == '\n')) ++i;
    std::size_t j = i;
    while (j < text.size() && j - i < 12 && is_alpha(text[j])) ++j;
    const bool letter_only = j == i + 1 && (j == text.size() || (text[j] != '.' && text[j] != '\'' &&
                                                                 static_cast<unsigned char>(text[j]) != 0xE2));
    return j > i && !letter_only && (number_words().find(detail::lower_word(text.substr(i, j - i), buf)) & near_word) != 0;
  };
  // A decimal ("1.74", "4.8 million", "8,189.49") is a clock time only as hours and minutes
  // ("10.30 a.m.", "14.30 GMT"); else it is only an amount before a unit ("2.5 years").
  // Two dots or more make a date ("19.09.2023").
  const std::string_view numeral = text.substr(nb, ne - nb);
  if (const std::size_t dot = numeral.find('.');
      dot != std::string_view::npos && numeral.find('.', dot + 1) == std::string_view::npos) {
    const int hours = dot == 1 ? numeral[0] - '0' : (numeral[0] - '0') * 10 + (numeral[1] - '0');
    const bool clock = dot <= 2 && numeral.size() - dot == 3 && numeral.find(',') == std::string_view::npos &&
                       hours <= 24 && numeral[dot + 1] <= '5';
    return clock || near_after(ne);
  }
  const char nx = e < text.size() ? text[e] : ' ';
  if ((nx == ':' || nx == '/' || nx == '.' || nx == '-') && e + 1 < text.size() && is_digit(text[e + 1])) return true;
  if (b > 0 && (text[b - 1] == ':' || text[b - 1] == '/' || text[b - 1] == '-') && b >= 2 && is_digit(text[b - 2])) return true;
  if (is_alpha(nx)) return true;  // "19th", "90s", "3pm", "2Q"
  if (nx == '\'' && len == 2 && e + 1 < text.size() && lower(text[e + 1]) == 's') return true;  // "the 90's"
  if (near_after(e)) return true;
  std::size_t k = b;
  while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '.' || text[k - 1] == ',' || text[k - 1] == '\t' || text[k - 1] == '$')) {
    if (text[k - 1] == '$') return false;  // money
    --k;
  }
  std::size_t h = k;
  while (h > 0 && k - h < 12 && is_alpha(text[h - 1])) --h;
  if (k >= 3 && text.substr(k - 3, 3) == "A.D") return true;  // "A.D. 14" ("AD 14" is a name word)
  // "calendar week 38", "ISO week 38" ("CW 38" is a name word; "week 38" alone is no calendar week)
  if (k - h == 4 && iequals(text.substr(h, 4), "week"))
    return (h >= 9 && iequals(text.substr(h - 9, 9), "calendar ")) ||
           (h >= 4 && iequals(text.substr(h - 4, 4), "iso "));
  return h < k && (number_words().find(detail::lower_word(text.substr(h, k - h), buf)) & name_word) != 0;
}

}  // namespace

std::vector<mention> extract(std::string_view text, const reference& ref, const extract_options& options) {
  std::vector<mention> out;
  std::size_t pos = 0;          // where the anchor search continues
  std::size_t covered = 0;      // end of the last mention: look-back never crosses it
  std::optional<reference> last_anchor;  // the most recent mentioned date (narrative anchoring)
  local_time last_anchor_end{};           // and the end of its interval
  grain last_anchor_grain = grain::unknown;  // and its grain
  std::optional<date::local_days> last_day;  // the day of the most recent mention of a day
  std::size_t last_day_end = 0;               // and where that mention ends
  std::optional<local_time> last_clock;       // the most recent clock time named
  // The quarter in focus: financial reports say "the quarter", "a year ago", "year-earlier" of
  // the quarter they report on (TimeBank annotates them so).
  std::optional<temporal_value> focus_quarter;
  detail::grammar_options gopt;
  gopt.allow_preposition = true;
  gopt.allow_dateline_prefix = true;
  const int ref_year = static_cast<int>(date::year_month_day{ref.day()}.year());

  match_memo memo;

  detail::anchor_token a;
  while (detail::next_anchor(text, pos, a)) {
    pos = a.end;
    if (a.begin < covered) continue;
    if (!digits_may_be_temporal(text, a.begin, a.end)) continue;
    // "business" is an anchor only in "close of business", "end of business".
    if (a.end - a.begin == 8 && lower(text[a.begin]) == 'b' && iequals(text.substr(a.begin, 8), "business") &&
        !iequals(word_before(text, a.begin), "of"))
      continue;

    // Only these anchors can be the first of "the first two quarters of 1990", "the last 6 months
    // of 2022" (match_year_part): most starts skip it.
    const std::string_view anchor_text = text.substr(a.begin, a.end - a.begin);
    const bool part_anchor = anchor_text == "3" || anchor_text == "6" || iequals(anchor_text, "quarters") ||
                             iequals(anchor_text, "months");
    std::array<std::size_t, kLookbackWords + 1> starts{};
    const std::size_t n = candidate_starts(text, covered, a.begin, starts);

    for (std::size_t k = 0; k < n; ++k) {
      const std::size_t s = starts[k];
      const std::string_view window = text.substr(s, std::min(kWindowBytes, text.size() - s));
      // A phrase read whole by one of the matchers below: its first `len` bytes, with its value.
      const auto emit = [&](std::size_t len, temporal_value value, double confidence) {
        mention mm;
        mm.begin = s;
        mm.end = s + len;
        mm.text = std::string(window.substr(0, len));
        mm.value = std::move(value);
        mm.confidence = confidence;
        covered = pos = mm.end;
        out.push_back(std::move(mm));
      };

      // The phrases read whole below begin with "that", "the", "later", "earlier", "year", "its",
      // "this", "last", "next", "first" or a year: a first look turns the other starts away.
      const char c0 = lower(window[0]);  // a start is a word's first byte: never past the text
      if (c0 == 't' || c0 == 'l' || c0 == 'e' || c0 == 'y' || c0 == 'i' || c0 == 'n' || c0 == 'f' || c0 == '1' ||
          c0 == '2') {
        // "that day", "the same week": the previous date's period.
        if (auto an = match_anaphor(window); an && s + an->length > a.begin) {
          if (!last_anchor) break;
          // Resolved as "this <unit>" against the previous date.
          detail::match m;
          m.first.relation = an->relation;
          m.first.unit_rel = an->u;
          m.first.pod = an->pod;
          m.first.mod = an->mod;
          if (an->season) m.first.season = an->season;
          m.length = an->length;
          m.first_length = an->length;
          reference at = *last_anchor;
          at.when += date::days{an->days};
          auto v = detail::resolve(m, window.substr(0, an->length), at, options.parse);
          if (!v) break;
          emit(an->length, std::move(*v), 0.7);
          break;
        }

        // "year-ago", "the year-earlier period": a year before the quarter in focus.
        // Without a quarter in focus it is the year before the reference.
        if (const auto ya = match_year_ago(window); ya && s + *ya > a.begin) {
          auto v = focus_quarter ? result<temporal_value>(quarter_a_year_before(*focus_quarter))
                                 : parse("last year", ref, options.parse);
          if (!v) break;
          emit(*ya, std::move(*v), 0.7);
          break;
        }

        // "the 1988 third quarter", "this year's third quarter": that quarter (or the quarter in
        // focus, or the year) of the year named.
        if (const auto yp = match_year_period(window, ref_year); yp && s + yp->length > a.begin) {
          const int q = yp->quarter ? yp->quarter
                        : focus_quarter ? static_cast<int>((static_cast<unsigned>(date::year_month_day{
                                                date::floor<date::days>(focus_quarter->span->begin)}.month()) + 2) / 3)
                                        : 0;
          const std::string spec = q ? std::to_string(yp->year) + "-Q" + std::to_string(q) : std::to_string(yp->year);
          auto v = parse(spec, ref, options.parse);
          if (!v) break;
          if (yp->quarter && v->span && v->span->end <= ref.when) focus_quarter = *v;
          emit(yp->length, std::move(*v), 0.8);
          break;
        }

        if (const auto yp = part_anchor ? match_year_part(window, ref_year) : std::nullopt; yp && s + yp->length > a.begin) {
          auto v = parse(yp->spec, ref, options.parse);
          if (!v) break;
          emit(yp->length, std::move(*v), 0.8);
          break;
        }

        if (const auto lp = match_latest_period(window); lp && s + *lp > a.begin) {
          auto v = focus_quarter ? result<temporal_value>(*focus_quarter) : parse("last quarter", ref, options.parse);
          if (!v) break;
          emit(*lp, std::move(*v), 0.7);
          break;
        }
      }

      // The grammar cannot match here, or no mention may begin here.
      if (!detail::may_begin_expression(window) || glued_number(text, s)) continue;
      const detail::match* m = memo.get(text.substr(s, kGrammarBytes), s, gopt);
      if (!m || s + m->length <= a.begin) continue;
      // "a revision Friday to December's figures": "to" before a possessive leads to a noun, it
      // does not end a range ("from Monday to Friday's close" still does). The first date alone
      // is the mention; the second is read on its own.
      // "the year to March", "the quarter to June" (British: the one ending then) are no ranges
      // either: the period, as "the year ended March 31" (below), then the month on its own.
      std::optional<detail::match> first_only;  // engaged only then: a match is ~900 bytes
      const auto period_word = [](const expr& f) {
        return f.relation == detail::rel::this_ &&
               (f.unit_rel == detail::unit::year || f.unit_rel == detail::unit::quarter ||
                f.unit_rel == detail::unit::half || f.unit_rel == detail::unit::month ||
                f.unit_rel == detail::unit::week);
      };
      const bool period_to = m->second && period_word(m->first) && begins_with_the(window.substr(m->lead));
      if (m->second && (period_to || possessive_after(text, s + m->length))) {
        const std::string_view from = m->lead > 0 ? window.substr(0, m->lead) : word_before(text, s);
        if (period_to || (!iequals(word_after(from, 0), "from") && !iequals(word_after(from, 0), "between"))) {
          first_only.emplace(*m);
          first_only->second.reset();
          first_only->length = m->lead + m->first_length;
          first_only->second_begin = 0;
          m = &*first_only;
        }
      }
      const std::size_t b = s + m->lead;
      const std::size_t e = s + m->length;
      if (b > a.begin + (a.end - a.begin)) continue;
      // "in the year-ago quarter", "the decade-long war": "the year" is not the mention; a later
      // start reads it whole.
      if (const std::string_view rest = text.substr(e, 8);
          rest.starts_with("-ago") || rest.starts_with("-earlier") || rest.starts_with("-long"))
        continue;
      // "For the quarter a year ago", "in the last six months of 2022": so are the phrases read
      // whole above when a preposition comes first.
      if (m->lead > 0) {
        const std::string_view from_b = text.substr(b, std::min(kWindowBytes, text.size() - b));
        if (const auto ya = match_year_ago(from_b); ya && b + *ya > e) continue;
        if (const auto yp = match_year_part(from_b, ref_year); yp && b + yp->length > e) continue;
        if (const auto yp = match_year_period(from_b, ref_year); yp && b + yp->length > e) continue;
      }
      if (reject(text, b, b, e, m->first, m->second ? &*m->second : nullptr)) break;
      const expr& x = m->first;
      if (!options.include_durations && x.is_duration) break;
      if (!options.include_sets && x.is_set) break;
      if (!options.include_vague && (x.vague_ref != detail::vague::none)) break;

      const std::string_view mtext = text.substr(b, e - b);
      // "shut for two weeks from Oct. 2", "banned for 30 days from today": after "for" the amount
      // is how long, counted from the day named; not the day that long after it. The amount is
      // the mention; the day is read on its own after it.
      if (x.offset_from_anchor && x.offset.sign > 0 && iequals(word_before(text, b), "for")) {
        std::size_t from = 0;
        for (std::size_t i = 1; i + 5 <= mtext.size() && from == 0; ++i)
          if (detail::is_space_byte(mtext[i - 1]) && iequals(mtext.substr(i, 4), "from") &&
              (i + 4 == mtext.size() || detail::is_space_byte(mtext[i + 4])))
            from = i;
        std::size_t len = from;
        while (len > 0 && detail::is_space_byte(mtext[len - 1])) --len;
        if (len > 0) {
          if (auto d = parse(mtext.substr(0, len), ref, options.parse); d && d->type == timex_type::duration) {
            covered = pos = b + len;  // the day after "from" is read from here on
            if (!options.include_durations) break;
            mention mm;
            mm.begin = b;
            mm.end = b + len;
            mm.text = std::string(mtext.substr(0, len));
            mm.value = std::move(*d);
            mm.confidence = 0.9;
            out.push_back(std::move(mm));
            break;
          }
        }
      }

      parse_options popt = options.parse;
      // "Wednesday's ruling": a day named by what happened on it, the one just past; and
      // "February's figures", "December's data": a month named by what it produced, the nearest
      // one, whatever the tense of the saying ("will publish February's figures" in March).
      const bool possessive = possessive_after(text, e);
      // The date of the mention: in "9 a.m. to 5 p.m. Monday" it is written at the end only, and
      // directs the whole (resolve() gives the start the end's day).
      const bool dated_by_end = m->second && !x.has_date() && m->second->has_date();
      const expr& xd = dated_by_end ? *m->second : x;
      // The sentence is read only for what its tense directs: a bare weekday or month, and
      // "the weekend" (below); other mentions keep no tense.
      const bool bare_weekday = xd.weekday && !xd.month;
      const bool bare_month = xd.month && !xd.day && !xd.year;
      // "arrived on the 28th": a day of the month alone, directed as a month is.
      const bool bare_day = xd.day && !xd.month && !xd.num_a && xd.unit_rel == detail::unit::none;
      // "closed early on Christmas Eve": a holiday without a year, like a month
      const bool bare_holiday = xd.holiday >= 0 && !xd.year && xd.relation == detail::rel::none;
      // "announced a drop in profits for the fourth quarter" in January: last year's; here the
      // saying counts, as results are announced after their quarter. Only the past directs a
      // quarter or half, for the same reason ("will report fourth-quarter results" in January
      // is not next year's).
      const bool bare_part = (xd.quarter || xd.half) && !xd.year && xd.relation == detail::rel::none &&
                             xd.unit_rel == detail::unit::none;
      // "will be held in the spring", "slumped over the winter": a season without a year, as a month
      const bool bare_season = xd.season && !xd.year && xd.relation == detail::rel::none;
      const bool directed = bare_weekday || bare_month || bare_day || bare_holiday || bare_part || bare_season ||
                            (xd.unit_rel == detail::unit::weekend && xd.relation == detail::rel::this_);
      // A weekday's possessive looks ahead when the sentence does ("Kane will miss Saturday's
      // game"), unless what the day made is figures or an event past ("will digest Friday's jobs
      // report").
      tense t = tense::none;
      if (options.use_tense && directed) {
        if (!((xd.weekday || bare_month) && possessive))
          t = sentence_tense(text, b, e, !bare_month && !bare_day);
        else if (xd.weekday && !made_in_the_past(text, e) && sentence_tense(text, b, e, true) == tense::future)
          t = tense::future;
      }
      // The tense picks the direction of bare weekdays and bare months ("met in March", "is due
      // in March"); a past verb does not direct a month that ends a stretch ("extended the loans
      // through January", "talks that are to end by May"), which may still be running. A
      // month-day is directed only by a past verb right before it ("the year ended Jan. 31",
      // "died on Dec. 4"): further away, the nearest occurrence is right more often than the
      // verb's tense ("said … Nov. 6" in a story of Nov. 2 is four days ahead). Before "until"
      // the tense itself tells a stretch that is over ("ran until January") from one moved later
      // ("extended until January"): see sentence_tense().
      // (but "By March, the city was surrounded", opening its sentence, is over)
      const std::string_view before_month = word_before(text, b);
      const bool stretch_end =
          bare_month && (iequals(before_month, "through") ||
                         (iequals(before_month, "by") &&
                          !sentence_start_at(text, static_cast<std::size_t>(before_month.data() - text.data()))));
      popt.hint = bare_weekday || bare_holiday || bare_day || bare_season ||
                          (bare_month && (t == tense::future || !stretch_end))
                      ? t
                      : tense::none;
      if (bare_part && t == tense::past) popt.hint = t;
      if (xd.month && xd.day && !xd.year) {
        std::string_view verb = word_before(text, b);
        // "died on Dec. 4", "lasted from July 14 to Nov. 9", "ran between March 3 and 5"
        const bool stretch = iequals(verb, "from") || iequals(verb, "between");
        if (iequals(verb, "on") || stretch) verb = word_before(text, verb);
        if (!verb.empty()) {
          const auto vb = static_cast<std::size_t>(verb.data() - text.data());
          if (past_form(text, vb, vb + verb.size())) popt.hint = tense::past;
          // "the budget is on 22 November", "the deadline is Dec. 1": on the calendar ahead, as
          // for a weekday
          else if (!stretch && (iequals(verb, "is") || iequals(verb, "are"))) popt.hint = tense::future;
        }
        // Further away the nearest such day stands, unless a cue at most four words away (five
        // for a future cue: "would fund the government through Sept. 30") puts it more than a
        // week on the other side: "Police arrested him Dec. 3" in a story of Nov. 20 is last
        // year's, "The trial will begin Sept. 5" next year's; a past verb further back dates no
        // day ("authorized a split of the common, payable Dec. 7", "gave no reason for the Jan.
        // 14 deadline").
        // (the nearest day first: the sentence is read only when it is more than a week away)
        if (popt.hint == tense::none && options.use_tense)
          if (const auto d = nearest_day(ref.day(), *xd.month, *xd.day);
              d && date::abs(*d - ref.day()) > date::days{7} && !range_holds(*d, m->second ? &*m->second : nullptr, ref.day())) {
            std::size_t cue_at = 0;
            const tense st = sentence_tense(text, b, e, false, &cue_at);
            if (cue_at <= (st == tense::future ? 10 : 8) && st == (*d > ref.day() ? tense::past : tense::future)) popt.hint = st;
          }
      }
      reference r = ref;
      std::optional<date::local_days> counted_day;  // see "A week later" below
      // "the following month", "the previous Friday" always count from the date last named: news
      // says "next month" for the one after its own date.
      // "the next day" after a day named; after "by year-end" it is the reference's next day
      const bool day_named = day_or_finer(last_anchor_grain);
      if (last_anchor && (names_a_sequel(x, mtext) || (day_named && the_next_day(x, mtext, text, b)) ||
                          (options.anchor == anchoring::narrative && counts_from_previous(x, mtext)))) {
        r = *last_anchor;
        // "A week later", "two days later" after a day: that day, kept for what follows ("That
        // afternoon, …" is on it, not on the Monday of its week)
        const auto u = x.offset.q.u;
        if (x.offset.sign != 0 && !x.offset.q.unknown && x.offset.q.milli % 1000 == 0 && x.offset.q.milli <= 366000 &&
            day_or_finer(last_anchor_grain) && (u == detail::unit::day || u == detail::unit::week || u == detail::unit::fortnight)) {
          const std::int64_t per = u == detail::unit::day ? 1 : u == detail::unit::week ? 7 : 14;
          counted_day = date::floor<date::days>(r.when) + date::days{x.offset.sign * per * (x.offset.q.milli / 1000)};
        }
        // "began in 1961; the following spring": the season after the whole period named
        if (x.season && x.relation == detail::rel::next) r.when = last_anchor_end - std::chrono::microseconds{1};
      }
      // With narrative anchoring a bare weekday is the next such day from the day last named:
      // "The strike began on Monday, Nov. 6. By Wednesday, schools had closed." (Nov. 8).
      if (options.anchor == anchoring::narrative && bare_weekday && !possessive && last_day && !dated_by_end) {
        r = reference{local_time{*last_day}, ref.where};
        popt.hint = tense::future;
      }
      // A clock time with no day ("at 6 a.m.") is on the day the story last named.
      // So is a part of the day alone ("in the afternoon", "late morning"). Not a day past in a
      // sentence that looks ahead ("expect it to weaken as it crosses the state overnight"
      // after "Tuesday afternoon" in a story of Wednesday), nor a day to come in one in the past
      // ("warnings were issued from mid-afternoon" after "by Thursday morning"), when that day
      // was named in an earlier sentence.
      // Whether the last day was named in this mention's sentence.
      const auto day_in_sentence = [&] { return last_day_end <= b && !boundary_between(text, last_day_end, b); };
      // ("Overnight" alone is the night around the story's own day, not one named in an earlier
      // sentence: "The truce began on January 19. Israel released 600 prisoners overnight.")
      const bool overnight = x.pod_alone && iequals(mtext, "overnight");
      const bool overnight_of_story = overnight && options.anchor == anchoring::news && !day_in_sentence();
      if (((x.has_time() && !x.has_date()) || x.pod_alone) && !dated_by_end && last_day && !overnight_of_story) {
        const bool other_side = *last_day != ref.day() && options.use_tense && last_day_end <= b &&
                                sentence_tense(text, b, e, false) == (*last_day < ref.day() ? tense::future : tense::past) &&
                                !day_in_sentence();
        if (!other_side) r = reference{local_time{*last_day}, ref.where};
        // "began at 11 p.m. Saturday and lasted until 5 a.m.": an end earlier in the day than the
        // time just named is on the next day
        if (!other_side && x.hour && x.ampm != 0 && last_clock && date::floor<date::days>(*last_clock) == *last_day &&
            one_of(word_before(text, b), std::array<std::string_view, 4>{"until", "till", "to", "through"})) {
          const auto minutes = std::chrono::minutes{(*x.hour % 12 + (x.ampm == 2 ? 12 : 0)) * 60 + x.minute.value_or(0)};
          if (minutes < *last_clock - local_time{*last_day}) r = reference{local_time{*last_day + date::days{1}}, ref.where};
        }
      }
      // "overnight" in a sentence in the past is the night that ended the reference day, not one
      // still to come: "Russian forces shelled Kharkiv overnight" in a story of the morning.
      if (overnight && x.pod == detail::part_of_day::night && options.use_tense &&
          date::floor<date::days>(r.when) >= ref.day() && sentence_tense(text, b, e, false) == tense::past)
        r = reference{local_time{ref.day() - date::days{1}}, ref.where};
      // A month-day no verb directs, after a day named earlier in its sentence, is the one
      // nearest that day: "agreed on 7 October, held until 9 October" (a year ago: both then).
      if (xd.month && xd.day && !xd.year && popt.hint == tense::none && last_day && day_in_sentence())
        r = reference{local_time{*last_day}, ref.where};

      detail::match local = *m;
      local.lead = 0;
      local.second_begin = m->second_begin >= m->lead ? m->second_begin - m->lead : 0;
      auto v = detail::resolve(local, mtext, r, popt);
      // "Monday, March 3" where no March 3 near the story is a Monday, "Tuesday, Nov. 20, 2023"
      // (a Monday): the date, without the weekday, at a lower confidence (a weekday written wrong
      // is likelier than a date).
      const bool weekday_dropped = !v && x.weekday && x.month && x.day && !local.second &&
                                   v.error().code == errc::invalid_date;
      if (weekday_dropped) {
        local.first.weekday.reset();
        v = detail::resolve(local, mtext, r, popt);
      }
      if (!v) break;  // e.g. "February 30": not a mention
      // "just after midnight on Monday", "shortly after midnight": the midnight that begins the
      // day, not the one that ends it (the word alone is the day's end, as TimeBank has it)
      if (x.midnight && !x.hour && v->span && v->value.ends_with("T24:00") && !m->second) {
        if (iequals(word_before(text, b), "after") || detail::ifind(mtext, "after midnight") != std::string_view::npos) {
          v->span->begin -= date::days{1};
          v->span->end -= date::days{1};
          v->value.replace(v->value.size() - 5, 5, "00:00");
        }
      }
      // "every Tuesday and Thursday", "every Monday, Wednesday and Friday": a weekday joined to a
      // set of weekdays is one more day of the set.
      if (x.weekday && !x.month && !x.is_set && x.relation == detail::rel::none && !out.empty() &&
          out.back().value.type == timex_type::set && out.back().value.value.starts_with("XXXX-WXX-") &&
          joined_to(text, out.back().end, b))
        if (auto every = parse("every " + std::string(mtext), ref, options.parse);
            every && every->type == timex_type::set)
          *v = std::move(*every);
      // "the 2010-11 season", "the 2019-20 school year": two years, not November 2010 (when the
      // two digits are the next year's and a word of seasons follows)
      const auto digits_at = [&](std::size_t from, std::size_t n) {
        int value = 0;
        for (std::size_t i = from; i < from + n; ++i) {
          if (!is_digit(mtext[i])) return -1;
          value = value * 10 + (mtext[i] - '0');
        }
        return value;
      };
      if (mtext.size() == 7 && mtext[4] == '-' && v->grain == grain::month && digits_at(0, 4) >= 0 &&
          (digits_at(0, 4) + 1) % 100 == digits_at(5, 2) &&
          one_of(word_after(text, e), std::array<std::string_view, 11>{"season", "seasons", "campaign", "term", "school",
                                                                       "academic", "fiscal", "financial", "budget",
                                                                       "winter", "crop"})) {
        std::string two_years(mtext);
        two_years[4] = '/';
        if (auto y = parse(two_years, r, options.parse)) *v = std::move(*y);
      }
      // "the quarter": the quarter reported on — the one in focus, else the last finished one
      // ("this quarter", "the current quarter" stay the reference's own).
      const bool the_quarter = x.unit_rel == detail::unit::quarter && x.relation == detail::rel::this_ &&
                               mtext.size() > 3 && iequals(mtext.substr(0, 3), "the") &&
                               iequals(word_after(mtext, 3), "quarter") && v->span;
      if (the_quarter) {
        auto q = focus_quarter ? result<temporal_value>(*focus_quarter) : parse("last quarter", ref, options.parse);
        if (q) {
          const timex_mod keep = v->mod;
          *v = std::move(*q);
          v->mod = keep;
        }
      }
      // "for the year ended Sept. 30", "the year to March": the twelve months up to then, a
      // duration (TimeML). "the quarter ended July 31", "the quarter to June", "the month ended
      // May 31": the calendar quarter, half or month that holds most of the stretch up to the day
      // (a fiscal quarter ending July 31 is mostly the second). The day stays a mention of its own.
      if (period_word(x) && x.unit_rel != detail::unit::week && begins_with_the(mtext) && v->span) {
        const std::string_view link = word_after(text, e);
        const bool ended = iequals(link, "ended");
        if (ended || iequals(link, "ending") || (period_to && iequals(link, "to"))) {
          if (x.unit_rel == detail::unit::year) {
            if (auto d = parse("one year", ref, options.parse)) *v = std::move(*d);
          } else if (!(x.unit_rel == detail::unit::quarter && focus_quarter)) {
            // (a quarter the report has named keeps its name: "the fiscal first quarter … the
            // quarter ended Sept. 29" is the first)
            const auto dm = match_after(text, link);
            const expr* dx = dm ? &dm->m.first : nullptr;
            if (dx && !dm->m.second && dx->month && !dx->has_time() && (dx->day || period_to)) {
              parse_options dopt = options.parse;
              // "ended July 31" is past; a bare month after "to" follows the sentence, as it
              // does as a mention of its own
              if (ended) dopt.hint = tense::past;
              else if (!dx->day && options.use_tense)
                dopt.hint = sentence_tense(text, dm->begin, dm->begin + dm->m.length, false);
              if (const auto dv = detail::resolve(dm->m, text.substr(dm->begin, dm->m.length), r, dopt);
                  dv && dv->span && (dv->grain == grain::day || dv->grain == grain::month)) {
                const bool quarter = x.unit_rel == detail::unit::quarter, half = x.unit_rel == detail::unit::half;
                const auto last = date::floor<date::days>(dv->span->end) - date::days{1};
                const calendar::period_span p = detail::period_containing(
                    local_time{last - date::days{quarter ? 45 : half ? 91 : 15}},
                    quarter ? grain::quarter : half ? grain::half : grain::month);
                v->span = interval{p.begin, p.end, v->span->where};
                v->grain = p.grain;
                v->value = calendar::timex_value(p.grain, p.begin);
                if (p.grain == grain::quarter && p.end <= ref.when) focus_quarter = *v;
              }
            }
          }
        }
      }
      // "the weekend" said early in the week is the one just past, unless the sentence looks
      // forward ("this weekend" keeps the coming one); later in the week too in a sentence in the
      // past ("Police searched the area over the weekend" on a Friday).
      if (x.unit_rel == detail::unit::weekend && x.relation == detail::rel::this_ && v->span &&
          begins_with_the(mtext) && t != tense::future) {
        const unsigned wd = date::weekday{ref.day()}.iso_encoding();
        if (wd <= 3 || (wd <= 5 && t == tense::past)) {
          v->span->begin -= date::days{7};
          v->span->end -= date::days{7};
          v->value = calendar::timex_value(grain::weekend, v->span->begin);
        }
      }
      // A quarter or half of the year without a year, moved by a year where the resolved one
      // cannot be meant: one still to come whose this year's ended more than 90 days ago (its
      // results told; "will list its shares in the first quarter" in November is next year's),
      // and results of one that has not begun (last year's: "will report fourth-quarter results"
      // in March). A quarter told in the past stays this year's even before its end: reports
      // name fiscal quarters by their calendar ones ("its fourth quarter ended Sept. 30").
      if (bare_part && v->span && (v->grain == grain::quarter || v->grain == grain::half)) {
        const bool results = one_of(word_after(text, e), kResultWords);
        int shift = 0;
        if (t == tense::future && !results && v->span->end + date::days{90} <= ref.when) shift = 1;
        if (results && v->span->begin > ref.when) shift = -1;
        if (shift != 0) {
          const auto move = [shift](local_time at) {
            const date::local_days d = date::floor<date::days>(at);
            return local_time{date::local_days{date::year_month_day{d} + date::years{shift}}} + (at - local_time{d});
          };
          v->span->begin = move(v->span->begin);
          v->span->end = move(v->span->end);
          v->value = calendar::timex_value(v->grain, v->span->begin);
        }
      }
      // "a year ago" / "a year earlier" in a quarterly report: the quarter a year before.
      const bool year_back = x.offset.sign < 0 && !x.offset_from_anchor && x.offset.q.u == detail::unit::year &&
                             x.offset.q.milli == 1000;
      if (focus_quarter && v->span && year_back) *v = quarter_a_year_before(*focus_quarter);
      // "resume in the new year", in lower case, is a year, not its first day: from July on the
      // next one, before July the one just begun, unless the sentence looks ahead after January
      // ("will report back in the new year", said in May).
      if (x.holiday >= 0 && x.holiday == detail::holiday_index("new year") && mtext == "new year" &&
          iequals(word_before(text, b), "the")) {
        const date::year_month_day d{ref.day()};
        const bool ahead = d.month() >= date::July ||
                           (d.month() >= date::February && options.use_tense &&
                            sentence_tense(text, b, e, false) == tense::future);
        const int y = static_cast<int>(d.year()) + (ahead ? 1 : 0);
        if (auto year = parse(std::to_string(y), ref, options.parse)) *v = std::move(*year);
      }
      // The focus moves to a quarter named outright ("the third quarter", "Q3 1989") that has
      // ended by the reference (reports are on finished quarters); "in a quarter" or "next year's
      // first quarter" leave it.
      if (v->grain == grain::quarter && v->span && x.quarter && v->span->end <= ref.when) focus_quarter = *v;

      std::size_t end_at = e;
      // "the April-June quarter", "the July-September quarter": months that make a calendar
      // quarter, named as one (as Indian and Japanese companies report), are that quarter.
      if (m->second && v->ends.size() == 2 && v->ends[0].grain == grain::month &&
          v->ends[1].grain == grain::month && v->ends[0].span && v->ends[1].span) {
        const std::string_view unit_word = word_after(text, e);
        const date::year_month_day first{date::floor<date::days>(v->ends[0].span->begin)};
        const date::year_month_day last{date::floor<date::days>(v->ends[1].span->begin)};
        const auto m0 = static_cast<unsigned>(first.month());
        if (iequals(unit_word, "quarter") && first.year() == last.year() && m0 % 3 == 1 &&
            static_cast<unsigned>(last.month()) == m0 + 2) {
          std::size_t q_end = static_cast<std::size_t>(unit_word.data() - text.data()) + unit_word.size();
          std::string year = std::to_string(static_cast<int>(first.year()));
          // "the July-September quarter of 2023"
          if (const std::string_view rest = text.substr(q_end);
              rest.size() >= 8 && iequals(rest.substr(0, 4), " of ") &&
              std::all_of(rest.begin() + 4, rest.begin() + 8, is_digit) && (rest.size() == 8 || !is_alnum(rest[8]))) {
            year = std::string(rest.substr(4, 4));
            q_end += 8;
          }
          if (auto q = parse("Q" + std::to_string((m0 + 2) / 3) + " " + year, ref, options.parse)) {
            *v = std::move(*q);
            end_at = q_end;
          }
        }
      }
      // The amount alone is the mention (a DURATION, as TimeBank tags it) when the offset's last
      // word does not count from the document's date:
      //  - "an hour earlier than usual", "two weeks later than planned": a comparison;
      //  - "three days later", "three weeks afterward" in a news story: later than an event the
      //    story names (with narrative anchoring it stays the date that many days after the one
      //    last mentioned, unless the amount is vague: "hours later");
      //  - after "for", how long: "deliberated for nearly three weeks afterward".
      if (x.offset.sign != 0 && !x.offset_from_anchor) {
        std::size_t last = mtext.size();  // where the last word begins
        while (last > 0 && !detail::is_space_byte(mtext[last - 1])) --last;
        std::size_t n = last;  // and where the words before it end
        while (n > 0 && detail::is_space_byte(mtext[n - 1])) --n;
        const bool comparison = iequals(word_after(text, e), "than");
        const std::string_view last_word = mtext.substr(last);
        const bool later_word = iequals(last_word, "later") || iequals(last_word, "afterward") ||
                                iequals(last_word, "afterwards");
        // (so is a vague amount with narrative anchoring: "Hours later" counts nothing)
        const bool news_later = (options.anchor == anchoring::news || x.offset.q.unknown ||
                                 iequals(word_before(text, b), "for")) &&
                                x.offset.sign > 0 && later_word;
        if (n > 0 && (comparison || news_later))
          if (auto d = parse(mtext.substr(0, n), ref, options.parse); d && d->type == timex_type::duration) {
            *v = std::move(*d);
            end_at = b + n;
          }
      }

      // "the week of March 6", "the week of Thanksgiving", "the week ended Friday", "the week
      // ending Sept. 15", "the week to Sunday" (British): the week that holds the day named after
      // "of", "ended", "ending" or "to" (a weekday only after the verbs and "to").
      // "the weekend of Oct. 14-15", "the weekend of March 9": the weekend of the day's week (after
      // "of" only). A range after "of" names the week or weekend of its first day.
      const bool week_rel = x.unit_rel == detail::unit::week;
      if ((week_rel || x.unit_rel == detail::unit::weekend) && x.relation == detail::rel::this_ &&
          begins_with_the(mtext) && v->span) {
        const std::string_view link = word_after(text, e);
        const bool of = iequals(link, "of");
        const bool ended = week_rel && iequals(link, "ended");
        const bool to = week_rel && period_to && iequals(link, "to");
        const auto dm = of || ended || to || (week_rel && iequals(link, "ending")) ? match_after(text, link) : std::nullopt;
        const expr* dx = dm ? &dm->m.first : nullptr;
        const bool day_named = dx && !dx->has_time() &&
                               ((dx->day && dx->month) || (of && dx->holiday >= 0 && !dx->holiday_weekend && !dx->holiday_week) ||
                                (!of && !dm->m.second && dx->weekday && !dx->month && dx->relation == detail::rel::none));
        if (day_named) {
          const std::size_t ds = dm->begin;
          parse_options dopt = options.parse;
          // "the week ended Friday" is the one just past; "the week ending Saturday" follows the
          // sentence ("will be reported": the coming one).
          if (ended) dopt.weekday = direction::past;
          else if ((dx->weekday || (dx->holiday >= 0 && !dx->year)) && options.use_tense)
            dopt.hint = sentence_tense(text, b, e, true);
          if (auto dv = detail::resolve(dm->m, text.substr(ds, dm->m.length), r, dopt);
              dv && !reject(text, ds, ds, ds + dm->m.length, *dx)) {
            const temporal_value& day = dm->m.second && dv->ends.size() == 2 ? dv->ends[0] : *dv;
            if (day.span && day.grain == grain::day) {
              const auto d = date::floor<date::days>(day.span->begin);
              // (a week that ends on the day, "the week ended March 8", is the seven days up to
              // it, named by the ISO week that holds most of them)
              const bool up_to = week_rel && !of;
              const calendar::period_span w = week_rel ? calendar::week_of(up_to ? d - date::days{3} : d)
                                                       : calendar::weekend_of(d);
              v->span = up_to ? interval{local_time{d - date::days{6}}, local_time{d + date::days{1}}, day.span->where}
                              : interval{w.begin, w.end, day.span->where};
              v->grain = w.grain;
              v->value = calendar::timex_value(w.grain, w.begin);
              end_at = ds + dm->m.length;
            }
          }
        }
      }

      // "the smallest gain in a year", "the first time in a decade", "the lowest level in 10
      // years": after a superlative, "in <amount> <unit>" is the stretch of time up to now, not a
      // date ahead: the duration, without "in" (as TimeBank tags it). So it is in a sentence in
      // the past. "in a quarter that produced a loss" is a quarter in general.
      std::size_t begin_at = b;
      if (x.offset.sign > 0 && !x.offset_from_anchor && mtext.size() > 5 && iequals(mtext.substr(0, 3), "in ")) {
        const bool article = iequals(word_after(mtext, 2), "a") || iequals(word_after(mtext, 2), "an");
        const bool superlative = superlative_before(text, b);
        if (!superlative && article &&
            one_of(word_after(text, e), std::array<std::string_view, 4>{"that", "which", "when", "where"}))
          break;
        // "won the 200 metres in 21.34 seconds", "the second letter in two weeks was published":
        // in a sentence in the past, the time it took, not a date ahead of the story.
        if (superlative || (options.use_tense && sentence_tense(text, b, e, false) == tense::past)) {
          if (auto d = parse(mtext.substr(3), ref, options.parse); d && d->type == timex_type::duration) {
            *v = std::move(*d);
            begin_at = b + 3;
          }
        }
      }

      double confidence = 1.0;
      if (x.month && only_calendar(x)) confidence = 0.8;
      if (x.year && !x.month && !x.day && !x.quarter && !x.season && !x.decade) confidence = 0.85;
      if (x.vague_ref != detail::vague::none) confidence = 0.7;
      if (x.unit_rel != detail::unit::none && x.relation == detail::rel::this_ && begins_with_the(mtext))
        confidence = 0.6;
      if (weekday_dropped) confidence = 0.5;

      const auto push = [&](std::size_t pb, std::size_t pe, temporal_value val) {
        mention mm;
        mm.begin = pb;
        mm.end = pe;
        mm.text = std::string(text.substr(pb, pe - pb));
        mm.value = std::move(val);
        mm.confidence = confidence;
        mm.hint = t;
        // A date to count from: a year down to a second, except a weekend (not a decade or
        // longer, not a vague reference).
        const grain g = mm.value.grain;
        if (mm.value.span && mm.value.type != timex_type::duration && g >= grain::year && g <= grain::second &&
            g != grain::weekend) {
          last_anchor = reference{mm.value.span->begin, mm.value.span->where};
          last_anchor_end = mm.value.span->end;
          last_anchor_grain = mm.value.grain;
        }
        if (mm.value.type == timex_type::time && mm.value.span &&
            (g == grain::hour || g == grain::minute || g == grain::second))
          last_clock = mm.value.span->begin;
        if (mm.value.span && mm.value.type != timex_type::duration && mm.value.type != timex_type::set &&
            day_or_finer(g)) {
          last_day = date::floor<date::days>(mm.value.span->begin);
          last_day_end = pe;
        }
        out.push_back(std::move(mm));
      };
      if (options.split_ranges && v->ends.size() == 2 && m->second) {
        const std::size_t first_end = s + m->lead + m->first_length;
        push(b, std::min(first_end, e), v->ends[0]);
        push(s + m->second_begin, e, v->ends[1]);
      } else {
        // "on Sept. 19 and 20", "Sept. 19, 20 and 21": the days that follow a month-day, joined
        // by commas and a last "and" or "or", are days of its month.
        std::optional<date::year_month_day> coordinated;
        if (x.month && x.day && !m->second && v->span && v->grain == grain::day)
          coordinated = date::year_month_day{date::floor<date::days>(v->span->begin)};
        // The day of the coordinated month written at [db, de); false when that month lacks it.
        const auto push_day = [&](std::size_t db, std::size_t de) {
          unsigned n = 0;
          for (std::size_t i = db; i < de; ++i) n = n * 10 + static_cast<unsigned>(text[i] - '0');
          const date::year_month_day d{coordinated->year(), coordinated->month(), date::day{n}};
          if (!d.ok()) return false;
          auto dv = parse(iso_day(d), ref, options.parse);
          if (!dv) return false;
          push(db, de, std::move(*dv));
          return true;
        };
        // and the days before a day-month: "on 14 and 21 February"
        if (coordinated && is_digit(text[begin_at]))
          for (const auto& [db, de] : coordinated_days_before(text, covered, begin_at,
                                                              static_cast<unsigned>(coordinated->day())))
            push_day(db, de);
        push(begin_at, end_at, std::move(*v));
        if (counted_day) {
          last_anchor = reference{local_time{*counted_day}, r.where};
          last_anchor_end = local_time{*counted_day + date::days{1}};
          last_anchor_grain = grain::day;
          last_day = *counted_day;
          last_day_end = end_at;
        }
        if (coordinated) {
          const auto days = coordinated_days(text, end_at, static_cast<unsigned>(coordinated->day()));
          for (const auto& [db, de] : days) {
            if (!push_day(db, de)) break;
            end_at = de;
          }
        }
      }
      covered = std::max(e, end_at);
      pos = std::max(pos, covered);
      break;
    }
  }
  return out;
}

}  // namespace annals
