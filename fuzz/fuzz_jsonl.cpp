// Fuzz target: annals::read_jsonl_line on one line of arbitrary bytes.
#include <cstddef>
#include <cstdint>

#include "annals/document.hpp"
#include "fuzz_support.hpp"

namespace annals::fuzz {

/// One input; tests/fuzz_regression_test.cpp replays saved inputs through it.
inline int run_jsonl(const std::uint8_t* data, std::size_t size) {
  if (size > kMaxInput) return 0;
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  const auto d = read_jsonl_line(line, 1);
  if (!d) {
    require(d.error().offset == error::npos || d.error().offset <= line.size(),
            "error offset past the end of the line");
    return 0;
  }
  check_document(*d);
  return 0;
}

}  // namespace annals::fuzz

#ifndef ANNALS_FUZZ_NO_ENTRY_POINT
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return annals::fuzz::run_jsonl(data, size);
}
#endif
