// annals/render.hpp — one place that turns values into text: ISO 8601, TIMEX3, JSON.
//
//   annals::to_json(v, "Monday morning")
//   // {"text":"Monday morning","type":"TIME","value":"2023-09-18TMO",
//   //  "interval":["2023-09-18T06:00:00+05:30","2023-09-18T12:00:00+05:30"],"grain":"part_of_day"}
//   annals::timex3_attributes(v)   // type="TIME" value="2023-09-18TMO"
//
// Interval ends print with their UTC offset when the zone is known (for tz-database zones the
// offset in force at that end), and without one when the value is floating.
#pragma once

#include <string>
#include <string_view>

#include "annals/timex.hpp"

namespace annals {

/// ISO 8601 text of one end of an interval, with offset when known: "2023-09-18T06:00:00+05:30".
[[nodiscard]] std::string iso_end(local_time t, const zone& z);

/// "YYYY-MM-DDTHH:MM:SSZ" (fraction only when non-zero).
[[nodiscard]] std::string iso_utc(sys_time t);

/// TIMEX3 attributes: type, value, and mod/quant/freq when set. Values are XML-escaped.
[[nodiscard]] std::string timex3_attributes(const temporal_value& v);

/// The JSON object `annals parse --format json` prints (one line, no trailing newline):
/// text, type, value, interval (when anchored), grain, utc (when the instant is known), and
/// mod, quant, freq, zone, zone_ambiguous, ends when they apply.
[[nodiscard]] std::string to_json(const temporal_value& v, std::string_view text);

/// The same fields without "text", appended to `out` as members of an open JSON object.
void append_json_fields(std::string& out, const temporal_value& v);

/// Appends `s` to `out` as a JSON string literal (quotes included). Invalid UTF-8 bytes are
/// replaced by U+FFFD so the output is always valid JSON.
void append_json_string(std::string& out, std::string_view s);

/// Appends `s` to `out` with XML special characters escaped.
void append_xml_escaped(std::string& out, std::string_view s);

}  // namespace annals
