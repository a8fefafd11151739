// Moments of the sky that calendars follow: new moons and the winter solstice, to the minute.
//
// The series are the truncated ones of Jean Meeus, "Astronomical Algorithms" (2nd ed.): the
// new moon with its 25 periodic terms (chapter 49; the planetary terms, under half a minute
// each, are left out) and the Sun's apparent longitude of chapter 25 (about 0.01 degree, a
// quarter of an hour in time). Dynamical time is taken as UT plus 69 seconds, its value around
// 2020: far from the present the moments drift by ΔT (hours in antiquity). Good enough to date
// a lunar new year from 1900 to 2100, which tests/holiday_test.cpp checks.
#pragma once

#include <cstdint>

#include <date/date.h>

namespace annals::detail {

/// The new moon of lunation `k` (0: 6 January 2000), as UT.
[[nodiscard]] date::sys_seconds new_moon(std::int64_t k) noexcept;

/// The lunation whose new moon comes last at or before `t` (UT).
[[nodiscard]] std::int64_t lunation_before(date::sys_seconds t) noexcept;

/// The December solstice of year `y` (the Sun's apparent longitude at 270°), as UT.
[[nodiscard]] date::sys_seconds december_solstice(int y) noexcept;

}  // namespace annals::detail
