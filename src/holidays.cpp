// The table of named days; see annals/holidays.hpp for the rules.
#include "annals/holidays.hpp"

#include <array>
#include <string>

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
};

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
  }
  return std::nullopt;
}

}  // namespace annals
