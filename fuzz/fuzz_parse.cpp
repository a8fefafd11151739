// Fuzz target: annals::parse, absolute and relative expressions. The first bytes choose the
// reference time and zone and every parse option; the rest is the expression.
#include <cstddef>
#include <cstdint>

#include "annals/parse.hpp"
#include "annals/render.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace annals;
  if (size > fuzz::kMaxInput) return 0;
  fuzz::byte_source in(data, size);
  const reference ref = fuzz::draw_reference(in);
  const parse_options options = fuzz::draw_parse_options(in);
  const std::string_view text = in.rest();
  const auto v = parse(text, ref, options);
  if (!v) {
    // Errors carry a position inside the input, or none.
    fuzz::require(v.error().offset == error::npos || v.error().offset <= text.size(),
                  "error offset past the end of the expression");
    fuzz::require(!v.error().message.empty(), "error without a message");
    return 0;
  }
  // Every value renders; an interval is never reversed.
  if (v->span) fuzz::require(v->span->begin <= v->span->end, "reversed interval");
  fuzz::require(!v->value.empty(), "empty TIMEX3 value");
  (void)to_json(*v, text);
  (void)timex3_attributes(*v);
  return 0;
}
