// The anchor scanner (src/scanner.hpp) against its specification, the regular expression in
// anchor_oracle.hpp run by RE2: the same anchors on listed words in every case, on the edge cases
// of the pattern, and on generated text, from every start position.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "anchor_oracle.hpp"
#include "scanner.hpp"

namespace {

using span_t = std::optional<std::pair<std::size_t, std::size_t>>;

span_t scan(std::string_view text, std::size_t from) {
  annals::detail::anchor_token a;
  if (!annals::detail::next_anchor(text, from, a)) return std::nullopt;
  return std::pair{a.begin, a.end};
}

// The anchors found by chaining from each anchor's end, as extraction does.
std::vector<std::pair<std::size_t, std::size_t>> chain(std::string_view text, bool oracle) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  std::size_t pos = 0;
  while (auto a = oracle ? annals::test::oracle_anchor(text, pos) : scan(text, pos)) {
    out.push_back(*a);
    pos = a->second;
  }
  return out;
}

// The first start position where scanner and oracle disagree, or npos.
std::size_t first_disagreement(std::string_view text) {
  for (std::size_t from = 0; from <= text.size(); ++from)
    if (scan(text, from) != annals::test::oracle_anchor(text, from)) return from;
  return std::string_view::npos;
}

std::string upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

// Texts of `min_pieces` to `max_pieces` pieces drawn at random (the listed words added to
// `pieces`), every `upper_every`th in upper case (0: none), must scan as the oracle says from
// every position.
void check_generated(std::vector<std::string> pieces, std::uint32_t seed, int rounds, int min_pieces,
                     int max_pieces, int upper_every) {
  for (const std::string_view w : annals::detail::anchor_words()) pieces.emplace_back(w);
  std::mt19937 rng(seed);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(min_pieces, max_pieces);
  for (int round = 0; round < rounds; ++round) {
    std::string text;
    for (int k = length(rng); k > 0; --k) text += pieces[pick(rng)];
    if (upper_every > 0 && round % upper_every == 0) text = upper(text);
    CAPTURE(text);
    CHECK(first_disagreement(text) == std::string_view::npos);
  }
}

}  // namespace

TEST_CASE("every listed word is an anchor in any case, as the oracle says") {
  REQUIRE(annals::test::anchor_oracle().ok());
  const auto words = annals::detail::anchor_words();
  CHECK(words.size() == 229);  // and "o'clock", read apart
  for (const std::string_view w : words) {
    const std::string lower(w);
    std::string title = lower;
    if (title[0] >= 'a' && title[0] <= 'z') title[0] = static_cast<char>(title[0] - 'a' + 'A');
    for (const std::string& form : {lower, title, upper(lower)}) {
      CAPTURE(form);
      CHECK(RE2::FullMatch(form, annals::test::anchor_oracle()));
      const std::string in = "(" + form + ")";
      CHECK(scan(in, 0) == span_t{{1, 1 + form.size()}});
      CHECK(annals::test::oracle_anchor(in, 0) == span_t{{1, 1 + form.size()}});
    }
  }
}

TEST_CASE("anchors at the edges of the pattern") {
  struct row {
    std::string_view text;
    std::size_t from;
    span_t want;
  };
  const row rows[] = {
      {"on Monday.", 0, {{3, 9}}},
      {"MONDAYS", 0, {{0, 7}}},
      {"the monsoon", 0, std::nullopt},   // a listed word must be the whole word
      {"Mayday 9", 0, {{7, 8}}},
      {"2023q1", 0, {{0, 4}}},            // digits first: "2023q1" is no listed word
      {"2023q1", 4, {{5, 6}}},            // "q1" begins inside a word: only its digit counts
      {"in 1Q", 0, {{3, 5}}},             // a listed word before a run of digits
      {"12q", 0, {{0, 2}}},
      {"Q5", 0, {{1, 2}}},
      {"_2023", 0, {{1, 5}}},
      {"abc12 May", 0, {{3, 5}}},
      {"snake_case_may", 0, std::nullopt},
      {"at 5 o'clock", 2, {{3, 4}}},
      {"at five O'Clock sharp", 0, {{8, 15}}},
      {"o'clocks", 0, std::nullopt},
      {"two'clock", 0, std::nullopt},
      {"the '90s", 0, {{4, 8}}},
      {"the \xE2\x80\x99" "90S", 0, {{4, 10}}},
      {"rock'90sx", 0, {{4, 8}}},         // no boundary is asked after a decade
      {"\xC2\x80\x99" "90s", 0, {{3, 5}}},  // U+0099, not U+2019: no quote, digits
      {"the '9", 0, {{5, 6}}},
      {"caf\xC3\xA9 Monday\xC3\xA9", 0, {{6, 12}}},  // bytes above 0x7F are no word bytes
      {"Monday", 6, std::nullopt},
      {"", 0, std::nullopt},
      {"thus", 0, {{0, 4}}},              // "thu" and a plural 's': the grammar says no
  };
  for (const row& r : rows) {
    CAPTURE(r.text);
    CAPTURE(r.from);
    CHECK(scan(r.text, r.from) == r.want);
    CHECK(annals::test::oracle_anchor(r.text, r.from) == r.want);
  }
}

TEST_CASE("scanner and oracle agree from every position of generated text") {
  // Pieces that meet at the pattern's edges: listed words and near misses, digits, apostrophes
  // (ASCII and U+2019), underscores, blanks, punctuation, bytes above 0x7F.
  std::vector<std::string> pieces = {" ", " ", ".", ",", "-", "'", "\xE2\x80\x99", "\xE2\x80", "_", "\xC3\xA9", "\xFF",
                                     "0", "1", "4", "9", "19", "2023", "q", "Q", "h", "s", "S", "o", "O", "clock",
                                     "CLOCK", "x", "mon", "soon", "ths", "the", "said", "Tues", "nineteen"};
  check_generated(std::move(pieces), 20261123, 4000, 1, 12, 3);
}

// The scanner classifies the text 64 bytes at a time: words, digits and quotes that straddle
// the edges of those blocks, runs longer than a block and texts that end at an edge.
TEST_CASE("scanner and oracle agree across the scanner's 64-byte blocks") {
  const auto pad = [](std::size_t n) { return std::string(n, ' '); };
  struct row {
    std::string text;
    std::size_t from;
    span_t want;
  };
  const std::string long_run = std::string(70, 'x') + "7";  // 71 word bytes, a digit at the end
  const row rows[] = {
      {pad(60) + "Monday", 0, {{60, 66}}},                      // across the first edge
      {pad(58) + "Monday", 0, {{58, 64}}},                      // ends on the edge, text ends there
      {pad(64) + "May", 0, {{64, 67}}},                         // begins on the edge
      {pad(63) + "x" + "Monday", 0, std::nullopt},              // one word across the edge
      {pad(62) + "'90s", 0, {{62, 66}}},                        // a decade across the edge
      {pad(63) + "\xE2\x80\x99" "90s", 0, {{63, 69}}},       // U+2019 across the edge
      {pad(10) + long_run + " June", 0, {{80, 81}}},            // a run past a block: its digit
      {pad(10) + std::string(70, 'y') + " June", 0, {{81, 85}}},
      {pad(127) + "o'clock", 0, {{127, 134}}},
      {std::string(64, 'z') + "Monday", 0, std::nullopt},       // a word that began a block earlier
      {std::string(64, 'z') + " Monday", 30, {{65, 71}}},       // from inside that word
  };
  for (const row& r : rows) {
    CAPTURE(r.text);
    CAPTURE(r.from);
    CHECK(scan(r.text, r.from) == r.want);
    CHECK(annals::test::oracle_anchor(r.text, r.from) == r.want);
  }
  // Generated text of up to ~400 bytes, so that every kind of piece meets the block edges.
  std::vector<std::string> pieces = {" ", "  ", ".", "'", "\xE2\x80\x99", "_", "\xC3\xA9", "0", "19", "2023", "o",
                                     "clock", "'clock", "mon", "the", "said", "'90s", "Tues", "x", "abcdefghij"};
  check_generated(std::move(pieces), 20261205, 300, 20, 80, 0);
}

TEST_CASE("scanner and oracle find the same anchors in the sample articles and TimeML documents") {
  const std::filesystem::path shared = ANNALS_SHARED_DIR;
  std::size_t files = 0;
  for (const char* dir : {"data/news-samples", "data/tempeval3-train"}) {
    const auto root = shared / dir;
    if (!std::filesystem::is_directory(root)) continue;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
      if (!entry.is_regular_file()) continue;
      std::ifstream in(entry.path(), std::ios::binary);
      const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      CAPTURE(entry.path().string());
      CHECK(chain(text, false) == chain(text, true));
      ++files;
    }
  }
  if (files == 0) MESSAGE("../shared is absent: the corpus comparison is skipped");
}
