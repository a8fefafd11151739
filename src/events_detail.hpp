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

/// Analyses the clause of sentence [sb, se) that holds the mention [mb, me).
[[nodiscard]] clause_info analyse_clause(std::string_view text, std::size_t sb, std::size_t se,
                                         std::size_t mb, std::size_t me);

/// Capitalised names in [b, e), joined across single spaces ("Kim Jong Un"), possessives
/// dropped, calendar words and function words excluded.
[[nodiscard]] std::vector<std::string> participants_in(std::string_view text, std::size_t b,
                                                       std::size_t e, std::size_t sentence_begin);

/// A crude English stem for matching triggers: "crossed"/"crossing" → "cross", "met" → "meet".
[[nodiscard]] std::string stem(std::string_view word);

}  // namespace annals::detail
