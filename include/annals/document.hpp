// annals/document.hpp — reading documents and finding their own date.
//
// A `document` keeps the bytes as read (`raw`) and a scannable copy (`text`) of exactly the same
// length in which markup is blanked: HTML and TimeML tags, comments and scripts become spaces
// (block-level tags and `<s>` sentence tags become a line break), YAML front matter keys become
// spaces. So every byte offset found in `text` is also an offset into `raw`, and mentions point
// into the document as read. Entities (`&amp;`) are left in place.
//
//   auto doc = annals::read_document(bytes, "kim.md").value();       // format from name/content
//   auto when = annals::find_document_date(doc);                       // the date: front matter
//   // when->source == date_source::front_matter, when->ref = 2023-09-18T10:09 (floating)
//
// Where the date comes from, in order of trust:
//   1. TimeML: the DCT's TIMEX3 value.
//   2. Front matter: `date:` (also `published:`, `pubDate:`, `created:`).
//   3. HTML: <meta property="article:published_time">, then other published-time metas,
//      then the first <time datetime="…">.
//   4. An RFC 2822 `Date:` header at the top of the text.
//   5. A news dateline: "Last Updated : Sep 19 2023 | 1:43 PM IST", "First Published: …",
//      "Published …", "Updated …" (the earliest of first-published and last-updated wins, as the
//      time the story was written), or a date alone on one of the first lines.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "annals/parse.hpp"
#include "annals/reference.hpp"
#include "annals/result.hpp"

namespace annals {

/// The format of a document's bytes.
enum class doc_format : std::uint8_t { automatic, plain, markdown, html, timeml };

/// A sentence boundary given by markup (TimeML `<s id="3">`): its id and byte range.
struct marked_sentence {
  std::string id;
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// A document ready to scan.
struct document {
  std::string id;           ///< file name, JSON Lines "id", or TimeML DOCID when present
  doc_format format = doc_format::plain;
  std::string raw;          ///< the bytes as read
  std::string text;         ///< same length as raw, markup blanked
  std::string title;        ///< front matter `title:` or HTML <title>, when present
  std::optional<reference> given_ref;  ///< JSON Lines "ref", when present
  std::vector<marked_sentence> sentences;  ///< from markup (TimeML <s>), else empty
};

/// Largest document annals reads (bytes); larger input is errc::too_large.
inline constexpr std::size_t kMaxDocumentBytes = std::size_t{256} << 20;

/// Reads one document. With doc_format::automatic the format comes from the name's extension
/// (.tml/.timeml, .html/.htm, .md/.markdown) or, failing that, from the content (a `<TimeML`
/// root, an `<html` tag, a leading `---` line). Never fails on odd bytes; fails only when the
/// input is over kMaxDocumentBytes.
[[nodiscard]] result<document> read_document(std::string bytes, std::string id,
                                             doc_format format = doc_format::automatic);

/// One line of a JSON Lines batch: {"id":…,"text":…,"ref":…} ("id" and "ref" optional). The
/// document's raw bytes are the decoded "text". Errors name the problem and its column.
[[nodiscard]] result<document> read_jsonl_line(std::string_view line, std::size_t line_number);

/// Where a reference time came from.
enum class date_source : std::uint8_t { option, dateline, front_matter, html, timeml, header, now };

/// "option", "dateline", "front-matter", "html", "timeml", "header", "now".
[[nodiscard]] std::string_view to_string(date_source s) noexcept;

/// A document's own date.
struct document_date {
  reference ref;
  date_source source = date_source::dateline;
  std::size_t begin = 0;  ///< span of the date's text in the document, when it has one
  std::size_t end = 0;
};

/// Finds the document's own date (see the header comment for the order); none when absent.
[[nodiscard]] std::optional<document_date> find_document_date(const document& doc,
                                                              const parse_options& options = {});

}  // namespace annals
