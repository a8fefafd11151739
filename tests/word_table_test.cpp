// The word table and lower_word (internal): lower_word reads eight bytes at a time, so it is
// checked against a byte-by-byte reading of the same text for every byte value at every place
// of a word and for every text length around the eight-byte steps; the table finds exactly
// the words put in it.
#include "word_table.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

using annals::detail::kMaxWord;
using annals::detail::lower_word;
using annals::detail::word_table;

// The reading lower_word must give: the run of ASCII letters at the start, lower-cased; "" when
// it is longer than kMaxWord.
std::string byte_by_byte(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
    if (!upper && !lower) break;
    out += upper ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out.size() > kMaxWord ? std::string{} : out;
}

}  // namespace

TEST_CASE("lower_word reads the same letters as a byte-by-byte reading") {
  std::array<char, kMaxWord> buf{};
  // Every byte value at every place of a run of letters, in texts that end right after the
  // place and texts that go on: both the eight-byte steps and the bytes after them are met.
  for (std::size_t place = 0; place < kMaxWord + 3; ++place) {
    for (int b = 0; b < 256; ++b) {
      for (const std::size_t tail : {std::size_t{0}, std::size_t{1}, std::size_t{9}}) {
        std::string text;
        for (std::size_t i = 0; i < place; ++i) text += static_cast<char>((i % 2 ? 'A' : 'a') + static_cast<char>(i % 26));
        text += static_cast<char>(b);
        text += std::string(tail, 'x');
        CAPTURE(place);
        CAPTURE(b);
        CAPTURE(tail);
        CHECK(std::string(lower_word(text, buf)) == byte_by_byte(text));
      }
    }
  }
}

TEST_CASE("lower_word: the bytes around the letters' ranges, and words of the longest length") {
  std::array<char, kMaxWord> buf{};
  CHECK(lower_word("@ABC", buf).empty());         // '@' is one below 'A'
  CHECK(lower_word("[abc", buf).empty());         // '[' is one above 'Z'
  CHECK(lower_word("`abc", buf).empty());         // '`' is one below 'a'
  CHECK(lower_word("{abc", buf).empty());         // '{' is one above 'z'
  CHECK(lower_word("Zz`Aa@", buf) == "zz");
  CHECK(lower_word("MONDAY{x", buf) == "monday");
  CHECK(lower_word("caf\xC3\xA9 au lait", buf) == "caf");  // a byte of UTF-8 ends the run
  CHECK(lower_word("Wednesday, Sept. 20", buf) == "wednesday");
  CHECK(lower_word(std::string(kMaxWord, 'Q'), buf) == std::string(kMaxWord, 'q'));
  CHECK(lower_word(std::string(kMaxWord, 'Q') + " x", buf) == std::string(kMaxWord, 'q'));
  CHECK(lower_word(std::string(kMaxWord + 1, 'q'), buf).empty());
  CHECK(lower_word(std::string(kMaxWord + 1, 'q') + " x", buf).empty());
  CHECK(lower_word("", buf).empty());
}

TEST_CASE("a word table finds the words put in it, with their flags, and no others") {
  word_table t;
  std::vector<std::string> words;
  // Words that share their length and their first, middle and last bytes, which the table's
  // hash reads: they fall into the same chain and are told apart by their bytes.
  for (const char* w : {"monday", "mondxy", "mxnday", "a", "an", "at", "the", "thy", "tue", "tues", "quarter",
                        "quartet", "millennium", "millenniums", "abcdefghijklmnopqrstuvwx"})
    words.emplace_back(w);
  for (int i = 0; i < 300; ++i) {
    std::string w(1, 'w');
    w += std::to_string(i * 7919);
    w += 'z';
    words.push_back(std::move(w));
  }
  for (std::size_t i = 0; i < words.size(); ++i) t.add(words[i], static_cast<std::uint8_t>(1u << (i % 8)));
  for (std::size_t i = 0; i < words.size(); ++i) {
    CAPTURE(words[i]);
    CHECK(t.find(words[i]) == static_cast<std::uint8_t>(1u << (i % 8)));
  }
  for (const char* absent : {"mondaz", "mxndaz", "b", "am", "quartzr", "millennia", "w7z", "w7919", "", "tuesday",
                             "abcdefghijklmnopqrstuvwxy"})
    CHECK(t.find(absent) == 0);
  // Flags accumulate over repeated adds.
  t.add("monday", 0x80);
  CHECK(t.find("monday") == (0x01 | 0x80));
}
