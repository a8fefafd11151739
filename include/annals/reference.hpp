// annals/reference.hpp — the reference time that relative expressions resolve against.
//
// The library never reads the clock: every resolution takes a `reference`, the wall-clock time
// of the speaker (usually the document's date) and its zone. Only the command-line program uses
// the current time, and only when no reference is given or found.
//
//   auto ref = annals::parse_reference("2023-09-19T13:43+05:30").value();
//   auto ref2 = annals::parse_reference("2023-09-19 13:43 Asia/Kolkata").value();
//   auto ref3 = annals::reference::at(date::sys_days{2023_y/9/19});   // UTC midnight
#pragma once

#include <string>
#include <string_view>

#include "annals/result.hpp"
#include "annals/zone.hpp"

namespace annals {

/// A reference time: a wall-clock reading and its zone (floating when the zone is unknown).
struct reference {
  local_time when{};
  annals::zone where{};

  /// A reference at an instant, seen in `z` (UTC when not given).
  [[nodiscard]] static reference at(sys_time t, annals::zone z = annals::zone::fixed({}));
  /// A reference at a wall-clock reading in `z` (floating when not given).
  [[nodiscard]] static reference at_local(local_time t, annals::zone z = {}) { return {t, z}; }

  /// The day of the reference, in its own zone.
  [[nodiscard]] date::local_days day() const { return date::floor<date::days>(when); }

  friend bool operator==(const reference&, const reference&) = default;
};

/// Parses a reference time for --ref and for document dates:
///   "2023-09-19"                          date, floating zone, midnight
///   "2023-09-19T13:43", "2023-09-19 13:43[:SS[.frac]]"   floating
///   "2023-09-19T13:43+05:30", "…Z", "…+0530"             fixed offset
///   "2023-09-19T13:43 Asia/Kolkata", "2023-09-19 Asia/Kolkata"   tz-database zone
/// Errors name the problem and its column.
[[nodiscard]] result<reference> parse_reference(std::string_view text);

/// ISO 8601 text of a reference: "2023-09-19T13:43:00+05:30", "…[Asia/Kolkata]" style for
/// tz-database zones ("2023-09-19T13:43:00+05:30[Asia/Kolkata]"), no suffix when floating.
[[nodiscard]] std::string to_string(const reference& r);

}  // namespace annals
