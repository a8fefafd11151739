// The grammar's vocabulary (src/grammar/vocabulary.cpp) against the grammar's source: every word
// of every string literal and every letter of every character literal of grammar.cpp, and
// nothing else. With a word missing, extraction would skip starts where the grammar can match
// (see src/start_filter.hpp).
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <string_view>

#include "grammar/grammar.hpp"

namespace {

bool letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The lower-case words of the string literals and the letters of the character literals of
// C++ source `src`, outside comments and #include lines. A literal right after "bytes{" is a set
// of bytes the grammar looks at after a number (bytes{"aApP"}), not words it reads.
std::set<std::string> literal_words(std::string_view src) {
  std::set<std::string> words;
  std::string word;
  const auto flush = [&] {
    if (!word.empty()) words.insert(word);
    word.clear();
  };
  std::size_t i = 0;
  while (i < src.size()) {
    const char c = src[i];
    if (src.substr(i, 2) == "//") {
      i = src.find('\n', i);
      if (i == std::string_view::npos) break;
    } else if (src.substr(i, 2) == "/*") {
      i = src.find("*/", i + 2);
      if (i == std::string_view::npos) break;
      i += 2;
    } else if (c == '#' && src.substr(i, 8) == "#include") {
      i = src.find('\n', i);
      if (i == std::string_view::npos) break;
    } else if (c == '"' && i >= 6 && src.substr(i - 6, 6) == "bytes{") {
      i = src.find('"', i + 1);
      if (i == std::string_view::npos) break;
      ++i;
    } else if (c == '"' || c == '\'') {
      ++i;
      while (i < src.size() && src[i] != c) {
        if (src[i] == '\\') {  // an escape ("\n", "\xe2") is not part of a word
          flush();
          const bool hex = i + 1 < src.size() && src[i + 1] == 'x';
          i += 2;
          while (hex && i < src.size() && std::isxdigit(static_cast<unsigned char>(src[i])) != 0) ++i;
          continue;
        }
        if (letter(src[i])) word += fold(src[i]);
        else flush();
        ++i;
      }
      flush();
      ++i;
    } else {
      ++i;
    }
  }
  return words;
}

}  // namespace

TEST_CASE("the vocabulary is sorted, without repeats") {
  const auto v = annals::detail::grammar_vocabulary();
  REQUIRE(!v.empty());
  CHECK(std::adjacent_find(v.begin(), v.end(), [](auto a, auto b) { return !(a < b); }) == v.end());
  CHECK(annals::detail::grammar_reads_word("yesterday"));
  CHECK(annals::detail::grammar_reads_word("q"));
  CHECK_FALSE(annals::detail::grammar_reads_word("company"));
  CHECK_FALSE(annals::detail::grammar_reads_word("Yesterday"));  // lower case only
}

TEST_CASE("the vocabulary is exactly the words of the grammar's literals") {
  std::ifstream in(std::string(ANNALS_SOURCE_DIR) + "/src/grammar/grammar.cpp", std::ios::binary);
  REQUIRE(in);
  const std::string src((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto words = literal_words(src);
  CHECK(words.size() > 300);
  for (const auto& w : words) {
    CAPTURE(w);
    CHECK(annals::detail::grammar_reads_word(w));
  }
  // and nothing else: a word the grammar no longer reads leaves the list too
  for (const auto w : annals::detail::grammar_vocabulary()) {
    CAPTURE(w);
    CHECK(words.count(std::string(w)) == 1);
  }
}

TEST_CASE("the literal scanner: comments, escapes, character literals") {
  const auto words =
      literal_words("W(\"Last\") // \"comment\"\n lit('Q') \"\\xe2\\x80\\x99s x\\nday\" /* \"no\" */ bytes{\"aApP\"}");
  CHECK(words == std::set<std::string>{"last", "q", "s", "x", "day"});
}
