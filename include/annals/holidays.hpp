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
enum class holiday_rule : std::uint8_t { fixed, nth_weekday, easter };

/// One named day.
struct holiday {
  std::string_view names;   ///< '|'-separated lower-case names, the first is canonical
  holiday_rule rule;
  unsigned month;           ///< fixed, nth_weekday
  unsigned day;             ///< fixed
  unsigned weekday;         ///< nth_weekday: 0 = Sunday … 6 = Saturday (date::weekday encoding)
  int nth;                  ///< nth_weekday: 1..5, or −1 for the last
  int offset_days;          ///< added after the rule (nth_weekday, easter)
};

/// Every named day annals knows.
[[nodiscard]] std::span<const holiday> holiday_table() noexcept;

/// The index of a holiday by any of its names (case-insensitive; straight or curly apostrophes
/// or none); none when unknown.
[[nodiscard]] std::optional<std::size_t> find_holiday(std::string_view name) noexcept;

/// The date of holiday `index` in a year (years 1..9999).
[[nodiscard]] std::optional<date::year_month_day> holiday_date(std::size_t index, date::year y) noexcept;

/// Western (Gregorian) Easter Sunday of a year.
[[nodiscard]] date::year_month_day easter_sunday(date::year y) noexcept;

}  // namespace annals
