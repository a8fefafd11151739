// One line of a JSON Lines batch: a small, strict JSON reader without recursion.
//
// The reader accepts exactly RFC 8259 JSON for one object per line, with these choices:
//  - strings decode every escape, \uXXXX surrogate pairs included, to UTF-8; an unpaired
//    surrogate or a raw control character is an error; bytes that are not valid UTF-8 are passed
//    through unchanged (a document never fails on odd bytes; extraction skips them);
//  - values of unknown keys are skipped, nested arrays and objects included, up to a depth of
//    kMaxJsonDepth (deeper is an error, not a stack overflow: the skipper keeps its own stack);
//  - "id" may be a string or a number (its text); "ref" a string read by parse_reference; "id"
//    and "ref" may be null; "text" is required and must be a string; a repeated key is an error;
//  - a blank line is errc::empty_input so callers can skip it; other errors are errc::syntax
//    (malformed JSON) or errc::invalid_argument (well-formed JSON with a bad member), with the
//    offset of the offending byte in the line.
#include <array>
#include <string>

#include <fmt/format.h>

#include "annals/document.hpp"
#include "document_markup.hpp"
#include "text.hpp"

namespace annals {

namespace detail {
doc_format format_from_content(std::string_view s);
void prepare_document(document& doc);
}  // namespace detail

namespace {

constexpr std::size_t kMaxJsonDepth = 64;

class json_reader {
 public:
  explicit json_reader(std::string_view s) : s_(s) {}

  [[nodiscard]] std::size_t pos() const { return i_; }
  [[nodiscard]] bool done() const { return i_ >= s_.size(); }
  [[nodiscard]] char peek() const { return done() ? '\0' : s_[i_]; }

  void skip_ws() {
    while (!done() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\r' || s_[i_] == '\n')) ++i_;
  }

  bool eat(char c) {
    if (peek() != c) return false;
    ++i_;
    return true;
  }

  [[nodiscard]] error unexpected(std::string_view expected) const {
    if (done()) return fail(errc::syntax, i_, fmt::format("unexpected end of line, expected {}", expected));
    const auto c = static_cast<unsigned char>(s_[i_]);
    if (c >= 0x20 && c < 0x7F)
      return fail(errc::syntax, i_, fmt::format("unexpected '{}', expected {}", static_cast<char>(c), expected));
    return fail(errc::syntax, i_, fmt::format("unexpected byte 0x{:02X}, expected {}", c, expected));
  }

  // A string at the cursor (which is on the '"'), decoded into out.
  std::optional<error> string(std::string& out) {
    if (!eat('"')) return unexpected("a string");
    while (true) {
      // Copy the run up to the next quote, backslash or control byte at once.
      const std::size_t start = i_;
      while (!done()) {
        const auto c = static_cast<unsigned char>(s_[i_]);
        if (c == '"' || c == '\\' || c < 0x20) break;
        ++i_;
      }
      out.append(s_.substr(start, i_ - start));
      if (done()) return fail(errc::syntax, i_, "unterminated string");
      const char c = s_[i_];
      if (c == '"') {
        ++i_;
        return std::nullopt;
      }
      if (c != '\\')
        return fail(errc::syntax, i_,
                    fmt::format("control character 0x{:02X} in a string must be escaped", static_cast<unsigned>(c)));
      const std::size_t esc = i_;
      ++i_;
      if (done()) return fail(errc::syntax, esc, "unterminated escape sequence");
      const char e = s_[i_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          auto cp = hex4();
          if (!cp) return fail(errc::syntax, esc, "\\u needs four hex digits");
          std::uint32_t code = *cp;
          if (code >= 0xDC00 && code <= 0xDFFF) return fail(errc::syntax, esc, "unpaired low surrogate in \\u escape");
          if (code >= 0xD800 && code <= 0xDBFF) {
            if (!(peek() == '\\' && i_ + 1 < s_.size() && s_[i_ + 1] == 'u'))
              return fail(errc::syntax, esc, "unpaired high surrogate in \\u escape");
            i_ += 2;
            auto lo = hex4();
            if (!lo) return fail(errc::syntax, i_ - 2, "\\u needs four hex digits");
            if (*lo < 0xDC00 || *lo > 0xDFFF) return fail(errc::syntax, esc, "unpaired high surrogate in \\u escape");
            code = 0x10000 + ((code - 0xD800) << 10) + (*lo - 0xDC00);
          }
          detail::append_utf8(out, code);
          break;
        }
        default:
          return fail(errc::syntax, esc, fmt::format("invalid escape sequence '\\{}'", e));
      }
    }
  }

  // A number at the cursor, validated against the JSON grammar; returns its text.
  std::optional<error> number(std::string_view& text) {
    const std::size_t b = i_;
    eat('-');
    if (eat('0')) {
    } else if (peek() >= '1' && peek() <= '9') {
      while (detail::is_ascii_digit(peek())) ++i_;
    } else {
      return unexpected("a digit");
    }
    if (eat('.')) {
      if (!detail::is_ascii_digit(peek())) return unexpected("a digit after '.'");
      while (detail::is_ascii_digit(peek())) ++i_;
    }
    if (peek() == 'e' || peek() == 'E') {
      ++i_;
      if (peek() == '+' || peek() == '-') ++i_;
      if (!detail::is_ascii_digit(peek())) return unexpected("a digit in the exponent");
      while (detail::is_ascii_digit(peek())) ++i_;
    }
    text = s_.substr(b, i_ - b);
    return std::nullopt;
  }

  std::optional<error> literal(std::string_view word) {
    if (s_.substr(i_, word.size()) != word) return unexpected("a JSON value");
    i_ += word.size();
    return std::nullopt;
  }

  // Skips any value at the cursor, iteratively, with an explicit depth limit.
  std::optional<error> skip_value() {
    std::array<char, kMaxJsonDepth> stack{};  // '{' or '['
    std::size_t depth = 0;
    std::string scratch;
    while (true) {
      skip_ws();
      // A value.
      const char c = peek();
      if (c == '{' || c == '[') {
        if (depth == kMaxJsonDepth)
          return fail(errc::syntax, i_, fmt::format("nesting deeper than {} levels", kMaxJsonDepth));
        stack[depth++] = c;
        ++i_;
        skip_ws();
        if (c == '{' ? eat('}') : eat(']')) {
          --depth;
        } else if (c == '{') {
          if (auto e = member_key(scratch)) return e;
          continue;
        } else {
          continue;
        }
      } else if (c == '"') {
        scratch.clear();
        if (auto e = string(scratch)) return e;
      } else if (c == '-' || detail::is_ascii_digit(c)) {
        std::string_view ignored;
        if (auto e = number(ignored)) return e;
      } else if (c == 't') {
        if (auto e = literal("true")) return e;
      } else if (c == 'f') {
        if (auto e = literal("false")) return e;
      } else if (c == 'n') {
        if (auto e = literal("null")) return e;
      } else {
        return unexpected("a JSON value");
      }
      // After a complete value: close containers or move to the next element.
      while (true) {
        if (depth == 0) return std::nullopt;
        skip_ws();
        const char open = stack[depth - 1];
        if (eat(',')) {
          if (open == '{') {
            skip_ws();
            if (auto e = member_key(scratch)) return e;
          }
          break;
        }
        if (open == '{' ? eat('}') : eat(']')) {
          --depth;
          continue;
        }
        return unexpected(open == '{' ? "',' or '}'" : "',' or ']'");
      }
    }
  }

  // `"key" :` at the cursor.
  std::optional<error> member_key(std::string& key) {
    key.clear();
    if (peek() != '"') return unexpected("a member name in quotes");
    if (auto e = string(key)) return e;
    skip_ws();
    if (!eat(':')) return unexpected("':'");
    return std::nullopt;
  }

 private:
  std::optional<std::uint32_t> hex4() {
    if (i_ + 4 > s_.size()) return std::nullopt;
    std::uint32_t v = 0;
    for (std::size_t k = 0; k < 4; ++k) {
      const char c = detail::ascii_lower(s_[i_ + k]);
      std::uint32_t d = 0;
      if (detail::is_ascii_digit(c)) d = static_cast<std::uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f') d = static_cast<std::uint32_t>(c - 'a' + 10);
      else return std::nullopt;
      v = v * 16 + d;
    }
    i_ += 4;
    return v;
  }


  std::string_view s_;
  std::size_t i_ = 0;
};

}  // namespace

result<document> read_jsonl_line(std::string_view line, [[maybe_unused]] std::size_t line_number) {
  if (line.size() > kMaxDocumentBytes)
    return fail(errc::too_large, error::npos,
                fmt::format("line of {} bytes is larger than the document limit of {}", line.size(), kMaxDocumentBytes));
  json_reader r(line);
  if (line.substr(0, 3) == "\xEF\xBB\xBF") (void)r.literal("\xEF\xBB\xBF");  // a BOM on the first line
  r.skip_ws();
  if (r.done()) return fail(errc::empty_input, error::npos, "blank line");
  if (!r.eat('{')) return r.unexpected("'{' to open a JSON object");

  document doc;
  std::optional<std::string> text;
  std::optional<std::string> id;
  std::optional<std::string> ref_text;
  std::size_t ref_at = 0;
  bool seen_id = false;
  bool seen_ref = false;
  std::string key;

  r.skip_ws();
  if (!r.eat('}')) {
    while (true) {
      r.skip_ws();
      const std::size_t key_at = r.pos();
      if (auto e = r.member_key(key)) return std::move(*e);
      r.skip_ws();
      const std::size_t value_at = r.pos();
      auto duplicate = [&]() {
        return fail(errc::invalid_argument, key_at, fmt::format("duplicate member \"{}\"", key));
      };
      auto wrong_type = [&](std::string_view what) {
        return fail(errc::invalid_argument, value_at, fmt::format("\"{}\" must be {}", key, what));
      };
      if (key == "text") {
        if (text) return duplicate();
        if (r.peek() != '"') {
          if (auto e = r.skip_value()) return std::move(*e);
          return wrong_type("a string");
        }
        text.emplace();
        if (auto e = r.string(*text)) return std::move(*e);
      } else if (key == "id") {
        if (seen_id) return duplicate();
        seen_id = true;
        if (r.peek() == '"') {
          id.emplace();
          if (auto e = r.string(*id)) return std::move(*e);
        } else if (r.peek() == '-' || detail::is_ascii_digit(r.peek())) {
          std::string_view num;
          if (auto e = r.number(num)) return std::move(*e);
          id = std::string(num);
        } else if (r.peek() == 'n') {
          if (auto e = r.literal("null")) return std::move(*e);
        } else {
          if (auto e = r.skip_value()) return std::move(*e);
          return wrong_type("a string or a number");
        }
      } else if (key == "ref") {
        if (seen_ref) return duplicate();
        seen_ref = true;
        if (r.peek() == '"') {
          ref_at = value_at + 1;
          ref_text.emplace();
          if (auto e = r.string(*ref_text)) return std::move(*e);
        } else if (r.peek() == 'n') {
          if (auto e = r.literal("null")) return std::move(*e);
        } else {
          if (auto e = r.skip_value()) return std::move(*e);
          return wrong_type("a string such as \"2023-09-19T13:43+05:30\"");
        }
      } else {
        if (auto e = r.skip_value()) return std::move(*e);
      }
      r.skip_ws();
      if (r.eat(',')) continue;
      if (r.eat('}')) break;
      return r.unexpected("',' or '}'");
    }
  }
  r.skip_ws();
  if (!r.done()) return r.unexpected("the end of the line after the object");
  if (!text) return fail(errc::invalid_argument, error::npos, "missing \"text\" member");
  if (text->size() > kMaxDocumentBytes)
    return fail(errc::too_large, error::npos, "\"text\" is larger than the document limit");

  if (ref_text) {
    auto ref = parse_reference(*ref_text);
    if (!ref) {
      // The column points into the line; exact when the "ref" string has no escapes.
      const std::size_t inner = ref.error().offset == error::npos ? 0 : ref.error().offset;
      return fail(errc::invalid_argument, ref_at + inner,
                  fmt::format("bad \"ref\": {}", ref.error().message));
    }
    doc.given_ref = *ref;
  }
  // Without an "id" the id stays empty: the caller names the document (file:line).
  if (id) doc.id = std::move(*id);
  doc.format = detail::format_from_content(*text);
  doc.raw = std::move(*text);
  detail::prepare_document(doc);
  return doc;
}

}  // namespace annals
