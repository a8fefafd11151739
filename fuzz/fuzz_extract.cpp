// Fuzz target: annals::extract on arbitrary bytes, with the reference and every extraction
// option drawn from the first bytes. Checks that each mention lies inside the text, starts and
// ends on UTF-8 boundaries, comes in text order and carries its own text.
#include <cstddef>
#include <cstdint>

#include "annals/extract.hpp"
#include "annals/render.hpp"
#include "fuzz_support.hpp"
#include "robust_support.hpp"

namespace annals::fuzz {

/// One input; tests/fuzz_regression_test.cpp replays saved inputs through it.
inline int run_extract(const std::uint8_t* data, std::size_t size) {
  if (size > kMaxInput) return 0;
  byte_source in(data, size);
  const reference ref = draw_reference(in);
  const extract_options options = draw_extract_options(in);
  const std::string_view text = in.rest();
  const auto mentions = extract(text, ref, options);
  const auto boundary = robust::utf8_boundaries(text);
  std::size_t previous = 0;
  for (const auto& m : mentions) {
    require(robust::span_inside(m.begin, m.end, text.size()), "mention outside the text");
    require(m.begin < m.end, "empty mention");
    require(boundary[m.begin] && boundary[m.end], "mention splits a UTF-8 character");
    require(m.begin >= previous, "mentions out of text order");
    previous = m.begin;
    require(m.text == text.substr(m.begin, m.end - m.begin), "mention text is not its span");
    require(m.confidence >= 0.0 && m.confidence <= 1.0, "confidence outside 0..1");
    (void)to_json(m.value, m.text);
  }
  return 0;
}

}  // namespace annals::fuzz

#ifndef ANNALS_FUZZ_NO_ENTRY_POINT
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return annals::fuzz::run_extract(data, size);
}
#endif
