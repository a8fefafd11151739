// annals eval: TempEval-3 style scoring of extraction against TimeML gold files.
//
// For every .tml file under the given folders: the gold TIMEX3 tags of <TEXT> (the DCT, tid t0,
// is not scored), the document's DCT as the reference, and annals::extract over the text with
// markup blanked (so offsets are shared). Matching is one-to-one in text order: a system mention
// matches the first unmatched gold mention it overlaps (relaxed) — strict when the spans are
// identical. Pooled over all files: P = matches / system, R = matches / gold. Over relaxed
// matches, type and value are compared as exact strings; value F1 = value accuracy × relaxed F1
// (the convention of ../shared/README.md). Figures overall and per gold TIMEX3 type.
#include "cli/eval.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "annals/extract.hpp"
#include "annals/parse.hpp"
#include "annals/reference.hpp"

namespace annals::cli {
namespace {

struct gold_timex {
  std::size_t begin, end;
  std::string type, value;
};

std::string attr(std::string_view tag, std::string_view name) {
  const std::string key = std::string(name) + "=\"";
  std::size_t p = 0;
  while ((p = tag.find(key, p)) != std::string_view::npos) {
    if (p == 0 || tag[p - 1] == ' ' || tag[p - 1] == '\t' || tag[p - 1] == '\n') {
      const std::size_t b = p + key.size();
      const std::size_t e = tag.find('"', b);
      if (e == std::string_view::npos) return {};
      return std::string(tag.substr(b, e - b));
    }
    p += key.size();
  }
  return {};
}

struct gold_doc {
  std::string raw, text;  // text: raw with every tag blanked outside and inside <TEXT>
  std::size_t text_begin = 0, text_end = 0;
  std::string dct;
  std::vector<gold_timex> timexes;
};

bool read_gold(const std::filesystem::path& p, gold_doc& d) {
  std::ifstream f(p, std::ios::binary);
  if (!f) return false;
  std::stringstream ss;
  ss << f.rdbuf();
  d.raw = ss.str();
  d.text.assign(d.raw.size(), ' ');
  const std::size_t tb = d.raw.find("<TEXT>");
  const std::size_t te = d.raw.find("</TEXT>");
  if (tb == std::string::npos || te == std::string::npos) return false;
  d.text_begin = tb + 6;
  d.text_end = te;
  const std::size_t dct = d.raw.find("<DCT>");
  if (dct != std::string::npos) {
    const std::size_t tag_end = d.raw.find('>', d.raw.find("<TIMEX3", dct));
    d.dct = attr(std::string_view(d.raw).substr(dct, tag_end - dct), "value");
  }
  // Copy body text, blank tags, record TIMEX3 spans.
  std::size_t i = d.text_begin;
  std::vector<std::pair<std::size_t, std::string>> open;  // start offset, tag
  while (i < d.text_end) {
    if (d.raw[i] == '<') {
      const std::size_t e = d.raw.find('>', i);
      if (e == std::string::npos || e > d.text_end) break;
      const std::string_view tag = std::string_view(d.raw).substr(i, e + 1 - i);
      if (tag.rfind("<TIMEX3", 0) == 0) open.emplace_back(e + 1, std::string(tag));
      else if (tag.rfind("</TIMEX3", 0) == 0 && !open.empty()) {
        const auto [b, t] = open.back();
        open.pop_back();
        d.timexes.push_back({b, i, attr(t, "type"), attr(t, "value")});
      }
      if (tag.rfind("<s ", 0) == 0 || tag == "<s>") d.text[i] = '\n';
      i = e + 1;
      continue;
    }
    d.text[i] = d.raw[i];
    ++i;
  }
  std::sort(d.timexes.begin(), d.timexes.end(), [](auto& a, auto& b) { return a.begin < b.begin; });
  return true;
}

struct counts {
  std::size_t gold = 0, sys = 0, relaxed = 0, strict = 0, type_ok = 0, value_ok = 0;
};

// A span's text on one line: the blanks left where markup was, and line breaks, become one space.
std::string one_line(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    const bool blank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (blank && (out.empty() || out.back() == ' ')) continue;
    out.push_back(blank ? ' ' : c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void print_row(std::string_view name, const counts& c) {
  const auto div = [](auto a, auto b) { return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b); };
  const double rp = div(c.relaxed, c.sys), rr = div(c.relaxed, c.gold);
  const double rf = div(2 * rp * rr, rp + rr);
  const double sp = div(c.strict, c.sys), sr = div(c.strict, c.gold);
  const double sf = div(2 * sp * sr, sp + sr);
  const double ta = div(c.type_ok, c.relaxed), va = div(c.value_ok, c.relaxed);
  fmt::print("{:<10} {:>6} {:>6} | {:>6.2f} {:>6.2f} {:>6.2f} | {:>6.2f} {:>6.2f} {:>6.2f} | {:>6.2f} {:>6.2f} | {:>6.2f} {:>6.2f}\n",
             name, c.gold, c.sys, 100 * sp, 100 * sr, 100 * sf, 100 * rp, 100 * rr, 100 * rf, 100 * ta,
             100 * ta * rf, 100 * va, 100 * va * rf);
}

}  // namespace

int run_eval(const std::vector<std::string>& paths, bool verbose, const extract_options& base_options) {
  std::vector<std::filesystem::path> files;
  for (const auto& p : paths) {
    std::error_code ec;
    if (std::filesystem::is_directory(p, ec)) {
      for (auto it = std::filesystem::recursive_directory_iterator(p, ec); !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
        if (it->path().extension() == ".tml") files.push_back(it->path());
    } else if (std::filesystem::exists(p, ec)) {
      files.emplace_back(p);
    } else {
      fmt::print(stderr, "annals: eval: cannot read '{}'\n", p);
      return 2;
    }
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    fmt::print(stderr, "annals: eval: no .tml files found\n");
    return 2;
  }
  counts all;
  std::map<std::string, counts> by_type;
  for (const auto& f : files) {
    gold_doc d;
    if (!read_gold(f, d)) {
      fmt::print(stderr, "annals: eval: {}: not a TimeML file with <TEXT>\n", f.string());
      return 2;
    }
    auto ref = parse_reference(d.dct.size() >= 10 ? d.dct.substr(0, 10) : d.dct);
    if (!ref) {
      fmt::print(stderr, "annals: eval: {}: bad DCT '{}'\n", f.string(), d.dct);
      return 2;
    }
    extract_options opt = base_options;
    opt.split_ranges = true;
    const auto sys = extract(d.text, *ref, opt);
    std::vector<bool> used(d.timexes.size(), false);
    std::vector<bool> sys_matched(sys.size(), false);
    all.gold += d.timexes.size();
    all.sys += sys.size();
    for (const auto& g : d.timexes) by_type[g.type].gold++;
    for (std::size_t si = 0; si < sys.size(); ++si) {
      const auto& m = sys[si];
      by_type[std::string(to_string(m.value.type))].sys++;
      for (std::size_t gi = 0; gi < d.timexes.size(); ++gi) {
        const auto& g = d.timexes[gi];
        if (used[gi] || g.end <= m.begin || m.end <= g.begin) continue;
        used[gi] = true;
        sys_matched[si] = true;
        counts& t = by_type[g.type];
        all.relaxed++;
        t.relaxed++;
        if (g.begin == m.begin && g.end == m.end) { all.strict++; t.strict++; }
        const bool type_ok = g.type == to_string(m.value.type);
        const bool value_ok = g.value == m.value.value;
        if (type_ok) { all.type_ok++; t.type_ok++; }
        if (value_ok) { all.value_ok++; t.value_ok++; }
        if (verbose && !value_ok)
          fmt::print("WRONG  {} [{}] gold {} {} | sys {} {} ({})\n", f.filename().string(),
                     one_line(d.raw.substr(g.begin, g.end - g.begin)), g.type, g.value, to_string(m.value.type),
                     m.value.value, one_line(m.text));
        if (verbose && value_ok && (g.begin != m.begin || g.end != m.end))
          fmt::print("SPAN   {} gold [{}] sys [{}]\n", f.filename().string(),
                     one_line(d.raw.substr(g.begin, g.end - g.begin)), one_line(m.text));
        break;
      }
    }
    if (verbose) {
      for (std::size_t gi = 0; gi < d.timexes.size(); ++gi)
        if (!used[gi])
          fmt::print("MISS   {} [{}] {} {}\n", f.filename().string(),
                     one_line(d.raw.substr(d.timexes[gi].begin, d.timexes[gi].end - d.timexes[gi].begin)),
                     d.timexes[gi].type, d.timexes[gi].value);
      for (std::size_t si = 0; si < sys.size(); ++si)
        if (!sys_matched[si])
          fmt::print("EXTRA  {} [{}] {} {}\n", f.filename().string(), one_line(sys[si].text), to_string(sys[si].value.type),
                     sys[si].value.value);
    }
  }
  fmt::print("{} files\n", files.size());
  fmt::print("{:<10} {:>6} {:>6} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6} | {:>6} {:>6} | {:>6} {:>6}\n", "", "gold",
             "system", "strP", "strR", "strF1", "relP", "relR", "relF1", "typeA", "typeF1", "valA", "valF1");
  print_row("all", all);
  for (const auto& [t, c] : by_type) print_row(t, c);
  return 0;
}

}  // namespace annals::cli
