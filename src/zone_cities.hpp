// Cities whose local time news writes out ("9 a.m. Beijing time"), with their tz-database zone.
// The grammar reads "<city> time" from this table; like the abbreviation table, its words are not
// in the grammar's vocabulary (grammar/vocabulary.cpp).
#pragma once

#include <span>
#include <string_view>

namespace annals::detail {

struct city_zone {
  std::string_view city;  ///< lower case, words parted by one blank: "hong kong"
  std::string_view iana;  ///< "Asia/Hong_Kong"
};

/// Every city, sorted by name.
[[nodiscard]] std::span<const city_zone> city_zones() noexcept;

}  // namespace annals::detail
