// annals/holidays.hpp — named days: one table of fixed, rule-based and Easter-based dates.
//
//   auto i = annals::find_holiday("Thanksgiving");                 // index into holiday_table()
//   auto d = annals::holiday_date(*i, date::year{2023});           // 2023-11-23
//
// Each row has its names (case-insensitive, apostrophes optional: "New Year's Day",
// "New Years Day"), and one rule:
//   fixed        month/day                          Christmas Day = December 25
//   nth_weekday  the n-th weekday of a month (n = −1: the last), plus an offset in days
//                Thanksgiving (US) = 4th Thursday of November; Election Day (US) = first
//                Monday of November + 1 day; Memorial Day = last Monday of May
//   easter       Western Easter Sunday (Gregorian computus) plus an offset in days
//                Good Friday = Easter − 2
//   hebrew       a day of the Hebrew calendar (its fixed arithmetic: the molad of Tishrei and
//                the four postponements), in the Gregorian year it falls in
//                Yom Kippur = 10 Tishrei; Passover = 15 Nisan; Hanukkah = 25 Kislev
//                (after the year 3000 a leap Hebrew year can pass over a Gregorian year;
//                that year is given the day of the Hebrew year that begins in it)
//   islamic      a day of the arithmetical (tabular) Islamic calendar, its first occurrence in
//                the Gregorian year (an Islamic year is 11 days shorter: one year in about 33
//                holds two). The observed dates, set by sighting the new moon, often differ by
//                a day: Eid al-Fitr 2023 was kept on April 21, the table gives April 22.
//                Before 622 the dates are proleptic.
//   lunar_new_year  the Chinese (lunar) New Year plus an offset in days: in China Standard
//                Time, the second new moon after the start of the month that holds the December
//                solstice, never before January 21 (a leap 11th or 12th month, as in 2033,
//                moves it a month on); the moons and the solstice are computed (see
//                src/astronomy.hpp), right for 1900 to 2100 and close outside it
//                Lantern Festival = Lunar New Year + 14
// A holiday lasts one day unless its row says more: Hanukkah 8 days, Passover 8 (as kept
// outside Israel), Ramadan its whole month (to the eve of Eid al-Fitr: 30 days in the table).
// To add a day, add a row to the table in src/holidays.cpp and a case to tests/holiday_test.cpp.
// Regional conventions follow US news usage where names collide (Thanksgiving, Labor Day).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include <date/date.h>

namespace annals {

/// How a holiday's date is computed.
enum class holiday_rule : std::uint8_t { fixed, nth_weekday, easter, hebrew, islamic, lunar_new_year };

/// Months of the Hebrew calendar as holiday_rule::hebrew numbers them (Nisan first, as the
/// Bible counts); Adar is the month before Nisan (Adar II in a leap year). Tevet and Shevat
/// are not used by any row.
namespace hebrew_month {
inline constexpr unsigned nisan = 1, iyar = 2, sivan = 3, tammuz = 4, av = 5, elul = 6, tishrei = 7,
                          heshvan = 8, kislev = 9, adar = 12;
}

/// One named day.
struct holiday {
  std::string_view names;   ///< '|'-separated lower-case names, the first is canonical
  holiday_rule rule;
  unsigned month;           ///< fixed, nth_weekday; hebrew (hebrew_month), islamic (1 = Muharram)
  unsigned day;             ///< fixed, hebrew, islamic
  unsigned weekday;         ///< nth_weekday: 0 = Sunday … 6 = Saturday (date::weekday encoding)
  int nth;                  ///< nth_weekday: 1..5, or −1 for the last
  int offset_days;          ///< added after the rule (nth_weekday, easter, lunar_new_year)
  unsigned days = 1;        ///< how many days it lasts; 0: the whole month (islamic)
};

/// Every named day annals knows.
[[nodiscard]] std::span<const holiday> holiday_table() noexcept;

/// The index of a holiday by any of its names (case-insensitive; straight or curly apostrophes
/// or none); none when unknown.
[[nodiscard]] std::optional<std::size_t> find_holiday(std::string_view name) noexcept;

/// The date of holiday `index` in a year (years 1..9999).
[[nodiscard]] std::optional<date::year_month_day> holiday_date(std::size_t index, date::year y) noexcept;

/// How many days holiday `index` lasts in a year (1 for most; Hanukkah 8; Ramadan its month).
[[nodiscard]] std::optional<unsigned> holiday_length(std::size_t index, date::year y) noexcept;

/// Western (Gregorian) Easter Sunday of a year.
[[nodiscard]] date::year_month_day easter_sunday(date::year y) noexcept;

}  // namespace annals
