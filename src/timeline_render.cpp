// Timeline output formats: text, json, markdown, timelinejs, html, semeval2015.
#include <fmt/format.h>

#include <map>

#include "annals/calendar.hpp"
#include "annals/render.hpp"
#include "annals/timeline.hpp"

namespace annals {
namespace {

std::string_view pod_word(std::string_view value) {
  const auto t = value.rfind('T');
  if (t == std::string_view::npos) return {};
  const auto code = value.substr(t + 1);
  if (code == "MO") return "morning";
  if (code == "AF") return "afternoon";
  if (code == "EV") return "evening";
  if (code == "NI") return "night";
  if (code == "MI") return "midday";
  if (code == "DT") return "daytime";
  return {};
}

// "2023-09-18 morning", "2023-09-19 13:43", "2023-09-19 13:43 IST", "2023-11", "2023-W38".
std::string when_label(const event& e) {
  if (!e.when) return "undated";
  const temporal_value& v = *e.when;
  std::string s;
  switch (v.grain) {
    case grain::part_of_day: s = v.value.substr(0, 10) + " " + std::string(pod_word(v.value)); break;
    case grain::hour:
    case grain::minute:
    case grain::second:
      s = v.span ? calendar::iso(v.span->begin).substr(0, 16) : v.value;
      if (s.size() == 16) s[10] = ' ';
      // the zone the clock was read in, as written or by name: events are ordered by instant
      if (!v.zone_abbreviation.empty()) {
        s += ' ';
        s += v.zone_abbreviation;
      } else if (v.span && !v.span->where.is_floating()) {
        s += ' ';
        s += v.span->where.name();
      }
      break;
    default: s = v.value; break;
  }
  switch (v.mod) {
    case timex_mod::start: s = "early " + s; break;
    case timex_mod::mid: s = "mid " + s; break;
    case timex_mod::end: s = "late " + s; break;
    case timex_mod::approx: s = "about " + s; break;
    default: break;
  }
  return s;
}

std::string status_suffix(const event& e) {
  std::string s;
  if (e.status != event_status::occurred) s += fmt::format(" ({})", to_string(e.status));
  if (e.inherited) s += " (inferred date)";
  return s;
}

std::string source_list(const event& e) {
  std::string s;
  for (std::size_t i = 0; i < e.sources.size(); ++i) {
    if (i) s += "; ";
    const auto& src = e.sources[i];
    s += fmt::format("{} #{}", src.doc, src.sentence_id.empty() ? std::to_string(src.sentence) : src.sentence_id);
  }
  return s;
}

std::string render_text(const timeline& t) {
  std::size_t w = 10, tw = 7;
  for (const auto& e : t.events) {
    w = std::max(w, when_label(e).size() + status_suffix(e).size());
    tw = std::max(tw, e.trigger.size());
  }
  std::string out;
  for (std::size_t i = 0; i < t.events.size(); ++i) {
    const event& e = t.events[i];
    out += fmt::format("{:<{}}  {:<{}}  {}\n", when_label(e) + status_suffix(e), w, e.trigger, tw, e.text);
    std::string rel;
    for (const auto& r : e.relations) rel += fmt::format("; {} event {} ({})", to_string(r.what), r.target + 1, r.cue);
    out += fmt::format("{:<{}}  {:<{}}  [{}]{}\n", "", w, "", tw, source_list(e), rel);
  }
  return out;
}

void json_event(std::string& out, const event& e) {
  out += "{\"when\":";
  if (e.when) {
    out += '{';
    append_json_fields(out, *e.when);
    out += ",\"text\":";
    append_json_string(out, e.when_text);
    out += e.inherited ? ",\"inherited\":true" : ",\"inherited\":false";
    out += '}';
  } else {
    out += "null";
  }
  out += ",\"text\":";
  append_json_string(out, e.text);
  out += ",\"trigger\":";
  append_json_string(out, e.trigger);
  out += ",\"participants\":[";
  for (std::size_t i = 0; i < e.participants.size(); ++i) {
    if (i) out += ',';
    append_json_string(out, e.participants[i]);
  }
  out += "],\"status\":\"";
  out += to_string(e.status);
  out += "\",\"sources\":[";
  for (std::size_t i = 0; i < e.sources.size(); ++i) {
    const auto& s = e.sources[i];
    if (i) out += ',';
    out += "{\"doc\":";
    append_json_string(out, s.doc);
    out += fmt::format(",\"sentence\":{},\"span\":[{},{}],\"trigger_span\":[{},{}]", s.sentence, s.begin, s.end,
                       s.trigger_begin, s.trigger_end);
    if (!s.sentence_id.empty()) {
      out += ",\"sentence_id\":";
      append_json_string(out, s.sentence_id);
    }
    out += '}';
  }
  out += "],\"relations\":[";
  for (std::size_t i = 0; i < e.relations.size(); ++i) {
    const auto& r = e.relations[i];
    if (i) out += ',';
    out += fmt::format("{{\"type\":\"{}\",\"event\":{},\"cue\":", to_string(r.what), r.target);
    append_json_string(out, r.cue);
    out += '}';
  }
  out += "]}";
}

std::string render_json(const timeline& t) {
  std::string out = "{\"events\":[";
  for (std::size_t i = 0; i < t.events.size(); ++i) {
    if (i) out += ',';
    json_event(out, t.events[i]);
  }
  out += "]}\n";
  return out;
}

std::string md_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '|' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<') out += '\\';
    if (c == '\n') { out += ' '; continue; }
    out += c;
  }
  return out;
}

std::string render_markdown(const timeline& t) {
  std::string out = "| When | Event | Sources |\n| --- | --- | --- |\n";
  for (const auto& e : t.events)
    out += fmt::format("| {}{} | **{}** — {} | {} |\n", md_escape(when_label(e)), md_escape(status_suffix(e)),
                       md_escape(e.trigger), md_escape(e.text), md_escape(source_list(e)));
  return out;
}

std::string render_timelinejs(const timeline& t) {
  // TimelineJS3 JSON: {"title":…,"events":[{"start_date":{year,month,day,hour,minute},…}]}
  std::string out = "{\"title\":{\"text\":{\"headline\":\"Timeline\",\"text\":\"Made by annals\"}},\"events\":[";
  bool first = true;
  for (const auto& e : t.events) {
    if (!e.when || !e.when->span) continue;
    if (!first) out += ',';
    first = false;
    const auto date_obj = [&](local_time tp, bool with_day, bool with_time) {
      const auto d = date::floor<date::days>(tp);
      const date::year_month_day ymd{d};
      const date::hh_mm_ss<duration> tod{tp - local_time{d}};
      std::string s = fmt::format("{{\"year\":\"{}\",\"month\":\"{}\"", static_cast<int>(ymd.year()),
                                  static_cast<unsigned>(ymd.month()));
      if (with_day) s += fmt::format(",\"day\":\"{}\"", static_cast<unsigned>(ymd.day()));
      if (with_time) s += fmt::format(",\"hour\":\"{}\",\"minute\":\"{}\"", tod.hours().count(), tod.minutes().count());
      return s + '}';
    };
    const grain g = e.when->grain;
    const bool day = g == grain::day || g == grain::part_of_day || g == grain::hour || g == grain::minute ||
                     g == grain::second || g == grain::week || g == grain::weekend;
    const bool time = g == grain::hour || g == grain::minute || g == grain::second;
    out += "{\"start_date\":" + date_obj(e.when->span->begin, day, time);
    out += ",\"display_date\":";
    append_json_string(out, when_label(e) + status_suffix(e));
    out += ",\"text\":{\"headline\":";
    append_json_string(out, e.trigger);
    out += ",\"text\":";
    std::string body;
    append_xml_escaped(body, e.text);
    body += "<br><small>";
    append_xml_escaped(body, source_list(e));
    body += "</small>";
    append_json_string(out, body);
    out += "},\"group\":";
    append_json_string(out, std::string(to_string(e.status)));
    out += '}';
  }
  out += "]}\n";
  return out;
}

std::string render_html(const timeline& t) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Timeline</title>\n"
      "<style>\n"
      "body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:52rem;padding:0 1rem;color:#222}\n"
      "ol{list-style:none;padding:0;border-left:3px solid #4a6fa5}\n"
      "li{position:relative;margin:0 0 1.4rem 1.2rem}\n"
      "li::before{content:'';position:absolute;left:-1.65rem;top:.45rem;width:.8rem;height:.8rem;border-radius:50%;background:#4a6fa5}\n"
      "time{font-weight:600;color:#4a6fa5}\n.status{font-size:.8rem;background:#eee;border-radius:3px;padding:0 .3rem;margin-left:.4rem}\n"
      ".trigger{font-weight:600}\n.src{font-size:.8rem;color:#666}\n"
      "</style>\n</head>\n<body>\n<h1>Timeline</h1>\n<ol>\n";
  for (const auto& e : t.events) {
    out += "<li><time";
    if (e.when && e.when->span) out += " datetime=\"" + calendar::iso(e.when->span->begin) + "\"";
    out += ">";
    append_xml_escaped(out, when_label(e));
    out += "</time>";
    if (e.status != event_status::occurred || e.inherited) {
      out += "<span class=\"status\">";
      append_xml_escaped(out, e.inherited ? "inferred date" : std::string(to_string(e.status)));
      out += "</span>";
    }
    out += "<p><span class=\"trigger\">";
    append_xml_escaped(out, e.trigger);
    out += "</span> — ";
    append_xml_escaped(out, e.text);
    out += "</p><p class=\"src\">";
    append_xml_escaped(out, source_list(e));
    out += "</p></li>\n";
  }
  out += "</ol>\n</body>\n</html>\n";
  return out;
}

// SemEval-2015 Task 4 anchors: YYYY-MM-DD with XX for what the grain leaves unknown: the date
// part of the ISO 8601 text of the period's start (a year before 0 as "-0752").
std::string semeval_date(const event& e) {
  if (!e.when || !e.when->span) return "XXXX-XX-XX";
  std::string s = calendar::iso(e.when->span->begin);
  s.resize(s.find('T'));
  switch (e.when->grain) {
    case grain::millennium:
    case grain::century:
    case grain::decade:
    case grain::unknown: return "XXXX-XX-XX";
    case grain::year:
    case grain::half:
    case grain::season:
    case grain::quarter: return s.replace(s.size() - 5, 5, "XX-XX");
    case grain::month: return s.replace(s.size() - 2, 2, "XX");
    default: return s;
  }
}

std::string render_semeval(const timeline& t, std::string_view about) {
  std::string out = std::string(about) + "\n";
  std::map<std::string, int> rank_of;
  int next_rank = 1;
  for (const auto& e : t.events) {
    const std::string date = semeval_date(e);
    int rank = 0;
    if (date != "XXXX-XX-XX") {
      auto [it, fresh] = rank_of.emplace(date, next_rank);
      if (fresh) ++next_rank;
      rank = it->second;
    }
    out += fmt::format("{}\t{}", rank, date);
    for (const auto& s : e.sources) {
      // The trigger as written in this source, its spaces as underscores ("take_off").
      std::string trig;
      for (char c : s.trigger.empty() ? e.trigger : s.trigger) trig += c == ' ' ? '_' : c;
      out += fmt::format("\t{}-{}-{}", s.doc, s.sentence_id.empty() ? std::to_string(s.sentence) : s.sentence_id, trig);
    }
    out += '\n';
  }
  return out;
}

}  // namespace

std::string render(const timeline& t, timeline_format f, std::string_view about) {
  switch (f) {
    case timeline_format::text: return render_text(t);
    case timeline_format::json: return render_json(t);
    case timeline_format::markdown: return render_markdown(t);
    case timeline_format::timelinejs: return render_timelinejs(t);
    case timeline_format::html: return render_html(t);
    case timeline_format::semeval2015: return render_semeval(t, about);
  }
  return {};
}

}  // namespace annals
