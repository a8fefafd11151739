// The moments the lunar calendar follows (src/astronomy.hpp): new moons and December solstices
// against published times (UT), within the series' stated accuracy.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>
#include <string>

#include "astronomy.hpp"

namespace {

using date::sys_seconds;
using std::chrono::hours;
using std::chrono::minutes;

sys_seconds at(int y, unsigned m, unsigned d, int hh, int mm) {
  return sys_seconds{date::sys_days{date::year{y} / date::month{m} / date::day{d}}} + hours{hh} + minutes{mm};
}

std::int64_t minutes_apart(sys_seconds a, sys_seconds b) {
  const auto d = std::chrono::duration_cast<minutes>(a - b).count();
  return d < 0 ? -d : d;
}

}  // namespace

TEST_CASE("new moons to within three minutes") {
  struct moon {
    sys_seconds when;
    std::int64_t lunation;
  };
  const moon moons[] = {
      {at(2000, 1, 6, 18, 14), 0},     // lunation 0 of the series
      {at(2023, 1, 21, 20, 53), 285},  // the new moon of the lunar New Year 2023
      {at(2024, 1, 11, 11, 57), 297},
      {at(2024, 4, 8, 18, 21), 300},   // the total solar eclipse
  };
  for (const auto& m : moons) {
    CAPTURE(m.lunation);
    CHECK(minutes_apart(annals::detail::new_moon(m.lunation), m.when) <= 3);
    // the lunation in progress a day later is that one; a minute before, the one before
    CHECK(annals::detail::lunation_before(m.when + hours{24}) == m.lunation);
    CHECK(annals::detail::lunation_before(annals::detail::new_moon(m.lunation) - minutes{1}) == m.lunation - 1);
  }
}

TEST_CASE("December solstices to within a quarter of an hour") {
  struct solstice {
    int year;
    sys_seconds when;
  };
  const solstice solstices[] = {
      {2000, at(2000, 12, 21, 13, 37)},
      {2022, at(2022, 12, 21, 21, 48)},
      {2023, at(2023, 12, 22, 3, 27)},
      {2024, at(2024, 12, 21, 9, 20)},
  };
  for (const auto& s : solstices) {
    CAPTURE(s.year);
    CHECK(minutes_apart(annals::detail::december_solstice(s.year), s.when) <= 15);
  }
}
