// The table of named days; see annals/holidays.hpp for the rules.
#include "annals/holidays.hpp"

#include <array>
#include <cstdint>
#include <string>

#include "astronomy.hpp"
#include "text.hpp"

namespace annals {

namespace {
using R = holiday_rule;
constexpr unsigned Sun = 0, Mon = 1, Thu = 4;

constexpr std::array kHolidays{
    holiday{"new year's day|new years day|new year's|new year", R::fixed, 1, 1, 0, 0, 0},
    holiday{"new year's eve|new years eve", R::fixed, 12, 31, 0, 0, 0},
    holiday{"christmas day|christmas|xmas", R::fixed, 12, 25, 0, 0, 0},
    holiday{"christmas eve", R::fixed, 12, 24, 0, 0, 0},
    holiday{"boxing day", R::fixed, 12, 26, 0, 0, 0},
    holiday{"independence day|fourth of july|the fourth of july|july fourth", R::fixed, 7, 4, 0, 0, 0},
    holiday{"halloween|hallowe'en", R::fixed, 10, 31, 0, 0, 0},
    holiday{"valentine's day|valentines day|st. valentine's day|saint valentine's day", R::fixed, 2, 14, 0, 0, 0},
    holiday{"st. patrick's day|saint patrick's day|st patrick's day", R::fixed, 3, 17, 0, 0, 0},
    holiday{"veterans day|veterans' day|veteran's day|armistice day|remembrance day", R::fixed, 11, 11, 0, 0, 0},
    holiday{"juneteenth", R::fixed, 6, 19, 0, 0, 0},
    holiday{"may day", R::fixed, 5, 1, 0, 0, 0},
    holiday{"all saints' day|all saints day", R::fixed, 11, 1, 0, 0, 0},
    holiday{"bastille day", R::fixed, 7, 14, 0, 0, 0},
    holiday{"thanksgiving day|thanksgiving", R::nth_weekday, 11, 0, Thu, 4, 0},
    holiday{"black friday", R::nth_weekday, 11, 0, Thu, 4, 1},
    holiday{"cyber monday", R::nth_weekday, 11, 0, Thu, 4, 4},
    holiday{"memorial day", R::nth_weekday, 5, 0, Mon, -1, 0},
    holiday{"labor day|labour day", R::nth_weekday, 9, 0, Mon, 1, 0},
    holiday{"mother's day|mothers day|mothers' day", R::nth_weekday, 5, 0, Sun, 2, 0},
    holiday{"father's day|fathers day|fathers' day", R::nth_weekday, 6, 0, Sun, 3, 0},
    holiday{"martin luther king day|martin luther king jr. day|martin luther king, jr. day|mlk day",
            R::nth_weekday, 1, 0, Mon, 3, 0},
    holiday{"presidents' day|presidents day|president's day|washington's birthday", R::nth_weekday,
            2, 0, Mon, 3, 0},
    holiday{"columbus day|indigenous peoples' day", R::nth_weekday, 10, 0, Mon, 2, 0},
    holiday{"election day", R::nth_weekday, 11, 0, Mon, 1, 1},
    holiday{"easter sunday|easter day|easter", R::easter, 0, 0, 0, 0, 0},
    holiday{"good friday", R::easter, 0, 0, 0, 0, -2},
    holiday{"holy thursday|maundy thursday", R::easter, 0, 0, 0, 0, -3},
    holiday{"palm sunday", R::easter, 0, 0, 0, 0, -7},
    holiday{"easter monday", R::easter, 0, 0, 0, 0, 1},
    holiday{"ash wednesday", R::easter, 0, 0, 0, 0, -46},
    holiday{"ascension day", R::easter, 0, 0, 0, 0, 39},
    holiday{"pentecost|whit sunday|whitsunday", R::easter, 0, 0, 0, 0, 49},
    holiday{"rosh hashanah|rosh hashana|rosh ha-shanah", R::hebrew, hebrew_month::tishrei, 1, 0, 0, 0, 2},
    holiday{"yom kippur", R::hebrew, hebrew_month::tishrei, 10, 0, 0, 0},
    holiday{"sukkot|succot|sukkoth", R::hebrew, hebrew_month::tishrei, 15, 0, 0, 0, 7},
    holiday{"hanukkah|chanukah|hanukah|chanukkah", R::hebrew, hebrew_month::kislev, 25, 0, 0, 0, 8},
    holiday{"purim", R::hebrew, hebrew_month::adar, 14, 0, 0, 0},
    holiday{"passover|pesach", R::hebrew, hebrew_month::nisan, 15, 0, 0, 0, 8},
    holiday{"shavuot|shavuoth", R::hebrew, hebrew_month::sivan, 6, 0, 0, 0, 2},
    holiday{"ramadan|ramadhan", R::islamic, 9, 1, 0, 0, 0, 0},
    holiday{"eid al-fitr|eid ul-fitr|eid al fitr|eid-al-fitr", R::islamic, 10, 1, 0, 0, 0},
    holiday{"eid al-adha|eid ul-adha|eid al adha|eid-al-adha", R::islamic, 12, 10, 0, 0, 0},
    holiday{"islamic new year|hijri new year", R::islamic, 1, 1, 0, 0, 0},
    holiday{"lunar new year|chinese new year", R::lunar_new_year, 0, 0, 0, 0, 0},
    holiday{"lantern festival", R::lunar_new_year, 0, 0, 0, 0, 14},
};

// Days are counted as R.D. numbers below: day 1 is 0001-01-01 of the proleptic Gregorian
// calendar. The rules are the calendars' published arithmetic (as set out in Reingold and
// Dershowitz, "Calendrical Calculations").
using rd = std::int64_t;
constexpr rd floor_div(rd a, rd b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0); }
date::sys_days from_rd(rd n) { return date::sys_days{date::year{1} / 1 / 1} + date::days{n - 1}; }

// Days from the Hebrew epoch to the molad of Tishrei of year `y`, moved a day when the molad
// is at or after noon or the day would put Yom Kippur next to the Sabbath.
rd hebrew_elapsed_days(rd y) {
  const rd months = floor_div(235 * y - 234, 19);
  const rd parts = 12084 + 13753 * months;  // a day has 25,920 parts (chalakim)
  const rd day = 29 * months + floor_div(parts, 25920);
  return (3 * (day + 1)) % 7 < 3 ? day + 1 : day;
}

// 1 Tishrei of Hebrew year `y` (Rosh Hashanah), with the postponements that keep every year
// 353 to 355 or 383 to 385 days long.
rd hebrew_new_year(rd y) {
  constexpr rd kEpoch = -1373427;  // 1 Tishrei of year 1 (7 October 3761 BC, Julian)
  const rd e0 = hebrew_elapsed_days(y - 1), e1 = hebrew_elapsed_days(y), e2 = hebrew_elapsed_days(y + 1);
  const rd delay = e2 - e1 == 356 ? 2 : e1 - e0 == 382 ? 1 : 0;
  return kEpoch + e1 + delay;
}

// `day` of Hebrew `month` that falls in Gregorian year `y`: the autumn months belong to the
// Hebrew year that begins in `y`, the months from Adar to Elul to the one that ends in it, and
// count back from its last day (Elul always has 29 days, Av 30, and so on back to Nisan).
std::optional<rd> hebrew_day(int y, unsigned month, unsigned day) {
  const rd new_year = hebrew_new_year(rd{y} + 3761);
  const rd year_length = hebrew_new_year(rd{y} + 3762) - new_year;
  const rd heshvan = year_length % 10 == 5 ? 30 : 29;  // a "complete" year: 355 or 385 days
  const rd d = day;
  switch (month) {
    case hebrew_month::tishrei: return new_year + d - 1;
    case hebrew_month::heshvan: return new_year + 30 + d - 1;
    case hebrew_month::kislev: return new_year + 30 + heshvan + d - 1;
    case hebrew_month::adar: return new_year - 206 + d - 1;
    case hebrew_month::nisan: return new_year - 177 + d - 1;
    case hebrew_month::iyar: return new_year - 147 + d - 1;
    case hebrew_month::sivan: return new_year - 118 + d - 1;
    case hebrew_month::tammuz: return new_year - 88 + d - 1;
    case hebrew_month::av: return new_year - 59 + d - 1;
    case hebrew_month::elul: return new_year - 29 + d - 1;
    default: return std::nullopt;
  }
}

// `day` of `month` of Islamic year `y` in the tabular calendar: 30-year cycles of 354-day
// years with 11 leap years of 355 days, months of 30 and 29 days in turn.
rd islamic_fixed(rd y, rd month, rd day) {
  constexpr rd kEpoch = 227015;  // 1 Muharram AH 1 (16 July 622, Julian)
  return day + 29 * (month - 1) + floor_div(6 * month - 1, 11) + (y - 1) * 354 + floor_div(3 + 11 * y, 30) +
         kEpoch - 1;
}

// The first day of the Chinese year that begins in Gregorian year `y`, in China Standard Time
// (UTC+8): the eleventh month holds the December solstice, and the year begins two new moons
// after that month does; a leap month before it (2033) can move it a month on, which the
// January 21 floor catches.
date::sys_days lunar_new_year(int y) {
  using std::chrono::hours;
  const auto china_day = [](date::sys_seconds t) { return date::floor<date::days>(t + hours{8}); };
  const date::sys_days solstice = china_day(detail::december_solstice(y - 1));
  // the last new moon on or before the solstice's day, China time: the eleventh month's first
  const date::sys_seconds day_end =
      date::sys_seconds{solstice + date::days{1}} - hours{8} - std::chrono::seconds{1};
  const std::int64_t eleventh = detail::lunation_before(day_end);
  const date::sys_days d = china_day(detail::new_moon(eleventh + 2));
  if (d < date::sys_days{date::year{y} / 1 / 21}) return china_day(detail::new_moon(eleventh + 3));
  return d;
}

// The Islamic year whose `month`/`day` is the first to fall in Gregorian year `y`.
std::optional<rd> islamic_year_in(int y, unsigned month, unsigned day) {
  // years since 622 times the ratio of the mean years, 365.2425 / (10631 / 30) days
  const rd guess = floor_div((rd{y} - 622) * 4382910, 4252400);
  for (rd iy = guess - 1; iy <= guess + 2; ++iy)
    if (date::year_month_day{from_rd(islamic_fixed(iy, month, day))}.year() == date::year{y}) return iy;
  return std::nullopt;
}

// Lower-cases and drops apostrophes (straight and U+2019) so "New Year’s" == "new years".
std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '\'') continue;
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        static_cast<unsigned char>(s[i + 2]) == 0x99) {
      i += 2;
      continue;
    }
    out.push_back(detail::ascii_lower(static_cast<char>(c)));
  }
  return out;
}
}  // namespace

std::span<const holiday> holiday_table() noexcept { return kHolidays; }

std::optional<std::size_t> find_holiday(std::string_view name) noexcept {
  if (name.size() > 64) return std::nullopt;
  const std::string want = fold(name);
  for (std::size_t i = 0; i < kHolidays.size(); ++i) {
    std::string_view names = kHolidays[i].names;
    while (!names.empty()) {
      const auto bar = names.find('|');
      const auto one = names.substr(0, bar);
      if (fold(one) == want) return i;
      names = bar == std::string_view::npos ? std::string_view{} : names.substr(bar + 1);
    }
  }
  return std::nullopt;
}

date::year_month_day easter_sunday(date::year y) noexcept {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const int Y = static_cast<int>(y);
  const int a = Y % 19, b = Y / 100, c = Y % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
  return date::year_month_day{y, date::month{static_cast<unsigned>(month)},
                              date::day{static_cast<unsigned>(day)}};
}

std::optional<date::year_month_day> holiday_date(std::size_t index, date::year y) noexcept {
  if (index >= kHolidays.size() || int(y) < 1 || int(y) > 9999) return std::nullopt;
  const holiday& h = kHolidays[index];
  switch (h.rule) {
    case holiday_rule::fixed:
      return date::year_month_day{y, date::month{h.month}, date::day{h.day}};
    case holiday_rule::nth_weekday: {
      const date::month m{h.month};
      const date::weekday wd{h.weekday};
      date::sys_days d;
      if (h.nth < 0)
        d = date::sys_days{date::year_month_weekday_last{y, m, date::weekday_last{wd}}};
      else
        d = date::sys_days{date::year_month_weekday{y, m, wd[static_cast<unsigned>(h.nth)]}};
      return date::year_month_day{d + date::days{h.offset_days}};
    }
    case holiday_rule::easter:
      return date::year_month_day{date::sys_days{easter_sunday(y)} + date::days{h.offset_days}};
    case holiday_rule::hebrew: {
      // The Hebrew year drifts against the Gregorian one (by a day in about 230 years): from
      // the 31st century on, Hanukkah may fall in the January after the year counted from.
      // A leap Hebrew year may even pass over a Gregorian year (Hanukkah on 31 December, then
      // on 1 January a year later): such a year has the day of the Hebrew year begun in it.
      std::optional<date::year_month_day> begun_in_y;
      for (int k = -1; k <= 1; ++k)
        if (const auto d = hebrew_day(static_cast<int>(y) + k, h.month, h.day)) {
          const date::year_month_day ymd{from_rd(*d)};
          if (ymd.year() == y) return ymd;
          if (k == 0) begun_in_y = ymd;
        }
      return begun_in_y;
    }
    case holiday_rule::lunar_new_year:
      return date::year_month_day{lunar_new_year(static_cast<int>(y)) + date::days{h.offset_days}};
    case holiday_rule::islamic:
      if (const auto iy = islamic_year_in(static_cast<int>(y), h.month, h.day))
        return date::year_month_day{from_rd(islamic_fixed(*iy, h.month, h.day))};
      return std::nullopt;
  }
  return std::nullopt;
}

std::optional<unsigned> holiday_length(std::size_t index, date::year y) noexcept {
  if (index >= kHolidays.size() || int(y) < 1 || int(y) > 9999) return std::nullopt;
  const holiday& h = kHolidays[index];
  if (h.days != 0) return h.days;
  if (h.rule != holiday_rule::islamic) return std::nullopt;  // only an Islamic month is "the whole month"
  // the whole Islamic month: to the first of the next
  const auto iy = islamic_year_in(static_cast<int>(y), h.month, h.day);
  if (!iy) return std::nullopt;
  const rd first = islamic_fixed(*iy, h.month, 1);
  const rd next = h.month == 12 ? islamic_fixed(*iy + 1, 1, 1) : islamic_fixed(*iy, h.month + 1, 1);
  return static_cast<unsigned>(next - first);
}

}  // namespace annals
