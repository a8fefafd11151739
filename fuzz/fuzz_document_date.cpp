// Fuzz target: annals::find_document_date (and, when it finds nothing, find_yearless_dateline)
// over a document read in a drawn format, with drawn parse options (date order, zone preferences).
#include <cstddef>
#include <cstdint>
#include <string>

#include "annals/document.hpp"
#include "fuzz_support.hpp"

namespace annals::fuzz {

/// One input; tests/fuzz_regression_test.cpp replays saved inputs through it.
inline int run_document_date(const std::uint8_t* data, std::size_t size) {
  if (size > kMaxInput) return 0;
  byte_source in(data, size);
  const doc_format format = draw_format(in.byte());
  const parse_options options = draw_parse_options(in);
  auto d = read_document(std::string(in.rest()), "doc", format);
  if (!d) return 0;
  const auto when = find_document_date(*d, options);
  if (when) {
    require(when->begin <= when->end && when->end <= d->raw.size(),
            "document date span outside the document");
    (void)to_string(when->ref);
  } else {
    // what a caller about to take the current time tries next
    static const reference now = parse_reference("2026-12-07T06:00").value();
    if (const auto y = find_yearless_dateline(*d, now, options)) {
      require(y->begin <= y->end && y->end <= d->raw.size(), "yearless dateline span outside the document");
      require(y->ref.when <= now.when, "a yearless dateline dated after now");
    }
  }
  return 0;
}

}  // namespace annals::fuzz

#ifndef ANNALS_FUZZ_NO_ENTRY_POINT
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return annals::fuzz::run_document_date(data, size);
}
#endif
