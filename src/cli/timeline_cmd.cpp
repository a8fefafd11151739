// annals timeline [--format F] [--about E] [--from T] [--to T] [--include-undated] [--ref T] FILE…
#include <fmt/format.h>

#include "annals/timeline.hpp"
#include "cli/commands.hpp"
#include "cli/inputs.hpp"

namespace annals::cli {

int cmd_timeline(const std::vector<std::string_view>& args) {
  timeline_options opt;
  document_args common;
  timeline_format f = timeline_format::text;
  bool notes = false;
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
    } else if (a == "--notes") {
      notes = true;
    } else {
      return usage_error(fmt::format("unknown option '{}'", a));
    }
  }
  opt.extraction.anchor = common.anchor;
  const std::optional<reference>& ref = common.ref;
  auto inputs = read_inputs(common.files, common.jsonl);
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
      const reference now = now_reference();
      if (const auto d = find_yearless_dateline(*in.doc, now, opt.extraction.parse)) {
        fmt::print(stderr, "annals: {}: the dateline names no year; dated in the latest year not after today\n",
                   in.name);
        in.doc->given_ref = d->ref;
        in.doc->given_source = date_source::dateline;
      } else {
        fmt::print(stderr, "annals: {}: no document date found; using the current time\n", in.name);
        in.doc->given_ref = now;
        in.doc->given_source = date_source::now;
      }
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
