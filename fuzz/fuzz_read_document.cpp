// Fuzz target: annals::read_document in each format (plain, markdown front matter, HTML,
// TimeML, automatic), chosen by the first byte; the rest is the document.
#include <cstddef>
#include <cstdint>
#include <string>

#include "annals/document.hpp"
#include "fuzz_support.hpp"

namespace annals::fuzz {

/// One input; tests/fuzz_regression_test.cpp replays saved inputs through it.
inline int run_read_document(const std::uint8_t* data, std::size_t size) {
  if (size > kMaxInput) return 0;
  byte_source in(data, size);
  const std::uint8_t b = in.byte();
  const doc_format format = draw_format(b);
  // With automatic detection the name's extension decides first: try a neutral name too.
  static constexpr std::string_view names[] = {"doc", "doc.tml", "doc.html", "doc.md", "doc.txt"};
  const std::string name(names[static_cast<std::size_t>(b >> 4) % 5]);
  const std::string_view body = in.rest();
  auto d = read_document(std::string(body), name, format);
  require(static_cast<bool>(d), "read_document failed under the size limit");
  check_document(*d);
  require(d->raw == body, "raw is not the bytes as read");
  if (format != doc_format::automatic) require(d->format == format, "format not kept");
  return 0;
}

}  // namespace annals::fuzz

#ifndef ANNALS_FUZZ_NO_ENTRY_POINT
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return annals::fuzz::run_read_document(data, size);
}
#endif
