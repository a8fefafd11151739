// The annals command-line program: a thin layer over the public API.
//
//   annals parse [--ref T] [--format text|json] [--day-first] [--region R] [--] EXPRESSION
//
// Exit status: 0 success, 1 the input is not a valid expression, 2 a usage error.
#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "annals/annals.hpp"
#include "cli/commands.hpp"
#include "cli/eval.hpp"

namespace {

constexpr std::string_view kUsage = R"(usage: annals <command> [options] [--] ARGS

commands:
  parse EXPRESSION    resolve one temporal expression
  extract [FILE...]   every temporal expression in documents (stdin without FILE)
  timeline FILE...    the ordered, merged timeline of events in documents
  eval DIR...         score extraction against TimeML gold files (TempEval-3 method)

options for parse:
  --ref T             reference time: 2023-09-19, 2023-09-19T13:43+05:30,
                      "2023-09-19 13:43 Asia/Kolkata", or any absolute date annals reads;
                      default: the current time in UTC
  --format F          text (default) or json; json prints one line:
                      {"text","type","value","interval":[begin,end),"grain","utc"?,...}
  --day-first         read 9/10/2023 as 9 October (default: month first)
  --region R          prefer region R for ambiguous zone abbreviations (IE: IST = Irish)
  --prefer-zone Z     prefer IANA zone Z for ambiguous abbreviations (repeatable)
  --weekday DIR       bare weekdays: past (default), future, nearest, same
  --month DIR         bare months: same (default), past, future, nearest
  --tense T           tense hint: past, future, none (default)
  -h, --help          this text

options for extract:
  --ref T             reference time for every document (default: each document's own date:
                      dateline, front matter, HTML meta, Date: header, TimeML DCT; else now)
  --format F          text (default), json (one line per document), timeml
  --anchor A          news (default): relative to the document date ("two days later" is
                      the duration "two days"); narrative: "the next day", "two days
                      later" relative to the previous date mentioned
  -j N                documents on N threads, output in input order
  --jsonl             read every input as JSON Lines: {"id":...,"text":...,"ref":...} per line
  --split-ranges      tag both ends of a range separately (TimeML style; always so
                      with --format timeml)

options for timeline:
  --format F          text (default), json, markdown, timelinejs, html, semeval2015
  --about ENTITY      only events that mention ENTITY (text or participants)
  --from T, --to T    only events overlapping [T1, T2)
  --include-undated   also events without a date of their own
  --ref T, --anchor A, --jsonl   as for extract
  --notes             print the reference used for each document on stderr

inputs: plain text, Markdown with front matter, HTML, TimeML (.tml), JSON Lines (.jsonl)
limits: documents up to 256 MiB; one expression up to 4 KiB; years 0..9999

exit status: 0 success, 1 invalid expression (parse; message on stderr), 2 usage error or an
unreadable input (the other inputs are still processed)
)";

using annals::cli::usage_error;

std::optional<annals::direction> parse_direction(std::string_view s) {
  if (s == "past") return annals::direction::past;
  if (s == "future") return annals::direction::future;
  if (s == "nearest") return annals::direction::nearest;
  if (s == "same") return annals::direction::same_period;
  return std::nullopt;
}

annals::reference now_reference() {
  const auto now = date::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  return annals::reference::at(annals::sys_time{now});
}

void print_text(const annals::temporal_value& v, std::string_view text) {
  fmt::print("text      {}\n", text);
  fmt::print("type      {}\n", annals::to_string(v.type));
  fmt::print("value     {}\n", v.value);
  if (v.span)
    fmt::print("interval  [{}, {})\n", annals::iso_end(v.span->begin, v.span->where),
               annals::iso_end(v.span->end, v.span->where));
  fmt::print("grain     {}\n", annals::to_string(v.grain));
  if (v.mod != annals::timex_mod::none) fmt::print("mod       {}\n", annals::to_string(v.mod));
  if (v.instant) fmt::print("utc       {}\n", annals::iso_utc(*v.instant));
  if (v.every && !v.every->quant.empty()) fmt::print("quant     {}\n", v.every->quant);
  if (v.every && !v.every->freq.empty()) fmt::print("freq      {}\n", v.every->freq);
  if (!v.zone_abbreviation.empty()) {
    const auto c = annals::abbreviation_candidates(v.zone_abbreviation);
    fmt::print("zone      {}{}\n", v.zone_abbreviation, v.zone_ambiguous ? fmt::format(" (ambiguous: {} meanings)", c.size()) : "");
  }
}

int cmd_parse(const std::vector<std::string_view>& args) {
  annals::parse_options opt;
  std::optional<annals::reference> ref;
  bool json = false;
  std::vector<std::string_view> words;
  bool only_words = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto a = args[i];
    const auto value = [&]() -> std::optional<std::string_view> {
      if (i + 1 >= args.size()) return std::nullopt;
      return args[++i];
    };
    if (only_words || a.empty() || a[0] != '-' || a == "-") {
      words.push_back(a);
      continue;
    }
    if (a == "--") { only_words = true; continue; }
    if (a == "-h" || a == "--help") { fmt::print("{}", kUsage); return 0; }
    if (a == "--ref") {
      auto v = value();
      if (!v) return usage_error("--ref needs a value");
      auto r = annals::parse_reference(*v);
      if (!r) return usage_error(fmt::format("bad --ref '{}': {}", *v, r.error().what()));
      ref = *r;
    } else if (a == "--format") {
      auto v = value();
      if (!v) return usage_error("--format needs a value");
      if (*v == "json") json = true;
      else if (*v == "text") json = false;
      else return usage_error(fmt::format("unknown format '{}' (text, json)", *v));
    } else if (a == "--day-first") {
      opt.order = annals::date_order::day_first;
    } else if (a == "--region") {
      auto v = value();
      if (!v) return usage_error("--region needs a value");
      opt.zones.region = std::string(*v);
    } else if (a == "--prefer-zone") {
      auto v = value();
      if (!v) return usage_error("--prefer-zone needs a value");
      opt.zones.preferred_zones.emplace_back(*v);
    } else if (a == "--weekday" || a == "--month") {
      auto v = value();
      const auto d = v ? parse_direction(*v) : std::nullopt;
      if (!d) return usage_error(fmt::format("{} takes past, future, nearest or same", a));
      (a == "--weekday" ? opt.weekday : opt.month) = *d;
    } else if (a == "--tense") {
      auto v = value();
      if (!v) return usage_error("--tense needs a value");
      if (*v == "past") opt.hint = annals::tense::past;
      else if (*v == "future") opt.hint = annals::tense::future;
      else if (*v == "none") opt.hint = annals::tense::none;
      else return usage_error("--tense takes past, future or none");
    } else {
      return usage_error(fmt::format("unknown option '{}'", a));
    }
  }
  if (words.empty()) return usage_error("parse needs an EXPRESSION");
  std::string text;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i) text += ' ';
    text += words[i];
  }
  const annals::reference r = ref ? *ref : now_reference();
  auto v = annals::parse(text, r, opt);
  if (!v) {
    fmt::print(stderr, "annals: {}: {}\n", text, v.error().what());
    return 1;
  }
  if (json) fmt::print("{}\n", annals::to_json(*v, text));
  else print_text(*v, text);
  return 0;
}

}  // namespace

namespace annals::cli {
int usage_error(std::string_view msg) {
  // One line: the problem, and where the usage is.
  fmt::print(stderr, "annals: {} (see 'annals --help')\n", msg);
  return 2;
}
}  // namespace annals::cli

int main(int argc, char** argv) {
  std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.empty()) return usage_error("missing command");
  const auto cmd = args.front();
  args.erase(args.begin());
  if (cmd == "-h" || cmd == "--help" || cmd == "help") {
    fmt::print("{}", kUsage);
    return 0;
  }
  if (cmd == "parse") return cmd_parse(args);
  if (cmd == "extract") return annals::cli::cmd_extract(args);
  if (cmd == "timeline") return annals::cli::cmd_timeline(args);
  if (cmd == "eval") {
    bool verbose = false;
    std::vector<std::string> paths;
    annals::extract_options opt;
    for (auto a : args) {
      if (a == "-v" || a == "--verbose") verbose = true;
      else if (a == "--anchor=narrative") opt.anchor = annals::anchoring::narrative;
      else if (a == "--no-tense") opt.use_tense = false;
      else if (a.rfind("--weekday=", 0) == 0 && parse_direction(a.substr(10))) opt.parse.weekday = *parse_direction(a.substr(10));
      else if (a.rfind("--month=", 0) == 0 && parse_direction(a.substr(8))) opt.parse.month = *parse_direction(a.substr(8));
      else if (!a.empty() && a[0] == '-') return usage_error(fmt::format("unknown option '{}'", a));
      else paths.emplace_back(a);
    }
    if (paths.empty()) return usage_error("eval needs a folder of TimeML files");
    return annals::cli::run_eval(paths, verbose, opt);
  }
  return usage_error(fmt::format("unknown command '{}'", cmd));
}
