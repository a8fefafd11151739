// The temporal-expression grammar (Boost.Spirit X3, instantiated once in grammar.cpp).
//
// match_expression() reads the longest temporal expression that starts exactly at text[0] and
// reports how many bytes it used. It never throws and never reads past `text`. Ranges ("from
// Monday to Friday", "Sept. 12-15") come back as two records.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "grammar/ast.hpp"

namespace annals::detail {

/// One expression, or a range of two.
struct match {
  expr first;
  std::optional<expr> second;  ///< the end of a range
  std::size_t length = 0;      ///< bytes of text used, from text[0]
  std::size_t first_length = 0;   ///< bytes of the first expression (equal to length if no range)
  std::size_t second_begin = 0;   ///< offset of the second expression (ranges)
  std::size_t lead = 0;           ///< bytes of a leading preposition skipped ("on", "in")
  friend bool operator==(const match&, const match&) = default;
};

/// What the grammar may accept.
struct grammar_options {
  /// Skip a leading preposition ("on Tuesday", "in March") and report it in `lead`.
  bool allow_preposition = true;
  /// Accept dateline prefixes ("Last Updated :", "First Published:", "Published", "Updated").
  bool allow_dateline_prefix = true;
  /// Try only the expression families that can begin with the word at the position (see
  /// families_at). Off, every family is tried everywhere: the same matches, slower; tests and
  /// fuzzers compare the two.
  bool gate_families = true;
};

/// The expressions read after a leading preposition, kept for the next match_expression calls
/// on the same text. A caller that tries neighbouring starts of one text ("of the Oct. 23", then
/// "the Oct. 23") reads the expression after the preposition once. An entry is found only by the
/// exact address and length of the bytes it was read from, with the same gate setting, so a hit
/// is the same input and gives the same answer. Each thread uses its own.
class expression_memo {
 public:
  struct entry {
    const char* data = nullptr;
    std::size_t size = 0;
    bool gated = false;
    expr e;
    std::size_t length = 0;  ///< 0: nothing matches there
  };
  /// The entry for these bytes and gate setting, or null.
  [[nodiscard]] const entry* find(std::string_view text, bool gated) const noexcept {
    for (const entry& x : ring_)
      if (x.data == text.data() && x.size == text.size() && x.gated == gated && x.data != nullptr) return &x;
    return nullptr;
  }
  /// Keeps a result, dropping the oldest.
  void keep(std::string_view text, bool gated, const expr& e, std::size_t length) noexcept {
    entry& x = ring_[next_];
    next_ = (next_ + 1) % ring_.size();
    x.data = text.data();
    x.size = text.size();
    x.gated = gated;
    x.e = e;
    x.length = length;
  }

 private:
  std::array<entry, 4> ring_{};
  std::size_t next_ = 0;
};

/// Longest expression at text[0]; none when nothing temporal starts there. The first 256 bytes
/// of `text` are read, except that an expression after a leading preposition is read from up
/// to 256 bytes from where it begins: a caller passes a longer text when it wants the answer
/// after "of " to be the one at the start of `text.substr(3)` (the memo depends on it).
[[nodiscard]] std::optional<match> match_expression(std::string_view text,
                                                    const grammar_options& options = {},
                                                    expression_memo* memo = nullptr);

/// The commonest absolute timestamps read by hand (fast_path.cpp), the whole text or nothing;
/// fills the record exactly as match_expression would. annals::parse tries it first.
[[nodiscard]] std::optional<match> fast_match(std::string_view text);

/// Every word the grammar reads (lower case, sorted): the words of the string literals of
/// grammar.cpp. No match holds a word outside it, except the words of holiday names
/// and of zone names (abbreviation_table(), city_zones()), read from their tables. Zone names
/// only follow a clock time, never a number or the first word of a match.
[[nodiscard]] std::span<const std::string_view> grammar_vocabulary() noexcept;
/// Whether `lower_word` (lower case) is in grammar_vocabulary().
[[nodiscard]] bool grammar_reads_word(std::string_view lower_word) noexcept;

/// The expression families, one bit each, in the order match_expression tries them.
enum family_bit : std::uint8_t {
  family_date = 1,          ///< "Sept. 19, 2023", "2023-09-18 10:09", "1998", "March"
  family_time = 2,          ///< "1:43 PM IST", "2 p.m. Monday", "noon on Tuesday"
  family_relative_day = 4,  ///< "yesterday", "last Wednesday", "two days ago", "Christmas Eve"
  family_period = 8,        ///< "Q3 2023", "the 1990s", "this spring", "next week"
  family_duration = 16,     ///< "six days", "the past three years"
  family_set = 32,          ///< "every Monday", "twice a week", "daily"
  family_vague = 64,        ///< "recently", "now", "the future"
};
inline constexpr std::uint8_t kAllFamilies = 127;
/// Names of the families for messages, by bit index.
inline constexpr std::string_view kFamilyNames[] = {"date", "time",   "relative day", "period",
                                                    "duration", "set", "vague"};

/// The expression families that may begin a match at the start of `text` (family_bit values).
/// Derived from the grammar's own parser expressions (grammar/first_set.hpp).
[[nodiscard]] std::uint8_t families_at(std::string_view text);
/// Every word a match can begin with, by name (lower case, sorted): the first words of the
/// families (families_at) and the words match_expression reads before an expression ("on",
/// "in", "published"). A table key that may run on into a longer word is listed as the key
/// ("mon"); families that begin with any word of a letter are not listed by word.
[[nodiscard]] std::span<const std::string> first_words();
/// The families the analysis could not read, each with the parser type that stopped it: each
/// such family is tried at every position. Empty when every family is gated.
[[nodiscard]] std::span<const std::string> ungated_families();

/// The holiday name table index for a name, used by tests: -1 when unknown.
[[nodiscard]] int holiday_index(std::string_view name);

}  // namespace annals::detail
