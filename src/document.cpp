// Reading documents: format detection and markup blanking (HTML, TimeML, YAML front matter).
//
// Every reader copies `raw` to `text` and then only overwrites bytes in place, so the two always
// have the same length and every byte of text that is not markup is the byte of raw at the same
// offset. Blanked bytes become spaces, except that line breaks inside blanked markup are kept
// (blanking never joins two lines) and block-level tags start with a '\n'. Each reader is one
// left-to-right pass with a bounded amount of look-ahead per byte: linear time, no recursion.
#include "annals/document.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "document_markup.hpp"
#include "text.hpp"

namespace annals {

namespace {

using detail::iequals;
using detail::markup_kind;

constexpr std::size_t npos = std::string_view::npos;

// Overwrites [b, e) of text with spaces, keeping line breaks.
void blank(std::string& text, std::size_t b, std::size_t e) {
  e = std::min(e, text.size());
  for (std::size_t k = b; k < e; ++k)
    if (text[k] != '\n') text[k] = ' ';
}

// Tags that break a line where they stand. The brief's list (p, div, br, li, h1-h6, tr, article,
// section, header, footer, blockquote, title) plus the other elements that never run inline
// with the text around them.
bool is_block_tag(std::string_view name) {
  static constexpr std::array<std::string_view, 42> kBlock = {
      "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details",
      "div", "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
      "h5", "h6", "head", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre",
      "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr"};
  if (name.size() > 10) return false;
  return std::any_of(kBlock.begin(), kBlock.end(), [&](std::string_view b) { return iequals(name, b); });
}

// Lower-cased extension of a file name ("" when none).
std::string extension_of(std::string_view name) {
  const std::size_t slash = name.find_last_of("/\\");
  if (slash != npos) name.remove_prefix(slash + 1);
  const std::size_t dot = name.rfind('.');
  if (dot == npos || dot == 0) return {};
  std::string ext(name.substr(dot + 1));
  for (char& c : ext) c = detail::ascii_lower(c);
  return ext;
}

std::optional<doc_format> format_from_extension(std::string_view name) {
  const std::string ext = extension_of(name);
  if (ext == "tml" || ext == "timeml") return doc_format::timeml;
  if (ext == "html" || ext == "htm" || ext == "xhtml") return doc_format::html;
  if (ext == "md" || ext == "markdown") return doc_format::markdown;
  if (ext == "txt" || ext == "text") return doc_format::plain;
  return std::nullopt;
}

}  // namespace

namespace detail {

// Format from content: looks only at the first 4 KiB.
doc_format format_from_content(std::string_view s) {
  if (find_front_matter(s.substr(0, std::min<std::size_t>(s.size(), std::size_t{1} << 16)))) return doc_format::markdown;
  std::size_t p = 0;
  if (s.substr(0, 3) == "\xEF\xBB\xBF") p = 3;
  while (p < s.size() && p < 4096 && is_space_byte(s[p])) ++p;
  const std::string_view head = s.substr(p, 4096);
  if (istarts_with(head, "<TimeML")) return doc_format::timeml;
  if (istarts_with(head, "<?xml")) {
    if (ifind(head, "<TimeML") != npos) return doc_format::timeml;
    return doc_format::html;  // other XML: tags are markup all the same
  }
  if (!head.empty() && head[0] == '<') {
    static constexpr std::array<std::string_view, 12> kStarts = {
        "<!doctype html", "<html", "<head", "<body", "<!--", "<meta", "<title", "<p",
        "<div", "<article", "<section", "<h1"};
    for (auto k : kStarts)
      if (istarts_with(head, k)) return doc_format::html;
  }
  // Text with paragraph markup further in (a JSON Lines "text" of an HTML fragment).
  static constexpr std::array<std::string_view, 5> kInside = {"</p>", "<br>", "<br/>", "<br />", "</div>"};
  for (auto k : kInside)
    if (ifind(head, k) != npos) return doc_format::html;
  if (head.substr(0, 2) == "# ") return doc_format::markdown;
  return doc_format::plain;
}

}  // namespace detail

namespace {

void read_html(document& doc) {
  const std::string_view raw = doc.raw;
  std::string& text = doc.text;
  detail::markup_lexer lx(raw);
  while (auto t = lx.next()) {
    blank(text, t->begin, t->end);
    if (t->kind != markup_kind::start_tag && t->kind != markup_kind::end_tag) continue;
    if (is_block_tag(t->name)) text[t->begin] = '\n';
    if (t->kind != markup_kind::start_tag || t->self_closing) continue;
    if (iequals(t->name, "script") || iequals(t->name, "style")) {
      const std::size_t e = lx.skip_to_end_tag(t->name);
      blank(text, t->end, e);
    } else if (iequals(t->name, "title") && doc.title.empty()) {
      // The title stays visible (its own line) and is also kept, cleaned, as doc.title.
      const std::size_t e = lx.skip_to_end_tag("title");
      doc.title = detail::clean_markup_text(raw.substr(t->end, e - t->end));
    }
  }
}

void read_timeml(document& doc) {
  const std::string_view raw = doc.raw;
  std::string& text = doc.text;
  detail::markup_lexer lx(raw);
  std::size_t body_begin = npos;
  std::size_t body_end = npos;
  std::vector<std::pair<std::size_t, std::size_t>> hidden;  // DOCID, DCT, EXTRAINFO contents
  std::size_t open_sentence = npos;  // index into doc.sentences
  auto close_sentence = [&](std::size_t at) {
    if (open_sentence != npos) doc.sentences[open_sentence].end = at;
    open_sentence = npos;
  };
  while (auto t = lx.next()) {
    blank(text, t->begin, t->end);
    const bool start = t->kind == markup_kind::start_tag;
    const bool end = t->kind == markup_kind::end_tag;
    if (!start && !end) continue;
    const std::string_view name = t->name;
    if (iequals(name, "s")) {
      text[t->begin] = '\n';
      if (start && !t->self_closing) {
        close_sentence(t->begin);
        marked_sentence s;
        if (auto a = detail::find_attribute(raw, *t, "id")) s.id = std::string(raw.substr(a->first, a->second - a->first));
        s.begin = t->end;
        s.end = raw.size();
        doc.sentences.push_back(std::move(s));
        open_sentence = doc.sentences.size() - 1;
      } else if (end) {
        close_sentence(t->begin);
      }
      continue;
    }
    if (!start || t->self_closing) {
      if (end && iequals(name, "TEXT") && body_begin != npos && body_end == npos) body_end = t->begin;
      continue;
    }
    if (iequals(name, "TEXT")) {
      if (body_begin == npos) body_begin = t->end;
    } else if (iequals(name, "DOCID")) {
      const std::size_t e = lx.skip_to_end_tag(name);
      const std::string id = detail::clean_markup_text(raw.substr(t->end, e - t->end));
      if (!id.empty()) doc.id = id;
      hidden.emplace_back(t->end, e);
    } else if (iequals(name, "TITLE") && doc.title.empty()) {
      const std::size_t e = lx.skip_to_end_tag(name);
      doc.title = detail::clean_markup_text(raw.substr(t->end, e - t->end));
    } else if (iequals(name, "DCT") || iequals(name, "EXTRAINFO") || iequals(name, "LASTEXTRAINFO")) {
      // Not body text; the DCT value is read again by find_document_date. Their inner tags are
      // skipped along with the content.
      const std::size_t e = lx.skip_to_end_tag(name);
      hidden.emplace_back(t->end, e);
    }
  }
  close_sentence(raw.size());
  if (body_begin != npos) {
    // TEXT is the body: everything around it (DOCID, DCT, TITLE, EXTRAINFO, links) is blanked.
    if (body_end == npos) body_end = raw.size();
    blank(text, 0, body_begin);
    blank(text, body_end, raw.size());
  } else {
    for (const auto& [b, e] : hidden) blank(text, b, e);
  }
}

// Front matter: every line is blanked except the values of `title`, `subtitle` and `subhed`
// (with their continuation lines), which are headline text and stay visible. Dates and other
// metadata are blanked: find_document_date reads them from raw.
void read_markdown(document& doc) {
  const std::string_view raw = doc.raw;
  const auto fm = detail::find_front_matter(raw);
  if (!fm) return;
  std::string& text = doc.text;
  blank(text, 0, fm->open_end);
  blank(text, fm->close_begin, fm->end);
  bool keep = false;
  bool collecting_title = false;
  detail::for_each_front_matter_line(raw, *fm, [&](const detail::front_matter_entry& e) {
    if (!e.continuation) {
      keep = iequals(e.key, "title") || iequals(e.key, "subtitle") || iequals(e.key, "subhed");
      collecting_title = false;
      if (!keep) {
        blank(text, e.line_begin, e.line_end);
        return;
      }
      std::size_t vb = e.value_begin;
      std::size_t ve = e.value_end;
      if (e.quoted) {
        --vb;
        ++ve;
      }
      blank(text, e.line_begin, vb);
      blank(text, ve, e.line_end);
      if (e.quoted) {
        text[vb] = ' ';
        text[ve - 1] = ' ';
      }
      const std::string_view value = raw.substr(e.value_begin, e.value_end - e.value_begin);
      if (iequals(e.key, "title") && doc.title.empty()) {
        if (value == "|" || value == ">" || value == "|-" || value == ">-" || value.empty()) {
          blank(text, e.value_begin, e.value_end);
          collecting_title = true;
        } else {
          doc.title = e.quoted ? detail::yaml_scalar(value, raw[e.value_begin - 1]) : std::string(value);
        }
      }
      return;
    }
    if (!keep || e.value_begin == e.value_end || raw[e.value_begin] == '#') {
      blank(text, e.line_begin, e.line_end);
      return;
    }
    blank(text, e.value_end, e.line_end);  // a trailing '\r'
    if (collecting_title) {
      if (!doc.title.empty()) doc.title += ' ';
      doc.title += raw.substr(e.value_begin, e.value_end - e.value_begin);
    }
  });
}

}  // namespace

namespace detail {

// Fills text, title, sentences (and id for TimeML) of a document whose raw and format are set.
void prepare_document(document& doc) {
  doc.text = doc.raw;
  switch (doc.format) {
    case doc_format::html: read_html(doc); break;
    case doc_format::timeml: read_timeml(doc); break;
    case doc_format::markdown: read_markdown(doc); break;
    case doc_format::plain:
    case doc_format::automatic: doc.format = doc_format::plain; break;
  }
}

}  // namespace detail

result<document> read_document(std::string bytes, std::string id, doc_format format) {
  if (bytes.size() > kMaxDocumentBytes)
    return fail(errc::too_large, error::npos,
                fmt::format("document of {} bytes is larger than the limit of {}", bytes.size(), kMaxDocumentBytes));
  document doc;
  if (format == doc_format::automatic) {
    const auto by_name = format_from_extension(id);
    format = by_name ? *by_name : detail::format_from_content(bytes);
  }
  doc.id = std::move(id);
  doc.format = format;
  doc.raw = std::move(bytes);
  detail::prepare_document(doc);
  return doc;
}

std::string_view to_string(date_source s) noexcept {
  switch (s) {
    case date_source::option: return "option";
    case date_source::dateline: return "dateline";
    case date_source::front_matter: return "front-matter";
    case date_source::html: return "html";
    case date_source::timeml: return "timeml";
    case date_source::header: return "header";
    case date_source::now: return "now";
  }
  return "unknown";
}

}  // namespace annals
