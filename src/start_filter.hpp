// Which starts in running text the grammar could match at, decided from the words there
// without running it (internal to extraction). Most look-back starts in news text are ordinary
// words ("shareholders approved its", "the company"), and each grammar try costs every
// expression family in turn: the filter keeps the grammar for the starts it could match.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace annals::detail {

/// False only when match_expression(window) cannot match: the window begins with a word that
/// begins no expression, or with a word that is never a match by itself ("the", "in") followed
/// by a word the grammar does not read ("the company", "in Paris", "for the board"), or with a
/// number of one to three digits (and a fraction of up to two) followed by such a word or by
/// '%' ("30 percent", "1.8 million", "99%"), alone or after such a first word ("about 99%").
/// Thread-safe; the word tables are built on first use.
[[nodiscard]] bool may_begin_expression(std::string_view window);

/// The first words the filter takes as never a match by themselves ("the", "about"), after
/// which the next word or number decides (for tests).
[[nodiscard]] std::vector<std::string> weak_first_words();

/// Whether the filter takes `lower_word` as a word an expression can begin with (for tests:
/// every word of grammar first_words() must be one).
[[nodiscard]] bool listed_first_word(std::string_view lower_word);

}  // namespace annals::detail
