// Reference times: parsing (--ref, document dates) and printing.
#include "annals/reference.hpp"

#include <fmt/format.h>

#include "annals/calendar.hpp"
#include "annals/parse.hpp"
#include "text.hpp"

namespace annals {

reference reference::at(sys_time t, annals::zone z) { return {z.to_local(t), z}; }

namespace {

struct cursor {
  std::string_view s;
  std::size_t i = 0;
  [[nodiscard]] bool done() const { return i >= s.size(); }
  [[nodiscard]] char peek() const { return done() ? '\0' : s[i]; }
  bool eat(char c) {
    if (peek() != c) return false;
    ++i;
    return true;
  }
  // Exactly n digits.
  std::optional<int> digits(std::size_t n) {
    if (i + n > s.size()) return std::nullopt;
    int v = 0;
    for (std::size_t k = 0; k < n; ++k) {
      const char c = s[i + k];
      if (c < '0' || c > '9') return std::nullopt;
      v = v * 10 + (c - '0');
    }
    i += n;
    return v;
  }
};

// The strict ISO 8601 form; nullopt when the text is not in that form at all.
std::optional<result<reference>> parse_iso_reference(std::string_view text) {
  cursor c{text};
  const auto y = c.digits(4);
  if (!y || !c.eat('-')) return std::nullopt;
  const std::size_t pm = c.i;
  const auto mo = c.digits(2);
  if (!mo || !c.eat('-')) return std::nullopt;
  const std::size_t pd = c.i;
  const auto d = c.digits(2);
  if (!d) return std::nullopt;
  if (*mo < 1 || *mo > 12) return result<reference>(fail(errc::invalid_date, pm, fmt::format("month {} is out of range", *mo)));
  const date::year_month_day ymd{date::year{*y}, date::month{static_cast<unsigned>(*mo)}, date::day{static_cast<unsigned>(*d)}};
  if (!ymd.ok()) return result<reference>(fail(errc::invalid_date, pd, fmt::format("day {} is out of range for {:04}-{:02}", *d, *y, *mo)));
  local_time t{date::local_days{ymd}};
  if (c.peek() == 'T' || c.peek() == 't' || (c.peek() == ' ' && c.i + 3 < text.size() && text[c.i + 3] == ':')) {
    ++c.i;
    const std::size_t ph = c.i;
    const auto h = c.digits(2);
    if (!h || !c.eat(':')) return result<reference>(fail(errc::syntax, ph, "expected a time hh:mm"));
    const std::size_t pmin = c.i;
    const auto mi = c.digits(2);
    if (!mi) return result<reference>(fail(errc::syntax, pmin, "expected minutes"));
    int sec = 0;
    std::int64_t us = 0;
    if (c.eat(':')) {
      const std::size_t ps = c.i;
      const auto s = c.digits(2);
      if (!s) return result<reference>(fail(errc::syntax, ps, "expected seconds"));
      sec = *s;
      if (c.peek() == '.' || c.peek() == ',') {
        ++c.i;
        std::int64_t scale = 100000;
        std::size_t nd = 0;
        while (!c.done() && c.peek() >= '0' && c.peek() <= '9') {
          if (scale > 0) { us += (c.peek() - '0') * scale; scale /= 10; }
          ++c.i;
          ++nd;
        }
        if (nd == 0) return result<reference>(fail(errc::syntax, c.i, "expected fraction digits"));
      }
    }
    if (*h > 23) return result<reference>(fail(errc::invalid_time, ph, fmt::format("hour {} is out of range", *h)));
    if (*mi > 59) return result<reference>(fail(errc::invalid_time, pmin, fmt::format("minute {} is out of range", *mi)));
    if (sec > 60) return result<reference>(fail(errc::invalid_time, pmin + 3, fmt::format("second {} is out of range", sec)));
    t += std::chrono::hours{*h} + std::chrono::minutes{*mi} + std::chrono::seconds{std::min(sec, 59)} + std::chrono::microseconds{us};
  }
  if (c.done()) return result<reference>(reference{t, zone{}});
  // Zone: Z, ±hh:mm, ±hhmm, ±hh, or " Area/Location".
  const std::size_t pz = c.i;
  if (c.eat('Z') || c.eat('z')) {
    if (!c.done()) return result<reference>(fail(errc::trailing_input, c.i, "unexpected text after the zone"));
    return result<reference>(reference{t, zone::fixed(std::chrono::minutes{0})});
  }
  if (c.peek() == '+' || c.peek() == '-') {
    const int sign = c.peek() == '-' ? -1 : 1;
    ++c.i;
    const auto oh = c.digits(2);
    if (!oh) return result<reference>(fail(errc::syntax, c.i, "expected an offset hh:mm"));
    int om = 0;
    if (!c.done()) {
      c.eat(':');
      const auto m2 = c.digits(2);
      if (!m2) return result<reference>(fail(errc::syntax, c.i, "expected offset minutes"));
      om = *m2;
    }
    if (!c.done()) return result<reference>(fail(errc::trailing_input, c.i, "unexpected text after the offset"));
    if (*oh > 18 || om > 59) return result<reference>(fail(errc::unknown_zone, pz, "UTC offset out of range"));
    return result<reference>(reference{t, zone::fixed(std::chrono::minutes{sign * (*oh * 60 + om)})});
  }
  if (c.peek() == ' ' || c.peek() == '[') {
    const bool bracket = c.peek() == '[';
    ++c.i;
    std::string_view name = text.substr(c.i);
    if (bracket) {
      if (name.empty() || name.back() != ']') return result<reference>(fail(errc::syntax, text.size(), "expected ']'"));
      name.remove_suffix(1);
    }
    auto z = locate_zone(name);
    if (!z) return result<reference>(fail(errc::unknown_zone, c.i, z.error().message));
    return result<reference>(reference{t, *z});
  }
  return result<reference>(fail(errc::trailing_input, c.i, "unexpected text after the date"));
}

}  // namespace

result<reference> parse_reference(std::string_view text) {
  const std::size_t lead = detail::skip_space(text, 0);
  std::size_t end = text.size();
  while (end > lead && detail::is_space_byte(text[end - 1])) --end;
  const std::string_view body = text.substr(lead, end - lead);
  if (body.empty()) return fail(errc::empty_input, error::npos, "empty reference time");
  if (body.size() > detail::kMaxExpressionBytes) return fail(errc::too_large, error::npos, "reference time too long");
  if (auto iso = parse_iso_reference(body)) {
    if (!*iso) {
      error e = std::move(*iso).error();
      if (e.offset != error::npos) e.offset += lead;
      return e;
    }
    return std::move(*iso);
  }
  // Any other absolute date or date-time annals reads ("Sep 19 2023 | 1:43 PM IST").
  const reference epoch{};
  auto v = parse(body, epoch);
  if (!v) {
    error e = std::move(v).error();
    if (e.offset != error::npos) e.offset += lead;
    return e;
  }
  const bool full_date = has(v->stated, field::year) && (has(v->stated, field::day) || has(v->stated, field::week));
  if (!full_date || !v->span || v->type == timex_type::duration || v->type == timex_type::set)
    return fail(errc::invalid_argument, lead, "a reference time needs a complete date");
  return reference{v->span->begin, v->span->where};
}

std::string to_string(const reference& r) {
  std::string s = calendar::iso(r.when);
  switch (r.where.type()) {
    case zone::kind::floating: break;
    case zone::kind::fixed: s += r.where.name(); break;
    case zone::kind::iana: {
      const auto off = r.where.offset_at(r.when).value_or(std::chrono::minutes{0});
      s += zone::fixed(off).name();
      s += '[';
      s += r.where.name();
      s += ']';
      break;
    }
  }
  return s;
}

}  // namespace annals
