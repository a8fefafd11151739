// Fuzz target: annals::parse, absolute and relative expressions. The first bytes choose the
// reference time and zone and every parse option; the rest is the expression.
#include <cstddef>
#include <cstdint>

#include "annals/parse.hpp"
#include "annals/render.hpp"
#include "fuzz_support.hpp"

namespace annals::fuzz {

/// One input; tests/fuzz_regression_test.cpp replays saved inputs through it.
inline int run_parse(const std::uint8_t* data, std::size_t size) {
  if (size > kMaxInput) return 0;
  byte_source in(data, size);
  const reference ref = draw_reference(in);
  const parse_options options = draw_parse_options(in);
  const std::string_view text = in.rest();
  const auto v = parse(text, ref, options);
  if (!v) {
    // Errors carry a position inside the input, or none.
    require(v.error().offset == error::npos || v.error().offset <= text.size(),
            "error offset past the end of the expression");
    require(!v.error().message.empty(), "error without a message");
    return 0;
  }
  // Every value renders; an interval is never reversed.
  if (v->span) require(v->span->begin <= v->span->end, "reversed interval");
  require(!v->value.empty(), "empty TIMEX3 value");
  (void)to_json(*v, text);
  (void)timex3_attributes(*v);
  return 0;
}

}  // namespace annals::fuzz

#ifndef ANNALS_FUZZ_NO_ENTRY_POINT
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return annals::fuzz::run_parse(data, size);
}
#endif
