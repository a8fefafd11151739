#include "cli/inputs.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace annals::cli {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Reads a whole stream, refusing more than kMaxDocumentBytes (+1 to detect the excess).
std::optional<std::string> slurp(std::istream& in, std::string& error) {
  std::string data;
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    data.append(buf, static_cast<std::size_t>(in.gcount()));
    if (data.size() > kMaxDocumentBytes) {
      error = fmt::format("larger than the limit of {} MiB", kMaxDocumentBytes >> 20);
      return std::nullopt;
    }
  }
  if (in.bad()) {
    error = "read error";
    return std::nullopt;
  }
  return data;
}

void add_jsonl(std::vector<input>& out, const std::string& name, const std::string& data) {
  std::size_t line_no = 0, b = 0;
  while (b < data.size()) {
    std::size_t e = data.find('\n', b);
    if (e == std::string::npos) e = data.size();
    ++line_no;
    std::string_view line(data.data() + b, e - b);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty()) {
      input in;
      in.name = fmt::format("{}:{}", name, line_no);
      auto d = read_jsonl_line(line, line_no);
      if (d) {
        in.doc = std::move(*d);
        if (in.doc->id.empty()) in.doc->id = in.name;
      } else {
        in.error = d.error().what();
      }
      out.push_back(std::move(in));
    }
    b = e + 1;
  }
}

}  // namespace

std::vector<input> read_inputs(const std::vector<std::string>& files, bool jsonl) {
  std::vector<input> out;
  std::vector<std::string> names = files;
  if (names.empty()) names.emplace_back("-");
  for (const auto& name : names) {
    std::string error;
    std::optional<std::string> data;
    if (name == "-") {
      data = slurp(std::cin, error);
    } else {
      std::ifstream f(name, std::ios::binary);
      if (!f) {
        out.push_back({name, std::nullopt, fmt::format("cannot read: {}", std::strerror(errno))});
        continue;
      }
      data = slurp(f, error);
    }
    if (!data) {
      out.push_back({name, std::nullopt, error});
      continue;
    }
    if (jsonl || ends_with(name, ".jsonl")) {
      add_jsonl(out, name, *data);
      continue;
    }
    auto d = read_document(std::move(*data), name == "-" ? "stdin" : name);
    if (!d) out.push_back({name, std::nullopt, d.error().what()});
    else out.push_back({name, std::move(*d), {}});
  }
  return out;
}

document_args::taken document_args::take(const std::vector<std::string_view>& args, std::size_t& i,
                                          std::string& error) {
  const auto a = args[i];
  if (only_files || a == "-" || a.empty() || a[0] != '-') {
    files.emplace_back(a);
    return taken::yes;
  }
  if (a == "--") {
    only_files = true;
    return taken::yes;
  }
  if (a == "--jsonl") {
    jsonl = true;
    return taken::yes;
  }
  if (a != "--ref" && a != "--anchor") return taken::no;
  if (i + 1 >= args.size()) {
    error = fmt::format("{} needs a value", a);
    return taken::bad;
  }
  const auto v = args[++i];
  if (a == "--ref") {
    auto r = parse_reference(v);
    if (!r) {
      error = fmt::format("bad --ref '{}': {}", v, r.error().what());
      return taken::bad;
    }
    ref = *r;
  } else if (v == "news" || v == "narrative") {
    anchor = v == "news" ? anchoring::news : anchoring::narrative;
  } else {
    error = "--anchor takes news or narrative";
    return taken::bad;
  }
  return taken::yes;
}

reference now_reference() {
  const auto now = date::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  return reference::at(sys_time{now});
}

chosen_reference choose_reference(const document& doc, const std::optional<reference>& option,
                                  const parse_options& parse, std::string_view name) {
  if (option) return {*option, "option"};
  if (doc.given_ref) return {*doc.given_ref, "option"};
  if (const auto d = find_document_date(doc, parse)) return {d->ref, std::string(to_string(d->source))};
  const reference now = now_reference();
  if (const auto d = find_yearless_dateline(doc, now, parse)) {
    fmt::print(stderr, "annals: {}: the dateline names no year; dated in the latest year not after today\n", name);
    return {d->ref, std::string(to_string(d->source))};
  }
  fmt::print(stderr, "annals: {}: no document date found; using the current time\n", name);
  return {now, "now"};
}

}  // namespace annals::cli
