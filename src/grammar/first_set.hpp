// What an X3 parser can begin with, computed from its type (internal to grammar.cpp).
//
// The extraction driver tries every expression family at every candidate position; most of
// those tries fail on their first word ("of", "for", "the company"). A family whose first set
// does not admit the word at the position cannot match there, so it is not tried. The set is
// derived from the parser expression itself, so it follows every edit of the grammar; a parser
// this walker does not know makes the whole set "anything", never a wrong "no".
//
// Granularity: a word is the run of ASCII letters at the start of the text, lower-cased. A
// literal followed by a non-letter ("a.m.", "mid-") admits exactly the letters before it; a
// literal that may run on into more letters (a table key such as "mon", which the table also
// finds at the start of "monsoon") admits every word it begins, unless the parser checks for a
// word boundary after it.
//
// The second look: after some first words ("the", "about") and after a number, most tries still
// fail on the word that follows ("the new", "about 99%"). after_of() computes what a parser may
// read right after a given first word (its derivative by that word; a number of N digits is
// written as N zeros and read against the number parsers by their digit bounds), blanks skipped,
// and family_gate keeps a second gate per such word for the word or byte after it.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <typeinfo>
#include <vector>

#include "word_table.hpp"

namespace annals::detail {

/// The first words and bytes a parser can begin a non-empty match with.
struct first_set {
  bool any = false;       ///< unknown: anything may start a match
  bool nullable = false;  ///< may succeed without consuming input
  /// Bytes a match may begin with; a letter (lower case) admits every word beginning with it.
  std::bitset<256> bytes;
  std::vector<std::string> words;     ///< the word at the text must be one of these
  std::vector<std::string> prefixes;  ///< or begin with one of these
  std::string unknown;                ///< the first parser type the walker could not read
  /// Input to the walk: blanks (space, tab, no-break space, line breaks) count as nothing, so
  /// the set is that of the first word after them. Used for what follows a first word.
  bool skip_blanks = false;
  /// Only the bytes: a literal adds its first byte (a letter in lower case) and no word. What
  /// byte_gate needs, built without allocating.
  bool bytes_only = false;

  /// Adds a literal (any case) that the text must begin with. `bounded`: the parser checks
  /// that no letter follows it.
  void add_literal(std::string_view lit, bool bounded) {
    if (skip_blanks) lit = trim_blanks(lit);
    if (lit.empty()) {
      nullable = true;
      return;
    }
    if (!is_ascii_alpha(lit[0])) {
      bytes[static_cast<unsigned char>(lit[0])] = true;
      return;
    }
    if (bytes_only) {
      bytes[static_cast<unsigned char>(ascii_lower(lit[0]))] = true;
      return;
    }
    std::string word;
    std::size_t n = 0;
    while (n < lit.size() && is_ascii_alpha(lit[n])) word += ascii_lower(lit[n++]);
    // An apostrophe may be left out ("New Years Eve"): the word runs on past it.
    const bool runs_on = n == lit.size() ? !bounded : lit[n] == '\'';
    if (runs_on && word.size() == 1)
      bytes[static_cast<unsigned char>(word[0])] = true;
    else
      (runs_on ? prefixes : words).push_back(std::move(word));
  }

  /// Adds the first set of an alternative (or of what follows a nullable prefix).
  void merge(const first_set& o) {
    any = any || o.any;
    bytes |= o.bytes;
    words.insert(words.end(), o.words.begin(), o.words.end());
    prefixes.insert(prefixes.end(), o.prefixes.begin(), o.prefixes.end());
    if (unknown.empty()) unknown = o.unknown;
  }

  /// Whether a text that begins with the lower-case letter run `word` may begin a match: the
  /// word, one of its prefixes or its first letter is in the set.
  [[nodiscard]] bool admits_word(std::string_view word) const {
    if (any || word.empty() || bytes[static_cast<unsigned char>(word[0])]) return true;
    if (std::find(words.begin(), words.end(), word) != words.end()) return true;
    return std::any_of(prefixes.begin(), prefixes.end(), [&](const std::string& p) { return word.starts_with(p); });
  }

  /// `text` without the blanks it begins with.
  static std::string_view trim_blanks(std::string_view text) {
    for (;;) {
      if (!text.empty() && (text[0] == ' ' || text[0] == '\t' || text[0] == '\r' || text[0] == '\n'))
        text.remove_prefix(1);
      else if (text.starts_with("\xC2\xA0"))
        text.remove_prefix(2);
      else
        return text;
    }
  }
};

/// The bytes a parser may begin a match with, for a check at parse time. Guards are copied into
/// every expression built from them, so the gate is kept to 16 bytes: one bit per ASCII byte, a
/// letter in both cases; bit 127 stands for DEL and every byte of 0x80 and above. Every bit is
/// set when the set is unknown or the parser may match the empty string (it may match anywhere).
struct byte_gate {
  std::array<std::uint64_t, 2> bits{~std::uint64_t{0}, ~std::uint64_t{0}};

  [[nodiscard]] bool unknown() const noexcept { return (bits[0] & bits[1]) == ~std::uint64_t{0}; }
  [[nodiscard]] bool has(unsigned char c) const noexcept {
    if (c > 127) c = 127;
    return ((bits[c >> 6] >> (c & 63)) & 1u) != 0;
  }
  void set(unsigned char c) noexcept {
    if (c > 127) c = 127;
    bits[c >> 6] |= std::uint64_t{1} << (c & 63);
  }
};

/// The byte gate of a first set (see byte_gate).
[[nodiscard]] inline byte_gate first_bytes(const first_set& s) {
  byte_gate g;
  if (s.any || s.nullable || s.skip_blanks) return g;
  g.bits = {0, 0};
  for (std::size_t c = 0; c < 256; ++c)
    if (s.bytes[c]) g.set(static_cast<unsigned char>(c));
  for (const auto& w : s.words) g.set(static_cast<unsigned char>(w[0]));
  for (const auto& w : s.prefixes) g.set(static_cast<unsigned char>(w[0]));
  // Letters in both cases: 'A'..'Z' are bits 1..26 of the second word, 'a'..'z' bits 33..58.
  constexpr std::uint64_t kUpper = ((std::uint64_t{1} << 26) - 1) << 1;
  const std::uint64_t letters = (g.bits[1] & kUpper) | ((g.bits[1] >> 32) & kUpper);
  g.bits[1] |= letters | (letters << 32);
  return g;
}

/// Whether `word` stands for a number: a run of N digits is written as N zeros.
[[nodiscard]] inline bool is_number_token(std::string_view word) { return !word.empty() && is_ascii_digit(word[0]); }

/// What a parser can read after it has read a given first word (a run of letters, lower case,
/// or a run of digits, written as that many zeros) and nothing else: the derivative of the
/// parser by that word, as a first set.
struct after_word {
  bool any = false;       ///< unknown: the parser may go on with anything
  bool complete = false;  ///< the parser may end right after the word
  first_set next;         ///< what it may read next, blanks skipped (next.skip_blanks is set)

  after_word() { next.skip_blanks = true; }
  void merge(const after_word& o) {
    any = any || o.any;
    complete = complete || o.complete;
    next.merge(o.next);
  }
  /// A literal (`lit`, any case) read from the start of the text; `bounded`: no letter may follow.
  void add_literal(std::string_view word, std::string_view lit, bool bounded) {
    if (is_number_token(word)) {
      // A literal that begins with digits ("12 noon", "1/2"): all of the number's digits, then
      // the rest; a literal of fewer digits leaves the rest of the number to what follows.
      std::size_t k = 0;
      while (k < lit.size() && lit[k] >= '0' && lit[k] <= '9') ++k;
      if (k == 0 || k > word.size()) return;
      if (k < word.size()) {
        any = any || k == lit.size();
        return;
      }
      if (k == lit.size())
        complete = true;
      else
        next.add_literal(lit.substr(k), bounded);
      return;
    }
    std::size_t n = 0;
    while (n < lit.size() && is_ascii_alpha(lit[n])) ++n;
    if (n == 0) return;  // begins with no letter: cannot read a word
    const auto same = [](std::string_view a, std::string_view lower) {  // ASCII, any case
      return a.size() == lower.size() &&
             std::equal(a.begin(), a.end(), lower.begin(), [](char x, char y) { return ascii_lower(x) == y; });
    };
    if (same(lit.substr(0, n), word)) {
      const std::string_view rest = lit.substr(n);
      // An apostrophe may stand in the word or be left out ("New Years Eve"): not read here.
      if (!rest.empty() && (rest[0] == '\'' || static_cast<unsigned char>(rest[0]) >= 0x80))
        any = true;
      else if (rest.empty())
        complete = true;
      else
        next.add_literal(rest, bounded);
    } else if (!bounded && n == lit.size() && n < word.size() && same(lit, word.substr(0, n))) {
      any = true;  // ends inside the word: the rest of the word is read by what follows
    }
  }
};

/// A parser of this project describes what it reads after a first word with a member
/// `void describe_after(std::string_view word, after_word&) const`.
template <class P>
concept describes_after = requires(const P& p, std::string_view w, after_word& a) { p.describe_after(w, a); };

/// A parser of this project describes its own first set with a member
/// `void describe_first(first_set&) const` (the walker calls it and adds nothing itself).
template <class P>
concept describes_first = requires(const P& p, first_set& s) { p.describe_first(s); };

namespace first_set_detail {
namespace x3 = boost::spirit::x3;

template <class T> struct is_sequence : std::false_type {};
template <class L, class R> struct is_sequence<x3::sequence<L, R>> : std::true_type {};
template <class T> struct is_alternative : std::false_type {};
template <class L, class R> struct is_alternative<x3::alternative<L, R>> : std::true_type {};
// Match zero or more times: nullable, and begin like the subject.
template <class T> struct is_zero_or_more : std::false_type {};
template <class S> struct is_zero_or_more<x3::optional<S>> : std::true_type {};
template <class S> struct is_zero_or_more<x3::kleene<S>> : std::true_type {};
// Consume nothing whatever they test.
template <class T> struct is_predicate : std::false_type {};
template <class S> struct is_predicate<x3::not_predicate<S>> : std::true_type {};
template <class S> struct is_predicate<x3::and_predicate<S>> : std::true_type {};
// Match exactly as the subject does (the subject's first set and nullability).
template <class T> struct is_transparent : std::false_type {};
template <class S> struct is_transparent<x3::plus<S>> : std::true_type {};
template <class S, class A> struct is_transparent<x3::action<S, A>> : std::true_type {};
template <class S> struct is_transparent<x3::raw_directive<S>> : std::true_type {};
template <class S> struct is_transparent<x3::no_case_directive<S>> : std::true_type {};
template <class S> struct is_transparent<x3::lexeme_directive<S>> : std::true_type {};
template <class S> struct is_transparent<x3::omit_directive<S>> : std::true_type {};
// Read their subject once or more.
template <class T> struct is_repeated : std::false_type {};
template <class S> struct is_repeated<x3::kleene<S>> : std::true_type {};
template <class S> struct is_repeated<x3::plus<S>> : std::true_type {};
template <class T> struct is_rule_definition : std::false_type {};
template <class ID, class RHS, class A, bool F>
struct is_rule_definition<x3::rule_definition<ID, RHS, A, F>> : std::true_type {};
template <class T> struct is_literal_char : std::false_type {};
template <class E, class A> struct is_literal_char<x3::literal_char<E, A>> : std::true_type {};
template <class T> struct is_literal_string : std::false_type {};
template <class S, class E, class A> struct is_literal_string<x3::literal_string<S, E, A>> : std::true_type {};
template <class T> struct is_char_range : std::false_type {};
template <class E> struct is_char_range<x3::char_range<E>> : std::true_type {};
// Unsigned decimal numbers of at least one digit.
template <class T> struct is_decimal_uint : std::false_type {};
template <class T, unsigned R, unsigned Min, int Max>
struct is_decimal_uint<x3::uint_parser<T, R, Min, Max>> : std::bool_constant<R == 10 && Min >= 1> {
  static constexpr std::size_t min_digits = Min;
  static constexpr int max_digits = Max;  // -1: no limit
};
}  // namespace first_set_detail

/// The first set of parser `p`; with `skip_blanks`, of the first word after any blanks.
template <class P>
first_set first_of(const P& p, bool skip_blanks = false, bool bytes_only = false) {
  namespace d = first_set_detail;
  first_set s;
  s.skip_blanks = skip_blanks;
  s.bytes_only = bytes_only;
  if constexpr (describes_first<P>) {
    p.describe_first(s);
  } else if constexpr (d::is_sequence<P>::value) {
    s = first_of(p.left, skip_blanks, bytes_only);
    if (s.nullable) {
      const first_set r = first_of(p.right, skip_blanks, bytes_only);
      s.merge(r);
      s.nullable = r.nullable;
    }
  } else if constexpr (d::is_alternative<P>::value) {
    s = first_of(p.left, skip_blanks, bytes_only);
    const first_set r = first_of(p.right, skip_blanks, bytes_only);
    s.merge(r);
    s.nullable = s.nullable || r.nullable;
  } else if constexpr (d::is_zero_or_more<P>::value) {
    s = first_of(p.subject, skip_blanks, bytes_only);
    s.nullable = true;
  } else if constexpr (d::is_predicate<P>::value) {
    // The text must also satisfy the predicate; leaving that out only widens the set.
    s.nullable = true;
  } else if constexpr (d::is_transparent<P>::value) {
    s = first_of(p.subject, skip_blanks, bytes_only);
  } else if constexpr (d::is_rule_definition<P>::value) {
    s = first_of(p.rhs, skip_blanks, bytes_only);
  } else if constexpr (d::is_literal_char<P>::value) {
    const char c = static_cast<char>(p.ch);
    s.add_literal(std::string_view(&c, 1), false);
  } else if constexpr (d::is_literal_string<P>::value) {
    s.add_literal(std::string_view(p.str), false);
  } else if constexpr (d::is_char_range<P>::value) {
    for (int c = static_cast<unsigned char>(p.from); c <= static_cast<unsigned char>(p.to); ++c) {
      const char ch = static_cast<char>(c);
      s.add_literal(std::string_view(&ch, 1), false);
    }
  } else if constexpr (d::is_decimal_uint<P>::value) {
    for (char c = '0'; c <= '9'; ++c) s.bytes[static_cast<unsigned char>(c)] = true;
  } else if constexpr (std::is_same_v<P, boost::spirit::x3::eps_parser>) {
    s.nullable = true;
  } else if constexpr (std::is_same_v<P, boost::spirit::x3::eol_parser>) {
    if (skip_blanks)
      s.nullable = true;
    else
      s.bytes.set('\r').set('\n');
  } else {
    s.any = true;
    s.unknown = typeid(P).name();
  }
  return s;
}

/// A parser of this project may say whether it can succeed without reading anything with a
/// member `bool is_nullable() const` (cheaper than building its first set).
template <class P>
concept describes_nullable = requires(const P& p) { { p.is_nullable() } -> std::convertible_to<bool>; };

/// Whether parser `p` may succeed without reading anything: first_of(p).nullable, computed
/// without building the sets.
template <class P>
bool nullable_of(const P& p) {
  namespace d = first_set_detail;
  if constexpr (describes_nullable<P>) {
    return p.is_nullable();
  } else if constexpr (describes_first<P>) {
    return first_of(p).nullable;
  } else if constexpr (d::is_sequence<P>::value) {
    return nullable_of(p.left) && nullable_of(p.right);
  } else if constexpr (d::is_alternative<P>::value) {
    return nullable_of(p.left) || nullable_of(p.right);
  } else if constexpr (d::is_zero_or_more<P>::value || d::is_predicate<P>::value ||
                       std::is_same_v<P, boost::spirit::x3::eps_parser>) {
    return true;
  } else if constexpr (d::is_transparent<P>::value) {
    return nullable_of(p.subject);
  } else if constexpr (d::is_rule_definition<P>::value) {
    return nullable_of(p.rhs);
  } else {
    return first_of(p).nullable;
  }
}

/// What parser `p` may read after reading `word` (lower-case letters) first; see after_word.
template <class P>
after_word after_of(const P& p, std::string_view word) {
  namespace d = first_set_detail;
  after_word a;
  if constexpr (describes_after<P>) {
    p.describe_after(word, a);
  } else if constexpr (describes_first<P>) {
    // A parser of this project that says only how it begins: if it may begin with the word,
    // it may go on with anything.
    const first_set f = first_of(p);
    if (is_number_token(word)) {
      for (char c = '0'; c <= '9'; ++c) a.any = a.any || f.any || f.bytes[static_cast<unsigned char>(c)];
    } else {
      a.any = f.admits_word(word);
    }
  } else if constexpr (d::is_decimal_uint<P>::value) {
    // Reads no letter; of a number, from min_digits up to max_digits digits.
    if (is_number_token(word)) {
      const std::size_t n = word.size();
      if (n >= d::is_decimal_uint<P>::min_digits &&
          (d::is_decimal_uint<P>::max_digits < 0 || n <= static_cast<std::size_t>(d::is_decimal_uint<P>::max_digits)))
        a.complete = true;
      else if (n > d::is_decimal_uint<P>::min_digits)
        a.any = true;  // stops inside the number: the rest is read by what follows
    }
  } else if constexpr (d::is_sequence<P>::value) {
    a = after_of(p.left, word);
    if (a.complete) {
      const first_set r = first_of(p.right, true);
      a.next.merge(r);
      a.complete = r.nullable;
    }
    if (nullable_of(p.left)) a.merge(after_of(p.right, word));
  } else if constexpr (d::is_alternative<P>::value) {
    a = after_of(p.left, word);
    a.merge(after_of(p.right, word));
  } else if constexpr (d::is_zero_or_more<P>::value || d::is_transparent<P>::value) {
    if constexpr (d::is_repeated<P>::value && d::is_char_range<typename P::subject_type>::value) {
      // Digits one at a time, as many as there are (+char_('0', '9')): all of a number.
      if (is_number_token(word) && p.subject.from == '0' && p.subject.to == '9') {
        a.complete = true;
        return a;
      }
    }
    a = after_of(p.subject, word);
    // A repeated subject may read itself again.
    if constexpr (d::is_repeated<P>::value) {
      if (a.complete) a.next.merge(first_of(p.subject, true));
    }
  } else if constexpr (d::is_rule_definition<P>::value) {
    a = after_of(p.rhs, word);
  } else if constexpr (d::is_predicate<P>::value || std::is_same_v<P, boost::spirit::x3::eps_parser> ||
                       std::is_same_v<P, boost::spirit::x3::eol_parser>) {
    // Reads nothing, or a line break.
  } else if constexpr (d::is_literal_char<P>::value) {
    const char c = static_cast<char>(p.ch);
    a.add_literal(word, std::string_view(&c, 1), false);
  } else if constexpr (d::is_literal_string<P>::value) {
    a.add_literal(word, std::string_view(p.str), false);
  } else if constexpr (d::is_char_range<P>::value) {
    // A character at a time: if it may read the first one, anything may follow.
    const auto in = [&](unsigned char x) { return x >= static_cast<unsigned char>(p.from) && x <= static_cast<unsigned char>(p.to); };
    if (is_number_token(word)) {
      for (unsigned char c = '0'; c <= '9'; ++c)
        if (in(c)) (word.size() == 1 ? a.complete : a.any) = true;
    } else {
      const auto c = static_cast<unsigned char>(word[0]);
      a.any = in(c) || in(static_cast<unsigned char>(c - 'a' + 'A'));
    }
  } else {
    a.any = true;
  }
  return a;
}

/// Which of up to eight expression families may begin at a text, from their first sets.
class family_gate {
 public:
  /// Family `bit` (a single bit) begins with what `s` admits.
  void add(const first_set& s, std::uint8_t bit) {
    if (s.any) always_ |= bit;
    for (std::size_t i = 0; i < s.bytes.size(); ++i)
      if (s.bytes[i]) bytes_[i] |= bit;
    for (const auto& w : s.words) {
      if (w.size() > kMaxWord) always_ |= bit;  // the table cannot hold it: try it everywhere
      words_.add(w, bit);
    }
    for (const auto& w : s.prefixes) {
      if (w.size() > kMaxWord) always_ |= bit;
      prefixes_.add(w, bit);
      if (w.size() < 32 && is_ascii_alpha(w[0]))
        prefix_lengths_[static_cast<std::size_t>(ascii_lower(w[0]) - 'a')] |= std::uint32_t{1} << w.size();
    }
    all_ |= bit;
  }

  /// After the first word `word` (lower case), family `bit` may read what `a` says. Families
  /// not added for a word so listed cannot begin with that word.
  void add_after(std::string_view word, const after_word& a, std::uint8_t bit) {
    std::uint8_t index = after_index_.find(word);
    if (index == 0) {
      if (after_.size() == 255) return;  // the index is a byte: no second look for more words
      after_.emplace_back();
      index = static_cast<std::uint8_t>(after_.size());
      after_index_.add(word, index);
    }
    family_gate& next = after_[index - 1];
    next.add(a.next, bit);
    if (a.any || a.complete) next.always_ |= bit;
  }

  /// The families whose first sets admit the first word of `text` (no second look).
  [[nodiscard]] std::uint8_t first_word_families(std::string_view text) const {
    std::array<char, kMaxWord> buf;
    return first_word_at(text, buf);
  }

  /// The families that may begin a match at the start of `text`.
  [[nodiscard]] std::uint8_t at(std::string_view text) const {
    std::array<char, kMaxWord> buf;
    std::string_view word;  // the first word as read by the first look, or a number's zeros
    const std::uint8_t m = first_word_at(text, buf, &word);
    if (m == 0 || after_.empty()) return m;
    if (is_ascii_digit(text[0])) {
      std::size_t n = 0;
      while (n < text.size() && n < buf.size() && is_ascii_digit(text[n])) buf[n++] = '0';
      if (n == buf.size()) return m;
      word = std::string_view(buf.data(), n);
    }
    const std::uint8_t index = word.empty() ? 0 : after_index_.find(word);
    if (index == 0) return m;
    // The word is followed by the text after it, blanks skipped.
    const std::string_view rest = first_set::trim_blanks(text.substr(word.size()));
    const family_gate& next = after_[index - 1];
    return static_cast<std::uint8_t>(m & (rest.empty() ? next.always_ : next.first_word_at(rest, buf)));
  }

 private:
  // The families that may begin with the first word of `text`; the word (lower case, in
  // `buf`) goes to `*word` when asked for, empty when `text` begins with no letter.
  [[nodiscard]] std::uint8_t first_word_at(std::string_view text, std::array<char, kMaxWord>& buf,
                                           std::string_view* word = nullptr) const {
    if (text.empty()) return 0;
    const char c = text[0];
    std::uint8_t m = always_ | bytes_[static_cast<unsigned char>(ascii_lower(c))];
    if (!is_ascii_alpha(c)) return m;
    const std::string_view w = lower_word(text, buf);
    if (word != nullptr) *word = w;
    if (w.empty()) return all_;  // longer than any table word: no opinion
    m |= words_.find(w);
    // Prefixes of one letter are in bytes_; only the lengths some prefix of that first letter
    // has are looked up.
    std::uint32_t lengths = prefix_lengths_[static_cast<std::size_t>(w[0] - 'a')] & ~std::uint32_t{3};
    if (w.size() < 31) lengths &= (std::uint32_t{2} << w.size()) - 1;
    for (; lengths != 0; lengths &= lengths - 1)
      m |= prefixes_.find(w.substr(0, static_cast<std::size_t>(std::countr_zero(lengths))));
    return m;
  }

  std::uint8_t all_ = 0;
  std::uint8_t always_ = 0;
  std::array<std::uint8_t, 256> bytes_{};
  word_table words_;
  word_table prefixes_;
  std::array<std::uint32_t, 26> prefix_lengths_{};  // by first letter: bit n, a prefix of n letters
  // What may follow some first words ("the", "about"): a gate for the word after them.
  word_table after_index_;  // word -> 1 + its index in after_
  std::vector<family_gate> after_;
};

}  // namespace annals::detail
