// Fuzz target: annals::read_jsonl_line on one line of arbitrary bytes.
#include <cstddef>
#include <cstdint>

#include "annals/document.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace annals;
  if (size > fuzz::kMaxInput) return 0;
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  const auto d = read_jsonl_line(line, 1);
  if (!d) {
    fuzz::require(d.error().offset == error::npos || d.error().offset <= line.size(),
                  "error offset past the end of the line");
    return 0;
  }
  fuzz::check_document(*d);
  return 0;
}
