// Fuzz target: annals::build_timeline over up to 8 documents split from the input at ASCII
// record separators (0x1E), each document's first byte choosing its format; then annals::render
// in every timeline format. The first bytes choose the fallback reference and the options.
#include <cstddef>
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "annals/timeline.hpp"
#include "fuzz_support.hpp"

namespace annals::fuzz {

/// One input; tests/fuzz_regression_test.cpp replays saved inputs through it.
inline int run_timeline(const std::uint8_t* data, std::size_t size) {
  if (size > kMaxInput) return 0;
  byte_source in(data, size);
  timeline_options options;
  const std::uint8_t flags = in.byte();
  const reference fallback = draw_reference(in);
  if ((flags & 1) == 0) options.fallback_reference = fallback;
  options.extraction = draw_extract_options(in);
  options.include_undated = (flags & 2) != 0;
  if (flags & 4) options.about = "Kim";
  if (flags & 8) options.from = fallback.when - std::chrono::hours{24 * 365};
  if (flags & 16) options.to = fallback.when + std::chrono::hours{24 * 365};

  std::vector<document> docs;
  std::string_view rest = in.rest();
  while (!rest.empty() && docs.size() < 8) {
    const std::size_t cut = rest.find('\x1e');
    const std::string_view piece = rest.substr(0, cut);
    rest = cut == std::string_view::npos ? std::string_view{} : rest.substr(cut + 1);
    if (piece.empty()) continue;
    const doc_format format = draw_format(static_cast<std::uint8_t>(piece[0]));
    std::string name = "d";
    name += std::to_string(docs.size());  // (not "d" + …: GCC 12 warns -Wrestrict wrongly)
    auto d = read_document(std::string(piece.substr(1)), name, format);
    if (d) docs.push_back(std::move(*d));
  }
  const timeline t = build_timeline(docs, options);
  for (const auto& e : t.events) {
    for (const auto& r : e.relations) require(r.target < t.events.size(), "relation to no event");
    for (const auto& s : e.sources) {
      // Ids may repeat (two TimeML files with the same DOCID): the span fits one of them.
      std::size_t doc_size = 0;
      for (const auto& d : docs)
        if (d.id == s.doc) doc_size = std::max(doc_size, d.raw.size());
      require(s.begin <= s.end && s.end <= doc_size, "event span outside its document");
      require(s.trigger_end <= doc_size, "trigger span outside its document");
      require(s.trigger_begin <= s.trigger_end, "reversed trigger span");
    }
  }
  for (int f = 0; f <= static_cast<int>(timeline_format::semeval2015); ++f)
    (void)render(t, static_cast<timeline_format>(f), options.about);
  return 0;
}

}  // namespace annals::fuzz

#ifndef ANNALS_FUZZ_NO_ENTRY_POINT
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return annals::fuzz::run_timeline(data, size);
}
#endif
