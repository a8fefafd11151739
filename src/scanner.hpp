// The candidate scanner (internal): one compiled RE2 pattern that finds "anchor" tokens —
// words and shapes that every temporal expression contains at least one of (month and weekday
// names, calendar units, deictic and vague words, parts of day, seasons, set words, holiday
// names, digits). Extraction looks back from each anchor for where the expression starts.
//
// The pattern is compiled once, on first use (thread-safe static initialisation), and is
// immutable afterwards; RE2 objects are safe to use from many threads at once.
#pragma once

#include <cstddef>
#include <string_view>

namespace annals::detail {

/// An anchor token: [begin, end) in the text.
struct anchor_token {
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// Finds the first anchor at or after `from`; false when there is none.
[[nodiscard]] bool next_anchor(std::string_view text, std::size_t from, anchor_token& out);

}  // namespace annals::detail
