// Fuzz target: annals::read_document in each format (plain, markdown front matter, HTML,
// TimeML, automatic), chosen by the first byte; the rest is the document.
#include <cstddef>
#include <cstdint>
#include <string>

#include "annals/document.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace annals;
  if (size > fuzz::kMaxInput) return 0;
  fuzz::byte_source in(data, size);
  const std::uint8_t b = in.byte();
  const doc_format format = fuzz::draw_format(b);
  // With automatic detection the name's extension decides first: try a neutral name too.
  static constexpr std::string_view names[] = {"doc", "doc.tml", "doc.html", "doc.md", "doc.txt"};
  const std::string name(names[static_cast<std::size_t>(b >> 4) % 5]);
  const std::string_view body = in.rest();
  auto d = read_document(std::string(body), name, format);
  fuzz::require(static_cast<bool>(d), "read_document failed under the size limit");
  fuzz::check_document(*d);
  fuzz::require(d->raw == body, "raw is not the bytes as read");
  if (format != doc_format::automatic) fuzz::require(d->format == format, "format not kept");
  return 0;
}
