// The one table of time-zone abbreviations. Rows of the same abbreviation are adjacent and the
// first is the default; see annals/zone.hpp for the policy on ambiguous ones.
//
// To add an abbreviation: add its rows here, keeping rows of one abbreviation together and the
// table sorted by abbreviation (a test checks both), and add a case to tests/zone_test.cpp.
#include <algorithm>
#include <array>

#include "annals/zone.hpp"
#include "text.hpp"

namespace annals {

namespace {
using std::chrono::minutes;
constexpr minutes hm(int h, int m = 0) { return minutes{h * 60 + (h < 0 ? -m : m)}; }

// abbreviation, meaning, representative IANA zone, region, offset, generic
constexpr std::array kTable{
    zone_abbreviation{"ACDT", "Australian Central Daylight Time", "Australia/Adelaide", "AU", hm(10, 30), false},
    zone_abbreviation{"ACST", "Australian Central Standard Time", "Australia/Adelaide", "AU", hm(9, 30), false},
    zone_abbreviation{"ADT", "Atlantic Daylight Time", "America/Halifax", "CA", hm(-3), false},
    zone_abbreviation{"AEDT", "Australian Eastern Daylight Time", "Australia/Sydney", "AU", hm(11), false},
    zone_abbreviation{"AEST", "Australian Eastern Standard Time", "Australia/Sydney", "AU", hm(10), false},
    zone_abbreviation{"AFT", "Afghanistan Time", "Asia/Kabul", "AF", hm(4, 30), false},
    zone_abbreviation{"AKDT", "Alaska Daylight Time", "America/Anchorage", "US", hm(-8), false},
    zone_abbreviation{"AKST", "Alaska Standard Time", "America/Anchorage", "US", hm(-9), false},
    zone_abbreviation{"AKT", "Alaska Time", "America/Anchorage", "US", hm(-9), true},
    zone_abbreviation{"ART", "Argentina Time", "America/Argentina/Buenos_Aires", "AR", hm(-3), false},
    zone_abbreviation{"AST", "Atlantic Standard Time", "America/Halifax", "CA", hm(-4), false},
    zone_abbreviation{"AST", "Arabia Standard Time", "Asia/Riyadh", "SA", hm(3), false},
    zone_abbreviation{"AWST", "Australian Western Standard Time", "Australia/Perth", "AU", hm(8), false},
    zone_abbreviation{"AZT", "Azerbaijan Time", "Asia/Baku", "AZ", hm(4), false},
    zone_abbreviation{"BRT", "Brasilia Time", "America/Sao_Paulo", "BR", hm(-3), false},
    zone_abbreviation{"BST", "British Summer Time", "Europe/London", "GB", hm(1), false},
    zone_abbreviation{"BST", "Bangladesh Standard Time", "Asia/Dhaka", "BD", hm(6), false},
    zone_abbreviation{"BTT", "Bhutan Time", "Asia/Thimphu", "BT", hm(6), false},
    zone_abbreviation{"CAT", "Central Africa Time", "Africa/Maputo", "MZ", hm(2), false},
    zone_abbreviation{"CDT", "Central Daylight Time", "America/Chicago", "US", hm(-5), false},
    zone_abbreviation{"CDT", "Cuba Daylight Time", "America/Havana", "CU", hm(-4), false},
    zone_abbreviation{"CEST", "Central European Summer Time", "Europe/Paris", "FR", hm(2), false},
    zone_abbreviation{"CET", "Central European Time", "Europe/Paris", "FR", hm(1), false},
    zone_abbreviation{"CLST", "Chile Summer Time", "America/Santiago", "CL", hm(-3), false},
    zone_abbreviation{"CLT", "Chile Standard Time", "America/Santiago", "CL", hm(-4), false},
    zone_abbreviation{"COT", "Colombia Time", "America/Bogota", "CO", hm(-5), false},
    zone_abbreviation{"CST", "Central Standard Time", "America/Chicago", "US", hm(-6), false},
    zone_abbreviation{"CST", "China Standard Time", "Asia/Shanghai", "CN", hm(8), false},
    zone_abbreviation{"CST", "Cuba Standard Time", "America/Havana", "CU", hm(-5), false},
    zone_abbreviation{"CT", "Central Time", "America/Chicago", "US", hm(-6), true},
    zone_abbreviation{"EAT", "East Africa Time", "Africa/Nairobi", "KE", hm(3), false},
    zone_abbreviation{"EDT", "Eastern Daylight Time", "America/New_York", "US", hm(-4), false},
    zone_abbreviation{"EEST", "Eastern European Summer Time", "Europe/Athens", "GR", hm(3), false},
    zone_abbreviation{"EET", "Eastern European Time", "Europe/Athens", "GR", hm(2), false},
    zone_abbreviation{"EST", "Eastern Standard Time", "America/New_York", "US", hm(-5), false},
    zone_abbreviation{"ET", "Eastern Time", "America/New_York", "US", hm(-5), true},
    zone_abbreviation{"GMT", "Greenwich Mean Time", "Etc/GMT", "", hm(0), false},
    zone_abbreviation{"GST", "Gulf Standard Time", "Asia/Dubai", "AE", hm(4), false},
    zone_abbreviation{"HKT", "Hong Kong Time", "Asia/Hong_Kong", "HK", hm(8), false},
    zone_abbreviation{"HST", "Hawaii Standard Time", "Pacific/Honolulu", "US", hm(-10), false},
    zone_abbreviation{"HT", "Hawaii Time", "Pacific/Honolulu", "US", hm(-10), true},
    zone_abbreviation{"ICT", "Indochina Time", "Asia/Bangkok", "TH", hm(7), false},
    zone_abbreviation{"IDT", "Israel Daylight Time", "Asia/Jerusalem", "IL", hm(3), false},
    zone_abbreviation{"IRST", "Iran Standard Time", "Asia/Tehran", "IR", hm(3, 30), false},
    zone_abbreviation{"IST", "India Standard Time", "Asia/Kolkata", "IN", hm(5, 30), false},
    zone_abbreviation{"IST", "Irish Standard Time", "Europe/Dublin", "IE", hm(1), false},
    zone_abbreviation{"IST", "Israel Standard Time", "Asia/Jerusalem", "IL", hm(2), false},
    zone_abbreviation{"JST", "Japan Standard Time", "Asia/Tokyo", "JP", hm(9), false},
    zone_abbreviation{"KST", "Korea Standard Time", "Asia/Seoul", "KR", hm(9), false},
    zone_abbreviation{"MDT", "Mountain Daylight Time", "America/Denver", "US", hm(-6), false},
    zone_abbreviation{"MMT", "Myanmar Time", "Asia/Yangon", "MM", hm(6, 30), false},
    zone_abbreviation{"MSK", "Moscow Standard Time", "Europe/Moscow", "RU", hm(3), false},
    zone_abbreviation{"MST", "Mountain Standard Time", "America/Denver", "US", hm(-7), false},
    zone_abbreviation{"MST", "Malaysia Standard Time", "Asia/Kuala_Lumpur", "MY", hm(8), false},
    zone_abbreviation{"MT", "Mountain Time", "America/Denver", "US", hm(-7), true},
    zone_abbreviation{"MYT", "Malaysia Time", "Asia/Kuala_Lumpur", "MY", hm(8), false},
    zone_abbreviation{"NDT", "Newfoundland Daylight Time", "America/St_Johns", "CA", hm(-2, 30), false},
    zone_abbreviation{"NPT", "Nepal Time", "Asia/Kathmandu", "NP", hm(5, 45), false},
    zone_abbreviation{"NST", "Newfoundland Standard Time", "America/St_Johns", "CA", hm(-3, 30), false},
    zone_abbreviation{"NZDT", "New Zealand Daylight Time", "Pacific/Auckland", "NZ", hm(13), false},
    zone_abbreviation{"NZST", "New Zealand Standard Time", "Pacific/Auckland", "NZ", hm(12), false},
    zone_abbreviation{"PDT", "Pacific Daylight Time", "America/Los_Angeles", "US", hm(-7), false},
    zone_abbreviation{"PET", "Peru Time", "America/Lima", "PE", hm(-5), false},
    zone_abbreviation{"PHT", "Philippine Time", "Asia/Manila", "PH", hm(8), false},
    zone_abbreviation{"PKT", "Pakistan Standard Time", "Asia/Karachi", "PK", hm(5), false},
    zone_abbreviation{"PST", "Pacific Standard Time", "America/Los_Angeles", "US", hm(-8), false},
    zone_abbreviation{"PT", "Pacific Time", "America/Los_Angeles", "US", hm(-8), true},
    zone_abbreviation{"SAST", "South Africa Standard Time", "Africa/Johannesburg", "ZA", hm(2), false},
    zone_abbreviation{"SGT", "Singapore Time", "Asia/Singapore", "SG", hm(8), false},
    zone_abbreviation{"TRT", "Turkey Time", "Europe/Istanbul", "TR", hm(3), false},
    zone_abbreviation{"UTC", "Coordinated Universal Time", "Etc/UTC", "", hm(0), false},
    zone_abbreviation{"UYT", "Uruguay Time", "America/Montevideo", "UY", hm(-3), false},
    zone_abbreviation{"UZT", "Uzbekistan Time", "Asia/Tashkent", "UZ", hm(5), false},
    zone_abbreviation{"VET", "Venezuela Time", "America/Caracas", "VE", hm(-4), false},
    zone_abbreviation{"WAT", "West Africa Time", "Africa/Lagos", "NG", hm(1), false},
    zone_abbreviation{"WEST", "Western European Summer Time", "Europe/Lisbon", "PT", hm(1), false},
    zone_abbreviation{"WET", "Western European Time", "Europe/Lisbon", "PT", hm(0), false},
    zone_abbreviation{"WIB", "Western Indonesia Time", "Asia/Jakarta", "ID", hm(7), false},
    zone_abbreviation{"WIT", "Eastern Indonesia Time", "Asia/Jayapura", "ID", hm(9), false},
    zone_abbreviation{"WITA", "Central Indonesia Time", "Asia/Makassar", "ID", hm(8), false},
};

bool iequal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (detail::ascii_upper(a[i]) != b[i]) return false;
  return true;
}
}  // namespace

std::span<const zone_abbreviation> abbreviation_table() noexcept { return kTable; }

std::span<const zone_abbreviation> abbreviation_candidates(std::string_view abbr) noexcept {
  std::size_t i = 0;
  while (i < kTable.size() && !iequal(abbr, kTable[i].abbreviation)) ++i;
  std::size_t j = i;
  while (j < kTable.size() && iequal(abbr, kTable[j].abbreviation)) ++j;
  return std::span<const zone_abbreviation>(kTable.data() + i, j - i);
}

result<resolved_abbreviation> resolve_abbreviation(std::string_view abbr,
                                                   const zone_preferences& prefs) {
  const auto cands = abbreviation_candidates(abbr);
  if (cands.empty())
    return fail(errc::unknown_zone, error::npos,
                "unknown time-zone abbreviation '" + std::string(abbr) + "'");
  const zone_abbreviation* pick = &cands.front();
  bool decided = false;
  for (const auto& want : prefs.preferred_zones) {
    for (const auto& c : cands)
      if (c.iana == want) { pick = &c; decided = true; break; }
    if (decided) break;
  }
  if (!decided && !prefs.region.empty())
    for (const auto& c : cands)
      if (iequal(prefs.region, c.region)) { pick = &c; break; }

  resolved_abbreviation out{zone::fixed(pick->offset), pick, cands.size() > 1};
  if (pick->generic) {
    auto z = locate_zone(pick->iana);
    if (!z) return std::move(z).error();
    out.where = *z;
  }
  return out;
}

}  // namespace annals
