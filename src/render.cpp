// Rendering of values: ISO 8601, TIMEX3 attributes, JSON.
#include "annals/render.hpp"

#include <fmt/format.h>

#include "annals/calendar.hpp"

namespace annals {

std::string iso_end(local_time t, const zone& z) {
  std::string s = calendar::iso(t);
  if (z.is_floating()) return s;
  const auto off = z.offset_at(t).value_or(std::chrono::minutes{0});
  s += zone::fixed(off).name() == "Z" && z.type() != zone::kind::fixed ? "+00:00" : zone::fixed(off).name();
  return s;
}

std::string iso_utc(sys_time t) {
  return calendar::iso(local_time{t.time_since_epoch()}) + "Z";
}

void append_xml_escaped(std::string& out, std::string_view s) {
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += c;
    }
  }
}

std::string timex3_attributes(const temporal_value& v) {
  std::string out = "type=\"";
  out += to_string(v.type);
  out += "\" value=\"";
  append_xml_escaped(out, v.value);
  out += '"';
  if (v.mod != timex_mod::none) {
    out += " mod=\"";
    out += to_string(v.mod);
    out += '"';
  }
  if (v.every) {
    if (!v.every->quant.empty()) out += fmt::format(" quant=\"{}\"", v.every->quant);
    if (!v.every->freq.empty()) out += fmt::format(" freq=\"{}\"", v.every->freq);
  }
  return out;
}

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
          if (c < 0x20 || c == 0x7F) out += fmt::format("\\u{:04x}", c);
          else out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    // Copy a valid UTF-8 sequence, or write U+FFFD for a bad byte.
    std::size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    bool ok = len != 0 && i + len <= s.size();
    unsigned cp = len ? (c & (0xFFu >> (len + 1))) : 0;
    for (std::size_t k = 1; ok && k < len; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) ok = false;
      cp = (cp << 6) | (cc & 0x3Fu);
    }
    if (ok) {
      const unsigned mins[] = {0, 0, 0x80, 0x800, 0x10000};
      if (cp < mins[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) ok = false;
    }
    if (ok) {
      out.append(s.substr(i, len));
      i += len;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  out += '"';
}

void append_json_fields(std::string& out, const temporal_value& v) {
  out += "\"type\":\"";
  out += to_string(v.type);
  out += "\",\"value\":";
  append_json_string(out, v.value);
  if (v.span) {
    out += ",\"interval\":[";
    append_json_string(out, iso_end(v.span->begin, v.span->where));
    out += ',';
    append_json_string(out, iso_end(v.span->end, v.span->where));
    out += ']';
  }
  out += ",\"grain\":\"";
  out += to_string(v.grain);
  out += '"';
  if (v.instant) {
    out += ",\"utc\":";
    append_json_string(out, iso_utc(*v.instant));
  }
  if (v.mod != timex_mod::none) {
    out += ",\"mod\":\"";
    out += to_string(v.mod);
    out += '"';
  }
  if (v.every) {
    if (!v.every->quant.empty()) out += fmt::format(",\"quant\":\"{}\"", v.every->quant);
    if (!v.every->freq.empty()) out += fmt::format(",\"freq\":\"{}\"", v.every->freq);
  }
  if (!v.zone_abbreviation.empty()) {
    out += ",\"zone\":";
    append_json_string(out, v.zone_abbreviation);
    out += v.zone_ambiguous ? ",\"zone_ambiguous\":true" : ",\"zone_ambiguous\":false";
  }
  if (!v.ends.empty()) {
    out += ",\"ends\":[";
    for (std::size_t i = 0; i < v.ends.size(); ++i) {
      if (i) out += ',';
      out += '{';
      append_json_fields(out, v.ends[i]);
      out += '}';
    }
    out += ']';
  }
}

std::string to_json(const temporal_value& v, std::string_view text) {
  std::string out = "{\"text\":";
  append_json_string(out, text);
  out += ',';
  append_json_fields(out, v);
  out += '}';
  return out;
}

}  // namespace annals
