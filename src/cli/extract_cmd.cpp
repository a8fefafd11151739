// annals extract [--ref T] [--format text|json|timeml] [--anchor news|narrative] [-j N] [FILE…]
#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <thread>

#include "annals/calendar.hpp"
#include "annals/extract.hpp"
#include "annals/render.hpp"
#include "cli/commands.hpp"
#include "cli/inputs.hpp"

namespace annals::cli {
namespace {

enum class out_format { text, json, timeml };

std::string format_doc(const input& in, const chosen_reference& r, const std::vector<mention>& ms, out_format f) {
  const document& d = *in.doc;
  std::string out;
  switch (f) {
    case out_format::text: {
      out += fmt::format("# {}  reference {} ({})\n", d.id, to_string(r.ref), r.source);
      for (const auto& m : ms) {
        std::string text = m.text;
        for (auto& c : text)
          if (c == '\n' || c == '\t') c = ' ';
        out += fmt::format("{:>7}-{:<7} {:<8} {:<24} {}\n", m.begin, m.end, to_string(m.value.type), m.value.value, text);
      }
      return out;
    }
    case out_format::json: {
      out += "{\"doc\":";
      append_json_string(out, d.id);
      out += ",\"ref\":{\"value\":";
      append_json_string(out, to_string(r.ref));
      out += ",\"source\":";
      append_json_string(out, r.source == "front_matter" ? "front-matter" : r.source);
      out += "},\"mentions\":[";
      for (std::size_t i = 0; i < ms.size(); ++i) {
        const auto& m = ms[i];
        if (i) out += ',';
        out += fmt::format("{{\"span\":[{},{}],\"text\":", m.begin, m.end);
        append_json_string(out, m.text);
        out += ',';
        append_json_fields(out, m.value);
        out += fmt::format(",\"confidence\":{:.2f}}}", m.confidence);
      }
      out += "]}\n";
      return out;
    }
    case out_format::timeml: {
      out += "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>";
      append_xml_escaped(out, d.id);
      out += "</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"";
      out += calendar::timex_value(grain::day, r.ref.when);
      out += "\" functionInDocument=\"CREATION_TIME\">";
      out += calendar::timex_value(grain::day, r.ref.when);
      out += "</TIMEX3></DCT>\n<TEXT>";
      // The scanned text (markup blanked) with our tags inserted.
      std::size_t at = 0;
      int tid = 1;
      for (const auto& m : ms) {
        append_xml_escaped(out, std::string_view(d.text).substr(at, m.begin - at));
        out += fmt::format("<TIMEX3 tid=\"t{}\" {}>", tid++, timex3_attributes(m.value));
        append_xml_escaped(out, std::string_view(d.text).substr(m.begin, m.end - m.begin));
        out += "</TIMEX3>";
        at = m.end;
      }
      append_xml_escaped(out, std::string_view(d.text).substr(at));
      out += "</TEXT>\n</TimeML>\n";
      return out;
    }
  }
  return out;
}

}  // namespace

int cmd_extract(const std::vector<std::string_view>& args) {
  document_args common;
  extract_options opt;
  out_format f = out_format::text;
  unsigned jobs = 1;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string error;
    const auto t = common.take(args, i, error);
    if (t == document_args::taken::bad) return usage_error(error);
    if (t == document_args::taken::yes) continue;
    const auto a = args[i];
    const auto need = [&]() -> std::optional<std::string_view> {
      if (i + 1 >= args.size()) return std::nullopt;
      return args[++i];
    };
    if (a == "--format") {
      auto v = need();
      if (!v) return usage_error("--format needs a value");
      if (*v == "text") f = out_format::text;
      else if (*v == "json") f = out_format::json;
      else if (*v == "timeml") f = out_format::timeml;
      else return usage_error(fmt::format("unknown format '{}' (text, json, timeml)", *v));
    } else if (a == "-j" || a == "--jobs") {
      auto v = need();
      unsigned n = 0;
      if (v) for (char c : *v) n = (c >= '0' && c <= '9' && n < 1000) ? n * 10 + static_cast<unsigned>(c - '0') : 100000;
      if (!v || n == 0 || n > 256) return usage_error("-j takes a number of threads from 1 to 256");
      jobs = n;
    } else if (a == "--day-first") {
      opt.parse.order = date_order::day_first;
    } else if (a == "--split-ranges") {
      opt.split_ranges = true;
    } else {
      return usage_error(fmt::format("unknown option '{}'", a));
    }
  }
  // A TIMEX3 value names one time: TimeML output tags a range's two ends apart, as TimeBank does
  // ("2019/2021" is no TIMEX3 value).
  if (f == out_format::timeml) opt.split_ranges = true;
  opt.anchor = common.anchor;
  const std::optional<reference>& ref = common.ref;
  const auto inputs = read_inputs(common.files, common.jsonl);
  std::vector<std::string> outputs(inputs.size());
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t i = next++; i < inputs.size(); i = next++) {
      const input& in = inputs[i];
      if (!in.doc) continue;
      const auto r = choose_reference(*in.doc, ref, opt.parse, in.name);
      const auto ms = extract(in.doc->text, r.ref, opt);
      outputs[i] = format_doc(in, r, ms, f);
    }
  };
  std::vector<std::thread> pool;
  for (unsigned k = 1; k < std::min<std::size_t>(jobs, inputs.size()); ++k) pool.emplace_back(work);
  work();
  for (auto& th : pool) th.join();
  int status = 0;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (!inputs[i].doc) {
      fmt::print(stderr, "annals: {}: {}\n", inputs[i].name, inputs[i].error);
      status = 2;
      continue;
    }
    fmt::print("{}", outputs[i]);
  }
  return status;
}

}  // namespace annals::cli
