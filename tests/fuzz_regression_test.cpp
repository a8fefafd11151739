// Replays saved fuzz inputs through the fuzz targets' own code (fuzz/fuzz_*.cpp, compiled here
// without their libFuzzer entry point), so every input that once crashed, hung or broke an
// invariant stays fixed, and the seed corpora stay valid inputs.
//
//   tests/fuzz-regressions/<target>/<file>   inputs that found a bug (see the README there)
//   fuzz/corpus/<target>/<file>              the seed corpora
//
// An input that breaks an invariant aborts this test, as it crashed the fuzzer.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#define ANNALS_FUZZ_NO_ENTRY_POINT
#include "../fuzz/fuzz_document_date.cpp"
#include "../fuzz/fuzz_extract.cpp"
#include "../fuzz/fuzz_grammar_gate.cpp"
#include "../fuzz/fuzz_jsonl.cpp"
#include "../fuzz/fuzz_parse.cpp"
#include "../fuzz/fuzz_parse_reference.cpp"
#include "../fuzz/fuzz_read_document.cpp"
#include "../fuzz/fuzz_scanner.cpp"
#include "../fuzz/fuzz_timeline.cpp"

namespace {

namespace fs = std::filesystem;
using runner = int (*)(const std::uint8_t*, std::size_t);

struct target {
  const char* name;
  runner run;
};

constexpr target kTargets[] = {
    {"fuzz_parse", annals::fuzz::run_parse},
    {"fuzz_parse_reference", annals::fuzz::run_parse_reference},
    {"fuzz_extract", annals::fuzz::run_extract},
    {"fuzz_document_date", annals::fuzz::run_document_date},
    {"fuzz_read_document", annals::fuzz::run_read_document},
    {"fuzz_jsonl", annals::fuzz::run_jsonl},
    {"fuzz_timeline", annals::fuzz::run_timeline},
    {"fuzz_grammar_gate", annals::fuzz::run_grammar_gate},
    {"fuzz_scanner", annals::fuzz::run_scanner},
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Replays every file under dir/<target>/; returns how many ran.
std::size_t replay(const fs::path& dir) {
  std::size_t n = 0;
  for (const auto& t : kTargets) {
    const fs::path sub = dir / t.name;
    if (!fs::is_directory(sub)) continue;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(sub))
      if (e.is_regular_file() && e.path().filename().string()[0] != '.') files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      CAPTURE(f.string());
      const std::string bytes = slurp(f);
      CHECK(t.run(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()) == 0);
      ++n;
    }
  }
  return n;
}

TEST_CASE("fuzz regressions: every saved crashing input runs clean") {
  const std::size_t n = replay(fs::path(ANNALS_SOURCE_DIR) / "tests" / "fuzz-regressions");
  MESSAGE(n << " regression inputs replayed");
  CHECK(n > 0);
}

TEST_CASE("fuzz seed corpora run clean") {
  const std::size_t n = replay(fs::path(ANNALS_SOURCE_DIR) / "fuzz" / "corpus");
  CHECK(n >= 7);
}

}  // namespace
