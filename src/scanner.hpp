// The candidate scanner (internal): finds "anchor" tokens — words and shapes that every temporal
// expression contains at least one of (month and weekday names, calendar units, deictic and
// vague words, parts of day, seasons, set words, holiday names, digits). Extraction looks back
// from each anchor for where the expression starts.
//
// What an anchor is, in the terms of a regular expression (ASCII case-insensitive, byte-wise):
//
//   \b(?:<word>|o'clock)\b | [0-9]+ | (?:'|’)[0-9][0-9]s
//
// where <word> is one of the words listed in scanner.cpp and \b is an ASCII word boundary
// (word bytes: letters, digits, '_'). The leftmost anchor wins; at one position, a listed word
// before a run of digits ("1q", a quarter, before "1"). tests/anchor_oracle.hpp holds this
// regular expression for RE2, and the scanner test and fuzzer check the two agree on every
// input: the scanner is a hand-written single pass over the bytes, several times faster than
// the general matcher on this one pattern.
//
// The word table is a constant; the scanner holds no state between calls and is safe to use
// from any number of threads.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

namespace annals::detail {

/// An anchor token: [begin, end) in the text.
struct anchor_token {
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// Finds the first anchor at or after `from`; false when there is none. The bytes before
/// `from` are context: "2023q1" read from 4 has no word "q1" (no boundary before it).
[[nodiscard]] bool next_anchor(std::string_view text, std::size_t from, anchor_token& out);

/// The listed anchor words, lower case (for the oracle test).
[[nodiscard]] std::span<const std::string_view> anchor_words();

}  // namespace annals::detail
