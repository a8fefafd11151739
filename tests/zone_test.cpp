// Zones: fixed offsets, tz-database zones, DST lookups and the abbreviation table.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "annals/render.hpp"
#include "annals/zone.hpp"

using std::chrono::hours;
using std::chrono::minutes;

namespace {
annals::local_time lt(int y, unsigned m, unsigned d, int h, int mi) {
  return annals::local_time{date::local_days{date::year{y} / date::month{m} / date::day{d}}} + hours{h} +
         minutes{mi};
}
std::string utc(annals::sys_time t) { return annals::iso_utc(t); }
}  // namespace

TEST_CASE("fixed offsets convert both ways") {
  const auto z = annals::zone::fixed(minutes{330});
  CHECK(z.name() == "+05:30");
  CHECK(utc(z.to_sys(lt(2023, 9, 19, 13, 43)).value()) == "2023-09-19T08:13:00Z");
  CHECK(annals::zone::fixed(minutes{0}).name() == "Z");
  CHECK(annals::zone::fixed(minutes{-240}).name() == "-04:00");
  CHECK(annals::zone{}.is_floating());
  CHECK_FALSE(annals::zone{}.to_sys(lt(2023, 1, 1, 0, 0)));
}

TEST_CASE("tz-database zones: DST gap and overlap are data") {
  const auto ny = annals::locate_zone("America/New_York").value();
  // 2023-03-12 02:30 does not exist in New York.
  const auto gap = ny.lookup(lt(2023, 3, 12, 2, 30));
  CHECK(gap.what == annals::zone_lookup::kind::skipped);
  CHECK(utc(gap.first) == "2023-03-12T07:00:00Z");
  CHECK(ny.to_sys(lt(2023, 3, 12, 2, 30), annals::dst_policy::reject).error().code ==
        annals::errc::nonexistent_time);
  // 2023-11-05 01:30 happens twice.
  const auto overlap = ny.lookup(lt(2023, 11, 5, 1, 30));
  CHECK(overlap.what == annals::zone_lookup::kind::repeated);
  CHECK(utc(overlap.first) == "2023-11-05T05:30:00Z");
  CHECK(utc(overlap.second) == "2023-11-05T06:30:00Z");
  CHECK(utc(ny.to_sys(lt(2023, 11, 5, 1, 30), annals::dst_policy::latest).value()) == "2023-11-05T06:30:00Z");
  CHECK(ny.offset_at(lt(2023, 7, 1, 12, 0)).value() == minutes{-240});
  CHECK(ny.offset_at(lt(2023, 12, 1, 12, 0)).value() == minutes{-300});
}

TEST_CASE("unknown zone names are errors, not exceptions") {
  const auto r = annals::locate_zone("Mars/Olympus_Mons");
  REQUIRE_FALSE(r);
  CHECK(r.error().code == annals::errc::unknown_zone);
  CHECK_FALSE(annals::locate_zone(""));
}

TEST_CASE("abbreviation table: sorted, grouped, every IANA zone exists") {
  const auto table = annals::abbreviation_table();
  std::set<std::string_view> seen;
  std::string_view prev;
  for (const auto& row : table) {
    INFO(row.abbreviation);
    CHECK(row.abbreviation >= prev);
    if (row.abbreviation != prev) CHECK(seen.insert(row.abbreviation).second);
    prev = row.abbreviation;
    CHECK(annals::locate_zone(row.iana));
  }
}

TEST_CASE("abbreviation table: every abbreviation begins with a capital letter") {
  // The grammar reads "1430 GMT" as a time only when a capital letter or "h" follows the four
  // digits (src/grammar/grammar.cpp, `military`): a row in lower case would never be read there.
  for (const auto& row : annals::abbreviation_table()) {
    INFO(row.abbreviation);
    REQUIRE(!row.abbreviation.empty());
    CHECK((row.abbreviation[0] >= 'A' && row.abbreviation[0] <= 'Z'));
  }
}

TEST_CASE("ambiguous abbreviations: documented defaults and overrides") {
  struct row {
    const char* abbr;
    const char* region;
    const char* meaning;
    int offset;
    bool ambiguous;
  };
  const row rows[] = {
      {"IST", "", "India Standard Time", 330, true},
      {"IST", "IE", "Irish Standard Time", 60, true},
      {"IST", "IL", "Israel Standard Time", 120, true},
      {"CST", "", "Central Standard Time", -360, true},
      {"CST", "CN", "China Standard Time", 480, true},
      {"BST", "", "British Summer Time", 60, true},
      {"BST", "BD", "Bangladesh Standard Time", 360, true},
      {"EDT", "", "Eastern Daylight Time", -240, false},
      {"EST", "", "Eastern Standard Time", -300, false},
      {"KST", "", "Korea Standard Time", 540, false},
      {"JST", "", "Japan Standard Time", 540, false},
      {"MSK", "", "Moscow Standard Time", 180, false},
      {"AEST", "", "Australian Eastern Standard Time", 600, false},
      {"HKT", "", "Hong Kong Time", 480, false},
      {"SGT", "", "Singapore Time", 480, false},
      {"CET", "", "Central European Time", 60, false},
      {"CEST", "", "Central European Summer Time", 120, false},
      {"EET", "", "Eastern European Time", 120, false},
      {"GMT", "", "Greenwich Mean Time", 0, false},
      {"UTC", "", "Coordinated Universal Time", 0, false},
      {"PST", "", "Pacific Standard Time", -480, false},
      {"PDT", "", "Pacific Daylight Time", -420, false},
      {"MST", "", "Mountain Standard Time", -420, true},
      {"CDT", "", "Central Daylight Time", -300, true},
      {"GST", "", "Gulf Standard Time", 240, false},
      {"BRT", "", "Brasilia Time", -180, false},
      {"NPT", "", "Nepal Time", 345, false},
      {"NST", "", "Newfoundland Standard Time", -210, false},
      {"IRST", "", "Iran Standard Time", 210, false},
  };
  for (const auto& r : rows) {
    INFO(r.abbr << " region " << r.region);
    annals::zone_preferences prefs;
    prefs.region = r.region;
    const auto res = annals::resolve_abbreviation(r.abbr, prefs).value();
    CHECK(res.entry->meaning == r.meaning);
    CHECK(res.where.fixed_offset() == minutes{r.offset});
    CHECK(res.ambiguous == r.ambiguous);
  }
  annals::zone_preferences by_zone;
  by_zone.preferred_zones = {"Asia/Jerusalem"};
  CHECK(annals::resolve_abbreviation("IST", by_zone).value().entry->meaning == "Israel Standard Time");
  CHECK(annals::resolve_abbreviation("ist").value().entry->meaning == "India Standard Time");
  CHECK(annals::resolve_abbreviation("XYZ").error().code == annals::errc::unknown_zone);
}

TEST_CASE("generic names follow daylight saving on the date") {
  const auto et = annals::resolve_abbreviation("ET").value().where;
  REQUIRE(et.type() == annals::zone::kind::iana);
  CHECK(et.offset_at(lt(2023, 9, 19, 12, 0)).value() == minutes{-240});
  CHECK(et.offset_at(lt(2023, 1, 19, 12, 0)).value() == minutes{-300});
  const auto pt = annals::resolve_abbreviation("PT").value().where;
  CHECK(pt.offset_at(lt(2023, 9, 19, 12, 0)).value() == minutes{-420});
}
