// Fuzz target: annals::extract on arbitrary bytes, with the reference and every extraction
// option drawn from the first bytes. Checks that each mention lies inside the text, starts and
// ends on UTF-8 boundaries, comes in text order and carries its own text.
#include <cstddef>
#include <cstdint>

#include "annals/extract.hpp"
#include "annals/render.hpp"
#include "fuzz_support.hpp"
#include "robust_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace annals;
  if (size > fuzz::kMaxInput) return 0;
  fuzz::byte_source in(data, size);
  const reference ref = fuzz::draw_reference(in);
  const extract_options options = fuzz::draw_extract_options(in);
  const std::string_view text = in.rest();
  const auto mentions = extract(text, ref, options);
  const auto boundary = robust::utf8_boundaries(text);
  std::size_t previous = 0;
  for (const auto& m : mentions) {
    fuzz::require(robust::span_inside(m.begin, m.end, text.size()), "mention outside the text");
    fuzz::require(m.begin < m.end, "empty mention");
    fuzz::require(boundary[m.begin] && boundary[m.end], "mention splits a UTF-8 character");
    fuzz::require(m.begin >= previous, "mentions out of text order");
    previous = m.begin;
    fuzz::require(m.text == text.substr(m.begin, m.end - m.begin), "mention text is not its span");
    fuzz::require(m.confidence >= 0.0 && m.confidence <= 1.0, "confidence outside 0..1");
    (void)to_json(m.value, m.text);
  }
  return 0;
}
