// annals timeline [--format F] [--about E] [--from T] [--to T] [--include-undated] [--ref T] FILE…
#include <fmt/format.h>

#include "annals/timeline.hpp"
#include "cli/commands.hpp"
#include "cli/inputs.hpp"

namespace annals::cli {

int cmd_timeline(const std::vector<std::string_view>& args) {
  timeline_options opt;
  std::optional<reference> ref;
  timeline_format f = timeline_format::text;
  bool jsonl = false, notes = false;
  std::vector<std::string> files;
  bool only_files = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto a = args[i];
    const auto need = [&]() -> std::optional<std::string_view> {
      if (i + 1 >= args.size()) return std::nullopt;
      return args[++i];
    };
    if (only_files || a == "-" || a.empty() || a[0] != '-') { files.emplace_back(a); continue; }
    if (a == "--") { only_files = true; continue; }
    if (a == "--format") {
      auto v = need();
      if (!v) return usage_error("--format needs a value");
      if (*v == "text") f = timeline_format::text;
      else if (*v == "json") f = timeline_format::json;
      else if (*v == "markdown") f = timeline_format::markdown;
      else if (*v == "timelinejs") f = timeline_format::timelinejs;
      else if (*v == "html") f = timeline_format::html;
      else if (*v == "semeval2015") f = timeline_format::semeval2015;
      else return usage_error(fmt::format("unknown format '{}' (text, json, markdown, timelinejs, html, semeval2015)", *v));
    } else if (a == "--about") {
      auto v = need();
      if (!v) return usage_error("--about needs an entity");
      opt.about = std::string(*v);
    } else if (a == "--from" || a == "--to") {
      auto v = need();
      if (!v) return usage_error(fmt::format("{} needs a date", a));
      auto r = parse_reference(*v);
      if (!r) return usage_error(fmt::format("bad {} '{}': {}", a, *v, r.error().what()));
      (a == "--from" ? opt.from : opt.to) = r->when;
    } else if (a == "--include-undated") {
      opt.include_undated = true;
    } else if (a == "--ref") {
      auto v = need();
      if (!v) return usage_error("--ref needs a value");
      auto r = parse_reference(*v);
      if (!r) return usage_error(fmt::format("bad --ref '{}': {}", *v, r.error().what()));
      ref = *r;
    } else if (a == "--anchor") {
      auto v = need();
      if (v && *v == "news") opt.extraction.anchor = anchoring::news;
      else if (v && *v == "narrative") opt.extraction.anchor = anchoring::narrative;
      else return usage_error("--anchor takes news or narrative");
    } else if (a == "--jsonl") {
      jsonl = true;
    } else if (a == "--notes") {
      notes = true;
    } else {
      return usage_error(fmt::format("unknown option '{}'", a));
    }
  }
  auto inputs = read_inputs(files, jsonl);
  std::vector<document> docs;
  int status = 0;
  for (auto& in : inputs) {
    if (!in.doc) {
      fmt::print(stderr, "annals: {}: {}\n", in.name, in.error);
      status = 2;
      continue;
    }
    if (ref) in.doc->given_ref = ref;
    else if (!in.doc->given_ref && !find_document_date(*in.doc, opt.extraction.parse)) {
      fmt::print(stderr, "annals: {}: no document date found; using the current time\n", in.name);
      in.doc->given_ref = now_reference();
    }
    docs.push_back(std::move(*in.doc));
  }
  // The SemEval-2015 format lists event mentions: every event word, dated sentences of the
  // time of writing included (timeline.hpp, event_options).
  if (f == timeline_format::semeval2015) opt.events = event_options{true, true};
  const timeline t = build_timeline(docs, opt);
  if (notes)
    for (const auto& n : t.notes) fmt::print(stderr, "annals: {}\n", n);
  fmt::print("{}", render(t, f, opt.about));
  return status;
}

}  // namespace annals::cli
