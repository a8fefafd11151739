// Fuzz target: annals::parse_reference, the --ref and document-date reader.
#include <cstddef>
#include <cstdint>

#include "annals/reference.hpp"
#include "fuzz_support.hpp"

namespace annals::fuzz {

/// One input; tests/fuzz_regression_test.cpp replays saved inputs through it.
inline int run_parse_reference(const std::uint8_t* data, std::size_t size) {
  if (size > kMaxInput) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto r = parse_reference(text);
  if (!r) {
    require(r.error().offset == error::npos || r.error().offset <= text.size(),
            "error offset past the end of the input");
    return 0;
  }
  // A floating or fixed-offset reference prints and reads back as the same time (tz-database
  // zones print as "+05:30[Asia/Kolkata]", which is output only).
  const std::string printed = to_string(*r);
  if (r->where.type() == zone::kind::iana) return 0;
  const auto again = parse_reference(printed);
  require(static_cast<bool>(again), "a printed reference does not read back");
  require(again->when == r->when, "a printed reference reads back at another time");
  return 0;
}

}  // namespace annals::fuzz

#ifndef ANNALS_FUZZ_NO_ENTRY_POINT
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return annals::fuzz::run_parse_reference(data, size);
}
#endif
