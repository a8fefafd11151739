// The value model's small functions: names, ISO 8601 periods, interval instants.
#include "annals/timex.hpp"

#include <fmt/format.h>

namespace annals {

std::string_view to_string(timex_type t) noexcept {
  switch (t) {
    case timex_type::date: return "DATE";
    case timex_type::time: return "TIME";
    case timex_type::duration: return "DURATION";
    case timex_type::set: return "SET";
  }
  return "DATE";
}

std::string_view to_string(grain g) noexcept {
  switch (g) {
    case grain::millennium: return "millennium";
    case grain::century: return "century";
    case grain::decade: return "decade";
    case grain::year: return "year";
    case grain::half: return "half";
    case grain::season: return "season";
    case grain::quarter: return "quarter";
    case grain::month: return "month";
    case grain::week: return "week";
    case grain::weekend: return "weekend";
    case grain::day: return "day";
    case grain::part_of_day: return "part_of_day";
    case grain::hour: return "hour";
    case grain::minute: return "minute";
    case grain::second: return "second";
    case grain::unknown: return "unknown";
  }
  return "unknown";
}

std::string_view to_string(timex_mod m) noexcept {
  switch (m) {
    case timex_mod::none: return "";
    case timex_mod::before: return "BEFORE";
    case timex_mod::after: return "AFTER";
    case timex_mod::on_or_before: return "ON_OR_BEFORE";
    case timex_mod::on_or_after: return "ON_OR_AFTER";
    case timex_mod::less_than: return "LESS_THAN";
    case timex_mod::more_than: return "MORE_THAN";
    case timex_mod::equal_or_less: return "EQUAL_OR_LESS";
    case timex_mod::equal_or_more: return "EQUAL_OR_MORE";
    case timex_mod::start: return "START";
    case timex_mod::mid: return "MID";
    case timex_mod::end: return "END";
    case timex_mod::approx: return "APPROX";
  }
  return "";
}

bool period::empty() const noexcept {
  if (unknown) return false;
  for (auto a : amount)
    if (a != 0) return false;
  return milliseconds == 0;
}

std::string period::iso() const {
  static constexpr char letters[] = {'Y', 'M', 'W', 'D', 'H', 'M', 'S'};
  std::string out = "P";
  if (unknown) {
    const auto i = static_cast<std::size_t>(*unknown);
    if (i >= 4) out += 'T';
    out += 'X';
    out += letters[i];
    return out;
  }
  bool any = false, t = false;
  for (std::size_t i = 0; i < amount.size(); ++i) {
    const bool fraction = i == 6 && milliseconds != 0;
    if (amount[i] == 0 && !fraction) continue;
    if (i >= 4 && !t) {
      out += 'T';
      t = true;
    }
    if (fraction) {
      // "PT21.34S": the thousandths without trailing zeros
      std::string ms = fmt::format("{:03}", milliseconds);
      while (ms.back() == '0') ms.pop_back();
      out += fmt::format("{}.{}{}", amount[i], ms, letters[i]);
    } else {
      out += fmt::format("{}{}", amount[i], letters[i]);
    }
    any = true;
  }
  if (!any) out += "T0S";
  return out;
}

grain period::grain() const noexcept {
  static constexpr annals::grain by_unit[] = {annals::grain::year, annals::grain::month, annals::grain::week,
                                              annals::grain::day,  annals::grain::hour,  annals::grain::minute,
                                              annals::grain::second};
  if (unknown) return by_unit[static_cast<std::size_t>(*unknown)];
  annals::grain g = annals::grain::unknown;
  for (std::size_t i = 0; i < amount.size(); ++i)
    if (amount[i] != 0) g = by_unit[i];
  if (milliseconds != 0) g = annals::grain::second;
  return g;
}

std::optional<sys_time> interval::sys_begin() const {
  if (where.is_floating()) return std::nullopt;
  auto r = where.to_sys(begin);
  if (!r) return std::nullopt;
  return *r;
}

std::optional<sys_time> interval::sys_end() const {
  if (where.is_floating()) return std::nullopt;
  auto r = where.to_sys(end);
  if (!r) return std::nullopt;
  return *r;
}

}  // namespace annals
