// New moons and the December solstice; see astronomy.hpp for the sources and the accuracy.
#include "astronomy.hpp"

#include <chrono>
#include <cmath>
#include <numbers>

namespace annals::detail {
namespace {

constexpr double kJ2000 = 2451545.0;        // 2000-01-01T12:00 TT, as a Julian day
constexpr double kUnixEpochJd = 2440587.5;  // 1970-01-01T00:00 UTC
constexpr double kDeltaT = 69.0;            // TT − UT, seconds (its value around 2020)
constexpr double kSynodicMonth = 29.530588861;
constexpr double kFirstNewMoon = 2451550.09766;  // lunation 0, 2000-01-06

double rad(double degrees) { return degrees * std::numbers::pi / 180.0; }

date::sys_seconds from_jde(double jde) {
  const double unix_seconds = (jde - kUnixEpochJd) * 86400.0 - kDeltaT;
  return date::sys_seconds{std::chrono::seconds{static_cast<std::int64_t>(std::floor(unix_seconds))}};
}

double to_jde(date::sys_seconds t) {
  return static_cast<double>(t.time_since_epoch().count() + static_cast<std::int64_t>(kDeltaT)) / 86400.0 +
         kUnixEpochJd;
}

// The Sun's apparent longitude in degrees, 0..360, at Julian ephemeris day `jde`.
double sun_longitude(double jde) {
  const double t = (jde - kJ2000) / 36525.0;
  const double mean_longitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const double anomaly = rad(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
  const double centre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * std::sin(anomaly) +
                        (0.019993 - 0.000101 * t) * std::sin(2 * anomaly) + 0.000289 * std::sin(3 * anomaly);
  const double node = rad(125.04 - 1934.136 * t);
  const double longitude = mean_longitude + centre - 0.00569 - 0.00478 * std::sin(node);
  return longitude - 360.0 * std::floor(longitude / 360.0);
}

}  // namespace

date::sys_seconds new_moon(std::int64_t k) noexcept {
  const double kd = static_cast<double>(k);
  const double t = kd / 1236.85;
  const double t2 = t * t, t3 = t2 * t, t4 = t3 * t;
  double jde = kFirstNewMoon + kSynodicMonth * kd + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
  const double e = 1 - 0.002516 * t - 0.0000074 * t2;  // the Earth's orbit's eccentricity, as a factor
  const double m = rad(2.5534 + 29.10535670 * kd - 0.0000014 * t2 - 0.00000011 * t3);  // the Sun's anomaly
  const double mp = rad(201.5643 + 385.81693528 * kd + 0.0107582 * t2 + 0.00001238 * t3 -
                        0.000000058 * t4);  // the Moon's anomaly
  const double f = rad(160.7108 + 390.67050284 * kd - 0.0016118 * t2 - 0.00000227 * t3 +
                       0.000000011 * t4);  // the Moon's argument of latitude
  const double node = rad(124.7746 - 1.56375588 * kd + 0.0020672 * t2 + 0.00000215 * t3);
  using std::sin;
  jde += -0.40720 * sin(mp) + 0.17241 * e * sin(m) + 0.01608 * sin(2 * mp) + 0.01039 * sin(2 * f) +
         0.00739 * e * sin(mp - m) - 0.00514 * e * sin(mp + m) + 0.00208 * e * e * sin(2 * m) -
         0.00111 * sin(mp - 2 * f) - 0.00057 * sin(mp + 2 * f) + 0.00056 * e * sin(2 * mp + m) -
         0.00042 * sin(3 * mp) + 0.00042 * e * sin(m + 2 * f) + 0.00038 * e * sin(m - 2 * f) -
         0.00024 * e * sin(2 * mp - m) - 0.00017 * sin(node) - 0.00007 * sin(mp + 2 * m) +
         0.00004 * sin(2 * mp - 2 * f) + 0.00004 * sin(3 * m) + 0.00003 * sin(mp + m - 2 * f) +
         0.00003 * sin(2 * mp + 2 * f) - 0.00003 * sin(mp + m + 2 * f) + 0.00003 * sin(mp - m + 2 * f) -
         0.00002 * sin(mp - m - 2 * f) - 0.00002 * sin(3 * mp + m) + 0.00002 * sin(4 * mp);
  return from_jde(jde);
}

std::int64_t lunation_before(date::sys_seconds t) noexcept {
  auto k = static_cast<std::int64_t>(std::floor((to_jde(t) - kFirstNewMoon) / kSynodicMonth));
  // the mean lunation is within a day of the true one: one step either way settles it
  while (new_moon(k + 1) <= t) ++k;
  while (new_moon(k) > t) --k;
  return k;
}

date::sys_seconds december_solstice(int y) noexcept {
  // Newton's steps on the longitude from the mean date (2000-12-21 plus whole mean years).
  double jde = 2451900.0 + (y - 2000) * 365.2422;
  for (int i = 0; i < 8; ++i) {
    double gap = 270.0 - sun_longitude(jde);
    gap -= 360.0 * std::floor((gap + 180.0) / 360.0);  // into -180..180
    jde += gap * 365.2422 / 360.0;
  }
  return from_jde(jde);
}

}  // namespace annals::detail
