// A hand-written reader for the commonest absolute timestamps, tried by annals::parse before the
// X3 grammar. It fills the same `expr` record the grammar would (fields and positions), so the
// resolver cannot tell them apart; tests/fast_path_test.cpp checks that both give identical
// values and errors over a broad list of inputs. Anything it is not sure of returns nothing and
// the grammar decides: the grammar stays the definition of what annals reads.
//
// Shapes, each the whole text:
//   2023-09-19   2023-09-19T13:43[:05[.123]][Z|±hh:mm|±hhmm| ABBR]   (also with a space for T)
//   [Tue, ]19 Sep 2023[ 08:13[:00]][ ±hhmm| ABBR]                      RFC 2822 and friends
//   [Tuesday, ]Sep[.] 19[,] 2023[ TIME]    19 September 2023[ TIME]     news datelines
//   where TIME = [| , @ at] h:mm[:ss][ am|a.m.|pm|p.m.][ ABBR|±hh:mm]
//   9/19/2023   9/19/23   19.09.2023   09-19-2023   2023/09/19   (numeric; order decided by the resolver)
//   20230919[T134305Z]   2023-W38[-2]   2023-262   09-Sep-2007   10:14 AM, May 13, 1999
#include <array>
#include <cstdint>

#include "annals/zone.hpp"
#include "grammar/grammar.hpp"

namespace annals::detail {
namespace {

constexpr bool digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

struct reader {
  std::string_view t;
  std::size_t i = 0;

  [[nodiscard]] bool done() const { return i >= t.size(); }
  [[nodiscard]] char peek(std::size_t k = 0) const { return i + k < t.size() ? t[i + k] : '\0'; }
  bool eat(char c) {
    if (peek() != c) return false;
    ++i;
    return true;
  }
  bool spaces() {  // one or more blanks
    const std::size_t s = i;
    while (peek() == ' ' || peek() == '\t') ++i;
    return i > s;
  }
  // Exactly n digits not followed by another digit.
  std::optional<int> num(std::size_t n) {
    if (i + n > t.size()) return std::nullopt;
    int v = 0;
    for (std::size_t k = 0; k < n; ++k) {
      if (!digit(t[i + k])) return std::nullopt;
      v = v * 10 + (t[i + k] - '0');
    }
    if (digit(peek(n))) return std::nullopt;
    i += n;
    return v;
  }
  // Exactly two digits, whatever follows ("+0530").
  std::optional<int> two() {
    if (!digit(peek()) || !digit(peek(1))) return std::nullopt;
    const int v = (peek() - '0') * 10 + (peek(1) - '0');
    i += 2;
    return v;
  }
  // One or two digits.
  std::optional<int> num12() {
    if (digit(peek()) && digit(peek(1))) return num(2);
    return num(1);
  }
  std::string_view word() {
    const std::size_t s = i;
    while (alpha(peek())) ++i;
    return t.substr(s, i - s);
  }
};

bool ieq(std::string_view a, std::string_view lower_b) {
  if (a.size() != lower_b.size()) return false;
  for (std::size_t k = 0; k < a.size(); ++k)
    if (lower(a[k]) != lower_b[k]) return false;
  return true;
}

// The grammar's month and weekday tables (kept in step with grammar.cpp).
int month_of(std::string_view w) {
  static constexpr std::array<std::pair<std::string_view, int>, 25> names{{
      {"jan", 1}, {"january", 1}, {"feb", 2}, {"febr", 2}, {"february", 2}, {"mar", 3}, {"march", 3},
      {"apr", 4}, {"april", 4}, {"may", 5}, {"jun", 6}, {"june", 6}, {"jul", 7}, {"july", 7},
      {"aug", 8}, {"august", 8}, {"sep", 9}, {"sept", 9}, {"september", 9}, {"oct", 10},
      {"october", 10}, {"nov", 11}, {"november", 11}, {"dec", 12}, {"december", 12}}};
  for (const auto& [n, v] : names)
    if (ieq(w, n)) return v;
  return 0;
}
int weekday_of(std::string_view w) {
  static constexpr std::array<std::pair<std::string_view, int>, 18> names{{
      {"mon", 1}, {"monday", 1}, {"tue", 2}, {"tues", 2}, {"tuesday", 2}, {"wed", 3}, {"weds", 3},
      {"wednesday", 3}, {"thu", 4}, {"thur", 4}, {"thurs", 4}, {"thursday", 4}, {"fri", 5},
      {"friday", 5}, {"sat", 6}, {"saturday", 6}, {"sun", 7}, {"sunday", 7}}};
  for (const auto& [n, v] : names)
    if (ieq(w, n)) return v;
  return 0;
}

// The abbreviation dot after a name, as the grammar's abbr_dot takes it.
void abbr_dot(reader& r, std::string_view name) {
  if (r.peek() != '.' || name.size() > 5) return;
  if (ieq(name, "may") || ieq(name, "june") || ieq(name, "july")) {
    std::size_t k = 1;
    while (r.peek(k) == ' ') ++k;
    if (!digit(r.peek(k))) return;
  }
  ++r.i;
}

bool name_month(reader& r, expr& e) {
  const std::size_t at = r.i;
  const auto w = r.word();
  const int m = month_of(w);
  if (m == 0 || digit(r.peek()) || r.peek() == '_') return false;
  e.month = m;
  e.pos_month = static_cast<std::uint32_t>(at);
  abbr_dot(r, w);
  return true;
}

// "Tue, " / "Tuesday " before a date.
bool weekday_prefix(reader& r, expr& e) {
  const std::size_t save = r.i;
  const auto w = r.word();
  const int wd = weekday_of(w);
  if (wd == 0 || digit(r.peek())) {
    r.i = save;
    return false;
  }
  abbr_dot(r, w);
  const std::size_t after = r.i;
  r.spaces();
  if (r.eat(',')) {
    r.spaces();
  } else if (r.i == after) {
    r.i = save;
    return false;
  }
  e.weekday = wd;
  e.pos_weekday = static_cast<std::uint32_t>(save);
  return true;
}

// ±hh:mm, ±hhmm, Z — as the ISO zone.
bool numeric_offset(reader& r, expr& e) {
  const std::size_t at = r.i;
  const char s = r.peek();
  if (s != '+' && s != '-') return false;
  ++r.i;
  const auto h = r.two();
  if (!h) {
    r.i = at;
    return false;
  }
  int m = 0;
  if (r.eat(':')) {
    const auto mm = r.num(2);
    if (!mm) {
      r.i = at;
      return false;
    }
    m = *mm;
  } else if (digit(r.peek())) {
    const auto mm = r.num(2);
    if (!mm) {
      r.i = at;
      return false;
    }
    m = *mm;
  }
  e.zone_offset_min = (s == '-' ? -1 : 1) * (*h * 60 + m);
  e.pos_zone = static_cast<std::uint32_t>(at);
  return true;
}

// An upper-case abbreviation from the table ending the text.
bool zone_abbreviation(reader& r, expr& e) {
  const std::size_t at = r.i;
  while (r.peek() >= 'A' && r.peek() <= 'Z') ++r.i;
  const std::string_view w = r.t.substr(at, r.i - at);
  if (w.size() < 2 || alpha(r.peek()) || digit(r.peek()) || abbreviation_candidates(w).empty()) {
    r.i = at;
    return false;
  }
  e.zone_abbr = w;
  e.pos_zone = static_cast<std::uint32_t>(at);
  return true;
}

// h:mm[:ss[.frac]][ am/pm][ zone]
bool clock(reader& r, expr& e, bool iso_zone) {
  const std::size_t ph = r.i;
  const auto h = r.num12();
  if (!h || !r.eat(':')) return false;
  const std::size_t pm = r.i;
  const auto m = r.num(2);
  if (!m) return false;
  e.hour = *h;
  e.pos_hour = static_cast<std::uint32_t>(ph);
  e.minute = *m;
  e.pos_minute = static_cast<std::uint32_t>(pm);
  if (r.peek() == ':') {
    ++r.i;
    const std::size_t ps = r.i;
    const auto s = r.num(2);
    if (!s) return false;
    e.second = *s;
    e.pos_second = static_cast<std::uint32_t>(ps);
    if (r.peek() == '.' || r.peek() == ',') {
      ++r.i;
      std::int64_t us = 0, scale = 100000;
      std::size_t n = 0;
      while (digit(r.peek())) {
        if (scale > 0) {
          us += (r.peek() - '0') * scale;
          scale /= 10;
        }
        ++r.i;
        ++n;
      }
      if (n == 0) return false;
      e.micros = us;
    }
  }
  const std::size_t before = r.i;
  r.spaces();
  // a.m. / p.m.
  {
    const std::size_t at = r.i;
    const char c = lower(r.peek());
    if (c == 'a' || c == 'p') {
      std::size_t k = 1;
      const bool dotted = r.peek(k) == '.';  // "p.m." takes its final dot, "pm." does not
      if (dotted) ++k;
      if (lower(r.peek(k)) == 'm') {
        ++k;
        if (dotted && r.peek(k) == '.') ++k;
        if (!alpha(r.peek(k)) && !digit(r.peek(k))) {
          e.ampm = c == 'a' ? 1 : 2;
          r.i = at + k;
        }
      }
    }
  }
  if (e.ampm == 0) r.i = before;
  const std::size_t before_zone = r.i;
  const bool spaced = r.spaces();
  if (r.done()) {
    r.i = before_zone;
    return true;
  }
  if (spaced && zone_abbreviation(r, e)) return true;
  if ((spaced || iso_zone) && numeric_offset(r, e)) return true;
  if (iso_zone && (r.peek() == 'Z' || r.peek() == 'z') && !alpha(r.peek(1))) {
    e.zone_offset_min = 0;
    e.pos_zone = static_cast<std::uint32_t>(r.i);
    ++r.i;
    return true;
  }
  r.i = before_zone;
  return true;
}

// [| , @ at] before a time; returns false when none of the separators or a space is there.
bool time_separator(reader& r) {
  const std::size_t s = r.i;
  r.spaces();
  if (r.eat('|') || r.eat(',') || r.eat('@')) {
    r.spaces();
    if (ieq(r.t.substr(r.i, 2), "at") && !alpha(r.peek(2))) {
      r.i += 2;
      if (!r.spaces()) return false;
    }
    return true;
  }
  if (ieq(r.t.substr(r.i, 2), "at") && !alpha(r.peek(2)) && r.i > s) {
    r.i += 2;
    return r.spaces();
  }
  return r.i > s;
}

bool year4(reader& r, expr& e) {
  const std::size_t at = r.i;
  const auto y = r.num(4);
  if (!y) return false;
  e.year = *y;
  e.pos_year = static_cast<std::uint32_t>(at);
  return true;
}

bool day(reader& r, expr& e) {
  const std::size_t at = r.i;
  const auto d = r.num12();
  if (!d) return false;
  e.day = *d;
  e.pos_day = static_cast<std::uint32_t>(at);
  // ordinal suffix
  if (alpha(r.peek())) {
    const auto w = r.t.substr(r.i, 2);
    if ((ieq(w, "st") || ieq(w, "nd") || ieq(w, "rd") || ieq(w, "th")) && !alpha(r.peek(2)) && !digit(r.peek(2)))
      r.i += 2;
    else
      return false;
  }
  return true;
}

bool optional_time(reader& r, expr& e) {
  if (r.done()) return true;
  const std::size_t save = r.i;
  if (!time_separator(r)) return false;
  if (!clock(r, e, false)) {
    r.i = save;
    return false;
  }
  return true;
}

bool iso(reader& r, expr& e) {
  if (!year4(r, e) || !r.eat('-')) return false;
  const std::size_t pm = r.i;
  const auto m = r.num(2);
  if (!m || !r.eat('-')) return false;
  e.month = *m;
  e.pos_month = static_cast<std::uint32_t>(pm);
  const std::size_t pd = r.i;
  const auto d = r.num(2);
  if (!d) return false;
  e.day = *d;
  e.pos_day = static_cast<std::uint32_t>(pd);
  if (r.done()) return true;
  if (r.peek() == 'T' || r.peek() == 't' || r.peek() == ' ') {
    ++r.i;
    const std::size_t ph = r.i;
    const auto h = r.num(2);
    if (!h || !r.eat(':')) return false;
    r.i = ph;
    return clock(r, e, true) && r.done() && e.ampm == 0;
  }
  return false;
}

// [Tuesday, ]19 Sep 2023, Sep 19 2023, Sep. 19, 2023 (no time)
bool named_date(reader& r, expr& e) {
  weekday_prefix(r, e);
  if (digit(r.peek())) {
    if (!day(r, e) || !r.spaces() || !name_month(r, e)) return false;
  } else {
    if (!name_month(r, e)) return false;
    r.spaces();
    if (!day(r, e)) return false;
  }
  // ", 2023" or " 2023"
  const std::size_t before = r.i;
  r.spaces();
  if (r.eat(',')) r.spaces();
  return r.i != before && year4(r, e);
}

// A named date and an optional time after it.
bool named(reader& r, expr& e) { return named_date(r, e) && optional_time(r, e) && r.done(); }

// 9/19/2023, 9/19/23, 19.09.2023, 09-19-2023 (order decided by the resolver), with a time.
bool numeric(reader& r, expr& e) {
  const std::size_t pa = r.i;
  const auto a = r.num12();
  if (!a) return false;
  const char sep = r.peek();
  if (sep != '/' && sep != '.' && sep != '-') return false;
  ++r.i;
  const std::size_t pb = r.i;
  const auto b = r.num12();
  if (!b || !r.eat(sep)) return false;
  e.num_a = *a;
  e.num_b = *b;
  e.pos_month = static_cast<std::uint32_t>(pa);
  e.pos_day = static_cast<std::uint32_t>(pb);
  if (!year4(r, e)) {
    if (sep == '-') return false;
    const std::size_t py = r.i;
    const auto y = r.num(2);
    if (!y) return false;
    e.year = *y;
    e.year_two_digit = true;
    e.pos_year = static_cast<std::uint32_t>(py);
  }
  if (sep == '.') e.numeric_dotted = true;
  return optional_time(r, e);
}

// 2023/09/19, 2023.9.19 (year first: month then day)
bool year_first(reader& r, expr& e) {
  if (!year4(r, e)) return false;
  if (!r.eat('/') && !r.eat('.')) return false;
  const std::size_t pm = r.i;
  const auto m = r.num12();
  if (!m || (!r.eat('/') && !r.eat('.'))) return false;
  e.month = *m;
  e.pos_month = static_cast<std::uint32_t>(pm);
  const std::size_t pd = r.i;
  const auto d = r.num12();
  if (!d) return false;
  e.day = *d;
  e.pos_day = static_cast<std::uint32_t>(pd);
  return optional_time(r, e);
}

// 20230919, 20230919T134305Z, 20230919T1343+0530
bool iso_basic(reader& r, expr& e) {
  const std::size_t py = r.i;
  if (r.t.size() - r.i < 8) return false;
  for (std::size_t k = 0; k < 8; ++k)
    if (!digit(r.peek(k))) return false;
  if (digit(r.peek(8))) return false;
  const auto d2 = [&](std::size_t k) { return (r.t[r.i + k] - '0') * 10 + (r.t[r.i + k + 1] - '0'); };
  e.year = d2(0) * 100 + d2(2);
  e.pos_year = static_cast<std::uint32_t>(py);
  e.month = d2(4);
  e.pos_month = static_cast<std::uint32_t>(py + 4);
  e.day = d2(6);
  e.pos_day = static_cast<std::uint32_t>(py + 6);
  r.i += 8;
  if (r.done()) return true;
  if (!r.eat('T')) return false;
  const std::size_t ph = r.i;
  const auto h = r.two();
  const std::size_t pm = r.i;
  const auto m = r.two();
  if (!h || !m) return false;
  e.hour = *h;
  e.pos_hour = static_cast<std::uint32_t>(ph);
  e.minute = *m;
  e.pos_minute = static_cast<std::uint32_t>(pm);
  if (digit(r.peek())) {
    const std::size_t ps = r.i;
    const auto sec = r.two();
    if (!sec) return false;
    e.second = *sec;
    e.pos_second = static_cast<std::uint32_t>(ps);
  }
  if (r.peek() == 'Z') {
    e.zone_offset_min = 0;
    e.pos_zone = static_cast<std::uint32_t>(r.i);
    ++r.i;
  } else if (r.peek() == '+' || r.peek() == '-') {
    if (!numeric_offset(r, e)) return false;
  }
  return r.done();
}

// 2023-W38, 2023W38, 2023-W38-2, 2023-262
bool iso_week_or_ordinal(reader& r, expr& e) {
  if (!year4(r, e)) return false;
  const bool dash = r.eat('-');
  if (r.eat('W')) {
    const std::size_t pw = r.i;
    const auto w = r.num(2);
    if (!w) return false;
    e.iso_week = *w;
    e.pos_day = static_cast<std::uint32_t>(pw);
    if (r.done()) return true;
    r.eat('-');
    const std::size_t pd = r.i;
    const auto d = r.num(1);
    if (!d) return false;
    e.weekday = *d;
    e.pos_weekday = static_cast<std::uint32_t>(pd);
    return r.done();
  }
  if (!dash) return false;
  const std::size_t pd = r.i;
  const auto d = r.num(3);
  if (!d) return false;
  e.ordinal_day = *d;
  e.pos_day = static_cast<std::uint32_t>(pd);
  return r.done();
}

// 09-Sep-2007, 9-Sep-07
bool day_mon_year(reader& r, expr& e) {
  if (!day(r, e) || !r.eat('-') || !name_month(r, e) || !r.eat('-')) return false;
  if (year4(r, e)) return r.done();
  const std::size_t py = r.i;
  const auto y = r.num(2);
  if (!y) return false;
  e.year = *y;
  e.year_two_digit = true;
  e.pos_year = static_cast<std::uint32_t>(py);
  return r.done();
}

// 10:14 AM, May 13, 1999   1:43 PM IST on Sep 19 2023
bool time_then_date(reader& r, expr& e) {
  if (!clock(r, e, false)) return false;
  const std::size_t s = r.i;
  r.spaces();
  if (r.eat(',')) r.spaces();
  if (r.i == s) return false;
  if (ieq(r.t.substr(r.i, 2), "on") && r.peek(2) == ' ') {
    r.i += 2;
    r.spaces();
  }
  return named_date(r, e) && r.done();
}

}  // namespace

std::optional<match> fast_match(std::string_view text) {
  if (text.empty() || text.size() > 64) return std::nullopt;
  const auto attempt = [&](auto&& shape) -> std::optional<match> {
    reader r{text};
    match m;
    if (!shape(r, m.first) || !r.done()) return std::nullopt;
    m.length = m.first_length = text.size();
    return m;
  };
  const char c = text[0];
  if (digit(c)) {
    const bool four = text.size() >= 5 && digit(text[1]) && digit(text[2]) && digit(text[3]);
    if (four && text[4] == '-' && text.size() >= 10 && digit(text[5]) && digit(text[6]) && text[7] == '-')
      return attempt(iso);
    if (four && (text[4] == 'W' || text[4] == '-')) return attempt(iso_week_or_ordinal);
    if (four && (text[4] == '/' || text[4] == '.')) return attempt(year_first);
    if (four && digit(text[4])) return attempt(iso_basic);
    if (auto m = attempt(numeric)) return m;
    if (auto m = attempt(day_mon_year)) return m;
    if (auto m = attempt(time_then_date)) return m;
    return attempt(named);
  }
  if (alpha(c)) return attempt(named);
  return std::nullopt;
}

}  // namespace annals::detail
