// Event assembly for one document: sentences, clauses, triggers, participants, status,
// reporting and order relations. See annals/timeline.hpp for the model.
#include <algorithm>
#include <array>
#include <cctype>

#include "annals/timeline.hpp"
#include "events_detail.hpp"
#include "past_forms.hpp"

namespace annals {

std::string_view to_string(event_status s) noexcept {
  switch (s) {
    case event_status::occurred: return "occurred";
    case event_status::reported: return "reported";
    case event_status::planned: return "planned";
    case event_status::uncertain: return "uncertain";
  }
  return "occurred";
}

std::string_view to_string(event_relation::kind k) noexcept {
  switch (k) {
    case event_relation::kind::before: return "before";
    case event_relation::kind::after: return "after";
    case event_relation::kind::on_or_before: return "on_or_before";
    case event_relation::kind::during: return "during";
    case event_relation::kind::simultaneous: return "simultaneous";
  }
  return "before";
}

namespace detail {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
char lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lower_copy(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = lower(c);
  return out;
}

template <std::size_t N>
bool in(std::string_view w, const std::array<std::string_view, N>& list) {
  const std::string l = lower_copy(w);
  return std::find(list.begin(), list.end(), std::string_view(l)) != list.end();
}

constexpr std::array<std::string_view, 24> kAbbreviations{
    "mr", "mrs", "ms", "dr", "st", "jan", "feb", "aug", "sep", "sept", "oct", "nov", "dec", "gen",
    "gov", "sen", "rep", "jr", "sr", "inc", "corp", "co", "ltd", "vs"};

// Triggers besides detail::kIrregularPastForms: forms the sentence's tense does not take as past
// (they are present forms or other words too: "hit", "cut", "found"), which as an event's verb
// still name what happened ("prices hit a high").
constexpr std::array<std::string_view, 5> kMorePastForms{"got", "hit", "cut", "found", "shot"};

constexpr std::array<std::string_view, 12> kReporting{
    "said", "says", "told", "announced", "reported", "stated", "added", "claimed", "confirmed",
    "declared", "revealed", "disclosed"};

constexpr std::array<std::string_view, 70> kEventNouns{
    "meeting", "meetings", "visit", "visits", "trip", "talks", "summit", "election", "elections",
    "attack", "attacks", "crash", "launch", "deal", "agreement", "announcement", "conference",
    "tour", "war", "strike", "ceremony", "vote", "speech", "interview", "crossing", "return",
    "departure", "arrival", "flight", "test", "exercise", "parade", "funeral", "sale", "merger",
    "acquisition", "release", "order", "orders", "delivery", "deliveries", "contract", "trial",
    "hearing", "protest", "rally", "explosion", "earthquake", "storm", "fire", "shooting", "raid",
    "invasion", "opening", "closure", "launching", "signing", "session", "match", "race", "festival",
    "concert", "discussion", "negotiations", "inauguration", "debut", "unveiling", "outbreak",
    "collapse", "resignation"};

// A schedule told in the present: "The recess begins on Feb. 13", "the trial opens Monday". As
// a trigger such a verb names an event still to come.
constexpr std::array<std::string_view, 16> kPresentSchedule{
    "begins", "starts", "opens", "closes", "ends", "resumes", "convenes", "reconvenes", "expires",
    "meets", "arrives", "departs", "returns", "concludes", "premieres", "reopens"};

constexpr std::array<std::string_view, 14> kScheduling{
    "slated", "scheduled", "set", "planned", "expected", "due", "held", "organized", "organised",
    "arranged", "proposed", "announced", "confirmed", "postponed"};

constexpr std::array<std::string_view, 16> kPlanned{
    "will", "shall", "slated", "scheduled", "upcoming", "plans", "planned", "planning", "expected",
    "due", "forthcoming", "intends", "'ll", "going", "aims", "proposed"};
constexpr std::array<std::string_view, 10> kHedges{
    "may", "might", "could", "reportedly", "possibly", "likely", "perhaps", "allegedly", "probably", "would"};

constexpr std::array<std::string_view, 40> kNotNames{
    "the", "a", "an", "in", "on", "at", "during", "while", "before", "after", "it", "he", "she",
    "they", "we", "i", "but", "and", "or", "his", "her", "their", "its", "this", "that", "these",
    "those", "there", "when", "as", "of", "for", "with", "by", "from", "many", "other", "some", "us",
    "our"};

constexpr std::array<std::string_view, 30> kCalendarWords{
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "sept", "jan", "feb", "aug", "oct", "nov", "dec", "ad", "bc", "bce", "ce"};

bool looks_past_verb(std::string_view w) {
  if (w.size() > 4 && lower(w[w.size() - 1]) == 'd' && lower(w[w.size() - 2]) == 'e') {
    static constexpr std::array<std::string_view, 12> not_verbs{
        "need", "speed", "seed", "indeed", "united", "red", "bed", "hundred", "based", "armed",
        "advanced", "limited"};
    return !in(w, not_verbs);
  }
  return in(w, detail::kIrregularPastForms) || in(w, kMorePastForms);
}

struct word {
  std::size_t begin, end;
};

std::vector<word> words_in(std::string_view text, std::size_t b, std::size_t e) {
  std::vector<word> out;
  std::size_t i = b;
  while (i < e) {
    while (i < e && !is_alpha(text[i]) && text[i] != '\'') ++i;
    const std::size_t s = i;
    while (i < e && (is_alpha(text[i]) || text[i] == '\'' || (text[i] == '-' && i + 1 < e && is_alpha(text[i + 1])))) ++i;
    if (i > s) out.push_back({s, i});
  }
  return out;
}

std::string_view strip_possessive(std::string_view w) {
  if (w.size() > 2 && w[w.size() - 2] == '\'' && lower(w.back()) == 's') w.remove_suffix(2);
  return w;
}

// Words that open a sentence and follow no time: after "6 a.m." they begin the next one.
constexpr std::array<std::string_view, 28> kSentenceOpeners{
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "his", "her", "their", "its", "this",
    "that", "there", "these", "those", "but", "and", "police", "officials", "some", "many", "after",
    "when", "by", "in"};

}  // namespace

std::vector<sentence_span> split_sentences(const document& doc) {
  std::vector<sentence_span> out;
  const std::string_view t = doc.text;
  if (!doc.sentences.empty()) {
    std::size_t para = 0;
    for (const auto& s : doc.sentences) out.push_back({s.begin, s.end, para++, s.id});
    return out;
  }
  std::size_t para = 0;
  std::size_t start = 0;
  const auto push = [&](std::size_t b, std::size_t e) {
    while (b < e && is_space(t[b])) ++b;
    while (e > b && is_space(t[e - 1])) --e;
    if (e > b) out.push_back({b, e, para, {}});
  };
  for (std::size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    if (c == '\n') {
      push(start, i);
      start = i + 1;
      // A line break ends a paragraph in news files (one paragraph per line) as well.
      ++para;
      continue;
    }
    if ((c == '.' || c == '!' || c == '?') && i + 2 < t.size() && t[i + 1] == ' ' &&
        (is_upper(t[i + 2]) || t[i + 2] == '"' || (t[i + 2] >= '0' && t[i + 2] <= '9'))) {
      if (c == '.') {
        std::size_t b = i;
        while (b > start && is_alpha(t[b - 1])) --b;
        const std::string_view w = t.substr(b, i - b);
        if (in(w, kAbbreviations) || (w.size() == 1 && is_upper(w[0]))) continue;
        // "U.S.", "a.m." go on, unless a word that opens sentences follows a time's "a.m." or
        // "p.m." ("by 6 a.m. The center will…"; not "6 a.m. Monday", "9 p.m. EST")
        if (b > start && t[b - 1] == '.') {
          const bool meridiem = i >= 3 && (t.substr(i - 3, 4) == "a.m." || t.substr(i - 3, 4) == "p.m.");
          std::size_t ne = i + 2;
          while (ne < t.size() && is_alpha(t[ne])) ++ne;
          if (!meridiem || !in(t.substr(i + 2, ne - i - 2), kSentenceOpeners)) continue;
        }
      }
      push(start, i + 1);
      start = i + 1;
    }
  }
  push(start, t.size());
  return out;
}

std::string stem(std::string_view w) {
  std::string s = lower_copy(w);
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 14> irregular{{
      {"met", "meet"}, {"said", "say"}, {"says", "say"}, {"went", "go"}, {"came", "come"},
      {"made", "make"}, {"took", "take"}, {"began", "begin"}, {"left", "leave"}, {"held", "hold"},
      {"gave", "give"}, {"told", "tell"}, {"won", "win"}, {"sold", "sell"}}};
  for (const auto& [a, b] : irregular)
    if (s == a) return std::string(b);
  for (std::string_view suf : {"ings", "ing", "ed", "es", "s", "e"}) {
    if (s.size() > suf.size() + 2 && s.compare(s.size() - suf.size(), suf.size(), suf) == 0) {
      s.resize(s.size() - suf.size());
      break;
    }
  }
  // "crossing" → "cross", "crossed" → "cross"; doubled final consonant: "planned" → "plan"
  if (s.size() > 3 && s[s.size() - 1] == s[s.size() - 2] && s.back() != 's' && s.back() != 'l') s.pop_back();
  return s;
}

std::vector<std::string> participants_in(std::string_view text, std::size_t b, std::size_t e,
                                         std::size_t sentence_begin) {
  std::vector<std::string> out;
  const auto ws = words_in(text, b, e);
  std::size_t i = 0;
  while (i < ws.size()) {
    const std::string_view w = text.substr(ws[i].begin, ws[i].end - ws[i].begin);
    if (!is_upper(w.front()) || in(strip_possessive(w), kNotNames) || in(strip_possessive(w), kCalendarWords)) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    // Join following capitalised words separated by a single space ("Kim Jong Un").
    while (j < ws.size() && is_upper(text[ws[j].begin]) && ws[j].begin == ws[j - 1].end + 1 &&
           text[ws[j - 1].end] == ' ' && !in(strip_possessive(text.substr(ws[j].begin, ws[j].end - ws[j].begin)), kCalendarWords) &&
           !(ws[j - 1].end - ws[j - 1].begin > 2 && text[ws[j - 1].end - 2] == '\''))
      ++j;
    const bool at_start = ws[i].begin == sentence_begin;
    std::string name(text.substr(ws[i].begin, ws[j - 1].end - ws[i].begin));
    name = std::string(strip_possessive(name));
    if (!(at_start && j == i + 1) && name.size() > 1 &&
        std::find(out.begin(), out.end(), name) == out.end())
      out.push_back(name);
    i = j;
  }
  return out;
}

clause_info analyse_clause(std::string_view text, std::size_t sb, std::size_t se, std::size_t mb,
                           std::size_t me, bool widen) {
  clause_info c;
  // A clause is looked for within 1 KiB on each side of the mention, so that a sentence with
  // thousands of dates (no full stop) costs linear time, not quadratic.
  constexpr std::size_t kClauseReach = 1024;
  if (mb > sb + kClauseReach) sb = mb - kClauseReach;
  if (se > me + kClauseReach) se = me + kClauseReach;
  // Clause bounds: the nearest boundary word or punctuation on each side of the mention.
  static constexpr std::array<std::string_view, 9> boundaries{
      ", but ", "; ", " but ", ", while ", " while ", ", and ", ", which ", " before ", " after "};
  c.begin = sb;
  c.end = se;
  // (" before " and " after " also begin phrases that name no event: "appeared before
  // magistrates on Tuesday"; when the clause they open has no trigger, the words before them
  // are read too, below)
  std::size_t begin_without_order = sb;
  for (auto bw : boundaries) {
    const bool order = bw == " before " || bw == " after ";
    // Search only up to the sentence's end: a find over the rest of the text for every clause
    // made a document's events quadratic in its length.
    const std::string_view upto = text.substr(0, std::min(text.size(), se + bw.size()));
    for (std::size_t p = upto.find(bw, sb); p != std::string_view::npos && p < se; p = upto.find(bw, p + 1)) {
      if (!order && p + bw.size() <= mb && p + bw.size() > begin_without_order) begin_without_order = p + bw.size();
      if (p + bw.size() <= mb && p + bw.size() > c.begin) c.begin = p + bw.size();
      if (p >= me && p < c.end) c.end = p;
    }
  }
  // "Before travelling …, X": a leading order word makes the comma a boundary.
  const auto ws_all = words_in(text, sb, se);
  if (!ws_all.empty()) {
    const std::string_view first = text.substr(ws_all[0].begin, ws_all[0].end - ws_all[0].begin);
    if (in(first, std::array<std::string_view, 4>{"before", "after", "since", "while"})) {
      const std::size_t comma = text.substr(0, std::min(text.size(), se + 2)).find(", ", sb);
      if (comma != std::string_view::npos && comma < se) {
        if (comma < mb) {
          c.begin = std::max(c.begin, comma + 2);
          begin_without_order = std::max(begin_without_order, comma + 2);
        }
        else c.end = std::min(c.end, comma);
        c.order_word = lower_copy(first);
        c.order_clause_end = comma;
      }
    }
  }
  // (read again from the words before an order word when the clause after it has none)
  std::vector<word> ws;
  std::optional<word> t;
  for (int pass = 0; pass < 2; ++pass) {
    ws = words_in(text, c.begin, c.end);
    // Trigger: an event noun right next to the mention, else the nearest past/future verb before
    // the mention, else after it, else the nearest event noun.
    std::optional<word> noun_near, verb_before, verb_after, noun_any;
    std::size_t noun_near_dist = 4;
    // Words are in text order, so those ending by the mention are a prefix of `ws`: a word's
    // distance to the mention is computed, not counted (counting was quadratic in the clause).
    std::size_t before_mention = 0;
    while (before_mention < ws.size() && ws[before_mention].end <= mb) ++before_mention;
    bool event_word = false;  // any in the clause, the mention's own words too
    for (std::size_t k = 0; k < ws.size(); ++k) {
      const auto& w = ws[k];
      const std::string_view s = text.substr(w.begin, w.end - w.begin);
      const bool noun = in(s, kEventNouns);
      // A participle after a determiner or number is an adjective: "the damaged pier", "two
      // cracked columns".
      const bool adjective = k > 0 && in(text.substr(ws[k - 1].begin, ws[k - 1].end - ws[k - 1].begin),
                                         std::array<std::string_view, 20>{"the", "a", "an", "its", "his", "her", "their",
                                                                          "our", "two", "three", "four", "several", "many",
                                                                          "this", "that", "these", "those", "some", "newly",
                                                                          "recently"});
      const bool verb = (looks_past_verb(s) || in(s, kPresentSchedule)) && !adjective;
      event_word = event_word || noun || verb;
      if (w.end <= mb) {
        // distance in words to the mention
        const std::size_t dist = before_mention - 1 - k;
        if (noun && dist < noun_near_dist) {
          noun_near = w;
          noun_near_dist = dist;
        }
        if (verb) verb_before = w;
        if (noun && !noun_any) noun_any = w;
      } else if (w.begin >= me) {
        if (verb && !verb_after) verb_after = w;
        if (noun && !noun_any) noun_any = w;
      }
      // future: "will <verb>", past "be", "have", "not" and adverbs ("will be released", "will
      // officially open")
      if (in(s, std::array<std::string_view, 3>{"will", "shall", "'ll"}) && k + 1 < ws.size()) {
        std::size_t j = k + 1;
        while (j + 1 < ws.size() && j < k + 4) {
          const std::string_view n = text.substr(ws[j].begin, ws[j].end - ws[j].begin);
          if (!in(n, std::array<std::string_view, 6>{"be", "have", "been", "not", "also", "then"}) &&
              !(n.size() > 4 && n.ends_with("ly")))
            break;
          ++j;
        }
        if (ws[j].end <= mb) verb_before = ws[j];
        else if (!verb_after) verb_after = ws[j];
      }
    }
    t = noun_near ? noun_near : verb_before ? verb_before : verb_after ? verb_after : noun_any;
    // "is scheduled to reopen in April": a scheduling verb followed by "to <verb>" dates that verb.
    // "An upcoming meeting … is slated for November": otherwise it names the noun's time.
    if (t && !noun_near && in(text.substr(t->begin, t->end - t->begin), kScheduling)) {
      std::optional<word> infinitive;
      for (std::size_t k = 0; k + 2 < ws.size(); ++k)
        if (ws[k].begin == t->begin && text.substr(ws[k + 1].begin, ws[k + 1].end - ws[k + 1].begin) == "to")
          infinitive = ws[k + 2];
      if (infinitive) t = infinitive;
      else if (noun_any && noun_any->begin < t->begin) t = noun_any;
    }
    if (!widen || t || event_word || c.begin <= begin_without_order) break;
    c.begin = begin_without_order;
  }
  if (t) {
    c.trigger_begin = t->begin;
    c.trigger_end = t->end;
  }
  // Status from the clause; for a report ("announced on Thursday that … will reopen") only
  // from its own words, not from what it reports.
  const bool report = t && in(text.substr(t->begin, t->end - t->begin), kReporting);
  if (t && in(text.substr(t->begin, t->end - t->begin), kPresentSchedule)) c.status = event_status::planned;
  for (const auto& w : ws) {
    const std::string_view s = text.substr(w.begin, w.end - w.begin);
    if (report && w.begin > std::max(t->end, me)) break;
    if (in(s, kPlanned)) c.status = event_status::planned;
    else if (in(s, kHedges) && c.status == event_status::occurred) c.status = event_status::uncertain;
  }
  // A reporting verb as trigger with "that …" after it: the report's content is its own event.
  if (t && in(text.substr(t->begin, t->end - t->begin), kReporting)) {
    c.reporting = true;
    const std::size_t after = std::max(me, t->end);
    const auto rest = words_in(text, after, c.end);
    for (std::size_t k = 0; k < rest.size(); ++k) {
      const std::string_view s = text.substr(rest[k].begin, rest[k].end - rest[k].begin);
      if (looks_past_verb(s) && !in(s, kReporting)) {
        c.reported_begin = rest[k].begin;
        c.reported_end = rest[k].end;
        break;
      }
    }
  }
  return c;
}

namespace {

// Event nouns beyond kEventNouns, read only by event_words (trigger choice keeps the short list).
constexpr std::array<std::string_view, 62> kMoreEventNouns{
    "flights", "purchase", "purchases", "award", "takeover", "development", "production", "cuts",
    "plan", "plans", "project", "landing", "take-off", "takeoff", "sales", "program", "programme",
    "bid", "offer", "decision", "statement", "dispute", "lawsuit", "suit", "case", "settlement",
    "deals", "agreements", "contracts", "event", "tests", "service", "compensation", "delay",
    "delays", "loss", "losses", "profit", "profits", "cancellation", "investigation", "accident",
    "incident", "partnership", "relationship", "success", "failure", "rollout", "introduction",
    "expansion", "restructuring", "layoffs", "reduction", "increase", "decline", "move", "choice",
    "suspension", "contribution", "funding", "crisis", "growth"};

// Never event words: auxiliaries, function words and frequent non-verbal "-ing"/"-s" forms.
constexpr std::array<std::string_view, 86> kNotEventWords{
    "be", "is", "are", "was", "were", "been", "being", "am", "has", "have", "had", "having", "do",
    "does", "did", "doing", "will", "would", "shall", "should", "can", "could", "may", "might",
    "must", "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our",
    "your", "my", "it", "he", "she", "they", "we", "you", "i", "not", "also", "only", "then", "be",
    "during", "morning", "evening", "thing", "things", "something", "nothing", "anything",
    "everything", "including", "according", "following", "king", "ring", "spring", "string",
    "wing", "ceiling", "building", "bring", "sing", "sting", "swing", "earnings", "savings",
    "this", "always", "as", "us", "its", "is", "was"};

constexpr std::array<std::string_view, 9> kModals{"to", "will", "would", "shall", "should", "can", "could",
                                                  "may", "might"};

bool lower_word(std::string_view w) { return !w.empty() && w.front() >= 'a' && w.front() <= 'z'; }

// The token (run of non-space bytes) that ends right before `pos`, skipping spaces; "" at `floor`.
std::string_view token_before(std::string_view text, std::size_t pos, std::size_t floor) {
  std::size_t e = pos;
  while (e > floor && is_space(text[e - 1])) --e;
  std::size_t b = e;
  while (b > floor && !is_space(text[b - 1])) --b;
  return text.substr(b, e - b);
}

// A name as subject: "Airbus", "A380", "787", or it/he/she.
bool subject_token(std::string_view tok) {
  if (tok.empty()) return false;
  if (in(tok, std::array<std::string_view, 3>{"it", "he", "she"})) return true;
  if (in(tok, kNotNames)) return false;
  const bool digit_end = tok.back() >= '0' && tok.back() <= '9';
  return is_upper(tok.front()) || (digit_end && tok.find_first_not_of("0123456789-") != 0);
}

}  // namespace

std::vector<text_span> event_words(std::string_view text, std::size_t sb, std::size_t se,
                                   const std::vector<text_span>& skip) {
  std::vector<text_span> out;
  const auto ws = words_in(text, sb, se);
  for (std::size_t k = 0; k < ws.size(); ++k) {
    const word& w = ws[k];
    std::string_view s = text.substr(w.begin, w.end - w.begin);
    if (!lower_word(s) || in(s, kNotEventWords)) continue;
    bool skipped = false;
    for (const auto& m : skip) skipped = skipped || (w.begin < m.end && m.begin < w.end);
    if (skipped) continue;
    const std::string_view last = s.substr(s.rfind('-') == std::string_view::npos ? 0 : s.rfind('-') + 1);
    bool ev = in(s, kEventNouns) || in(s, kMoreEventNouns) || looks_past_verb(s) ||
              (last.size() < s.size() && looks_past_verb(last));
    if (!ev && s.size() >= 5 && s.substr(s.size() - 3) == "ing") ev = true;
    // A participle right after a determiner is an adjective: "the differing views", "a
    // well-known yard" (event nouns stay: "the meeting").
    if (ev && k > 0 && !in(s, kEventNouns) && !in(s, kMoreEventNouns) &&
        token_before(text, w.begin, sb) == text.substr(ws[k - 1].begin, ws[k - 1].end - ws[k - 1].begin) &&
        in(text.substr(ws[k - 1].begin, ws[k - 1].end - ws[k - 1].begin),
           std::array<std::string_view, 12>{"the", "a", "an", "its", "his", "her", "their", "our", "this", "these",
                                            "those", "some"}))
      ev = false;
    if (!ev && k > 0) {
      const std::string_view prev = text.substr(ws[k - 1].begin, ws[k - 1].end - ws[k - 1].begin);
      const bool adjacent = token_before(text, w.begin, sb) == prev;
      if (adjacent && in(prev, kModals)) ev = true;
    }
    if (!ev && s.size() > 3 && s.back() == 's' && s[s.size() - 2] != 's' && s[s.size() - 2] != 'u' &&
        s[s.size() - 2] != '\'')
      ev = subject_token(token_before(text, w.begin, sb));
    if (ev) out.push_back({w.begin, w.end});
  }
  return out;
}

bool names(std::string_view text, std::string_view name) {
  if (name.empty() || text.size() < name.size()) return false;
  const auto alnum = [](char c) { return is_alpha(c) || (c >= '0' && c <= '9'); };
  for (std::size_t i = 0; i + name.size() <= text.size(); ++i) {
    bool eq = true;
    for (std::size_t k = 0; k < name.size() && eq; ++k) eq = lower(text[i + k]) == lower(name[k]);
    if (!eq) continue;
    const std::size_t e = i + name.size();
    if ((i > 0 && alnum(text[i - 1])) || (e < text.size() && alnum(text[e]))) continue;
    std::size_t n = e;
    while (n < text.size() && is_space(text[n])) ++n;
    const bool continues = n > e && n < text.size() && (is_upper(text[n]) || (text[n] >= '0' && text[n] <= '9'));
    if (!continues) return true;
  }
  return false;
}

std::vector<std::string> entity_aliases(std::string_view entity) {
  static constexpr std::array<std::string_view, 22> generic{
      "airlines", "airways", "air", "force", "company", "corporation", "corp", "inc", "group", "corps",
      "store", "bank", "ltd", "limited", "agency", "association", "council", "party", "university",
      "ministry", "department", "army"};
  std::vector<std::string> words;
  std::string w;
  for (char c : entity) {
    if (is_space(c)) {
      if (!w.empty()) words.push_back(w);
      w.clear();
    } else {
      w += c;
    }
  }
  if (!w.empty()) words.push_back(w);
  std::vector<std::string> out;
  if (words.size() < 2) return out;
  const auto add = [&](std::string a) {
    if (!a.empty() && std::find(out.begin(), out.end(), a) == out.end()) out.push_back(std::move(a));
  };
  const std::string& last = words.back();
  if (is_upper(last.front()) && last.size() > 3 && !in(last, generic)) add(last);
  for (const auto& x : words)
    if (x.find_first_of("0123456789") != std::string::npos) add(x);
  if (in(last, generic) && words.size() >= 3) {
    std::string rest;
    for (std::size_t k = 0; k + 1 < words.size(); ++k) rest += (k ? " " : "") + words[k];
    add(rest);
  }
  std::string initials;
  for (const auto& x : words)
    if (is_upper(x.front())) initials += x.front();
  if (initials.size() >= 3) add(initials);
  return out;
}

}  // namespace detail

namespace {

event_source source_of(const document& doc, std::size_t si, const detail::sentence_span& s, std::size_t b,
                       std::size_t e, std::size_t tb, std::size_t te) {
  return {doc.id, si, s.id, b, e, tb, te, doc.text.substr(tb, te - tb)};
}

// The document's own day as a value: the reference's day.
std::optional<temporal_value> document_day(const reference& ref, const extract_options& options) {
  auto v = parse("today", ref, options.parse);
  if (!v) return std::nullopt;
  return std::move(*v);
}

bool ends_sentence(std::string_view st) {
  std::size_t e = st.size();
  while (e > 0 && (detail::is_space(st[e - 1]) || st[e - 1] == '"' || st[e - 1] == '\'')) --e;
  return e > 0 && (st[e - 1] == '.' || st[e - 1] == '!' || st[e - 1] == '?');
}

// A sentence about the time of writing (event_options::document_date): the headline (a first
// sentence without final punctuation) or the lead (the first full sentence of six words or more).
// The index of the document's first full sentence (ends like a sentence, six words or more), or
// the number of sentences when there is none. Computed once per document.
std::size_t first_full_sentence(const document& doc, const std::vector<detail::sentence_span>& sentences) {
  const std::string_view t = doc.text;
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    const auto& x = sentences[k];
    if (ends_sentence(t.substr(x.begin, x.end - x.begin)) && detail::words_in(t, x.begin, x.end).size() >= 6)
      return k;
  }
  return sentences.size();
}

bool writing_time_sentence(const document& doc, const std::vector<detail::sentence_span>& sentences,
                           std::size_t si, std::size_t first_full) {
  const std::string_view t = doc.text;
  const auto& s = sentences[si];
  if (si == 0 && !ends_sentence(t.substr(s.begin, s.end - s.begin))) return true;
  return si == first_full;
}

bool dateline_sentence(std::string_view st) {
  return st.find("Last Updated") != std::string_view::npos || st.find("First Published") != std::string_view::npos ||
         st.find("Published:") != std::string_view::npos || st.find("Updated:") != std::string_view::npos;
}

// event_options::every_trigger: every event word of every sentence.
std::vector<event> find_event_mentions(const document& doc, const reference& ref, const extract_options& options,
                                       const event_options& mode) {
  using namespace detail;
  std::vector<event> out;
  const std::string_view t = doc.text;
  const auto mentions = extract(t, ref, options);
  const auto sentences = split_sentences(doc);
  const std::size_t first_full = first_full_sentence(doc, sentences);
  // (the document's own date names no event; nor does a wire dateline's day without a year)
  auto date = find_document_date(doc, options.parse);
  if (!date) date = find_yearless_dateline(doc, ref, options.parse);
  const auto day = mode.document_date ? document_day(ref, options) : std::nullopt;
  std::size_t mi = 0;
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    const auto& s = sentences[si];
    const std::string_view st = t.substr(s.begin, s.end - s.begin);
    while (mi < mentions.size() && mentions[mi].end <= s.begin) ++mi;
    if (dateline_sentence(st)) continue;
    std::vector<text_span> skip;
    struct anchor {
      const mention* m;
      clause_info c;
    };
    std::vector<anchor> anchors;
    for (std::size_t k = mi; k < mentions.size() && mentions[k].begin < s.end; ++k) {
      const mention& m = mentions[k];
      skip.push_back({m.begin, m.end});
      if (date && m.begin < date->end && date->begin < m.end) continue;
      const temporal_value& v = m.value;
      if (!v.span || v.type == timex_type::duration || v.type == timex_type::set) continue;
      if (v.value == "PRESENT_REF") continue;
      anchors.push_back({&m, analyse_clause(t, s.begin, s.end, m.begin, m.end)});
    }
    const auto words = event_words(t, s.begin, s.end, skip);
    if (words.empty()) continue;
    const clause_info whole = analyse_clause(t, s.begin, s.end, s.begin, s.begin);
    const bool writing_time = day && writing_time_sentence(doc, sentences, si, first_full);
    for (const auto& w : words) {
      // The nearest dated mention whose clause holds the word, else the nearest in the sentence.
      const anchor* best = nullptr;
      bool best_in_clause = false;
      std::size_t best_dist = 0;
      for (const auto& a : anchors) {
        const bool in_clause = a.c.begin <= w.begin && w.end <= a.c.end;
        const std::size_t dist = w.begin < a.m->begin ? a.m->begin - w.begin : w.begin - a.m->begin;
        if (!best || (in_clause && !best_in_clause) || (in_clause == best_in_clause && dist < best_dist)) {
          best = &a;
          best_in_clause = in_clause;
          best_dist = dist;
        }
      }
      event e;
      e.status = whole.status;
      if (best) {
        e.when = best->m->value;
        e.when_text = best->m->text;
        e.status = best->c.status;
      } else if (writing_time) {
        e.when = day;
        e.inherited = true;
      }
      // The word's clause is the event's text: --about matches it there.
      const clause_info wc = analyse_clause(t, s.begin, s.end, w.begin, w.end, false);
      e.text = std::string(t.substr(wc.begin, wc.end - wc.begin));
      e.participants = participants_in(t, wc.begin, wc.end, s.begin);
      e.trigger = std::string(t.substr(w.begin, w.end - w.begin));
      e.sources.push_back(source_of(doc, si, s, s.begin, s.end, w.begin, w.end));
      out.push_back(std::move(e));
    }
  }
  return out;
}

}  // namespace

std::vector<event> find_events(const document& doc, const reference& ref, const extract_options& options) {
  return find_events(doc, ref, options, event_options{});
}

std::vector<event> find_events(const document& doc, const reference& ref, const extract_options& options,
                               const event_options& mode) {
  using namespace detail;
  if (mode.every_trigger) return find_event_mentions(doc, ref, options, mode);
  std::vector<event> out;
  const std::string_view t = doc.text;
  const auto mentions = extract(t, ref, options);
  const auto sentences = split_sentences(doc);
  const std::size_t first_full = first_full_sentence(doc, sentences);
  // (the document's own date names no event; nor does a wire dateline's day without a year)
  auto date = find_document_date(doc, options.parse);
  if (!date) date = find_yearless_dateline(doc, ref, options.parse);

  std::size_t mi = 0;
  std::optional<std::size_t> last_dated_sentence;
  std::optional<temporal_value> last_when;
  std::string last_when_text;
  std::size_t last_para = static_cast<std::size_t>(-1);
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    const auto& s = sentences[si];
    const std::string_view st = t.substr(s.begin, s.end - s.begin);
    // Datelines and bylines are about the document, not events.
    const bool dateline = st.find("Last Updated") != std::string_view::npos ||
                          st.find("First Published") != std::string_view::npos ||
                          st.find("Published:") != std::string_view::npos ||
                          st.find("Updated:") != std::string_view::npos;
    while (mi < mentions.size() && mentions[mi].end <= s.begin) ++mi;
    std::size_t dated = 0;
    for (std::size_t k = mi; k < mentions.size() && mentions[k].begin < s.end; ++k) {
      const mention& m = mentions[k];
      if (dateline) continue;
      if (date && m.begin < date->end && date->begin < m.end) continue;
      const temporal_value& v = m.value;
      if (!v.span || v.type == timex_type::duration || v.type == timex_type::set) continue;
      if (v.value == "PRESENT_REF") continue;
      const clause_info c = analyse_clause(t, s.begin, s.end, m.begin, m.end);
      if (c.trigger_end == 0) continue;
      event e;
      e.when = v;
      e.when_text = m.text;
      e.text = std::string(t.substr(c.begin, c.end - c.begin));
      while (!e.text.empty() && (e.text.back() == ',' || e.text.back() == ' ')) e.text.pop_back();
      e.trigger = std::string(t.substr(c.trigger_begin, c.trigger_end - c.trigger_begin));
      e.participants = participants_in(t, c.begin, c.end, s.begin);
      e.status = c.status;
      e.sources.push_back(source_of(doc, si, s, c.begin, c.end, c.trigger_begin, c.trigger_end));
      out.push_back(std::move(e));
      const std::size_t idx = out.size() - 1;
      ++dated;
      // The reported content: undated, on or before the report.
      if (c.reporting && c.reported_end != 0) {
        event r;
        r.text = std::string(t.substr(c.reported_begin, c.end - c.reported_begin));
        r.trigger = std::string(t.substr(c.reported_begin, c.reported_end - c.reported_begin));
        r.participants = participants_in(t, c.reported_begin, c.end, s.begin);
        r.status = event_status::reported;
        r.sources.push_back(source_of(doc, si, s, c.reported_begin, c.end, c.reported_begin, c.reported_end));
        r.relations.push_back({event_relation::kind::on_or_before, idx, std::string(t.substr(c.trigger_begin, c.trigger_end - c.trigger_begin))});
        out.push_back(std::move(r));
      }
      last_when = v;
      last_when_text = m.text;
    }
    if (dated > 0) {
      last_dated_sentence = si;
      last_para = s.para;
      continue;
    }
    if (dateline) continue;
    // Undated sentence: order words make related events; a past-tense continuation in the same
    // paragraph inherits the previous date.
    const clause_info whole = analyse_clause(t, s.begin, s.end, s.begin, s.begin);
    if (!whole.order_word.empty()) {
      // "Before travelling to Russia, Kim made several visits": two events, main before sub.
      clause_info sub = analyse_clause(t, s.begin, whole.order_clause_end, s.begin, s.begin);
      // "Before travelling to Russia": the gerund after the order word is the event.
      {
        std::size_t i = s.begin;
        while (i < whole.order_clause_end && t[i] != ' ') ++i;
        const std::size_t gb = i + 1;
        std::size_t ge = gb;
        while (ge < whole.order_clause_end && ((t[ge] >= 'a' && t[ge] <= 'z') || (t[ge] >= 'A' && t[ge] <= 'Z'))) ++ge;
        if (ge - gb > 4 && t.substr(ge - 3, 3) == "ing") {
          sub.trigger_begin = gb;
          sub.trigger_end = ge;
        }
      }
      const clause_info main = analyse_clause(t, whole.order_clause_end + 2, s.end, whole.order_clause_end + 2,
                                              whole.order_clause_end + 2);
      if (sub.trigger_end != 0 && main.trigger_end != 0) {
        event a, b;
        a.text = std::string(t.substr(s.begin, whole.order_clause_end - s.begin));
        a.trigger = std::string(t.substr(sub.trigger_begin, sub.trigger_end - sub.trigger_begin));
        a.participants = participants_in(t, s.begin, s.end, s.begin);
        a.sources.push_back(source_of(doc, si, s, s.begin, whole.order_clause_end, sub.trigger_begin, sub.trigger_end));
        b.text = std::string(t.substr(whole.order_clause_end + 2, s.end - whole.order_clause_end - 2));
        b.trigger = std::string(t.substr(main.trigger_begin, main.trigger_end - main.trigger_begin));
        b.participants = a.participants;
        b.status = main.status;
        b.sources.push_back(source_of(doc, si, s, whole.order_clause_end + 2, s.end, main.trigger_begin, main.trigger_end));
        const std::size_t ia = out.size();
        const auto k = whole.order_word == "before" ? event_relation::kind::before
                       : whole.order_word == "after" || whole.order_word == "since" ? event_relation::kind::after
                                                                                     : event_relation::kind::during;
        b.relations.push_back({k, ia, whole.order_word});
        out.push_back(std::move(a));
        out.push_back(std::move(b));
        continue;
      }
    }
    // Words that move the time ("later", "then") stop the inheritance.
    bool moves = false;
    for (std::string_view w : {" later", " afterwards", " subsequently", " earlier", " previously", " then ",
                               " since ", " next "})
      moves = moves || st.find(w) != std::string_view::npos;
    // The whole sentence as one event dated from elsewhere (marked inherited).
    const auto inherit = [&](const temporal_value& when, std::string when_text) {
      event e;
      e.when = when;
      e.inherited = true;
      e.when_text = std::move(when_text);
      e.text = std::string(st);
      e.trigger = std::string(t.substr(whole.trigger_begin, whole.trigger_end - whole.trigger_begin));
      e.participants = participants_in(t, s.begin, s.end, s.begin);
      e.status = whole.status;
      e.sources.push_back(source_of(doc, si, s, s.begin, s.end, whole.trigger_begin, whole.trigger_end));
      out.push_back(std::move(e));
    };
    if (!moves && last_when && last_dated_sentence && s.para == last_para && whole.trigger_end != 0 &&
        looks_past_verb(t.substr(whole.trigger_begin, whole.trigger_end - whole.trigger_begin))) {
      inherit(*last_when, last_when_text);
    } else if (mode.document_date && whole.trigger_end != 0 && writing_time_sentence(doc, sentences, si, first_full)) {
      if (const auto day = document_day(ref, options)) inherit(*day, {});
    }
  }
  return out;
}

}  // namespace annals
