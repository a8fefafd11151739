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
// What stays visible in `text`, format by format (every other byte is as in `raw`):
//   - plain: everything (text == raw); markdown without front matter likewise.
//   - HTML: text between tags. Tags, comments, declarations and the contents of <script> and
//     <style> are blanked; block-level tags (p, div, br, li, h1–h6, tr, td, article, section,
//     header, footer, blockquote, title, …) put a '\n' at their first byte. The <title> text stays
//     visible, on its own line, and is also `title`.
//   - TimeML: the contents of <TEXT> only; everything around it (DOCID, DCT, TITLE, EXTRAINFO,
//     links) is blanked, and <s> tags put a '\n' at their first byte.
//   - Front matter: blanked, delimiters included, except the values of `title`, `subtitle` and
//     `subhed`, which are headline text and stay visible on their lines. Dates and other
//     metadata are blanked: find_document_date reads them from `raw`, and extraction does not
//     see them twice.
// Line breaks inside blanked markup are kept, so blanking never joins two lines. Markup that
// never closes (`<a` with no `>` after it, `<!--` with no `-->` nor `>`) is not markup and
// stays text; an unclosed <script> or <style> runs to the end, as in browsers. Reading is one
// linear pass without recursion whatever the bytes (NULs and invalid UTF-8 are just bytes).
//
// Where the date comes from, in order of trust:
//   1. TimeML: the DCT's TIMEX3 value.
//   2. Front matter: `date:` (also `published:`, `pubDate:`, `created:`), quoted or not.
//   3. HTML: <meta property="article:published_time"> or, whichever comes first, the
//      "datePublished" of a schema.org JSON-LD block (<script type="application/ld+json">);
//      then other published-time metas (og:published_time, name="pubdate",
//      itemprop="datePublished", …), then the first <time datetime="…">.
//   4. An RFC 2822 `Date:` header on one of the first lines (`-0000` means no zone: floating).
//   5. A news dateline: "Last Updated : Sep 19 2023 | 1:43 PM IST", "First Published: …",
//      "Published …", "Updated …", "Posted …", "Last Modified: …" anywhere on a short line (the
//      keyword capitalised, after "last"/"first", or after a separator: "Report — published
//      2024-06-05"); the earliest of them wins, as the time the story was written.
//      Failing that, on one of the first five non-empty lines, a complete date alone or before
//      a separator or a dateline keyword ("September 19, 2023 1:43 PM GMT+5:30 Updated 2 hours
//      ago"), after a byline and a separator ("By Jane Doe | Sept. 19, 2023"), after a short
//      label and a separator when the date ends the line or goes on past another ("Sport | 24
//      July 2023"), or after the place of a wire story's dateline, on a first paragraph of any
//      length ("SAN JOSE, Calif., Feb. 12, 2025 /PRNewswire/ --", "SAN FRANCISCO--(BUSINESS
//      WIRE)--Nov. 20, 2023--").
//      Last, a complete date alone on one of the last two non-empty lines, as some sites sign an
//      article off ("Wednesday, March 12, 2025").
// A date counts only when its text states year, month and day (find_yearless_dateline, below,
// serves callers that would otherwise take the current time: "TOKYO, Nov 20 (Reuters)"). The reference is the value's
// start (midnight for a date) in the zone the text gave, floating when it gave none. Two-digit
// years are read against a fixed anchor year, 2030 (so 1951–2050 with the default window).
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

/// Where a reference time came from.
enum class date_source : std::uint8_t { option, dateline, front_matter, html, timeml, header, now };

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
  std::optional<reference> given_ref;  ///< JSON Lines "ref", when present, or one a caller chose
  date_source given_source = date_source::option;  ///< where given_ref came from
  std::vector<marked_sentence> sentences;  ///< from markup (TimeML <s>), else empty
};

/// Largest document annals reads (bytes); larger input is errc::too_large.
inline constexpr std::size_t kMaxDocumentBytes = std::size_t{256} << 20;

/// Reads one document. With doc_format::automatic the format comes from the name's extension
/// (.tml/.timeml, .html/.htm/.xhtml, .md/.markdown, .txt/.text for plain) or, failing that, from
/// the first 4 KiB of content (a `<TimeML` root, an `<html` tag or other leading HTML, paragraph
/// tags such as `</p>`, a leading front matter `---` line). Never fails on odd bytes; fails only
/// when the input is over kMaxDocumentBytes (errc::too_large).
[[nodiscard]] result<document> read_document(std::string bytes, std::string id,
                                             doc_format format = doc_format::automatic);

/// One line of a JSON Lines batch: {"id":…,"text":…,"ref":…} ("id" and "ref" optional). The
/// document's raw bytes are the decoded "text", read as plain text unless its content looks like
/// HTML or markdown with front matter. "id" may be a string or a number; without one the id is
/// empty and the caller names the document (`line_number` is for the caller's naming and is
/// not used by the reader). "ref" goes through parse_reference into `given_ref`. Strict JSON:
/// all escapes (surrogate pairs to UTF-8), other members skipped up to 64 levels deep, repeated
/// members rejected; invalid UTF-8 inside strings passes through. Errors name the problem and its
/// column: errc::syntax for malformed JSON, errc::invalid_argument for a missing "text", a
/// member of the wrong type or a bad "ref", errc::empty_input for a blank line (skip it).
[[nodiscard]] result<document> read_jsonl_line(std::string_view line, std::size_t line_number);

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
/// `begin`/`end` span the date's text in `raw` (the attribute value, front matter value or the
/// dateline's date). `given_ref` is not consulted: callers prefer it when set. `options` carries
/// the date order and zone preferences (IST, CST…) for datelines. Linear time: datelines are
/// sought only on lines up to 512 bytes, with at most 256 attempts.
[[nodiscard]] std::optional<document_date> find_document_date(const document& doc,
                                                              const parse_options& options = {});

/// For a caller about to fall back to the current time because find_document_date found
/// nothing: a wire dateline that names its day without the year ("TOKYO, Nov 20 (Reuters) -",
/// on one of the first five non-empty lines) dates the story on that day of the latest year that
/// does not put it after `now` (source dateline, floating, midnight). None otherwise.
[[nodiscard]] std::optional<document_date> find_yearless_dateline(const document& doc, const reference& now,
                                                                  const parse_options& options = {});

}  // namespace annals
