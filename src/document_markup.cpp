// Markup scanning for the document readers: a linear, non-recursive tag lexer, attribute lookup,
// YAML front matter lines and title clean-up.
#include "document_markup.hpp"

#include "text.hpp"

namespace annals::detail {

namespace {

constexpr std::size_t npos = std::string_view::npos;

[[nodiscard]] bool is_name_char(char c) noexcept {
  return is_ascii_alpha(c) || is_ascii_digit(c) || c == '-' || c == '_' || c == ':' || c == '.';
}


}  // namespace

bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t k = 0; k < a.size(); ++k)
    if (ascii_lower(a[k]) != ascii_lower(b[k])) return false;
  return true;
}

bool istarts_with(std::string_view s, std::string_view prefix) noexcept {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

std::size_t ifind(std::string_view s, std::string_view needle, std::size_t from) noexcept {
  if (needle.empty()) return from <= s.size() ? from : npos;
  for (std::size_t k = from; k + needle.size() <= s.size(); ++k)
    if (ascii_lower(s[k]) == ascii_lower(needle[0]) && iequals(s.substr(k, needle.size()), needle)) return k;
  return npos;
}

std::string_view trim(std::string_view s) noexcept {
  std::size_t b = 0;
  std::size_t e = s.size();
  while (b < e && is_space_byte(s[b])) ++b;
  while (e > b && is_space_byte(s[e - 1])) --e;
  return s.substr(b, e - b);
}

// --- markup_lexer ----------------------------------------------------------------------------

std::size_t markup_lexer::find_gt(std::size_t from) {
  // Searches only ever start at or after the previous one's start, so the memo keeps the total
  // work linear: a search either reuses the last answer or scans bytes not scanned before.
  if (gt_from_ != npos && from >= gt_from_ && (gt_ == npos || from <= gt_)) return gt_;
  gt_from_ = from;
  gt_ = s_.find('>', from);
  return gt_;
}

std::optional<markup_token> markup_lexer::next() {
  const std::size_t n = s_.size();
  while (i_ < n) {
    const std::size_t lt = s_.find('<', i_);
    if (lt == npos) {
      i_ = n;
      return std::nullopt;
    }
    i_ = lt + 1;
    if (lt + 1 >= n) return std::nullopt;
    const char c = s_[lt + 1];
    markup_token t;
    t.begin = lt;
    if (c == '!') {
      if (s_.compare(lt + 2, 2, "--") == 0) {
        std::size_t close = npos;
        if (comment_ends_) {
          close = s_.find("-->", lt + 4);
          if (close == npos) comment_ends_ = false;  // none later either
        }
        if (close != npos) {
          t.kind = markup_kind::comment;
          t.end = close + 3;
          i_ = t.end;
          return t;
        }
      }
      // <!DOCTYPE …>, <![CDATA[…]]> and comments without "-->" end at the next '>'.
      const std::size_t gt = find_gt(lt + 2);
      if (gt == npos) continue;  // never closes: text
      t.kind = markup_kind::declaration;
      t.end = gt + 1;
      i_ = t.end;
      return t;
    }
    if (c == '?') {
      const std::size_t gt = find_gt(lt + 2);
      if (gt == npos) continue;
      t.kind = markup_kind::declaration;
      t.end = gt + 1;
      i_ = t.end;
      return t;
    }
    const bool closing = c == '/';
    const std::size_t name_begin = lt + (closing ? 2 : 1);
    if (name_begin >= n || !is_ascii_alpha(s_[name_begin])) continue;  // "a < b", "<<": text
    std::size_t name_end = name_begin;
    while (name_end < n && is_name_char(s_[name_end])) ++name_end;
    // A tag that never closes is text; the memo answers this in constant time for a run of
    // "<a<a<a…" with no '>' anywhere after it.
    const std::size_t plain_gt = find_gt(name_end);
    if (plain_gt == npos) continue;
    std::size_t gt = plain_gt;
    if (quotes_ && !closing) {
      // Honour quoted attribute values: a quote counts only right after '=' (spaces allowed).
      std::size_t p = name_end;
      bool after_equals = false;
      gt = npos;
      while (p < n) {
        const char d = s_[p];
        if (d == '>') {
          gt = p;
          break;
        }
        if (d == '=') {
          after_equals = true;
          ++p;
          continue;
        }
        if ((d == '"' || d == '\'') && after_equals) {
          const std::size_t q = s_.find(d, p + 1);
          if (q == npos) break;
          p = q + 1;
          after_equals = false;
          continue;
        }
        if (!is_space_byte(d)) after_equals = false;
        ++p;
      }
      if (gt == npos) {
        // An unterminated quote (or a last '>' inside quotes): stop honouring quotes from here
        // on, so this scan to the end of the input happens at most once.
        quotes_ = false;
        gt = plain_gt;
      }
    }
    t.kind = closing ? markup_kind::end_tag : markup_kind::start_tag;
    t.name = s_.substr(name_begin, name_end - name_begin);
    t.attributes = name_end;
    t.end = gt + 1;
    t.self_closing = gt > name_end && s_[gt - 1] == '/';
    i_ = t.end;
    return t;
  }
  return std::nullopt;
}

std::size_t markup_lexer::skip_to_end_tag(std::string_view name) {
  const std::size_t n = s_.size();
  std::size_t p = i_;
  while (true) {
    const std::size_t q = s_.find("</", p);
    if (q == npos) {
      i_ = n;
      return n;
    }
    const std::size_t after = q + 2 + name.size();
    if (after <= n && iequals(s_.substr(q + 2, name.size()), name) && (after == n || !is_name_char(s_[after]))) {
      i_ = q;
      return q;
    }
    p = q + 2;
  }
}

std::optional<std::pair<std::size_t, std::size_t>> find_attribute(std::string_view s, const markup_token& t,
                                                                  std::string_view name) {
  if (t.kind != markup_kind::start_tag || t.end == 0) return std::nullopt;
  std::size_t p = t.attributes;
  const std::size_t e = t.end - 1;  // the '>'
  while (p < e) {
    while (p < e && (is_space_byte(s[p]) || s[p] == '/')) ++p;
    const std::size_t nb = p;
    while (p < e && !is_space_byte(s[p]) && s[p] != '=' && s[p] != '>' && s[p] != '/') ++p;
    const std::string_view attr = s.substr(nb, p - nb);
    if (attr.empty()) {
      ++p;
      continue;
    }
    std::size_t q = p;
    while (q < e && is_space_byte(s[q])) ++q;
    if (q >= e || s[q] != '=') {
      if (iequals(attr, name)) return std::nullopt;  // valueless
      continue;
    }
    ++q;
    while (q < e && is_space_byte(s[q])) ++q;
    std::size_t vb = q;
    std::size_t ve = q;
    if (q < e && (s[q] == '"' || s[q] == '\'')) {
      // Search within the tag only: a quote left open must not send every lookup to the end.
      const std::size_t close = std::string_view(s.data(), e).find(s[q], q + 1);
      vb = q + 1;
      ve = close == npos ? e : close;
      p = ve < e ? ve + 1 : e;
    } else {
      while (ve < e && !is_space_byte(s[ve])) ++ve;
      p = ve;
    }
    if (iequals(attr, name)) return std::pair{vb, ve};
  }
  return std::nullopt;
}

// --- front matter ----------------------------------------------------------------------------

std::optional<front_matter_bounds> find_front_matter(std::string_view s) noexcept {
  std::size_t p = 0;
  if (s.substr(0, 3) == "\xEF\xBB\xBF") p = 3;
  auto delimiter = [&](std::size_t b, std::size_t e, std::string_view mark) {
    std::string_view line = s.substr(b, e - b);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
    return line == mark;
  };
  std::size_t nl = s.find('\n', p);
  if (nl == npos || !delimiter(p, nl, "---")) return std::nullopt;
  front_matter_bounds b;
  b.open_end = nl + 1;
  std::size_t q = b.open_end;
  while (q < s.size()) {
    std::size_t e = s.find('\n', q);
    const std::size_t line_end = e == npos ? s.size() : e;
    if (delimiter(q, line_end, "---") || delimiter(q, line_end, "...")) {
      b.close_begin = q;
      b.end = e == npos ? s.size() : e + 1;
      return b;
    }
    if (e == npos) break;
    q = e + 1;
  }
  return std::nullopt;
}

std::string yaml_scalar(std::string_view s, char quote) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t k = 0; k < s.size(); ++k) {
    const char c = s[k];
    if (quote == '\'' && c == '\'' && k + 1 < s.size() && s[k + 1] == '\'') {
      out += '\'';
      ++k;
    } else if (quote == '"' && c == '\\' && k + 1 < s.size()) {
      const char e = s[++k];
      switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        default: out += '\\'; out += e; break;
      }
    } else {
      out += c;
    }
  }
  return out;
}

std::string clean_markup_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (std::size_t k = 0; k < s.size(); ++k) {
    char c = s[k];
    if (is_space_byte(c)) {
      space = !out.empty();
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    if (c == '&') {
      const std::size_t semi = s.find(';', k);
      if (semi != npos && semi - k <= 10) {
        const std::string_view ent = s.substr(k + 1, semi - k - 1);
        std::uint32_t cp = 0;
        if (ent == "amp") cp = '&';
        else if (ent == "lt") cp = '<';
        else if (ent == "gt") cp = '>';
        else if (ent == "quot") cp = '"';
        else if (ent == "apos") cp = '\'';
        else if (ent == "nbsp") cp = ' ';
        else if (ent.size() >= 2 && ent[0] == '#') {
          const bool hex = ent[1] == 'x' || ent[1] == 'X';
          std::uint32_t v = 0;
          bool ok = ent.size() > (hex ? 2u : 1u);
          for (std::size_t j = hex ? 2 : 1; j < ent.size() && ok; ++j) {
            const char d = ent[j];
            std::uint32_t digit = 0;
            if (is_ascii_digit(d)) digit = static_cast<std::uint32_t>(d - '0');
            else if (hex && ascii_lower(d) >= 'a' && ascii_lower(d) <= 'f')
              digit = static_cast<std::uint32_t>(ascii_lower(d) - 'a' + 10);
            else ok = false;
            v = v * (hex ? 16u : 10u) + digit;
            if (v > 0x10FFFF) ok = false;
          }
          if (ok && v != 0 && !(v >= 0xD800 && v <= 0xDFFF)) cp = v;
        }
        if (cp != 0) {
          if (cp == ' ') {
            space = !out.empty();
          } else {
            append_utf8(out, cp);
          }
          k = semi;
          continue;
        }
      }
    }
    out += c;
  }
  return out;
}

}  // namespace annals::detail
