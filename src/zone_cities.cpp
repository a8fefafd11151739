// The cities of zone_cities.hpp: capitals and the cities datelines name most, one zone each
// (and "UK", as in "8pm UK time").
//
// To add a city: add its row in order (tests/absolute_test.cpp checks the order, that every zone
// is in the tz database, and reads "<city> time" for each).
#include "zone_cities.hpp"

#include <array>

namespace annals::detail {
namespace {

constexpr auto kCities = std::to_array<city_zone>({
    {"ankara", "Europe/Istanbul"},       {"baghdad", "Asia/Baghdad"},
    {"bangkok", "Asia/Bangkok"},         {"beijing", "Asia/Shanghai"},
    {"berlin", "Europe/Berlin"},         {"brussels", "Europe/Brussels"},
    {"cairo", "Africa/Cairo"},           {"chicago", "America/Chicago"},
    {"delhi", "Asia/Kolkata"},           {"dubai", "Asia/Dubai"},
    {"havana", "America/Havana"},        {"hong kong", "Asia/Hong_Kong"},
    {"istanbul", "Europe/Istanbul"},     {"jakarta", "Asia/Jakarta"},
    {"jerusalem", "Asia/Jerusalem"},     {"kiev", "Europe/Kyiv"},
    {"kyiv", "Europe/Kyiv"},             {"london", "Europe/London"},
    {"los angeles", "America/Los_Angeles"}, {"madrid", "Europe/Madrid"},
    {"manila", "Asia/Manila"},           {"mexico city", "America/Mexico_City"},
    {"moscow", "Europe/Moscow"},         {"mumbai", "Asia/Kolkata"},
    {"new delhi", "Asia/Kolkata"},       {"new york", "America/New_York"},
    {"paris", "Europe/Paris"},           {"pyongyang", "Asia/Pyongyang"},
    {"riyadh", "Asia/Riyadh"},           {"rome", "Europe/Rome"},
    {"sao paulo", "America/Sao_Paulo"},  {"seoul", "Asia/Seoul"},
    {"shanghai", "Asia/Shanghai"},       {"singapore", "Asia/Singapore"},
    {"sydney", "Australia/Sydney"},      {"taipei", "Asia/Taipei"},
    {"tehran", "Asia/Tehran"},           {"tokyo", "Asia/Tokyo"},
    {"toronto", "America/Toronto"},      {"uk", "Europe/London"},
    {"washington", "America/New_York"},
});

}  // namespace

std::span<const city_zone> city_zones() noexcept { return kCities; }

}  // namespace annals::detail
