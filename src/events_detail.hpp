// Internals of event assembly, shared by events.cpp, timeline.cpp and their tests.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "annals/timeline.hpp"

namespace annals::detail {

/// A sentence: byte range in the document text, paragraph index, markup id.
struct sentence_span {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t para = 0;
  std::string id;
};

/// Sentences of a document: the markup's (TimeML <s>) when present, else by punctuation and line
/// breaks (each line is a paragraph; abbreviations such as "Sept." and initials do not end one).
[[nodiscard]] std::vector<sentence_span> split_sentences(const document& doc);

/// What one clause around a mention says.
struct clause_info {
  std::size_t begin = 0, end = 0;                  ///< the clause
  std::size_t trigger_begin = 0, trigger_end = 0;  ///< 0,0 when none
  event_status status = event_status::occurred;
  bool reporting = false;                          ///< the trigger is a reporting verb
  std::size_t reported_begin = 0, reported_end = 0;  ///< the reported event's verb
  std::string order_word;                          ///< "before", "after", "since", "while"
  std::size_t order_clause_end = 0;                ///< end of the leading order clause
};

/// Analyses the clause of sentence [sb, se) that holds the mention [mb, me). `widen`: when the
/// clause that an order word ("before", "after") opens has no event word, read the words before
/// the order word too ("appeared before magistrates on Tuesday"); off where [mb, me) is itself an
/// event's word whose clause is wanted as it stands.
[[nodiscard]] clause_info analyse_clause(std::string_view text, std::size_t sb, std::size_t se,
                                         std::size_t mb, std::size_t me, bool widen = true);

/// Capitalised names in [b, e), joined across single spaces ("Kim Jong Un"), possessives
/// dropped, calendar words and function words excluded.
[[nodiscard]] std::vector<std::string> participants_in(std::string_view text, std::size_t b,
                                                       std::size_t e, std::size_t sentence_begin);

/// A byte span.
struct text_span {
  std::size_t begin = 0, end = 0;
};

/// The words of sentence [sb, se) that can head an event, in text order (lower-case words only;
/// names never are):
///   - event nouns ("meeting", "delivery", "flight", "deal");
///   - past forms: "-ed" words other than a few adjectives ("hundred", "based"), irregular pasts
///     ("met", "flew"), the last part of a hyphenated word ("out-sold");
///   - "-ing" forms other than nouns and prepositions ("morning", "during", "including");
///   - a verb after "to" or a modal ("to purchase", "will fly"), unless it is a function word;
///   - a third-person "-s" verb right after a name, a number-bearing name or it/he/she ("Airbus
///     launches", "it comes").
/// A past or "-ing" form right after a determiner is an adjective ("the differing views"), not an
/// event word. Auxiliaries (be, have, do and their forms), function words and the words of
/// `skip` (temporal mentions) are never event words.
[[nodiscard]] std::vector<text_span> event_words(std::string_view text, std::size_t sb, std::size_t se,
                                                 const std::vector<text_span>& skip = {});

/// Whether `text` names `name` (case-insensitive, at word boundaries) as a name of its own: not
/// as the first part of a longer name, i.e. not followed by a capitalised or numbered word
/// ("Airbus" is not named in "Airbus A380" nor "Boeing" in "Boeing 777"; it is in "Airbus 's",
/// "Airbus parent EADS").
[[nodiscard]] bool names(std::string_view text, std::string_view name);

/// The short names of an entity of several words: its last word when capitalised, longer than
/// three letters and not a generic organisation word ("Louis Gallois" → "Gallois"; not
/// "Airlines", "Force", "Company"); its words with digits ("Boeing 787 Dreamliner" → "787");
/// the entity without a generic last word when two words or more remain ("China Eastern
/// Airlines" → "China Eastern"); the initials of its capitalised words when three or more
/// ("United States Air Force" → "USAF").
[[nodiscard]] std::vector<std::string> entity_aliases(std::string_view entity);

/// A crude English stem for matching triggers: "crossed"/"crossing" → "cross", "met" → "meet".
[[nodiscard]] std::string stem(std::string_view word);

}  // namespace annals::detail
