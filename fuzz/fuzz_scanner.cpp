// Fuzz target: the hand-written anchor scanner (src/scanner.cpp) finds exactly the anchors of its
// specification, the regular expression of tests/anchor_oracle.hpp run by RE2: from each of the
// first positions of the input, and along the chain of anchors that extraction follows.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "anchor_oracle.hpp"
#include "fuzz_support.hpp"
#include "scanner.hpp"

namespace annals::fuzz {

/// One input; tests/fuzz_regression_test.cpp replays saved inputs through it.
inline int run_scanner(const std::uint8_t* data, std::size_t size) {
  if (size > kMaxInput) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto same = [&](std::size_t from) {
    detail::anchor_token a;
    const bool found = detail::next_anchor(text, from, a);
    const auto want = test::oracle_anchor(text, from);
    require(found == want.has_value(), "the scanner and the oracle disagree on whether an anchor follows");
    require(!found || (a.begin == want->first && a.end == want->second), "the scanner and the oracle disagree on an anchor");
    return found ? a.end : text.size();
  };
  constexpr std::size_t kPositions = 64;  // every start near the front; the chain covers the rest
  for (std::size_t from = 0; from < std::min(text.size(), kPositions); ++from) same(from);
  for (std::size_t pos = 0; pos < text.size();) pos = same(pos);
  return 0;
}

}  // namespace annals::fuzz

#ifndef ANNALS_FUZZ_NO_ENTRY_POINT
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return annals::fuzz::run_scanner(data, size);
}
#endif
