// Markup scanning shared by the document readers and the document-date finder (internal).
//
// One small lexer for HTML and TimeML: it finds tags, comments and declarations in linear time
// without recursion, whatever the input. Markup that never closes (a `<a` with no `>` after it)
// is not markup: it stays text. Quoted attribute values may hold `>`; once a quote is found
// unterminated, quoting is ignored for the rest of the input, so no byte is scanned more than a
// bounded number of times.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "text.hpp"

namespace annals::detail {

/// ASCII case-insensitive equality.
[[nodiscard]] bool iequals(std::string_view a, std::string_view b) noexcept;
/// ASCII case-insensitive prefix test.
[[nodiscard]] bool istarts_with(std::string_view s, std::string_view prefix) noexcept;
/// ASCII case-insensitive search; npos when absent. Linear in s.size() * needle.size() at worst,
/// callers keep needles short and haystacks bounded.
[[nodiscard]] std::size_t ifind(std::string_view s, std::string_view needle, std::size_t from = 0) noexcept;

/// `s` without leading and trailing ASCII white space.
[[nodiscard]] std::string_view trim(std::string_view s) noexcept;

enum class markup_kind : std::uint8_t { start_tag, end_tag, comment, declaration };

/// One piece of markup: [begin, end) covers it from `<` to `>` inclusive.
struct markup_token {
  markup_kind kind = markup_kind::start_tag;
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string_view name;        ///< tag name as written (tags only)
  std::size_t attributes = 0;   ///< offset where the attributes start (tags only)
  bool self_closing = false;    ///< `<br/>`
};

/// Finds markup in a document, left to right.
class markup_lexer {
 public:
  explicit markup_lexer(std::string_view s) noexcept : s_(s) {}

  /// The next piece of markup at or after the cursor, or none; moves the cursor past it.
  [[nodiscard]] std::optional<markup_token> next();

  /// Moves the cursor to the next `</name` (ASCII case-insensitive) and returns its offset, or
  /// the input size when there is none: the raw content of <script>, <style>, <title>, DOCID.
  std::size_t skip_to_end_tag(std::string_view name);

  [[nodiscard]] std::size_t position() const noexcept { return i_; }

 private:
  std::size_t find_gt(std::size_t from);

  std::string_view s_;
  std::size_t i_ = 0;
  // Memo of the last search for '>': the first '>' at or after gt_from_ is at gt_ (or none).
  std::size_t gt_from_ = std::string_view::npos;
  std::size_t gt_ = std::string_view::npos;
  bool quotes_ = true;          // quoted attribute values are honoured
  bool comment_ends_ = true;    // a "-->" may still follow
};

/// The value of attribute `name` (ASCII case-insensitive) of the tag `t` in `s`, as the byte span
/// [first, second) of the value in `s` (quotes excluded); none when absent or valueless.
[[nodiscard]] std::optional<std::pair<std::size_t, std::size_t>> find_attribute(
    std::string_view s, const markup_token& t, std::string_view name);

/// One `key: value` line of YAML front matter.
struct front_matter_entry {
  std::string_view key;
  std::size_t line_begin = 0;   ///< first byte of the line
  std::size_t line_end = 0;     ///< the line's '\n' (or end of input)
  std::size_t value_begin = 0;  ///< value span, surrounding quotes and spaces excluded
  std::size_t value_end = 0;
  bool quoted = false;          ///< the value had quotes around it (at value_begin-1, value_end)
  bool continuation = false;    ///< an indented or non-key line: belongs to the previous key
};

/// Where the front matter sits: `---` alone on the first line (after an optional UTF-8 BOM) up to
/// a line `---` or `...`.
struct front_matter_bounds {
  std::size_t open_end = 0;     ///< just past the opening line's '\n'
  std::size_t close_begin = 0;  ///< first byte of the closing line
  std::size_t end = 0;          ///< just past the closing line
};

/// The front matter at the top of `s`, or none when `s` has no (closed) front matter.
[[nodiscard]] std::optional<front_matter_bounds> find_front_matter(std::string_view s) noexcept;

/// Calls f(front_matter_entry) for each line strictly between the delimiters.
template <class F>
void for_each_front_matter_line(std::string_view s, const front_matter_bounds& b, F&& f);

/// Decodes a YAML scalar as written (quotes removed by the caller's span): `''` in single quotes,
/// backslash escapes in double quotes; plain scalars as they are.
[[nodiscard]] std::string yaml_scalar(std::string_view s, char quote);

/// Collapses runs of white space to one space, trims, and decodes the common entities
/// (&amp; &lt; &gt; &quot; &#39; &apos; &nbsp; and numeric ones): for titles.
[[nodiscard]] std::string clean_markup_text(std::string_view s);

// --- template definition ---------------------------------------------------------------------

template <class F>
void for_each_front_matter_line(std::string_view s, const front_matter_bounds& b, F&& f) {
  const std::size_t close_begin = b.close_begin;
  std::size_t p = b.open_end;
  while (p < close_begin) {
    std::size_t nl = s.find('\n', p);
    if (nl == std::string_view::npos || nl > close_begin) nl = close_begin;
    std::string_view line = s.substr(p, nl - p);
    front_matter_entry e;
    e.line_begin = p;
    e.line_end = nl;
    const bool indented = !line.empty() && (line[0] == ' ' || line[0] == '\t');
    const std::size_t colon = line.find(':');
    // A key is a plain word before ": " (or ':' at the end of the line).
    bool is_key = !indented && !line.empty() && line[0] != '#' && line[0] != '-' &&
                  colon != std::string_view::npos && colon > 0 &&
                  (colon + 1 == line.size() || line[colon + 1] == ' ' || line[colon + 1] == '\t' ||
                   line[colon + 1] == '\r');
    if (is_key) {
      e.key = trim(line.substr(0, colon));
      std::size_t vb = colon + 1;
      std::size_t ve = line.size();
      while (vb < ve && (line[vb] == ' ' || line[vb] == '\t')) ++vb;
      while (ve > vb && (line[ve - 1] == ' ' || line[ve - 1] == '\t' || line[ve - 1] == '\r')) --ve;
      // A trailing comment on a plain scalar: " # …".
      if (vb < ve && line[vb] != '"' && line[vb] != '\'') {
        const std::size_t hash = line.substr(vb, ve - vb).find(" #");
        if (hash != std::string_view::npos) {
          ve = vb + hash;
          while (ve > vb && (line[ve - 1] == ' ' || line[ve - 1] == '\t')) --ve;
        }
      }
      if (ve - vb >= 2 && (line[vb] == '"' || line[vb] == '\'') && line[ve - 1] == line[vb]) {
        e.quoted = true;
        ++vb;
        --ve;
      }
      e.value_begin = p + vb;
      e.value_end = p + ve;
    } else {
      e.continuation = true;
      std::size_t vb = 0;
      std::size_t ve = line.size();
      while (vb < ve && (line[vb] == ' ' || line[vb] == '\t')) ++vb;
      while (ve > vb && (line[ve - 1] == ' ' || line[ve - 1] == '\t' || line[ve - 1] == '\r')) --ve;
      e.value_begin = p + vb;
      e.value_end = p + ve;
    }
    f(e);
    p = nl + 1;
  }
}

}  // namespace annals::detail
