// extract_bench: extraction throughput (MB/s, one thread) on news text, next to chrono-node.
//
//   build/bench/extract_bench                        # corpus: ../shared/data/tempeval3-train
//   build/bench/extract_bench --repeat 16 --no-chrono
//
// The corpus is the plain text of the TimeML documents under --path: the contents of <TEXT>
// with every tag removed and the XML entities decoded, split into paragraphs at blank lines.
// Each document keeps its DCT as the reference. The text is read once at start-up and never
// written anywhere but a temporary file for chrono-node; nothing of it enters the repository.
//
// A timed run calls annals::extract on every paragraph of every document, document after
// document, --repeat times over (so --repeat 16 streams sixteen copies of the corpus through
// extraction without holding more than one document's mentions at a time). MB/s counts the
// paragraph bytes fed (1 MB = 10^6 bytes). The table gives the median of --runs runs. Peak
// resident memory (getrusage ru_maxrss) is read after loading the corpus and again after the
// runs: extraction itself should add a constant, whatever --repeat is.
//
// Unless --no-chrono is given, the same paragraphs go to bench/chrono_extract.sh (chrono-node's
// `parse` with the same reference per document, installed from npm into a temporary folder),
// and the ratio of the medians is printed. Without npm, or when the install fails, that part is
// skipped with a message.
#include <fmt/format.h>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "bench_util.hpp"
#include "annals/extract.hpp"
#include "annals/reference.hpp"
#include "annals/render.hpp"

#ifndef ANNALS_BENCH_DIR
#define ANNALS_BENCH_DIR "bench"
#endif
#ifndef ANNALS_DEFAULT_CORPUS
#define ANNALS_DEFAULT_CORPUS "../shared/data/tempeval3-train"
#endif

namespace {

using annals::bench::cpu_model;
using annals::bench::median;
using annals::bench::read_count;

namespace fs = std::filesystem;

struct news_document {
  std::string name;
  std::string dct;                      ///< YYYY-MM-DD, as given to both engines
  annals::reference ref;
  std::vector<std::string> paragraphs;  ///< plain text, tags removed, entities decoded
};

// ---------------------------------------------------------------------------------------------
// Reading TimeML into plain paragraphs.

std::string read_file(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

/// The value="…" of the first TIMEX3 inside <DCT>, cut to the day.
std::string dct_value(std::string_view raw) {
  const auto dct = raw.find("<DCT>");
  if (dct == std::string_view::npos) return {};
  const auto key = raw.find("value=\"", dct);
  if (key == std::string_view::npos) return {};
  const auto b = key + 7;
  const auto e = raw.find('"', b);
  if (e == std::string_view::npos) return {};
  return std::string(raw.substr(b, std::min<std::size_t>(e - b, 10)));
}

/// <TEXT> without tags, with &amp; &lt; &gt; &quot; &apos; decoded.
std::string plain_text(std::string_view raw) {
  const auto tb = raw.find("<TEXT>");
  const auto te = raw.find("</TEXT>");
  if (tb == std::string_view::npos || te == std::string_view::npos || te < tb) return {};
  const std::string_view body = raw.substr(tb + 6, te - tb - 6);
  std::string out;
  out.reserve(body.size());
  for (std::size_t i = 0; i < body.size();) {
    if (body[i] == '<') {
      const auto e = body.find('>', i);
      if (e == std::string_view::npos) break;
      i = e + 1;
      continue;
    }
    if (body[i] == '&') {
      static constexpr std::pair<std::string_view, char> kEntities[] = {
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
      bool decoded = false;
      for (const auto& [name, c] : kEntities)
        if (body.substr(i, name.size()) == name) {
          out += c;
          i += name.size();
          decoded = true;
          break;
        }
      if (decoded) continue;
    }
    out += body[i++];
  }
  return out;
}

/// Paragraphs: runs of lines that are not blank, trimmed.
std::vector<std::string> paragraphs(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  const auto flush = [&] {
    const auto b = cur.find_first_not_of(" \t\r\n");
    if (b != std::string::npos) out.push_back(cur.substr(b, cur.find_last_not_of(" \t\r\n") + 1 - b));
    cur.clear();
  };
  std::size_t i = 0;
  while (i < text.size()) {
    auto e = text.find('\n', i);
    if (e == std::string_view::npos) e = text.size();
    const std::string_view line = text.substr(i, e - i);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
      flush();
    } else {
      if (!cur.empty()) cur += '\n';
      cur += line;
    }
    i = e + 1;
  }
  flush();
  return out;
}

std::vector<news_document> load_corpus(const fs::path& dir) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec))
    if (it->path().extension() == ".tml") files.push_back(it->path());
  std::sort(files.begin(), files.end());
  std::vector<news_document> docs;
  for (const auto& f : files) {
    const std::string raw = read_file(f);
    news_document d;
    d.name = f.filename().string();
    d.dct = dct_value(raw);
    auto ref = annals::parse_reference(d.dct);
    if (!ref) {
      fmt::print(stderr, "extract_bench: {}: no usable DCT ('{}'), skipped\n", f.string(), d.dct);
      continue;
    }
    d.ref = *ref;
    d.paragraphs = paragraphs(plain_text(raw));
    if (!d.paragraphs.empty()) docs.push_back(std::move(d));
  }
  return docs;
}

// ---------------------------------------------------------------------------------------------
// Timing

struct totals {
  std::size_t bytes = 0;
  std::size_t mentions = 0;
  std::uint64_t checksum = 0;
};

/// One pass: every paragraph of every document, `repeat` times over the corpus.
totals extract_pass(const std::vector<news_document>& docs, std::size_t repeat) {
  totals t;
  for (std::size_t r = 0; r < repeat; ++r)
    for (const auto& d : docs)
      for (const auto& p : d.paragraphs) {
        const auto found = annals::extract(p, d.ref);
        t.bytes += p.size();
        t.mentions += found.size();
        for (const auto& m : found)
          t.checksum = t.checksum * 0x100000001b3u + m.begin * 131 + m.end + m.value.value.size();
      }
  return t;
}


/// Peak resident set size so far, in MiB (Linux reports ru_maxrss in KiB).
double peak_rss_mib() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}


// ---------------------------------------------------------------------------------------------
// chrono-node, through bench/chrono_extract.sh

// JSON string literal via the library's own writer (invalid UTF-8 becomes U+FFFD).
std::string json_string(std::string_view s) {
  std::string out;
  annals::append_json_string(out, s);
  return out;
}

/// Runs the chrono-node script over the paragraphs; its median MB/s, or none when skipped.
std::optional<double> run_chrono(const std::vector<news_document>& docs, std::size_t runs) {
  char dir_template[] = "/tmp/extract_bench.XXXXXX";
  const char* dir = mkdtemp(dir_template);
  if (!dir) {
    fmt::print("chrono-node: skipped (cannot create a temporary folder)\n");
    return std::nullopt;
  }
  const std::string input = std::string(dir) + "/paragraphs.jsonl";
  {
    std::ofstream out(input, std::ios::binary);
    for (const auto& d : docs)
      for (const auto& p : d.paragraphs)
        out << "{\"ref\":" << json_string(d.dct) << ",\"text\":" << json_string(p) << "}\n";
  }
  const std::string cmd = fmt::format("bash '{}/chrono_extract.sh' '{}' {} 2>&1", ANNALS_BENCH_DIR, input, runs);
  std::optional<double> mbps;
  if (FILE* pipe = popen(cmd.c_str(), "r")) {
    char buf[4096];
    while (fgets(buf, sizeof buf, pipe)) {
      const std::string_view line(buf);
      fmt::print("  | {}", line);
      constexpr std::string_view key = "chrono-node MB/s median ";
      if (line.rfind(key, 0) == 0) mbps = std::strtod(buf + key.size(), nullptr);
    }
    if (pclose(pipe) != 0) mbps.reset();
  }
  std::error_code ec;
  fs::remove_all(dir, ec);
  return mbps;
}

/// Every mention of one untimed pass, one per line, to compare builds before and after a change.
void dump_mentions(const std::vector<news_document>& docs, const std::string& file) {
  std::ofstream out(file, std::ios::binary);
  for (const auto& d : docs)
    for (std::size_t i = 0; i < d.paragraphs.size(); ++i)
      for (const auto& m : annals::extract(d.paragraphs[i], d.ref))
        out << d.name << '\t' << i << '\t' << m.begin << '\t' << m.end << '\t' << m.text << '\t'
            << annals::to_string(m.value.type) << '\t' << m.value.value << '\n';
}

constexpr std::string_view kUsage = R"(usage: extract_bench [--path DIR] [--repeat K] [--runs N] [--no-chrono] [--dump FILE]

Extraction throughput (MB/s, one thread) of annals::extract on the plain text of TimeML news
documents, and chrono-node's parse over the same paragraphs.
  --path DIR    folder of .tml files (default: ../shared/data/tempeval3-train beside the repo)
  --repeat K    stream the corpus K times per run, document by document (default 1)
  --runs N      timed runs; medians are printed (default 7)
  --no-chrono   skip chrono-node
  --dump FILE   also write every mention (document, paragraph, span, text, type, value) to FILE
)";


}  // namespace

int main(int argc, char** argv) {
  std::string path = ANNALS_DEFAULT_CORPUS;
  std::size_t repeat = 1;
  std::size_t runs = 7;
  bool chrono = true;
  std::string dump;
  const std::vector<std::string_view> args(argv + 1, argv + argc);
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto a = args[i];
    if (a == "--no-chrono") {
      chrono = false;
    } else if (a == "--dump" && i + 1 < args.size()) {
      dump = std::string(args[++i]);
    } else if (a == "--path" && i + 1 < args.size()) {
      path = std::string(args[++i]);
    } else if ((a == "--repeat" || a == "--runs") && i + 1 < args.size()) {
      if (!read_count(args[++i], a == "--repeat" ? repeat : runs)) {
        fmt::print(stderr, "extract_bench: {} needs a positive number\n", a);
        return 2;
      }
    } else if (a == "-h" || a == "--help") {
      fmt::print("{}", kUsage);
      return 0;
    } else {
      fmt::print(stderr, "extract_bench: unknown argument '{}'\n{}", a, kUsage);
      return 2;
    }
  }

  std::error_code ec;
  if (!fs::is_directory(path, ec)) {
    fmt::print("extract_bench: no corpus at '{}'; nothing measured (give --path DIR)\n", path);
    return 0;
  }
  const double rss_start = peak_rss_mib();
  const std::vector<news_document> docs = load_corpus(path);
  if (docs.empty()) {
    fmt::print("extract_bench: no TimeML documents with <TEXT> under '{}'; nothing measured\n", path);
    return 0;
  }
  std::size_t n_paragraphs = 0, corpus_bytes = 0;
  for (const auto& d : docs)
    for (const auto& p : d.paragraphs) {
      ++n_paragraphs;
      corpus_bytes += p.size();
    }

  fmt::print("extract_bench: {} documents, {} paragraphs, {:.3f} MB of plain text from {}\n", docs.size(),
             n_paragraphs, static_cast<double>(corpus_bytes) / 1e6, path);
  fmt::print("repeat {}x per run ({:.3f} MB), {} runs, 1 thread; reference: each document's DCT\n", repeat,
             static_cast<double>(corpus_bytes * repeat) / 1e6, runs);
  fmt::print("machine: {}, {} hardware threads; compiler: {}\n\n", cpu_model(), std::thread::hardware_concurrency(),
             __VERSION__);

  // Warm up the scanner, the grammar and the allocator (not timed).
  const double rss_loaded = peak_rss_mib();
  (void)extract_pass(docs, 1);
  const double rss_warm = peak_rss_mib();

  std::vector<double> mbps, seconds;
  totals t;
  for (std::size_t r = 0; r < runs; ++r) {
    const auto start = std::chrono::steady_clock::now();
    t = extract_pass(docs, repeat);
    const std::chrono::duration<double> s = std::chrono::steady_clock::now() - start;
    seconds.push_back(s.count());
    mbps.push_back(static_cast<double>(t.bytes) / s.count() / 1e6);
  }
  const double rss_after = peak_rss_mib();
  if (!dump.empty()) dump_mentions(docs, dump);
  const double annals_mbps = median(mbps);

  fmt::print("{:<28} {:>10} {:>21} {:>10} {:>10}\n", "engine", "MB/s", "min .. max", "s/run", "mentions");
  fmt::print("{:<28} {:>10.2f} {:>21} {:>10.3f} {:>10}\n", "annals::extract", annals_mbps,
             fmt::format("{:.2f} .. {:.2f}", *std::min_element(mbps.begin(), mbps.end()),
                         *std::max_element(mbps.begin(), mbps.end())),
             median(seconds), t.mentions);
  fmt::print("peak RSS (getrusage ru_maxrss): {:.1f} MiB at start, {:.1f} MiB with the corpus loaded, "
             "{:.1f} MiB after one warm-up pass, {:.1f} MiB after {} runs of {}x\n",
             rss_start, rss_loaded, rss_warm, rss_after, runs, repeat);
  fmt::print("checksum {:016x}\n", t.checksum);

  if (chrono) {
    fmt::print("\nchrono-node over the same {} paragraphs (bench/chrono_extract.sh):\n", n_paragraphs);
    const auto c = run_chrono(docs, runs);
    if (c && *c > 0) {
      fmt::print("\nratio annals/chrono-node (medians): {:.2f}x  ({:.2f} MB/s vs {:.2f} MB/s)\n",
                 annals_mbps / *c, annals_mbps, *c);
    } else {
      fmt::print("chrono-node: no figure (see above); no ratio\n");
    }
  }
  return 0;
}
