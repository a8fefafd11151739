// Fuzz target: annals::find_document_date over a document read in a drawn format, with drawn
// parse options (date order, zone preferences).
#include <cstddef>
#include <cstdint>
#include <string>

#include "annals/document.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace annals;
  if (size > fuzz::kMaxInput) return 0;
  fuzz::byte_source in(data, size);
  const doc_format format = fuzz::draw_format(in.byte());
  const parse_options options = fuzz::draw_parse_options(in);
  auto d = read_document(std::string(in.rest()), "doc", format);
  if (!d) return 0;
  const auto when = find_document_date(*d, options);
  if (when) {
    fuzz::require(when->begin <= when->end && when->end <= d->raw.size(),
                  "document date span outside the document");
    (void)to_string(when->ref);
  }
  return 0;
}
