// A document's own date: TimeML DCT, front matter, HTML metadata, a Date: header, datelines.
//
// Every source yields a text that is read as an absolute date or date-time: ISO 8601 through
// parse_reference, anything else through annals::parse. A date read by annals::parse counts only
// when its text states year, month and day ("Sep 19 2023 | 1:43 PM IST", "19 September 2023");
// "Monday" or "5 hours ago" cannot date a document. The value becomes a reference at its begin
// (midnight for a date) in its zone, or floating when the text gave no zone. Two-digit years
// ("9/19/23") are read against a fixed anchor, 2030-01-01, so with the default window they fall
// in 1951–2050.
//
// Bounds keep the search linear and fast on hostile input: datelines are looked for only on
// lines of at most kMaxDatelineBytes; metadata values longer than kMaxValueBytes are not dates;
// each source makes at most kMaxDatelineAttempts parse attempts per document.
#include <algorithm>
#include <array>

#include "annals/document.hpp"
#include "document_markup.hpp"
#include "text.hpp"

namespace annals {

namespace {

using detail::iequals;
using detail::markup_kind;

constexpr std::size_t npos = std::string_view::npos;
constexpr std::size_t kMaxDatelineBytes = 512;
constexpr std::size_t kMaxValueBytes = 128;
constexpr int kMaxDatelineAttempts = 256;
constexpr std::size_t kHeaderLines = 10;
constexpr std::size_t kStandaloneLines = 5;
constexpr std::size_t kClosingLines = 2;

reference anchor() {
  using namespace date::literals;
  return reference::at_local(local_time{date::local_days{2030_y / 1 / 1}});
}

// A resolved value as a reference, when its text was a complete date.
std::optional<reference> to_reference(const temporal_value& v) {
  if (!v.span || v.type == timex_type::duration || v.type == timex_type::set || !v.ends.empty()) return std::nullopt;
  if (!has(v.stated, field::year | field::month | field::day)) return std::nullopt;
  const zone where = has(v.stated, field::zone) ? v.span->where : zone{};
  return reference::at_local(v.span->begin, where);
}

struct parsed {
  reference ref;
  std::size_t length = 0;  ///< bytes of the input the date covers (trailing space excluded)
};

// The longest complete date at the start of `s` (after white space): parse the text, and on
// trailing input parse again up to where the expression ended.
std::optional<parsed> parse_date_prefix(std::string_view s, const parse_options& options) {
  s = s.substr(0, std::min(s.size(), detail::kMaxExpressionBytes));
  for (int attempt = 0; attempt < 3; ++attempt) {
    auto v = parse(s, anchor(), options);
    if (v) {
      auto r = to_reference(*v);
      if (!r) return std::nullopt;
      std::size_t e = s.size();
      while (e > 0 && detail::is_space_byte(s[e - 1])) --e;
      return parsed{*r, e};
    }
    const error& err = v.error();
    if ((err.code != errc::trailing_input && err.code != errc::invalid_utf8) || err.offset == error::npos ||
        err.offset == 0 || err.offset >= s.size())
      return std::nullopt;
    s = s.substr(0, err.offset);
  }
  return std::nullopt;
}

// A metadata value (meta content, front matter, DCT): the whole text is the date.
std::optional<reference> parse_date_value(std::string_view s, const parse_options& options) {
  s = detail::trim(s);
  if (s.empty() || s.size() > kMaxValueBytes) return std::nullopt;
  // ISO 8601 first, exactly (2023-09-18 10:09, 2023-09-19T08:13:00.000Z, 1998-01-08).
  if (s.size() >= 10 && detail::is_ascii_digit(s[0]) && detail::is_ascii_digit(s[3]) && s[4] == '-') {
    if (auto r = parse_reference(s)) return *r;
  }
  auto v = parse(s, anchor(), options);
  if (!v) return std::nullopt;
  return to_reference(*v);
}

document_date make(reference r, date_source src, std::size_t b, std::size_t e) {
  document_date d;
  d.ref = r;
  d.source = src;
  d.begin = b;
  d.end = e;
  return d;
}

// 1. TimeML: <DCT><TIMEX3 … value="1998-01-08" …>.
std::optional<document_date> from_timeml(const document& doc, const parse_options& options) {
  const std::string_view raw = doc.raw;
  detail::markup_lexer lx(raw);
  bool in_dct = false;
  while (auto t = lx.next()) {
    if (t->kind == markup_kind::start_tag && iequals(t->name, "DCT")) {
      in_dct = true;
    } else if (t->kind == markup_kind::end_tag && iequals(t->name, "DCT")) {
      return std::nullopt;
    } else if (in_dct && t->kind == markup_kind::start_tag && iequals(t->name, "TIMEX3")) {
      const auto a = detail::find_attribute(raw, *t, "value");
      if (!a) return std::nullopt;
      const auto r = parse_date_value(raw.substr(a->first, a->second - a->first), options);
      if (!r) return std::nullopt;
      return make(*r, date_source::timeml, a->first, a->second);
    } else if (t->kind == markup_kind::start_tag && iequals(t->name, "TEXT")) {
      return std::nullopt;  // the DCT comes before the body
    }
  }
  return std::nullopt;
}

// 2. Front matter: date, then published, pubDate, created (and a few spellings of them).
std::optional<document_date> from_front_matter(const document& doc, const parse_options& options) {
  const std::string_view raw = doc.raw;
  const auto fm = detail::find_front_matter(raw);
  if (!fm) return std::nullopt;
  static constexpr std::array<std::string_view, 8> kKeys = {
      "date", "published", "pubDate", "created", "publishDate", "published_at", "date_published", "datePublished"};
  std::optional<document_date> best;
  std::size_t best_rank = kKeys.size();
  int attempts = 0;
  detail::for_each_front_matter_line(raw, *fm, [&](const detail::front_matter_entry& e) {
    if (e.continuation || attempts >= kMaxDatelineAttempts) return;
    for (std::size_t rank = 0; rank < best_rank; ++rank) {
      if (!iequals(e.key, kKeys[rank])) continue;
      ++attempts;
      if (auto r = parse_date_value(raw.substr(e.value_begin, e.value_end - e.value_begin), options)) {
        best = make(*r, date_source::front_matter, e.value_begin, e.value_end);
        best_rank = rank;
      }
      break;
    }
  });
  return best;
}

// 3. HTML: article:published_time, then other published-time metadata, then the first
//    <time datetime>.
// The span of the string value of the first `"key": "…"` in `json` (offsets into `json`), for a
// schema.org JSON-LD block: no escapes are expected in a date, and a value holding one is skipped.
std::optional<std::pair<std::size_t, std::size_t>> json_string_value(std::string_view json, std::string_view key) {
  for (std::size_t at = json.find(key); at != std::string_view::npos; at = json.find(key, at + 1)) {
    if (at == 0 || json[at - 1] != '"' || at + key.size() >= json.size() || json[at + key.size()] != '"') continue;
    std::size_t p = at + key.size() + 1;
    while (p < json.size() && detail::is_space_byte(json[p])) ++p;
    if (p >= json.size() || json[p] != ':') continue;
    ++p;
    while (p < json.size() && detail::is_space_byte(json[p])) ++p;
    if (p >= json.size() || json[p] != '"') continue;
    const std::size_t b = p + 1;
    const std::size_t e = json.find_first_of("\"\\", b);
    if (e == std::string_view::npos || json[e] != '"' || e - b > kMaxValueBytes) continue;
    return std::pair{b, e};
  }
  return std::nullopt;
}

std::optional<document_date> from_html(const document& doc, const parse_options& options) {
  const std::string_view raw = doc.raw;
  static constexpr std::array<std::string_view, 11> kPublished = {
      "og:published_time", "pubdate", "publishdate", "publish-date", "publish_date", "datepublished",
      "date", "dc.date.issued", "dc.date", "parsely-pub-date", "sailthru.date"};
  detail::markup_lexer lx(raw);
  std::optional<document_date> other;       // rank 1
  std::optional<document_date> first_time;  // rank 2
  int attempts = 0;
  auto attribute = [&](const detail::markup_token& t, std::string_view name) -> std::optional<std::pair<std::size_t, std::size_t>> {
    return detail::find_attribute(raw, t, name);
  };
  auto text_of = [&](std::pair<std::size_t, std::size_t> span) { return raw.substr(span.first, span.second - span.first); };
  while (auto t = lx.next()) {
    if (t->kind != markup_kind::start_tag) continue;
    if (iequals(t->name, "script") || iequals(t->name, "style")) {
      if (t->self_closing) continue;
      const std::size_t content = t->end;
      const std::size_t end = lx.skip_to_end_tag(t->name);
      // schema.org JSON-LD: <script type="application/ld+json">{… "datePublished": "…" …}
      const auto type = attribute(*t, "type");
      if (!type || !iequals(text_of(*type), "application/ld+json") || end <= content) continue;
      const auto v = json_string_value(raw.substr(content, end - content), "datePublished");
      if (!v || ++attempts > kMaxDatelineAttempts) continue;
      if (const auto r = parse_date_value(raw.substr(content + v->first, v->second - v->first), options))
        return make(*r, date_source::html, content + v->first, content + v->second);
      continue;
    }
    const bool is_meta = iequals(t->name, "meta");
    const bool is_time = iequals(t->name, "time");
    const auto ip = attribute(*t, "itemprop");
    const bool item_published = ip && iequals(text_of(*ip), "datePublished");
    if (!is_meta && !is_time && !item_published) continue;
    int rank = 3;
    if (is_meta) {
      for (const char* key_attr : {"property", "name", "itemprop"}) {
        const auto k = attribute(*t, key_attr);
        if (!k) continue;
        const std::string_view key = text_of(*k);
        if (iequals(key, "article:published_time")) rank = 0;
        else if (rank > 1 && std::any_of(kPublished.begin(), kPublished.end(), [&](std::string_view p) { return iequals(key, p); }))
          rank = 1;
      }
    } else {
      rank = item_published ? 1 : 2;  // <time itemprop="datePublished" datetime="…">, else <time>
    }
    if (rank == 3 || (rank == 1 && other) || (rank == 2 && first_time)) continue;
    auto value = attribute(*t, is_meta ? "content" : "datetime");
    if (!value && !is_meta) value = attribute(*t, "content");
    if (!value) continue;
    if (++attempts > kMaxDatelineAttempts) break;
    const auto r = parse_date_value(text_of(*value), options);
    if (!r) continue;
    auto d = make(*r, date_source::html, value->first, value->second);
    if (rank == 0) return d;
    if (rank == 1) other = d;
    else first_time = d;
  }
  if (other) return other;
  return first_time;
}

// The lines of text, lazily: [begin, end) without the '\n'.
struct line_walker {
  std::string_view s;
  std::size_t p = 0;
  bool next(std::size_t& b, std::size_t& e) {
    if (p > s.size() || (p == s.size() && !s.empty())) return false;
    const std::size_t nl = s.find('\n', p);
    b = p;
    e = nl == npos ? s.size() : nl;
    p = nl == npos ? s.size() + 1 : nl + 1;
    return true;
  }
};

// 4. An RFC 2822 "Date:" header on one of the first lines.
std::optional<document_date> from_header(const document& doc, const parse_options& options) {
  const std::string_view text = doc.text;
  line_walker w{text};
  std::size_t b = 0;
  std::size_t e = 0;
  std::size_t seen = 0;
  while (seen < kHeaderLines && w.next(b, e)) {
    const std::string_view line = text.substr(b, e - b);
    if (detail::trim(line).empty()) continue;
    ++seen;
    if (line.size() > kMaxDatelineBytes || !detail::istarts_with(line, "Date:")) continue;
    const std::size_t vb = detail::skip_space(text, b + 5);
    if (vb >= e) continue;
    auto p = parse_date_prefix(text.substr(vb, e - vb), options);
    if (!p) continue;
    // RFC 2822: "-0000" means the local zone is unknown.
    const std::string_view value = text.substr(vb, p->length);
    if (value.size() >= 5 && value.substr(value.size() - 5) == "-0000") p->ref.where = zone{};
    return make(p->ref, date_source::header, vb, vb + p->length);
  }
  return std::nullopt;
}

[[nodiscard]] bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// What parts a dateline from what comes before it: a bar, a bullet, a middle dot, an em or en
// dash ("By Jane Doe | Sept. 19, 2023", "Report — published 2024-06-05").
constexpr std::string_view kSeparators[] = {"|", "\xE2\x80\xA2", "\xC2\xB7", "\xE2\x80\x94", "\xE2\x80\x93"};

// The words that introduce a dateline's date.
constexpr std::string_view kDatelineWords[] = {"published", "updated", "posted", "modified"};

// Whether `rest`, what follows a date on its line, begins with a separator ('/' too) or a
// dateline word: "September 19, 2023 1:43 PM GMT+5:30 Updated 2 hours ago", "SEPTEMBER 19,
// 2023 / 1:43 PM / UPDATED 2 HOURS AGO".
bool dateline_continues(std::string_view rest) {
  if (rest.starts_with('/')) return true;
  for (const std::string_view mark : kSeparators)
    if (rest.starts_with(mark)) return true;
  for (const std::string_view word : kDatelineWords)
    if (detail::istarts_with(rest, word) && (rest.size() == word.size() || !detail::is_ascii_alpha(rest[word.size()])))
      return true;
  return false;
}

// Skips what may stand between a dateline keyword and its date: spaces, ':', '-', '|', ',',
// dashes, and the words "on", "at".
std::size_t skip_dateline_filler(std::string_view s, std::size_t p) {
  while (p < s.size()) {
    const char c = s[p];
    if (detail::is_space_byte(c) || c == ':' || c == '-' || c == '|' || c == ',') {
      ++p;
    } else if (s.compare(p, 3, "\xE2\x80\x93") == 0 || s.compare(p, 3, "\xE2\x80\x94") == 0) {
      p += 3;  // en dash, em dash
    } else if ((detail::istarts_with(s.substr(p), "on") || detail::istarts_with(s.substr(p), "at")) &&
               (p + 2 == s.size() || !detail::is_ascii_alpha(s[p + 2]))) {
      p += 2;
    } else {
      break;
    }
  }
  return p;
}

// The date at [from, line_end) of text, as a dateline.
std::optional<document_date> dateline_at(std::string_view text, std::size_t from, std::size_t line_end,
                                         const parse_options& options) {
  from = detail::skip_space(text.substr(0, line_end), from);
  if (from >= line_end) return std::nullopt;
  const auto p = parse_date_prefix(text.substr(from, line_end - from), options);
  if (!p) return std::nullopt;
  return make(p->ref, date_source::dateline, from, from + p->length);
}

// A wire story's dateline at the start of `line` (a line of `text`): the place in capitals, then
// after one of its first three commas a complete date — "SAN JOSE, Calif., Feb. 12, 2025
// /PRNewswire/ --", "LONDON, March 14, 2024 (Reuters) -", "NEW YORK, Sept. 19, 2023 — " — or
// after the wire's name between dashes: "SAN FRANCISCO--(BUSINESS WIRE)--Nov. 20, 2023--".
// `date_at(from, line_end)` reads the date at [from, line_end) of text.
template <class DateAt>
std::optional<document_date> wire_dateline_with(std::string_view text, std::string_view line, DateAt date_at) {
  // The place: two or more capitals, with blanks, periods, hyphens and apostrophes between words.
  std::size_t i = 0;
  std::size_t capitals = 0;
  while (i < line.size() && i < 40) {
    const char c = line[i];
    if (c >= 'A' && c <= 'Z') {
      ++capitals;
    } else if (c != ' ' && c != '.' && c != '-' && c != '\'') {
      break;
    }
    ++i;
  }
  if (capitals < 2 || i >= line.size()) return std::nullopt;
  const std::size_t lb = static_cast<std::size_t>(line.data() - text.data());
  // Business Wire: "SAN FRANCISCO--(BUSINESS WIRE)--Nov. 20, 2023--".
  // (the place's run of capitals took the dashes)
  if (line[i] == '(' && i >= 2 && line.substr(i - 2, 2) == "--") {
    const std::size_t close = line.find(")--", i + 1);
    if (close == npos || close > i + 40) return std::nullopt;
    return date_at(lb + close + 3, lb + line.size());
  }
  if (line[i] != ',') return std::nullopt;
  for (int commas = 0; commas < 3 && i < line.size() && i < 80; ++commas) {
    if (auto d = date_at(lb + i + 1, lb + line.size())) return d;
    i = line.find(',', i + 1);
    if (i == npos) break;
  }
  return std::nullopt;
}

std::optional<document_date> wire_dateline(std::string_view text, std::string_view line,
                                           const parse_options& options) {
  return wire_dateline_with(text, line, [&](std::size_t from, std::size_t end) {
    return dateline_at(text, from, end, options);
  });
}

// A month and day without a year at [from, line_end) of text ("Nov 20 (Reuters)"), dated in the
// latest year that does not put it after `now`.
std::optional<document_date> yearless_dateline_at(std::string_view text, std::size_t from, std::size_t line_end,
                                                  const reference& now, const parse_options& options) {
  from = detail::skip_space(text.substr(0, line_end), from);
  if (from >= line_end) return std::nullopt;
  std::string_view s = text.substr(from, std::min(line_end - from, detail::kMaxExpressionBytes));
  parse_options past = options;
  past.hint = tense::past;
  for (int attempt = 0; attempt < 3; ++attempt) {
    auto v = parse(s, now, past);
    if (v) {
      if (!v->span || v->type != timex_type::date || v->grain != grain::day || has(v->stated, field::year) ||
          !has(v->stated, field::month | field::day))
        return std::nullopt;
      std::size_t e = s.size();
      while (e > 0 && detail::is_space_byte(s[e - 1])) --e;
      return make(reference::at_local(v->span->begin), date_source::dateline, from, from + e);
    }
    const error& err = v.error();
    if (err.code != errc::trailing_input || err.offset == error::npos || err.offset == 0 || err.offset >= s.size())
      return std::nullopt;
    s = s.substr(0, err.offset);
  }
  return std::nullopt;
}

// A short label (a section, a site, at most kMaxLabelBytes) and a separator, then a complete
// date that ends `line` (a line of `text`) or goes on past a separator or a dateline word.
constexpr std::size_t kMaxLabelBytes = 48;
std::optional<document_date> dated_after_label(std::string_view text, std::string_view line,
                                               const parse_options& options) {
  std::size_t sep = npos;  // where the first separator begins, and where it ends
  std::size_t sep_end = npos;
  for (const std::string_view mark : kSeparators)
    if (const std::size_t at = line.find(mark); at != npos && at < sep) {
      sep = at;
      sep_end = at + mark.size();
    }
  if (sep == npos || sep == 0 || sep > kMaxLabelBytes || detail::trim(line.substr(0, sep)).empty()) return std::nullopt;
  const std::size_t from = detail::skip_space(line, sep_end);
  if (from >= line.size()) return std::nullopt;
  const auto p = parse_date_prefix(line.substr(from), options);
  if (!p) return std::nullopt;
  const std::string_view rest = detail::trim(line.substr(from + p->length));
  if (!rest.empty() && !dateline_continues(rest)) return std::nullopt;
  const std::size_t lb = static_cast<std::size_t>(line.data() - text.data());
  return make(p->ref, date_source::dateline, lb + from, lb + from + p->length);
}

// 5. Datelines: "Last Updated : Sep 19 2023 | 1:43 PM IST", "First Published: …",
//    "Published …", "Updated …", "Posted …", "Last Modified: …"; the earliest wins. Failing that,
//    a complete date alone on one of the first lines (or before a separator or a dateline word
//    there: "September 19, 2023 1:43 PM GMT+5:30 Updated 2 hours ago"), after a byline and a
//    separator ("By Jane Doe | …"), or after the place of a wire story's dateline ("LONDON,
//    March 14, 2024 (Reuters)").
std::optional<document_date> from_datelines(const document& doc, const parse_options& options) {
  const std::string_view text = doc.text;
  std::optional<document_date> best;
  auto sort_key = [](const reference& r) {
    if (r.where.is_floating()) return r.when.time_since_epoch();
    return r.where.lookup(r.when).first.time_since_epoch();
  };
  int attempts = 0;
  line_walker w{text};
  std::size_t b = 0;
  std::size_t e = 0;
  while (attempts < kMaxDatelineAttempts && w.next(b, e)) {
    if (e - b > kMaxDatelineBytes) continue;
    const std::string_view line = text.substr(b, e - b);
    for (std::string_view word : kDatelineWords) {
      std::size_t at = 0;
      while (attempts < kMaxDatelineAttempts && (at = detail::ifind(line, word, at)) != npos) {
        const std::size_t after = at + word.size();
        const bool word_start = at == 0 || !detail::is_ascii_alpha(line[at - 1]);
        const bool word_end = after == line.size() || !detail::is_ascii_alpha(line[after]);
        // Capitalised ("Published", "UPDATED") or qualified ("last updated", "first published").
        const std::string_view before = detail::trim(line.substr(0, at));
        // (or after a separator: "Incident report — published 2024-06-05", "News | updated …")
        const bool qualified =
            (before.size() >= 4 && (detail::iequals(before.substr(before.size() - 4), "last") ||
                                    (before.size() >= 5 && detail::iequals(before.substr(before.size() - 5), "first")))) ||
            before.ends_with(" -") ||
            std::any_of(std::begin(kSeparators), std::end(kSeparators),
                        [&](std::string_view mark) { return before.ends_with(mark); });
        at = after;
        if (!word_start || !word_end || !(is_upper(line[after - word.size()]) || qualified)) continue;
        ++attempts;
        std::size_t from = skip_dateline_filler(line, after);
        std::optional<document_date> d;
        if (from < line.size()) {
          d = dateline_at(text, b + from, e, options);
          if (!d) {
            // "Posted by Jane Doe on Sep 19, 2023": the date after a short byline.
            const std::size_t on = detail::ifind(line.substr(0, std::min(line.size(), from + 64)), " on ", from);
            if (on != npos) d = dateline_at(text, b + skip_dateline_filler(line, on), e, options);
          }
        } else {
          // "Published:" alone, its date on the next non-empty line (HTML puts them in two blocks).
          line_walker ahead{text, w.p};
          std::size_t nb = 0;
          std::size_t ne = 0;
          for (int k = 0; k < 3 && ahead.next(nb, ne); ++k) {
            if (detail::trim(text.substr(nb, ne - nb)).empty()) continue;
            if (ne - nb <= kMaxDatelineBytes) d = dateline_at(text, nb, ne, options);
            break;
          }
        }
        if (!d) continue;
        if (!best || sort_key(d->ref) < sort_key(best->ref)) best = d;
      }
    }
  }
  if (best) return best;

  // A complete date alone on one of the first lines, or after a byline and a separator ("By
  // Jane Doe | September 19, 2023 at 8:13 am EDT", "By Staff • Sept. 19, 2023").
  line_walker first{text};
  std::size_t seen = 0;
  while (seen < kStandaloneLines && first.next(b, e)) {
    const std::string_view line = detail::trim(text.substr(b, e - b));
    if (line.empty()) continue;
    ++seen;
    const std::size_t lb = static_cast<std::size_t>(line.data() - text.data());
    // A wire dateline opens the story's first paragraph, however long that is.
    if (auto d = wire_dateline(text, line, options)) return d;
    if (line.size() > 200) continue;
    if (line.starts_with("By ") || line.starts_with("BY ")) {
      std::size_t sep = npos;  // where the first separator ends
      for (const std::string_view mark : kSeparators)
        if (const std::size_t at = line.find(mark); at != npos) sep = std::min(sep, at + mark.size());
      if (sep != npos) {
        if (auto d = dateline_at(text, lb + skip_dateline_filler(line, sep), lb + line.size(), options))
          return d;
      }
      continue;
    }
    if (auto v = parse(line, anchor(), options)) {
      if (const auto r = to_reference(*v)) return make(*r, date_source::dateline, lb, lb + line.size());
      continue;
    }
    // a section's or a site's name and a separator before a complete date that ends the line or
    // goes on past another separator: "Sport | 24 July 2023", "World News — Sept. 19, 2023 | 1:43
    // PM"
    if (auto d = dated_after_label(text, line, options)) return d;
    // a complete date that opens the line, before a separator or a dateline word
    if (const auto p = parse_date_prefix(line, options);
        p && p->length < line.size() && dateline_continues(detail::trim(line.substr(p->length))))
      return make(p->ref, date_source::dateline, lb, lb + p->length);
  }

  // Failing all that, a complete date alone on one of the last lines, as some sites sign off an
  // article ("…the ministry said.\n\nMarch 12, 2025"). Read backwards from the end: only the
  // last few non-empty lines, however long the text.
  std::size_t end = text.size();
  for (std::size_t lines = 0; lines < kClosingLines && end > 0;) {
    std::size_t e2 = end;
    while (e2 > 0 && (text[e2 - 1] == '\n' || text[e2 - 1] == '\r')) --e2;
    std::size_t b2 = e2;
    while (b2 > 0 && text[b2 - 1] != '\n' && e2 - b2 <= kMaxDatelineBytes) --b2;
    end = b2;
    const std::string_view line = detail::trim(text.substr(b2, e2 - b2));
    if (line.empty()) continue;
    ++lines;
    if (line.size() > 64 || e2 - b2 > kMaxDatelineBytes) continue;
    if (auto v = parse(line, anchor(), options))
      if (const auto r = to_reference(*v)) {
        const auto lb = static_cast<std::size_t>(line.data() - text.data());
        return make(*r, date_source::dateline, lb, lb + line.size());
      }
  }
  return std::nullopt;
}

}  // namespace

std::optional<document_date> find_yearless_dateline(const document& doc, const reference& now,
                                                    const parse_options& options) {
  const std::string_view text = doc.text;
  line_walker first{text};
  std::size_t b = 0;
  std::size_t e = 0;
  std::size_t seen = 0;
  while (seen < kStandaloneLines && first.next(b, e)) {
    const std::string_view line = detail::trim(text.substr(b, e - b));
    if (line.empty()) continue;
    ++seen;
    if (auto d = wire_dateline_with(text, line, [&](std::size_t from, std::size_t end) {
          return yearless_dateline_at(text, from, end, now, options);
        }))
      return d;
  }
  return std::nullopt;
}

std::optional<document_date> find_document_date(const document& doc, const parse_options& options) {
  if (doc.format == doc_format::timeml)
    if (auto d = from_timeml(doc, options)) return d;
  if (doc.format == doc_format::markdown || doc.format == doc_format::plain)
    if (auto d = from_front_matter(doc, options)) return d;
  if (doc.format == doc_format::html)
    if (auto d = from_html(doc, options)) return d;
  if (auto d = from_header(doc, options)) return d;
  return from_datelines(doc, options);
}

}  // namespace annals
