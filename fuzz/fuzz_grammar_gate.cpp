// Fuzz target: the family gate (src/grammar/first_set.hpp) never changes a match. At each of the
// first positions of the input, match_expression with the gate must return exactly what it
// returns when every expression family is tried.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"
#include "grammar/grammar.hpp"

namespace annals::fuzz {

/// One input; tests/fuzz_regression_test.cpp replays saved inputs through it.
inline int run_grammar_gate(const std::uint8_t* data, std::size_t size) {
  if (size > kMaxInput) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  detail::grammar_options gated;
  detail::grammar_options ungated;
  ungated.gate_families = false;
  // Each position costs two grammar runs over a window of up to 256 bytes: bound the positions.
  constexpr std::size_t kPositions = 64;
  for (std::size_t i = 0; i < std::min(text.size(), kPositions); ++i) {
    const auto a = detail::match_expression(text.substr(i), gated);
    const auto b = detail::match_expression(text.substr(i), ungated);
    require(a.has_value() == b.has_value(), "the family gate changed whether a match was found");
    require(!a || *a == *b, "the family gate changed a match");
  }
  return 0;
}

}  // namespace annals::fuzz

#ifndef ANNALS_FUZZ_NO_ENTRY_POINT
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return annals::fuzz::run_grammar_gate(data, size);
}
#endif
