// Calendar periods and TIMEX3 value strings; see annals/calendar.hpp.
#include "annals/calendar.hpp"

#include <date/iso_week.h>
#include <fmt/format.h>

#include <array>

namespace annals::calendar {

using namespace std::chrono;
using date::local_days;

namespace {
local_time at(local_days d) { return local_time{d}; }
local_days first_of(date::year y, unsigned m) { return local_days{y / date::month{m} / 1}; }

constexpr std::array kPods{
    part_of_day_hours{"MO", 6, 12}, part_of_day_hours{"MI", 11, 14},
    part_of_day_hours{"AF", 12, 18}, part_of_day_hours{"EV", 18, 22},
    part_of_day_hours{"NI", 21, 30}, part_of_day_hours{"DT", 6, 18},
};
}  // namespace

part_of_day_hours hours_of(std::string_view code) noexcept {
  for (const auto& p : kPods)
    if (p.code == code) return p;
  return kPods[0];
}

period_span day_of(local_days d) { return {at(d), at(d + date::days{1}), grain::day}; }

period_span week_of(local_days d) {
  const local_days monday = d - (date::weekday{d} - date::Monday);
  return {at(monday), at(monday + date::days{7}), grain::week};
}

period_span weekend_of(local_days d) {
  const local_days monday = d - (date::weekday{d} - date::Monday);
  return {at(monday + date::days{5}), at(monday + date::days{7}), grain::weekend};
}

period_span month_of(date::year_month ym) {
  const local_days b{ym / 1};
  const local_days e{(ym + date::months{1}) / 1};
  return {at(b), at(e), grain::month};
}

period_span quarter_of(date::year y, int q) {
  const auto m = static_cast<unsigned>((q - 1) * 3 + 1);
  const local_days b = first_of(y, m);
  const local_days e{(date::year_month{y, date::month{m}} + date::months{3}) / 1};
  return {at(b), at(e), grain::quarter};
}

period_span half_of(date::year y, int h) {
  const auto m = static_cast<unsigned>((h - 1) * 6 + 1);
  const local_days b = first_of(y, m);
  const local_days e{(date::year_month{y, date::month{m}} + date::months{6}) / 1};
  return {at(b), at(e), grain::half};
}

period_span season_of(date::year y, int s) {
  const auto m = static_cast<unsigned>(s * 3);  // 3 spring, 6 summer, 9 fall, 12 winter
  const local_days b = first_of(y, m);
  const local_days e{(date::year_month{y, date::month{m}} + date::months{3}) / 1};
  return {at(b), at(e), grain::season};
}

period_span year_of(date::year y) {
  return {at(first_of(y, 1)), at(first_of(y + date::years{1}, 1)), grain::year};
}

period_span decade_of(std::int64_t d) {
  const date::year y{static_cast<int>(d * 10)};
  return {at(first_of(y, 1)), at(first_of(y + date::years{10}, 1)), grain::decade};
}

period_span century_of(std::int64_t c) {
  const date::year y{static_cast<int>(c * 100)};
  return {at(first_of(y, 1)), at(first_of(y + date::years{100}, 1)), grain::century};
}

period_span millennium_of(std::int64_t m) {
  const date::year y{static_cast<int>(m * 1000)};
  return {at(first_of(y, 1)), at(first_of(y + date::years{1000}, 1)), grain::millennium};
}

period_span century_bc_of(std::int64_t n) {
  const date::year y{static_cast<int>(1 - n * 100)};  // 5 → -499, that is 500 BC
  return {at(first_of(y, 1)), at(first_of(y + date::years{100}, 1)), grain::century};
}

namespace {
// Appends v (0 <= v) zero-padded to `width` digits; the hot path of every value string.
void put(std::string& out, long long v, int width) {
  char buf[20];
  int n = 0;
  do {
    buf[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v > 0 && n < 20);
  while (n < width) buf[n++] = '0';
  while (n > 0) out += buf[--n];
}
// A year of a value: four digits, or before year 1 "BC" and the year counted back (0 → BC0001).
void put_year(std::string& out, int y) {
  if (y <= 0) {
    out += "BC";
    put(out, 1 - y, 4);
  } else {
    put(out, y, 4);
  }
}
// The leading digits of a value of `grain_years` years (a decade, century or millennium) that
// begins in year y: "199" for the 1990s, "BC04" for the century that begins in 500 BC (-499).
// (A period that begins in year 0 is the first of the common era's numbering: "000", "00".)
void put_years(std::string& out, int y, int grain_years, int width) {
  if (y < 0) {
    out += "BC";
    put(out, -y / grain_years, width);
  } else {
    put(out, y / grain_years, width);
  }
}
void put_date(std::string& out, int y, unsigned m, unsigned d) {
  put_year(out, y);
  out += '-';
  put(out, m, 2);
  out += '-';
  put(out, d, 2);
}
}  // namespace

std::string timex_value(annals::grain g, local_time begin, std::string_view pod_code,
                        int fraction_digits) {
  const local_days d = date::floor<date::days>(begin);
  const date::year_month_day ymd{d};
  const int y = static_cast<int>(ymd.year());
  const unsigned m = static_cast<unsigned>(ymd.month());
  const unsigned dd = static_cast<unsigned>(ymd.day());
  const date::hh_mm_ss<duration> tod{begin - local_time{d}};
  std::string s;
  s.reserve(32);
  switch (g) {
    case grain::millennium: put_years(s, y, 1000, 1); return s;
    case grain::century: put_years(s, y, 100, 2); return s;
    case grain::decade: put_years(s, y, 10, 3); return s;
    case grain::year: put_year(s, y); return s;
    case grain::half:
      put_year(s, y);
      s += m <= 6 ? "-H1" : "-H2";
      return s;
    case grain::season: {
      static constexpr std::string_view codes[] = {"WI", "WI", "SP", "SP", "SP", "SU",
                                                   "SU", "SU", "FA", "FA", "FA", "WI"};
      // A winter that begins in December is that year's winter.
      put_year(s, m <= 2 ? y - 1 : y);
      s += '-';
      s += codes[m - 1];
      return s;
    }
    case grain::quarter:
      put_year(s, y);
      s += "-Q";
      s += static_cast<char>('1' + (m - 1) / 3);
      return s;
    case grain::month:
      put_year(s, y);
      s += '-';
      put(s, m, 2);
      return s;
    case grain::week:
    case grain::weekend: {
      const iso_week::year_weeknum_weekday iw{date::sys_days{d.time_since_epoch()}};
      put_year(s, static_cast<int>(iw.year()));
      s += "-W";
      put(s, static_cast<unsigned>(iw.weeknum()), 2);
      if (g == grain::weekend) s += "-WE";
      return s;
    }
    case grain::day: put_date(s, y, m, dd); return s;
    case grain::part_of_day:
      put_date(s, y, m, dd);
      s += 'T';
      s += pod_code;
      return s;
    case grain::hour:
    case grain::minute:
    case grain::second:
      put_date(s, y, m, dd);
      s += 'T';
      put(s, tod.hours().count(), 2);
      s += ':';
      put(s, tod.minutes().count(), 2);
      if (g == grain::second) {
        s += ':';
        put(s, tod.seconds().count(), 2);
        if (fraction_digits > 0) {
          std::string f;
          put(f, tod.subseconds().count(), 6);
          s += '.';
          s += f.substr(0, static_cast<std::size_t>(std::min(fraction_digits, 6)));
        }
      }
      return s;
    case grain::unknown: break;
  }
  return {};
}

std::string iso(local_time t) {
  const local_days d = date::floor<date::days>(t);
  const date::year_month_day ymd{d};
  const date::hh_mm_ss<duration> tod{t - local_time{d}};
  const int y = static_cast<int>(ymd.year());
  std::string s = fmt::format("{}{:04}-{:02}-{:02}T{:02}:{:02}:{:02}", y < 0 ? "-" : "", y < 0 ? -y : y,
                              static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                              tod.hours().count(), tod.minutes().count(), tod.seconds().count());
  if (const auto us = tod.subseconds().count(); us != 0) {
    std::string f = fmt::format("{:06}", us);
    while (!f.empty() && f.back() == '0') f.pop_back();
    s += '.';
    s += f;
  }
  return s;
}

}  // namespace annals::calendar
