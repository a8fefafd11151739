// The temporal-expression grammar, in Boost.Spirit X3, instantiated in this one translation unit.
//
// Design. Every parser writes into one flat `expr` record carried in the X3 context. Alternatives
// that may fail after writing are wrapped in `g[...]`, which snapshots the record and restores it
// on failure, so an abandoned branch leaves no trace. The C++ driver at the bottom tries each
// expression family at the same position and keeps the longest match, then looks for a range
// ("– Friday", "-15", "to 2021"). No expectation points (`>`): nothing here throws.
//
// Words are case-insensitive and must end at a word boundary ("Mon" does not match "Monet").
// Zone abbreviations are matched upper case only ("EST", not "est").
#include "grammar/grammar.hpp"

#include <boost/spirit/home/x3.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstring>
#include <type_traits>
#include <functional>
#include <memory>
#include <string>

#include "annals/holidays.hpp"
#include "annals/zone.hpp"
#include "grammar/first_set.hpp"
#include "zone_cities.hpp"

namespace annals::detail {
namespace {

namespace x3 = boost::spirit::x3;
using x3::lit;
using x3::no_case;

// ---------------------------------------------------------------------------------------------
// State and the snapshot directive
// ---------------------------------------------------------------------------------------------
// The record being filled, and the snapshots of the open `g[...]` guards. A guard does not copy
// the record when it opens: most alternatives fail on their first token without writing. The
// first write under guards that have no snapshot yet takes one copy for all of them (copy on
// write: nothing was written since any of them opened, so they share it), and a failing guard
// restores only when something was written since it opened.
static_assert(std::is_trivially_copyable_v<expr>, "guards snapshot the record with memcpy");
inline constexpr std::uint32_t kGuardDepth = 48;
struct state {
  expr e;
  const char* base = nullptr;
  std::uint32_t mark = 0;       // offset where the last positioned token began
  std::uint32_t depth = 0;      // open guards
  std::uint32_t taken = 0;      // guards [0, taken) hold a snapshot
  std::uint32_t used = 0;       // snapshots [0, used) are held by guards
  std::array<std::uint8_t, kGuardDepth> frame_of;  // guard → its snapshot; uninitialised
  std::array<std::array<unsigned char, sizeof(expr)>, kGuardDepth> frames;  // uninitialised

  state() {}  // NOLINT: leaves `frame_of` and `frames` uninitialised on purpose
  bool written = false;         // `e` differs from a fresh record
  // Called before every write to `e`.
  void touch() noexcept {
    written = true;
    if (taken == depth) return;
    std::memcpy(frames[used].data(), &e, sizeof(expr));
    while (taken < depth) frame_of[taken++] = static_cast<std::uint8_t>(used);
    ++used;
  }
  // Closes guard `g` (the innermost open one); restores the record when `failed`.
  void close(std::uint32_t g, bool failed) noexcept {
    depth = g;
    if (taken <= g) return;
    if (failed) std::memcpy(&e, frames[frame_of[g]].data(), sizeof(expr));
    taken = g;
    used = g == 0 ? 0 : frame_of[g - 1] + 1u;
  }
};
struct state_tag;

template <class Ctx>
state& st(Ctx const& ctx) {
  return x3::get<state_tag>(ctx).get();
}
// The offset where the current token began (set by the `mark` parser placed before it).
template <class Ctx>
std::uint32_t where(Ctx const& ctx) {
  return st(ctx).mark;
}

// True when the token that began at the mark follows `before` (lower-case letters and spaces,
// matched in any case): "of " after a part prefix such as "the end of" ("end of year", "the close
// of business"), "the " before "back half".
template <class Ctx>
bool marked_after(Ctx const& ctx, std::string_view before) {
  const state& s = st(ctx);
  if (s.mark < before.size()) return false;
  const char* p = s.base + s.mark - before.size();
  for (std::size_t i = 0; i < before.size(); ++i)
    if (static_cast<char>(p[i] | 0x20) != before[i]) return false;
  return true;
}

// Zero-width parser that records the current offset, so actions can report where a field began
// (X3's _where gives the text after the token).
struct mark_parser : x3::parser<mark_parser> {
  using attribute_type = x3::unused_type;
  [[maybe_unused]] static bool const has_attribute = false;
  template <class It, class Ctx, class RC, class Attr>
  bool parse(It& first, It const&, Ctx const& ctx, RC&, Attr&) const {
    state& s = st(ctx);
    s.mark = static_cast<std::uint32_t>(first - s.base);
    return true;
  }
  void describe_first(first_set& s) const { s.nullable = true; }
  static bool is_nullable() { return true; }
};
constexpr mark_parser mark{};
template <class P>
constexpr auto pos_(P const& p) {
  return mark >> p;
}

// Zero-width: fails where a new sentence begins, after a dot that ends what was read and the
// blanks after it, before a capitalised "On": "talks resumed at 9 a.m. On Friday night, …" is two
// sentences ("at 9 a.m. Monday" is one).
struct not_new_sentence_parser : x3::parser<not_new_sentence_parser> {
  using attribute_type = x3::unused_type;
  [[maybe_unused]] static bool const has_attribute = false;
  template <class It, class Ctx, class RC, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RC&, Attr&) const {
    const char* b = st(ctx).base;
    const char* p = first;
    const auto blank = [](char c) { return static_cast<unsigned char>(c) <= 0x20; };  // blanks, line breaks
    while (p > b && blank(p[-1])) --p;
    if (p == b || p[-1] != '.') return true;
    return !(last - first >= 3 && std::string_view(first, 2) == "On" && blank(first[2]));
  }
  void describe_first(first_set& s) const { s.nullable = true; }
  static bool is_nullable() { return true; }
};
constexpr not_new_sentence_parser not_new_sentence{};

// A guard also skips a subject that cannot begin with the byte at the position. Its first bytes
// (a byte_gate, from the subject's own first set) are filled in once, by fill_gates() on the first
// match_expression call, not when the guard is built: the parser trees stay constant-initialized
// (built by the compiler, no start-up cost). Until then a guard refuses no byte, which is exact,
// only slower; the two words are read and written atomically, and one filled without the other
// only refuses fewer bytes.
template <class Subject>
struct guard_directive : x3::unary_parser<Subject, guard_directive<Subject>> {
  using base_type = x3::unary_parser<Subject, guard_directive<Subject>>;
  [[maybe_unused]] static bool const has_attribute = false;
  using attribute_type = x3::unused_type;
  constexpr explicit guard_directive(Subject const& s) : base_type(s) {}
  template <class It, class Ctx, class RC, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RC& rc, Attr&) const {
    if (first != last && refuses(static_cast<unsigned char>(*first))) return false;
    state& s = st(ctx);
    const It save = first;
    if (s.depth == kGuardDepth) {  // deeper than the journal: copy eagerly
      const expr saved = s.e;
      if (this->subject.parse(first, last, ctx, rc, x3::unused)) return true;
      s.e = saved;
      first = save;
      return false;
    }
    const std::uint32_t mine = s.depth++;
    const bool ok = this->subject.parse(first, last, ctx, rc, x3::unused);
    if (!ok) first = save;
    s.close(mine, !ok);
    return ok;
  }
  void describe_first(first_set& s) const {
    if (!s.bytes_only) {
      s = first_of(this->subject, s.skip_blanks);
    } else if (!filled()) {  // (or admits every byte)
      s = first_of(this->subject, s.skip_blanks, true);
    } else {
      for (unsigned c = 0; c < 256; ++c)
        if (!refuses(static_cast<unsigned char>(c))) s.bytes[c] = true;
      s.nullable = nullable_of(this->subject);
    }
  }
  void describe_after(std::string_view word, after_word& a) const { a = after_of(this->subject, word); }
  bool is_nullable() const { return nullable_of(this->subject); }

  /// Fills in the gate from the subject's first set; the gates of the guards inside it first.
  /// Called once per guard, before any parse that relies on it.
  void fill_gate() const {
    const byte_gate g = first_bytes(first_of(this->subject, false, true));
    if (g.unknown()) return;  // every byte admitted
    std::atomic_ref<std::uint64_t>(refused_[0]).store(~g.bits[0], std::memory_order_relaxed);
    std::atomic_ref<std::uint64_t>(refused_[1]).store(~g.bits[1], std::memory_order_relaxed);
  }

 private:
  [[nodiscard]] std::uint64_t refused(unsigned i) const noexcept {
    return std::atomic_ref<std::uint64_t>(refused_[i]).load(std::memory_order_relaxed);
  }
  [[nodiscard]] bool filled() const noexcept { return (refused(0) | refused(1)) != 0; }
  [[nodiscard]] bool refuses(unsigned char c) const noexcept {
    if (c > 127) c = 127;
    return ((refused(c >> 6u) >> (c & 63u)) & 1u) != 0;
  }
  // The bytes the subject cannot begin with (byte_gate::bits, complemented): zero until filled.
  alignas(std::atomic_ref<std::uint64_t>::required_alignment) mutable std::uint64_t refused_[2] = {0, 0};
};
template <class T> struct is_guard : std::false_type {};
template <class S> struct is_guard<guard_directive<S>> : std::true_type {};

/// Fills in the gate of every guard in parser `p`, innermost first (see guard_directive).
template <class P>
void fill_gates(const P& p) {
  namespace d = first_set_detail;
  if constexpr (is_guard<P>::value) {
    fill_gates(p.subject);
    p.fill_gate();
  } else if constexpr (d::is_sequence<P>::value || d::is_alternative<P>::value) {
    fill_gates(p.left);
    fill_gates(p.right);
  } else if constexpr (d::is_rule_definition<P>::value) {
    fill_gates(p.rhs);
  } else if constexpr (requires { p.subject; }) {
    fill_gates(p.subject);
  }
}
struct guard_gen {
  template <class S>
  constexpr guard_directive<typename x3::extension::as_parser<S>::value_type> operator[](
      S const& s) const {
    return guard_directive<typename x3::extension::as_parser<S>::value_type>(x3::as_parser(s));
  }
};
constexpr guard_gen g{};

// Action helpers. E: the record; V: the attribute.
#define ACT(...)                                  \
  ([](auto& ctx) {                                \
    st(ctx).touch();                              \
    [[maybe_unused]] expr& E = st(ctx).e;         \
    [[maybe_unused]] auto&& V = x3::_attr(ctx);   \
    __VA_ARGS__;                                  \
  })

// ---------------------------------------------------------------------------------------------
// Lexical pieces
// ---------------------------------------------------------------------------------------------
// ASCII character classes. X3's own (x3::alnum, x3::digit…) hand each byte to <cctype> as a
// plain char, so the bytes of UTF-8 text (negative chars) trip Boost's range assertion in
// debug builds and are undefined behaviour in release builds; ranges compare bytes directly.
auto const a_digit = x3::char_('0', '9');
auto const a_upper = x3::char_('A', 'Z');
auto const a_alpha = x3::char_('a', 'z') | a_upper;
auto const a_alnum = a_alpha | a_digit;
auto const wc = a_alnum | lit('_');
auto const nb = !wc;      // word boundary after a word
auto const nd = !a_digit;
auto const hs = lit(' ') | lit('\t') | lit("\xC2\xA0");
// White space: blanks, and at most one line break (a blank line ends an expression).
auto const sp = +(hs | (x3::eol >> !(*hs >> x3::eol)));
auto const osp = -sp;

// A whole word or phrase, ASCII case-insensitive, ending at a word boundary: what
// `no_case[lit(w)] >> !(alnum | '_')` means, without libc's locale-aware case calls (the
// grammar's hottest operation). `w` is lower case.
struct word_parser : x3::parser<word_parser> {
  using attribute_type = x3::unused_type;
  [[maybe_unused]] static bool const has_attribute = false;
  std::string_view w;
  constexpr explicit word_parser(std::string_view word) : w(word) {}
  template <class It, class Ctx, class RC, class Attr>
  bool parse(It& first, It const& last, Ctx const&, RC&, Attr&) const {
    if (static_cast<std::size_t>(last - first) < w.size()) return false;
    for (std::size_t i = 0; i < w.size(); ++i) {
      char c = first[static_cast<std::ptrdiff_t>(i)];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != w[i]) return false;
    }
    const It end = first + static_cast<std::ptrdiff_t>(w.size());
    if (end != last) {
      const char n = *end;
      if ((n >= 'a' && n <= 'z') || (n >= 'A' && n <= 'Z') || (n >= '0' && n <= '9') || n == '_') return false;
    }
    first = end;
    return true;
  }
  void describe_first(first_set& s) const { s.add_literal(w, true); }
  void describe_after(std::string_view word, after_word& a) const { a.add_literal(word, w, true); }
  bool is_nullable() const { return w.empty(); }
};
constexpr word_parser W(std::string_view word) { return word_parser(word); }

// A table of lower-case words or phrases matched ASCII case-insensitively, longest first: what
// `no_case[x3::symbols<T>]` does, bucketed by first letter and without libc case calls.
template <class T>
struct ci_symbols : x3::parser<ci_symbols<T>> {
  using attribute_type = T;
  [[maybe_unused]] static bool const has_attribute = true;
  struct entry {
    std::string key;
    T value;
  };
  std::array<std::vector<entry>, 128> by_first{};

  ci_symbols() = default;
  ci_symbols(std::initializer_list<std::pair<const char*, T>> list) {
    for (const auto& [k, v] : list) add(k, v);
  }
  ci_symbols& add(std::string_view key, T value) {
    const auto c = static_cast<unsigned char>(key.front());
    if (c < 128) by_first[c].push_back({std::string(key), value});
    return *this;
  }
  ci_symbols& operator()(std::string_view key, T value) { return add(key, value); }

  template <class It, class Ctx, class RC, class Attr>
  bool parse(It& first, It const& last, Ctx const&, RC&, Attr& attr) const {
    if (first == last) return false;
    auto c0 = static_cast<unsigned char>(*first);
    if (c0 >= 'A' && c0 <= 'Z') c0 = static_cast<unsigned char>(c0 - 'A' + 'a');
    if (c0 >= 128) return false;
    const entry* best = nullptr;
    const auto avail = static_cast<std::size_t>(last - first);
    for (const auto& e : by_first[c0]) {
      if (e.key.size() > avail || (best && e.key.size() <= best->key.size())) continue;
      bool eq = true;
      for (std::size_t i = 1; i < e.key.size(); ++i) {
        char c = first[static_cast<std::ptrdiff_t>(i)];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != e.key[i]) { eq = false; break; }
      }
      if (eq) best = &e;
    }
    if (!best) return false;
    first += static_cast<std::ptrdiff_t>(best->key.size());
    x3::traits::move_to(best->value, attr);
    return true;
  }
  void describe_first(first_set& s) const {
    for (const auto& bucket : by_first)
      for (const auto& e : bucket) s.add_literal(e.key, false);
  }
  void describe_after(std::string_view word, after_word& a) const {
    if (is_number_token(word)) {
      for (char c = '0'; c <= '9'; ++c)
        for (const auto& e : by_first[static_cast<unsigned char>(c)]) a.add_literal(word, e.key, false);
      return;
    }
    for (const auto& e : by_first[static_cast<unsigned char>(word[0]) & 0x7F]) a.add_literal(word, e.key, false);
  }
  static bool is_nullable() { return false; }  // no key is empty
};
auto const apos = lit('\'') | lit("\xE2\x80\x99");
auto const dash = lit("\xE2\x80\x93") | lit("\xE2\x80\x94") | lit("\xE2\x88\x92") | lit('-');

x3::uint_parser<int, 10, 1, 1> const n1;
x3::uint_parser<int, 10, 1, 2> const n12;
x3::uint_parser<int, 10, 2, 2> const n2;
x3::uint_parser<int, 10, 3, 3> const n3;
x3::uint_parser<std::int64_t, 10, 4, 4> const n4;
// Five to nine digits: read as a year only to report it out of range (years 0..9999).
x3::uint_parser<std::int64_t, 10, 5, 9> const nbig;

// A set of bytes, written as the string of them: bytes{"/-."}. Its letters are no words the
// grammar reads (tests/grammar_vocabulary_test.cpp skips the literal after "bytes{").
struct bytes {
  std::array<std::uint64_t, 4> bits{};
  constexpr bytes() = default;
  constexpr bytes(const char* s) {  // NOLINT: implicit, so that bytes{"..."} reads as a set
    for (; *s != '\0'; ++s) {
      const auto c = static_cast<unsigned char>(*s);
      bits[c >> 6u] |= std::uint64_t{1} << (c & 63u);
    }
  }
  [[nodiscard]] constexpr bool empty() const { return (bits[0] | bits[1] | bits[2] | bits[3]) == 0; }
  [[nodiscard]] constexpr bool has(unsigned char c) const { return ((bits[c >> 6u] >> (c & 63u)) & 1u) != 0; }
};

// A look at the shape of a number before the alternatives that read it: a run of `min` to `max`
// digits, then (after blanks, with `blanks`) a byte of `next`, or any byte when `next` is empty.
// It reads nothing and runs no action. Placed in front of a parser that cannot match unless the
// text has that shape, it changes no result; it only turns a try away before the parser's
// actions write the record and the guard copies it back ("1990 said" tried as a clock, an ISO
// date, "1990 AD"…). The first-set walker reads it as a predicate: it admits anything.
struct digit_shape_parser : x3::parser<digit_shape_parser> {
  using attribute_type = x3::unused_type;
  [[maybe_unused]] static bool const has_attribute = false;
  std::uint8_t min, max;
  bool blanks;
  bytes next;
  constexpr digit_shape_parser(std::uint8_t lo, std::uint8_t hi, bytes follow, bool skip_blanks)
      : min(lo), max(hi), blanks(skip_blanks), next(follow) {}
  template <class It, class Ctx, class RC, class Attr>
  bool parse(It& first, It const& last, Ctx const&, RC&, Attr&) const {
    It it = first;
    std::size_t n = 0;
    while (it != last && *it >= '0' && *it <= '9' && n <= max) ++it, ++n;
    if (n < min || n > max) return false;
    if (next.empty()) return true;
    // Every byte `sp` may skip (a no-break space is two), as many as there are.
    if (blanks)
      while (it != last && (*it == ' ' || *it == '\t' || *it == '\r' || *it == '\n' ||
                            static_cast<unsigned char>(*it) == 0xC2 || static_cast<unsigned char>(*it) == 0xA0))
        ++it;
    return it != last && next.has(static_cast<unsigned char>(*it));
  }
  void describe_first(first_set& s) const { s.nullable = true; }
  void describe_after(std::string_view, after_word&) const {}
  static bool is_nullable() { return true; }
};
constexpr digit_shape_parser digits(std::uint8_t min, std::uint8_t max, bytes next = {}, bool blanks = false) {
  return {min, max, next, blanks};
}

// Symbol tables (keys lower case; matched under no_case).
struct month_table : ci_symbols<int> {
  month_table() {
    add("jan", 1)("january", 1)("feb", 2)("febr", 2)("february", 2)("mar", 3)("march", 3)
       ("apr", 4)("april", 4)("may", 5)("jun", 6)("june", 6)("jul", 7)("july", 7)("aug", 8)
       ("august", 8)("sep", 9)("sept", 9)("september", 9)("oct", 10)("october", 10)("nov", 11)
       ("november", 11)("dec", 12)("december", 12);
  }
};
struct weekday_table : ci_symbols<int> {
  weekday_table() {
    add("mon", 1)("monday", 1)("tue", 2)("tues", 2)("tuesday", 2)("wed", 3)("weds", 3)
       ("wednesday", 3)("thu", 4)("thur", 4)("thurs", 4)("thursday", 4)("fri", 5)("friday", 5)
       ("sat", 6)("saturday", 6)("sun", 7)("sunday", 7);
  }
};
struct weekday_plural_table : ci_symbols<int> {
  weekday_plural_table() {
    add("mondays", 1)("tuesdays", 2)("wednesdays", 3)("thursdays", 4)("fridays", 5)
       ("saturdays", 6)("sundays", 7);
  }
};
struct ones_table : ci_symbols<int> {
  ones_table() {
    add("one", 1)("two", 2)("three", 3)("four", 4)("five", 5)("six", 6)("seven", 7)
       ("eight", 8)("nine", 9);
  }
};
struct teens_table : ci_symbols<int> {
  teens_table() {
    add("ten", 10)("eleven", 11)("twelve", 12)("thirteen", 13)("fourteen", 14)("fifteen", 15)
       ("sixteen", 16)("seventeen", 17)("eighteen", 18)("nineteen", 19);
  }
};
struct tens_table : ci_symbols<int> {
  tens_table() {
    add("twenty", 20)("thirty", 30)("forty", 40)("fifty", 50)("sixty", 60)("seventy", 70)
       ("eighty", 80)("ninety", 90);
  }
};
struct ordinal_word_table : ci_symbols<int> {
  ordinal_word_table() {
    add("first", 1)("second", 2)("third", 3)("fourth", 4)("fifth", 5)("sixth", 6)("seventh", 7)
       ("eighth", 8)("ninth", 9)("tenth", 10)("eleventh", 11)("twelfth", 12)("thirteenth", 13)
       ("fourteenth", 14)("fifteenth", 15)("sixteenth", 16)("seventeenth", 17)
       ("eighteenth", 18)("nineteenth", 19)("twentieth", 20)("twenty-first", 21)
       ("twenty first", 21)("twenty-second", 22)("twenty second", 22)("twenty-third", 23)
       ("twenty third", 23)("twenty-fourth", 24)("twenty-fifth", 25)("twenty-sixth", 26)
       ("twenty-seventh", 27)("twenty-eighth", 28)("twenty-ninth", 29)("thirtieth", 30)
       ("thirty-first", 31)("thirty first", 31)("last", -1);
  }
};
struct unit_table : ci_symbols<unit> {
  unit_table() {
    add("second", unit::second)("seconds", unit::second)("sec", unit::second)
       ("secs", unit::second)("minute", unit::minute)("minutes", unit::minute)
       ("min", unit::minute)("mins", unit::minute)("hour", unit::hour)("hours", unit::hour)
       ("hr", unit::hour)("hrs", unit::hour)("day", unit::day)("days", unit::day)
       ("week", unit::week)("weeks", unit::week)("wk", unit::week)("wks", unit::week)
       ("weekend", unit::weekend)("weekends", unit::weekend)("fortnight", unit::fortnight)
       ("fortnights", unit::fortnight)("month", unit::month)("months", unit::month)
       ("quarter", unit::quarter)("quarters", unit::quarter)("year", unit::year)
       ("years", unit::year)("yr", unit::year)("yrs", unit::year)("decade", unit::decade)
       ("decades", unit::decade)("century", unit::century)("centuries", unit::century)
       ("millennium", unit::millennium)("millennia", unit::millennium);
  }
};
struct plural_unit_table : ci_symbols<unit> {
  plural_unit_table() {
    add("seconds", unit::second)("minutes", unit::minute)("hours", unit::hour)
       ("days", unit::day)("weeks", unit::week)("months", unit::month)("years", unit::year)
       ("decades", unit::decade)("centuries", unit::century);
  }
};
struct season_table : ci_symbols<int> {
  season_table() {
    add("spring", 1)("summer", 2)("fall", 3)("autumn", 3)("winter", 4);
  }
};
// Parts of the day, in two tables: the nouns ("morning", which alone in running text is read
// only with "the" or a modifier) and the words that name one as an adverb ("overnight", "at
// dawn", read alone too).
struct pod_table : ci_symbols<part_of_day> {
  pod_table() {
    add("morning", part_of_day::morning)("afternoon", part_of_day::afternoon)("evening", part_of_day::evening)
       ("night", part_of_day::night)("midday", part_of_day::midday)("daytime", part_of_day::daytime);
  }
};
struct pod_adverb_table : ci_symbols<part_of_day> {
  pod_adverb_table() {
    add("overnight", part_of_day::night)("mid-morning", part_of_day::morning)("midmorning", part_of_day::morning)
       ("mid-afternoon", part_of_day::afternoon)("midafternoon", part_of_day::afternoon)
       ("mid afternoon", part_of_day::afternoon)("mid morning", part_of_day::morning)
       // TIMEX3 has no code of their own: dawn is in the morning, dusk in the evening
       ("dawn", part_of_day::morning)("daybreak", part_of_day::morning)("dusk", part_of_day::evening)
       ("nightfall", part_of_day::evening)
       // "Sunday lunchtime", "at lunchtime": TIMEX3's midday
       ("lunchtime", part_of_day::midday);
  }
};
// Plural parts of day make a weekday a set: "Sunday mornings", "Tuesday nights".
struct pod_plural_table : ci_symbols<part_of_day> {
  pod_plural_table() {
    add("mornings", part_of_day::morning)("afternoons", part_of_day::afternoon)
       ("evenings", part_of_day::evening)("nights", part_of_day::night);
  }
};
struct decade_word_table : ci_symbols<int> {
  decade_word_table() {
    add("twenties", 2)("thirties", 3)("forties", 4)("fifties", 5)("sixties", 6)
       ("seventies", 7)("eighties", 8)("nineties", 9)
       // the decade 2000-2009 (British "noughties", American "aughts")
       ("noughties", 0)("aughts", 0);
  }
};
struct rel_table : ci_symbols<rel> {
  rel_table() {
    add("this", rel::this_)("current", rel::this_)("the current", rel::this_)
       ("the present", rel::this_)("last", rel::last)("the last", rel::last)
       ("past", rel::last)("the past", rel::last)("previous", rel::last)
       ("the previous", rel::last)("preceding", rel::last)("the preceding", rel::last)
       ("prior", rel::last)("the prior", rel::last)
       ("next", rel::next)("the next", rel::next)("coming", rel::next)("the coming", rel::next)
       ("following", rel::next)("the following", rel::next)("upcoming", rel::next)
       ("the upcoming", rel::next)("this coming", rel::next)("this past", rel::last)("latest", rel::last)
       ("the latest", rel::last)("most recent", rel::last)("the most recent", rel::last);
  }
};
struct set_word_table : ci_symbols<unit> {
  set_word_table() {
    add("daily", unit::day)("weekly", unit::week)("monthly", unit::month)
       ("yearly", unit::year)("annually", unit::year)("hourly", unit::hour)
       ("nightly", unit::day)("quarterly", unit::quarter)("biweekly", unit::fortnight)
       ("fortnightly", unit::fortnight)("semiannually", unit::half)("biannually", unit::half)
       // (hyphenated, as often written: "payable semi-annually", "paid bi-weekly")
       ("semi-annually", unit::half)("bi-annually", unit::half)("bi-weekly", unit::fortnight)
       ("half-yearly", unit::half);
  }
};
struct approx_table : ci_symbols<timex_mod> {
  approx_table() {
    add("around", timex_mod::approx)("about", timex_mod::approx)
       ("approximately", timex_mod::approx)("roughly", timex_mod::approx)
       ("circa", timex_mod::approx)("some", timex_mod::approx)("nearly", timex_mod::less_than)
       ("almost", timex_mod::less_than)("less than", timex_mod::less_than)
       ("under", timex_mod::less_than)("more than", timex_mod::more_than)
       ("over", timex_mod::more_than)("at least", timex_mod::equal_or_more)
       ("at most", timex_mod::equal_or_less)("no more than", timex_mod::equal_or_less)
       ("up to", timex_mod::equal_or_less);
  }
};
// Before a date or time only words of approximation apply ("around noon", "circa 1990"); "over",
// "under", "more than" qualify amounts ("over two years"), and before a date "over" is the
// preposition ("over Christmas").
struct date_approx_table : ci_symbols<timex_mod> {
  date_approx_table() {
    add("around", timex_mod::approx)("about", timex_mod::approx)
       ("approximately", timex_mod::approx)("roughly", timex_mod::approx)
       ("circa", timex_mod::approx)("ca.", timex_mod::approx)("sometime around", timex_mod::approx)
       // "shortly before midnight", "just after 3 a.m.", "soon after Christmas"
       ("shortly before", timex_mod::before)("just before", timex_mod::before)
       ("shortly after", timex_mod::after)("just after", timex_mod::after)("soon after", timex_mod::after);
  }
};
struct mod_table : ci_symbols<timex_mod> {
  mod_table() {
    add("early", timex_mod::start)("the beginning of", timex_mod::start)
       ("beginning of", timex_mod::start)("the start of", timex_mod::start)
       ("start of", timex_mod::start)("the dawn of", timex_mod::start)
       ("the outset of", timex_mod::start)("the early part of", timex_mod::start)
       ("the middle of", timex_mod::mid)("middle of", timex_mod::mid)
       ("the mid", timex_mod::mid)("late", timex_mod::end)("the end of", timex_mod::end)
       ("end of", timex_mod::end)("the close of", timex_mod::end)
       ("the latter part of", timex_mod::end)("the late", timex_mod::end)
       ("the early", timex_mod::start)("the later part of", timex_mod::end);
  }
};
// Holiday names, longest match, case-insensitive. An apostrophe in a name matches a straight
// one, a curly one (U+2019) or none ("New Year's Eve", "New Year’s Eve", "New Years Eve"); a
// symbols table cannot do this, as X3's no_case folds bytes one at a time and mangles UTF-8.
struct holiday_parser : x3::parser<holiday_parser> {
  using attribute_type = int;
  [[maybe_unused]] static bool const has_attribute = true;

  // Length of input matching `name` at [first, last), or 0.
  template <class It>
  static std::size_t match_name(It first, It const& last, std::string_view name) {
    It it = first;
    for (char c : name) {
      if (c == '\'') {
        if (it != last && *it == '\'') { ++it; continue; }
        if (last - it >= 3 && static_cast<unsigned char>(it[0]) == 0xE2 &&
            static_cast<unsigned char>(it[1]) == 0x80 && static_cast<unsigned char>(it[2]) == 0x99) {
          it += 3;
          continue;
        }
        continue;  // apostrophe omitted
      }
      if (it == last) return 0;
      const auto in = static_cast<unsigned char>(*it);
      const auto folded = in >= 'A' && in <= 'Z' ? static_cast<unsigned char>(in - 'A' + 'a') : in;
      if (in >= 0x80 || folded != static_cast<unsigned char>(c)) return 0;
      ++it;
    }
    if (it != last && (is_ascii_alnum(*it) || *it == '_')) return 0;
    return static_cast<std::size_t>(it - first);
  }

  // The lower-case first letters of every holiday name: most positions fail this test.
  static bool may_start(unsigned char c) {
    static const std::array<bool, 256> starts = [] {
      std::array<bool, 256> a{};
      for (const auto& h : holiday_table()) {
        std::string_view names = h.names;
        while (!names.empty()) {
          a[static_cast<unsigned char>(names.front())] = true;
          const auto bar = names.find('|');
          names = bar == std::string_view::npos ? std::string_view{} : names.substr(bar + 1);
        }
      }
      return a;
    }();
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    return starts[c];
  }

  // Every name of every holiday, by lower-case first letter: (name, table row).
  using name_index = std::array<std::vector<std::pair<std::string_view, int>>, 128>;
  static const name_index& by_first_letter() {
    static const name_index index = [] {
      name_index ix;
      const auto table = holiday_table();
      for (std::size_t i = 0; i < table.size(); ++i) {
        std::string_view names = table[i].names;
        while (!names.empty()) {
          const auto bar = names.find('|');
          const auto one = names.substr(0, bar);
          const auto c = static_cast<unsigned char>(one.front());
          if (c < 128) ix[c].emplace_back(one, static_cast<int>(i));
          names = bar == std::string_view::npos ? std::string_view{} : names.substr(bar + 1);
        }
      }
      return ix;
    }();
    return index;
  }

  template <class It, class Ctx, class RC, class Attr>
  bool parse(It& first, It const& last, Ctx const&, RC&, Attr& attr) const {
    if (first == last || !may_start(static_cast<unsigned char>(*first))) return false;
    auto c0 = static_cast<unsigned char>(*first);
    if (c0 >= 'A' && c0 <= 'Z') c0 = static_cast<unsigned char>(c0 - 'A' + 'a');
    std::size_t best = 0;
    int index = -1;
    for (const auto& [name, row] : by_first_letter()[c0]) {
      const std::size_t n = match_name(first, last, name);
      if (n > best) { best = n; index = row; }
    }
    if (index < 0) return false;
    first += static_cast<std::ptrdiff_t>(best);
    x3::traits::move_to(index, attr);
    return true;
  }
  void describe_first(first_set& s) const {
    for (const auto& bucket : by_first_letter())
      for (const auto& [name, row] : bucket) s.add_literal(name, true);
  }
  void describe_after(std::string_view word, after_word& a) const {
    if (is_number_token(word)) {  // a name that begins with a digit: anything may follow
      for (char c = '0'; c <= '9'; ++c) a.any = a.any || !by_first_letter()[static_cast<unsigned char>(c)].empty();
      return;
    }
    for (const auto& [name, row] : by_first_letter()[static_cast<unsigned char>(word[0]) & 0x7F]) {
      a.add_literal(word, name, true);
      // The apostrophes left out: "valentines day".
      std::string bare(name);
      std::erase(bare, '\'');
      if (bare.size() != name.size()) a.add_literal(word, bare, true);
    }
  }
  static bool is_nullable() { return false; }  // no name is empty
};
struct zone_abbr_table : x3::symbols<int> {
  zone_abbr_table() {
    for (const auto& z : abbreviation_table()) {
      if (!find(z.abbreviation)) add(z.abbreviation, 0);
    }
  }
  void describe_first(first_set& s) const {
    for (const auto& z : abbreviation_table()) s.add_literal(z.abbreviation, false);
  }
};

// A parser that uses a table by reference. X3 keeps the parsers of an expression by value, so a
// table named in an expression would be copied (3 KiB of buckets, and their words) into every
// expression that names it — and into every expression built from those, a copy per use, all
// made by one static initializer whose stack frame grew past 4 MiB that way.
template <class P>
struct table_ref : x3::parser<table_ref<P>> {
  using attribute_type = typename P::attribute_type;
  [[maybe_unused]] static bool const has_attribute = P::has_attribute;
  P const* table;
  constexpr explicit table_ref(P const& t) : table(std::addressof(t)) {}  // X3 overloads unary &
  template <class It, class Ctx, class RC, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RC& rc, Attr& attr) const {
    return table->parse(first, last, ctx, rc, attr);
  }
  void describe_first(first_set& s) const { s = first_of(*table, s.skip_blanks, s.bytes_only); }
  void describe_after(std::string_view word, after_word& a) const { a = after_of(*table, word); }
  bool is_nullable() const { return nullable_of(*table); }
};

// Zone names written out, from the meanings of the abbreviation table: "Eastern Standard Time",
// "Eastern time", and the generic names alone ("9 p.m. Eastern", "noon Pacific"). The value is
// the row's index.
struct zone_name_table : ci_symbols<int> {
  zone_name_table() {
    const auto rows = abbreviation_table();
    for (std::size_t i = 0; i < rows.size(); ++i) {
      std::string m(rows[i].meaning);
      for (char& c : m) c = ascii_lower(c);
      add(m, static_cast<int>(i));
      if (rows[i].generic && m.ends_with(" time")) add(m.substr(0, m.size() - 5), static_cast<int>(i));
    }
  }
};
// "<city> time" for the cities of zone_cities.hpp: "Beijing time", "London time".
struct city_time_table : ci_symbols<std::string_view> {
  city_time_table() {
    for (const city_zone& c : city_zones()) add(c.city, c.iana);
  }
};

const month_table month_words;
const weekday_table weekday_words;
const weekday_plural_table weekday_plural_words;
const ones_table ones_words;
const teens_table teens_words;
const tens_table tens_words;
const ordinal_word_table ordinal_word_list;
const unit_table unit_words;
const plural_unit_table plural_unit_words;
const season_table season_words;
const pod_table pod_words;
const pod_adverb_table pod_adverb_words;
const pod_plural_table pod_plural_words;
const decade_word_table decade_word_list;
const rel_table rel_words;
const set_word_table set_word_list;
const approx_table approx_words;
const date_approx_table date_approx_words;
const mod_table mod_words;
const zone_abbr_table zone_abbr_words;

const table_ref months{month_words};
const table_ref weekdays{weekday_words};
const table_ref weekdays_plural{weekday_plural_words};
const table_ref ones{ones_words};
const table_ref teens{teens_words};
const table_ref tens{tens_words};
const table_ref ordinal_words{ordinal_word_list};
const table_ref units{unit_words};
const table_ref plural_units{plural_unit_words};
const table_ref seasons{season_words};
const table_ref pods{pod_words};
const table_ref pod_adverbs{pod_adverb_words};
const table_ref pods_plural{pod_plural_words};
const table_ref decade_words{decade_word_list};
const table_ref rels{rel_words};
const table_ref set_words{set_word_list};
const table_ref approxes{approx_words};
const table_ref date_approxes{date_approx_words};
const table_ref mods{mod_words};
constexpr holiday_parser holidays{};
const table_ref zone_abbrs{zone_abbr_words};
const zone_name_table zone_name_words;
const city_time_table city_time_words;
const table_ref zone_names{zone_name_words};
const table_ref city_times{city_time_words};

// ---------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------
// A written number 1..99 ("six", "twenty-one", "twenty one").
auto const word_num = x3::rule<class word_num_, int>{"word number"} =
    (tens[([](auto& c) { x3::_val(c) = x3::_attr(c); })] >>
     -((lit('-') | hs) >> ones[([](auto& c) { x3::_val(c) += x3::_attr(c); })]) >> nb) |
    (teens[([](auto& c) { x3::_val(c) = x3::_attr(c); })] >> nb) |
    (ones[([](auto& c) { x3::_val(c) = x3::_attr(c); })] >> nb);

// Digits with an optional decimal part, saturated, as thousandths; commas between groups of
// digits are skipped. "10^20" is read as a power.
std::int64_t to_milli(std::string_view whole, std::string_view frac) {
  std::int64_t v = 0;
  for (char c : whole) {
    if (c == ',') continue;
    if (v > quantity::kHuge / 10) return quantity::kHuge;
    v = v * 10 + (c - '0');
  }
  if (v > quantity::kHuge / 1000) return quantity::kHuge;
  v *= 1000;
  std::int64_t scale = 100;
  for (char c : frac) {
    if (scale == 0) break;
    v += (c - '0') * scale;
    scale /= 10;
  }
  return v;
}
auto const digit_amount = x3::rule<class digit_amount_, std::int64_t>{"amount"} =
    // "1,000 years": groups of three digits after commas.
    x3::raw[+a_digit >> *(lit(',') >> a_digit >> a_digit >> a_digit >> !a_digit) >> -(lit('.') >> +a_digit) >>
            -(lit('^') >> +a_digit)][(
        [](auto& c) {
          const auto r = x3::_attr(c);
          const std::string_view s(&*r.begin(), static_cast<std::size_t>(r.end() - r.begin()));
          const auto caret = s.find('^');
          if (caret != std::string_view::npos) {
            // base^exponent: anything beyond 10^15 saturates.
            // The base's whole part only: a fraction's '.' read as a digit made it negative,
            // and the saturation below then overflowed ("0.000^1111").
            const std::int64_t base = to_milli(s.substr(0, std::min(caret, s.find('.'))), {}) / 1000;
            std::int64_t v = 1;
            const auto exps = s.substr(caret + 1);
            std::int64_t e = 0;
            for (char ch : exps) { e = std::min<std::int64_t>(e * 10 + (ch - '0'), 1000); }
            for (std::int64_t i = 0; i < e && v < quantity::kHuge; ++i)
              v = (base > 1 && v > quantity::kHuge / base) ? quantity::kHuge : v * base;
            x3::_val(c) = v >= quantity::kHuge / 1000 ? quantity::kHuge : v * 1000;
            return;
          }
          const auto dot = s.find('.');
          x3::_val(c) = dot == std::string_view::npos ? to_milli(s, {})
                                                      : to_milli(s.substr(0, dot), s.substr(dot + 1));
        })] >>
    nb;

// An amount of units, as thousandths; -1 for unknown ("a few", "several").
auto const amount = x3::rule<class amount_, std::int64_t>{"amount"} =
    (W("a couple of") | W("a couple") | W("couple of"))[([](auto& c) { x3::_val(c) = 2000; })] |
    W("a dozen")[([](auto& c) { x3::_val(c) = 12000; })] |
    // "half an hour ago", "in half a day", "a half hour later"
    (W("half an") | W("half a") | W("a half"))[([](auto& c) { x3::_val(c) = 500; })] |
    (W("a few") | W("few") | W("several") | W("many") | W("a number of") | W("some") |
     W("dozens of") | W("hundreds of") | W("a couple more"))[([](auto& c) { x3::_val(c) = -1; })] |
    digit_amount[([](auto& c) { x3::_val(c) = x3::_attr(c); })] |
    // (before the number words: "one" alone would leave "hundred days")
    (W("a hundred") | W("one hundred"))[([](auto& c) { x3::_val(c) = 100000; })] |
    word_num[([](auto& c) { x3::_val(c) = std::int64_t{x3::_attr(c)} * 1000; })] |
    (W("an") | W("a"))[([](auto& c) { x3::_val(c) = 1000; })] >>
        // "a quarter century", "a quarter of a century", "a quarter hour" (read here, after "a",
        // so that no other amount pays for the look)
        -g[sp >> W("quarter") >> -g[sp >> W("of a")] >> &g[(sp | dash) >> (W("century") | W("hour"))] >>
           x3::eps[([](auto& c) { x3::_val(c) = 250; })]];

// "and a half" after a unit, or "and a half" between number and unit ("two and a half years");
// "5 1/2 hours".
// "two-and-a-half years": hyphens for the blanks.
auto const half_sep = sp | lit('-');
auto const and_half = (half_sep >> W("and") >> half_sep >> W("a") >> half_sep >> W("half")) | (sp >> lit("1/2") >> nb);

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------
// The dot of an abbreviated name ("Sept.", "Wed.", "Thurs."): taken only after a name of at
// most five letters (May, June and July only before a day number), so that the period ending
// "… last Wednesday." stays out of the expression.
struct abbr_dot_parser : x3::parser<abbr_dot_parser> {
  using attribute_type = x3::unused_type;
  [[maybe_unused]] static bool const has_attribute = false;
  template <class It, class Ctx, class RC, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RC&, Attr&) const {
    if (first == last || *first != '.') return true;
    const char* base = st(ctx).base;
    std::size_t letters = 0;
    for (It it = first; it != base && letters <= 5; --it) {
      const char c = *(it - 1);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) break;
      ++letters;
    }
    if (letters > 5) return true;
    // May, June and July are whole names: their dot is taken only before a day ("May. 5").
    std::string w;
    for (std::size_t i = letters; i > 0; --i) w += static_cast<char>(*(first - static_cast<std::ptrdiff_t>(i)) | 0x20);
    // "March." and "April." are whole names too: a dot after them ends the sentence.
    if (w == "march" || w == "april") return true;
    if (w == "may" || w == "june" || w == "july") {
      It it = first + 1;
      while (it != last && *it == ' ') ++it;
      if (it == last || *it < '0' || *it > '9') return true;
    }
    ++first;
    return true;
  }
  void describe_first(first_set& s) const {
    s.nullable = true;
    s.bytes['.'] = true;
  }
  static bool is_nullable() { return true; }
};
constexpr abbr_dot_parser abbr_dot{};

auto const month_name = months >> nb >> abbr_dot;
auto const weekday_name = weekdays >> nb >> abbr_dot;
auto const ord_suffix = no_case[lit("st") | "nd" | "rd" | "th"] >> nb;

auto const set_month = ACT(E.month = V; E.pos_month = where(ctx));
auto const set_weekday = ACT(E.weekday = V; E.pos_weekday = where(ctx));
auto const set_day = ACT(E.day = V; E.pos_day = where(ctx));
auto const set_year4 = ACT(E.year = V; E.pos_year = where(ctx));
auto const set_year2 = ACT(E.year = V; E.year_two_digit = true; E.pos_year = where(ctx));

auto const year4 = (pos_(nbig)[set_year4] >> nd) | (pos_(n4)[set_year4] >> nd);
auto const year2 = apos >> pos_(n2)[set_year2] >> nd;
x3::uint_parser<std::int64_t, 10, 1, 4> const n1to4;
auto const era_word = lit("A.D.") | ((lit("AD") | lit("CE")) >> nb);
// "AD 476", "A.D. 14": the era first, as Latin usage puts it ("CE" only follows the year). The
// start filter takes "ad" as a first word after which any number may follow (not a weak word).
auto const era_first = lit("A.D.") | (lit("AD") >> nb);
// "753 BC", "44 B.C.", "300 BCE": a year before the common era, counted astronomically (1 BC
// is year 0).
auto const bc_word = lit("B.C.E.") | lit("B.C.") | ((lit("BCE") | lit("BC")) >> nb);
auto const set_bc_year = ACT(if (V < 1) x3::_pass(ctx) = false; else {
  E.year = 1 - V;
  E.pos_year = where(ctx);
});
// A year of the common era counts from 1: there is no "AD 0" (1 BC comes before AD 1).
auto const set_ad_year = ACT(if (V < 1) x3::_pass(ctx) = false; else {
  E.year = V;
  E.pos_year = where(ctx);
});
auto const era_year = g[(g[digits(1, 4, bytes{"AC"}, true) >> pos_(n1to4)[set_ad_year] >> nd >> sp >> era_word] |
                         g[era_first >> sp >> pos_(n1to4)[set_ad_year] >> nd] |
                         g[digits(1, 4, bytes{"B"}, true) >> pos_(n1to4)[set_bc_year] >> nd >> sp >> bc_word]) >>
                        x3::eps[ACT(E.year_era = true)]];
// A spoken year, as transcripts write it: "nineteen ninety-six", "eighteen sixty-one" (the
// second part 10..99, so "nineteen six" stays two numbers).
auto const spoken_year = x3::rule<class spoken_year_, int>{"spoken year"} =
    (W("nineteen")[([](auto& c) { x3::_val(c) = 1900; })] |
     W("eighteen")[([](auto& c) { x3::_val(c) = 1800; })]) >>
    sp >> word_num[([](auto& c) {
      if (x3::_attr(c) < 10) x3::_pass(c) = false;
      else x3::_val(c) += x3::_attr(c);
    })];
// "two thousand", "two thousand and one", "two thousand three": only after "the year".
auto const spoken_2000s = x3::rule<class spoken_2000s_, int>{"spoken year"} =
    (W("two") >> sp >> W("thousand"))[([](auto& c) { x3::_val(c) = 2000; })] >>
    -(sp >> -(W("and") >> sp) >> word_num[([](auto& c) { x3::_val(c) += x3::_attr(c); })]);
auto const spoken_year_any = x3::rule<class spoken_year_any_, int>{"spoken year"} = spoken_year | spoken_2000s;
auto const year_spoken = pos_(spoken_year)[set_year4];
auto const year_val = year4 | year2 | year_spoken;
// A day in digits ("19", "19th") or as an ordinal word ("eighth", "twenty-first": "March
// eighth", "the fourth of July"); not before a hyphen ("March first-time buyers").
auto const set_day_word = ACT(if (V < 1) x3::_pass(ctx) = false; else {
  E.day = V;
  E.pos_day = where(ctx);
});
auto const day_num = (digits(1, 2) >> pos_(n12)[set_day] >> nd >> -ord_suffix) | (pos_(ordinal_words)[set_day_word] >> nb >> !lit('-'));
// ", 2023" or " 2023" after a day or a month.
auto const year_part = g[osp >> lit(',') >> osp >> year_val] | g[sp >> year_val];

auto const wk_prefix = g[pos_(weekday_name)[set_weekday] >> (g[osp >> lit(',') >> osp] | sp)];

// Sep 19 2023, September 19, 2023, Sept. 19, Dec. 25, '22
// "September the 19th": after "the" only an ordinal ("May the 3 teams" is no date)
auto const day_ordinal = (digits(1, 2) >> pos_(n12)[set_day] >> nd >> ord_suffix) |
                         (pos_(ordinal_words)[set_day_word] >> nb >> !lit('-'));
// "June last year", "March of next year", "March 3 this year": the year said relative to the
// reference's
auto const rel_year_part = g[sp >> -g[W("of") >> sp] >> rels[ACT(E.relation = V)] >> nb >> sp >>
                             W("year")[ACT(E.unit_rel = detail::unit::year)] >> nb];
auto const md_date = pos_(month_name)[set_month] >> (g[sp >> W("the") >> sp >> day_ordinal] | g[osp >> day_num]) >>
                     -(year_part | rel_year_part);
// 19 September 2023, 19th of September, the 19th of September, 2023, 19-Sep-2023
auto const dm_date =
    g[-(W("the") >> sp) >> day_num >> sp >> -(W("of") >> sp) >> pos_(month_name)[set_month] >>
      -(year_part | rel_year_part)] |
    g[pos_(n12)[set_day] >> lit('-') >> pos_(month_name)[set_month] >> lit('-') >>
      (pos_(n4)[set_year4] | pos_(n2)[set_year2]) >> nd] |
    // Sep-19-2023
    g[pos_(month_name)[set_month] >> lit('-') >> pos_(n12)[set_day] >> lit('-') >> pos_(n4)[set_year4] >> nd];
// March 2022, March, 2022, March of 2022
auto const my_date = pos_(month_name)[set_month] >>
                     ((g[osp >> lit(',') >> osp] | g[sp >> W("of") >> sp] | sp) >> year_val | rel_year_part);

// ISO 8601 / RFC 3339
auto const set_hour = ACT(E.hour = V; E.pos_hour = where(ctx));
auto const set_minute = ACT(E.minute = V; E.pos_minute = where(ctx));
auto const set_second = ACT(E.second = V; E.pos_second = where(ctx));
auto const set_frac = ACT({
  const std::string_view s(&*V.begin(), static_cast<std::size_t>(V.end() - V.begin()));
  std::int64_t us = 0, scale = 100000;
  for (char c : s) {
    if (scale == 0) break;
    us += (c - '0') * scale;
    scale /= 10;
  }
  E.micros = us;
});
auto const frac = (lit('.') | lit(',')) >> x3::raw[+a_digit][set_frac];

auto const sign = lit('+')[([](auto& c) { x3::_val(c) = 1; })] |
                  dash[([](auto& c) { x3::_val(c) = -1; })];
auto const signed_rule = x3::rule<class sign_, int>{"sign"} = sign;

// +05:30, +0530, +05, -4 (after UTC/GMT)
auto const num_offset = x3::rule<class num_offset_, int>{"offset"} =
    (signed_rule[([](auto& c) { x3::_val(c) = x3::_attr(c) * 10000; })] >>
     // (no position marks inside: the offset's column is where its sign is)
     (n2[([](auto& c) { x3::_val(c) += (x3::_val(c) < 0 ? -1 : 1) * x3::_attr(c) * 100; })] |
      n1[([](auto& c) { x3::_val(c) += (x3::_val(c) < 0 ? -1 : 1) * x3::_attr(c) * 100; })]) >>
     -(-lit(':') >> n2[([](auto& c) { x3::_val(c) += (x3::_val(c) < 0 ? -1 : 1) * x3::_attr(c); })]) >>
     nd);
// The offset rule packs sign*10000 + hours*100 + minutes; unpack to minutes.
int unpack_offset(int packed) {
  const int s = packed < 0 ? -1 : 1;
  const int a = (packed < 0 ? -packed : packed) - 10000;
  return s * ((a / 100) * 60 + a % 100);
}
auto const set_offset = ACT(E.zone_offset_min = unpack_offset(V); E.pos_zone = where(ctx));
auto const set_utc = ACT(E.zone_offset_min = 0; E.pos_zone = where(ctx));
auto const set_abbr = ACT({
  E.zone_abbr = std::string_view(&*V.begin(), static_cast<std::size_t>(V.end() - V.begin()));
  E.pos_zone = static_cast<std::uint32_t>(&*V.begin() - st(ctx).base);
});
auto const set_iana = ACT({
  E.zone_iana = std::string_view(&*V.begin(), static_cast<std::size_t>(V.end() - V.begin()));
  E.pos_zone = static_cast<std::uint32_t>(&*V.begin() - st(ctx).base);
});

auto const iso_zone = pos_(lit('Z'))[set_utc] >> nb | pos_(lit('z'))[set_utc] >> nb | pos_(num_offset)[set_offset];
auto const basic_time = pos_(n2)[set_hour] >> pos_(n2)[set_minute] >> -pos_(n2)[set_second] >> -frac >>
                        -(pos_(lit('Z'))[set_utc] | pos_(num_offset)[set_offset]);
auto const iso_basic = pos_(n4)[set_year4] >> pos_(n2)[set_month] >> pos_(n2)[set_day] >> nd >>
                       -g[lit('T') >> basic_time >> nd];
auto const iso_week = pos_(n4)[set_year4] >> -lit('-') >> lit('W') >>
                      pos_(n2)[ACT(E.iso_week = V; E.pos_day = where(ctx))] >>
                      -g[-lit('-') >> pos_(n1)[ACT(E.weekday = V; E.pos_weekday = where(ctx))]] >> nd;
auto const iso_ordinal = pos_(n4)[set_year4] >> lit('-') >> pos_(n3)[ACT(E.ordinal_day = V; E.pos_day = where(ctx))] >> nd;
auto const iso_year_month = pos_(n4)[set_year4] >> lit('-') >>
                            pos_(n2)[ACT(if (V < 1 || V > 12) x3::_pass(ctx) = false; else {
                              E.month = V; E.pos_month = where(ctx); })] >>
                            nd >> !lit('-');

// Numeric dates: 9/19/2023, 19.09.2023, 2023/09/19, 9/19
auto const set_a = ACT(E.num_a = V; E.pos_month = where(ctx));
auto const set_b = ACT(E.num_b = V; E.pos_day = where(ctx));
auto const num_year = (pos_(n4)[set_year4] | pos_(n2)[set_year2]) >> nd;
auto const slash_date = pos_(n12)[set_a] >> lit('/') >> pos_(n12)[set_b] >> lit('/') >> num_year;
auto const dash_date = pos_(n12)[set_a] >> lit('-') >> pos_(n12)[set_b] >> lit('-') >> pos_(n4)[set_year4] >> nd;
auto const dotted_date = pos_(n12)[set_a] >> lit('.') >> pos_(n12)[set_b] >> lit('.') >>
                         (pos_(n4)[set_year4] | pos_(n2)[set_year2]) >> nd >>
                         x3::eps[ACT(E.numeric_dotted = true)];
auto const ymd_slash = pos_(n4)[set_year4] >> (lit('/') | lit('.')) >> pos_(n12)[set_month] >>
                       (lit('/') | lit('.')) >> pos_(n12)[set_day] >> nd;
auto const md_slash = pos_(n12)[set_a] >> lit('/') >> pos_(n12)[set_b] >> nd >> !lit('/');

// ---------------------------------------------------------------------------------------------
// Times of day
// ---------------------------------------------------------------------------------------------
auto const am = (no_case[lit("a.m.") | lit("a. m.") | lit("a.m") | lit("am")] >> nb)[ACT(E.ampm = 1)];
auto const pm = (no_case[lit("p.m.") | lit("p. m.") | lit("p.m") | lit("pm")] >> nb)[ACT(E.ampm = 2)];
auto const ampm = am | pm;

auto const abbr_zone = x3::raw[zone_abbrs >> nb][set_abbr];
auto const utc_word = x3::raw[lit("UTC") | lit("GMT") | lit("UT")] >> nb;
auto const iana_name = x3::raw[a_upper >> +(a_alpha | lit('_')) >>
                               +(lit('/') >> a_alpha >> *(a_alnum | lit('_') | lit('-') | lit('+')))];
// A zone name: the row's abbreviation when that has no other meaning ("Eastern time" is ET),
// else the row's own offset ("China Standard Time" is +08:00, where CST alone is US Central;
// "India Standard Time" is not ambiguous as IST is). Every generic abbreviation (ET, PT…) has
// one meaning, so a generic name keeps its daylight saving (tests/absolute_test.cpp checks
// both for every row). A generic name alone is no zone before a capitalised word other than a
// day or month ("at noon Central Park").
auto const set_zone_name = ACT({
  const zone_abbreviation& z = abbreviation_table()[static_cast<std::size_t>(V)];
  if (abbreviation_candidates(z.abbreviation).size() == 1) E.zone_abbr = z.abbreviation;
  else E.zone_offset_min = static_cast<int>(z.offset.count());
  E.pos_zone = where(ctx);
});
auto const set_city_zone = ACT(E.zone_iana = V; E.pos_zone = where(ctx));
auto const zone_name = pos_(zone_names)[set_zone_name] >> nb >>
                       (&(sp >> (weekday_name | month_name)) | !(sp >> a_upper));
auto const city_time = pos_(city_times)[set_city_zone] >> sp >> W("time");
auto const zone_spec =
    g[pos_(utc_word)[set_utc] >> osp >> pos_(num_offset)[set_offset]] |  // UTC+5:30, GMT-4
    g[lit('(') >> osp >> abbr_zone >> osp >> lit(')')] | abbr_zone | g[city_time] | g[zone_name] |
    g[iana_name[set_iana]] |
    // After a clock a plus offset may take any form, a minus one only RFC 2822's four digits
    // ("-0400"), so that "9:00-9:30" stays a range.
    g[&lit('+') >> pos_(num_offset)[set_offset]] |
    g[&(dash >> n2 >> n2 >> nd) >> pos_(num_offset)[set_offset]] | g[pos_(lit('Z'))[set_utc] >> nb];
auto const zone_tail = g[osp >> zone_spec] |
                       // "13:43 -04:00": after a space a minus offset may be written hh:mm
                       g[sp >> &(dash >> n2 >> lit(':') >> n2 >> nd) >> pos_(num_offset)[set_offset]];
// ISO 8601 / RFC 3339 date-time; an abbreviation or tz-database name may follow the offset.
auto const iso_time = pos_(n2)[set_hour] >> lit(':') >> pos_(n2)[set_minute] >>
                      -(lit(':') >> pos_(n2)[set_second] >> -frac) >> -g[osp >> iso_zone] >>
                      -g[sp >> (abbr_zone | g[iana_name[set_iana]])];
auto const iso_date_ext = (pos_(nbig)[set_year4] | pos_(n4)[set_year4]) >> lit('-') >> pos_(n2)[set_month] >> lit('-') >> pos_(n2)[set_day] >> nd;
auto const iso_datetime =
    iso_date_ext >> -g[(lit('T') | lit('t') | sp) >> iso_time];

// "half past nine", "a quarter to ten", "ten past six", "twenty minutes to five": the hour as a
// number or a word (1 to 12) and the minutes before it. Before "to" a count needs "minutes"
// ("ten to twelve" is more often a range of numbers); after "past" it may stand alone.
auto const set_word_hour = ACT(if (V < 1 || V > 12) x3::_pass(ctx) = false; else {
  E.hour = V;
  E.pos_hour = where(ctx);
});
auto const set_word_minute = ACT(if (V < 1 || V > 59) x3::_pass(ctx) = false; else {
  E.minute = V;
  E.pos_minute = where(ctx);
});
// (not a count of something: "from 10 minutes to 6 hours"; "two percent" the driver rejects)
auto const clock_hour = (g[pos_(n12)[set_word_hour] >> nd >> nb] | g[pos_(word_num)[set_word_hour]]) >>
                        !g[sp >> ((units >> nb) | W("per"))];
auto const minute_count = pos_(n12)[set_word_minute] >> nd | pos_(word_num)[set_word_minute];
auto const quarter_min = g[-g[W("a") >> sp] >> W("quarter")[ACT(E.minute = 15)]];
auto const half_min = W("half")[ACT(E.minute = 30)];
auto const minutes_word = W("minutes") | W("minute");
// "to": the minutes before the hour, counted back
auto const minutes_before = ACT(E.hour = (*E.hour + 10) % 12 + 1; E.minute = 60 - *E.minute);
auto const clock_words =
    g[(half_min | quarter_min | g[minute_count >> -g[sp >> minutes_word]]) >> sp >> W("past") >> sp >> clock_hour] |
    g[(quarter_min | g[minute_count >> sp >> minutes_word]) >> sp >> (W("to") | W("before")) >> sp >> clock_hour >>
      x3::eps[minutes_before]];

// The zones a bare hour takes: UTC, GMT and the abbreviations of a standard or daylight time
// ("EST", "CEST", "IST"). Others spell words ("10 ART", "5 CAT") and leave the number a number.
auto const st_dt = lit("ST") | lit("DT");
auto const bare_hour_zone = &(utc_word | g[a_upper >> a_upper >> st_dt >> nb] | g[a_upper >> st_dt >> nb]) >>
                            (abbr_zone | pos_(utc_word)[set_utc]);
auto const clock =
    // (an hour of one or two digits, then ':', '.', 'h', a meridiem, "o'clock" or "in")
    g[digits(1, 2, bytes{":.aApPoOiIhH"}, true) >>
      (g[pos_(n12)[set_hour] >> lit(':') >> pos_(n2)[set_minute] >> nd >>
         -g[lit(':') >> pos_(n2)[set_second] >> nd >> -frac] >>
         -(g[osp >> ampm] | g[sp >> W("in") >> sp >> W("the") >> sp >>  // "7:45 in the evening"
                                (W("morning")[ACT(E.ampm = 1)] | (W("afternoon") | W("evening"))[ACT(E.ampm = 2)])])] |
       // "13h45", "9h30", "13H00": the French and West African way (not "2h30m", a length, nor
       // "1H23", the first half of 2023)
       g[(g[pos_(n12)[set_hour] >> lit('h')] | g[&(a_digit >> a_digit) >> pos_(n12)[set_hour] >> lit('H')]) >>
         pos_(n2)[set_minute] >> nd >> nb] |
       g[pos_(n12)[set_hour] >> lit('.') >> pos_(n2)[set_minute] >> nd >> osp >> ampm] |
       // "10.02 BST", "14.30 GMT": British papers' dotted clock, with its zone
       g[pos_(n12)[set_hour] >> lit('.') >> pos_(n2)[set_minute] >> nd >> &g[sp >> (zone_abbrs | utc_word) >> nb]] |
       g[pos_(n12)[set_hour] >> nd >> osp >> ampm] |
       g[pos_(n12)[set_hour] >> sp >> no_case[lit("o'clock") | lit("o\xE2\x80\x99" "clock")] >> nb] |
       // "4 in the morning", "9 in the evening"
       g[pos_(n12)[set_hour] >> nd >> sp >> W("in") >> sp >> W("the") >> sp >>
         (W("morning")[ACT(E.ampm = 1)] | (W("afternoon") | W("evening"))[ACT(E.ampm = 2)])])] |
    // "at 10 GMT", "9 EST": a bare hour, on the 24-hour clock, with its zone
    g[digits(1, 2, bytes{"ABCDEGHIJKMPUW"}, true) >> pos_(n12)[set_hour] >> nd >> sp >> bare_hour_zone] |
    g[-(lit("12") >> sp) >> (W("noon") | W("midday"))[ACT(E.noon = true)]] |
    g[-(lit("12") >> sp) >> W("midnight")[ACT(E.midnight = true)]];
// A clock in words begins a time (below); it is not tried after a date ("Monday at half past
// nine" is two mentions), where every failed try of it would cost.
auto const clock_in_words =
    g[clock_words >> -(g[osp >> ampm] | g[sp >> W("in") >> sp >> W("the") >> sp >>
                                         (W("morning")[ACT(E.ampm = 1)] | (W("afternoon") | W("evening"))[ACT(E.ampm = 2)])]) >>
      -zone_tail];
// 1430 GMT, 0800 hrs: four digits are a time only with a zone or "hrs".
// (zone abbreviations begin with a capital letter: tests/zone_test.cpp checks the table)
auto const military = digits(4, 4, bytes{"ABCDEFGHIJKLMNOPQRSTUVWXYZh"}, true) >> pos_(n2)[set_hour] >> pos_(n2)[set_minute] >> nd >>
                      (g[sp >> (W("hrs") | W("hours") | W("h"))] | g[sp >> (abbr_zone | pos_(utc_word)[set_utc])]);
// "9 a.m. local time": the time where the news happens, which is the reference's zone (the
// dateline's); no zone is set.
auto const local_time_words = g[sp >> W("local") >> sp >> W("time")];
// "10:35 a.m. (0735 GMT)": wire copy gives the same instant in another zone in parentheses. It
// is read as part of the mention, so that a day after it joins ("(0735 GMT) Friday"), and
// changes nothing: the time before it is the one the story means.
auto const other_zone_time = g[osp >> lit('(') >> osp >> a_digit >> a_digit >> -lit(':') >> a_digit >> a_digit >>
                               nd >> sp >> (zone_abbrs | utc_word) >> nb >> osp >> lit(')')];
auto const time_of_day = (clock >> -(zone_tail | local_time_words) >> -other_zone_time) | military;

auto const set_pod = ACT(E.pod = V);
// The adverbs first: "nightfall" is not "night" and a letter.
auto const pod_adverb = pod_adverbs[set_pod] >> nb;
auto const pod_word = pod_adverb | (pods[set_pod] >> nb);

// Between a date and its time: "Sep 19 2023 | 1:43 PM", "September 19, 2023 at 1:43 p.m.",
// "2023-09-18 10:09", "Monday at 9:30 a.m.", "Tuesday, 08:13 GMT", "Mar 3, 2021 · 10:05 AM".
auto const mid_dot = lit("\xC2\xB7");
auto const time_sep = g[osp >> (lit('|') | lit(',') | lit('@') | dash | lit('T') | mid_dot) >> osp >>
                        -g[W("at") >> sp]] |
                      g[sp >> W("at") >> sp] | sp;
auto const time_tail = g[time_sep >> time_of_day];
// "Monday morning", "yesterday afternoon", "Sept. 5 evening"
// ("Wednesday evening local time": the part of the day where the news happens, as for a clock)
auto const pod_tail = (g[sp >> pod_word] | g[sp >> W("in") >> sp >> W("the") >> sp >> pod_word] |
                       g[sp >> W("at") >> sp >> pod_word]) >>  // "Friday at dawn"
                      -local_time_words;
// "tonight at 8", "this evening at 7:30", "tomorrow morning at 9": a bare hour after a part of
// the day, which gives its meridiem (as in "8 tonight"). It ends a clause or comes before a
// joining word: "at 8 Main Street", "at 5 locations" are no hours (a meridiem or a zone after
// it is read by time_tail first).
auto const hour_alone_end =
    &(osp >> ((lit('.') >> !a_digit) | lit(',') | lit(';') | lit(')') | x3::eoi)) |
    &(sp >> (W("and") | W("or") | W("with") | W("to") | W("in") | W("on") | W("for") | W("after") | W("until")));
auto const pod_hour =
    g[sp >> W("at") >> sp >> x3::eps[ACT(if (E.pod == part_of_day::none) x3::_pass(ctx) = false)] >>
      pos_(n12)[set_hour] >> -g[lit(':') >> pos_(n2)[set_minute]] >> nd >> nb >> hour_alone_end];
auto const date_tail = -(time_tail | g[pod_tail >> -pod_hour] | pod_hour);

// ---------------------------------------------------------------------------------------------
// Relative days
// ---------------------------------------------------------------------------------------------
// (and whether the word was "coming" or "upcoming": "this coming weekend" is the next to begin;
// X3's _where is the text after the word)
template <class Ctx, class It>
bool came_after_coming(Ctx const& ctx, It after) {
  const state& s = st(ctx);
  const char* p = after;  // (It is const char*: the end may be the text's end)
  if (p - s.base < 6) return false;
  for (int i = 0; i < 6; ++i)
    if ((p[i - 6] | 0x20) != "coming"[i]) return false;
  return true;
}
auto const set_rel = ACT(E.relation = V; E.coming = V == rel::next && came_after_coming(ctx, x3::_where(ctx).begin()));
auto const rel_word = rels >> nb;
auto const deictic =
    W("the day before yesterday")[ACT(E.day_offset = -2)] |
    W("the day after tomorrow")[ACT(E.day_offset = 2)] |
    // "the night before last": the night of the day before yesterday (not "the night before last
    // Tuesday", the night before that Tuesday)
    g[W("the night before last") >> !(sp >> weekday_name)][ACT(E.day_offset = -2; E.pod = part_of_day::night)] |
    W("today")[ACT(E.day_offset = 0)] | W("tomorrow")[ACT(E.day_offset = 1)] |
    W("yesterday")[ACT(E.day_offset = -1)] |
    W("tonight")[ACT(E.day_offset = 0; E.pod = part_of_day::night; E.tonight = true)] |
    g[W("this") >> sp >> pod_word >> x3::eps[ACT(E.day_offset = 0)]] |
    g[W("last") >> sp >> W("night")[ACT(E.day_offset = -1; E.pod = part_of_day::night)]];

auto const weekday_rel = g[-g[rel_word[set_rel] >> sp] >> pos_(weekday_name)[set_weekday]];
auto const holiday_name = holidays[ACT(E.holiday = V)];
auto const holiday_period = W("weekend")[ACT(E.holiday_weekend = true)] | W("week")[ACT(E.holiday_week = true)];
auto const holiday_expr =
    // (its year after it: "Easter 2022", "Ramadan last year", "Christmas in 2021")
    // ("Thanksgiving eve", "Easter eve": the day before, as "the eve of Thanksgiving")
    g[-g[rel_word[set_rel] >> sp] >> holiday_name >>
      -g[sp >> W("eve") >> x3::eps[ACT(E.offset = offset_spec{quantity{1000, false, unit::day}, -1, 0};
                                     E.offset_from_anchor = true)]] >>
      -(year_part | rel_year_part | g[sp >> W("in") >> sp >> year_val]) >> -g[sp >> holiday_period]] |
    g[W("the") >> sp >> W("eve") >> sp >> W("of") >> sp >> holiday_name >> -year_part >>
      x3::eps[ACT(E.offset = offset_spec{quantity{1000, false, unit::day}, -1, 0};
                  E.offset_from_anchor = true)]];

// "this week", "last month", "next year", "the coming weekend", "this fall", "last March",
// "the current fiscal year" (a fiscal year is named by its calendar year, as TimeBank does),
// "the month" (this month; only with a modifier in running text).
auto const set_unit_rel = ACT(E.unit_rel = V);
// "or so" after an amount or a unit makes it approximate: "a week or so ago", "the next year or so"
// "a week or so", and "a day or two", "a week or three" (one of a unit, about: not "a week or two
// weeks", where the amount has its own unit)
auto const or_so = g[sp >> W("or") >> sp >>
                     (W("so") | g[x3::eps[ACT(if (E.offset.q.milli != 1000 && (E.ndur != 1 || E.dur[0].milli != 1000))
                                                x3::_pass(ctx) = false)] >>
                                  (W("two") | W("three"))]) >>
                     nb >> !g[sp >> units >> nb]][ACT(E.mod = timex_mod::approx)];
const ci_symbols<unit> cal_unit_words{{"week", unit::week},       {"month", unit::month},
                                      {"year", unit::year},       {"quarter", unit::quarter},
                                      {"weekend", unit::weekend}, {"decade", unit::decade},
                                      {"century", unit::century}, {"day", unit::day},
                                      {"fortnight", unit::fortnight}, {"half", unit::half},
                                      {"millennium", unit::millennium},
                                      {"hour", unit::hour}, {"minute", unit::minute}};
const table_ref cal_unit{cal_unit_words};
const ci_symbols<unit> long_unit_words{{"decade", unit::decade}, {"century", unit::century},
                                       {"millennium", unit::millennium}};
const table_ref long_units{long_unit_words};
auto const past_span_word = -(W("the") >> sp) >>
                            ((W("past") >> sp >> (W("decade") | W("century") | W("millennium"))) |
                             ((W("past") | W("last") | W("previous") | W("next") | W("coming")) >> sp >> W("fortnight")));
// Not before a period or day named: "the day before last Tuesday", "the Sunday before last year".
auto const no_period_after = !(sp >> (weekday_name | month_name | cal_unit | seasons));
// "the week before last", "the month after next": two units back or ahead, as an offset.
auto const unit_before_last =
    g[W("the") >> sp >> cal_unit[ACT(E.offset.q.u = V; E.offset.q.milli = 2000; E.offset.pos = where(ctx))] >> sp >>
      (g[W("before") >> sp >> W("last")][ACT(E.offset.sign = -1)] |
       g[W("after") >> sp >> W("next")][ACT(E.offset.sign = 1)]) >> nb >>
      no_period_after];
auto const to_date = x3::eps[ACT(if (E.unit_rel != unit::year && E.unit_rel != unit::quarter && E.unit_rel != unit::month)
                                   x3::_pass(ctx) = false;
                                 else E.to_date = true)];
auto const to_date_unit = W("year")[ACT(E.unit_rel = unit::year)] | W("quarter")[ACT(E.unit_rel = unit::quarter)] |
                          W("month")[ACT(E.unit_rel = unit::month)];
auto const unit_rel =
    unit_before_last |
    g[!past_span_word >> rel_word[set_rel] >> sp >> -g[W("fiscal") >> sp] >> cal_unit[set_unit_rel] >> nb >> -or_so] |
    g[rel_word[set_rel] >> sp >> seasons[ACT(E.season = V)] >> nb] |
    // not "last Oct. 23": there the month and day are read together, from the month
    g[rel_word[set_rel] >> sp >> pos_(month_name)[set_month] >> !g[sp >> a_digit]] |
    // "the year to date", "the quarter-to-date": this period up to the reference (with the article:
    // "the best year to date" is none)
    g[W("the") >> sp >> -g[W("fiscal") >> sp] >> cal_unit[ACT(E.unit_rel = V; E.relation = rel::this_)] >> nb >>
      -g[(sp | dash) >> W("to") >> (sp | dash) >> W("date") >> nb >> to_date]] |
    // "the full year", "the full fiscal year": this year
    g[W("the") >> sp >> W("full") >> sp >> -g[W("fiscal") >> sp] >>
      W("year")[ACT(E.unit_rel = unit::year; E.relation = rel::this_)] >> nb] |
    // "the next morning", "the following evening": the next day's part of day
    g[W("the") >> sp >> (W("next") | W("following"))[ACT(E.relation = rel::next; E.unit_rel = unit::day)] >>
      sp >> pod_word] |
    // "by year-end", "at year's end": the end of this year; "month-end", "at month's end" this
    // month's
    g[(W("year-end") | W("year end") | W("year's end") | W("year\xE2\x80\x99s end"))
          [ACT(E.relation = rel::this_; E.unit_rel = unit::year; E.mod = timex_mod::end)] >> nb] |
    g[(W("month-end") | W("month end") | W("month's end") | W("month\xE2\x80\x99s end"))
          [ACT(E.relation = rel::this_; E.unit_rel = unit::month; E.mod = timex_mod::end)] >> nb] |
    // "end of year", "by end of month", "start of week": the unit alone after a part prefix
    // that ends in "of" (read before this family), this one
    g[pos_(W("year")[ACT(E.unit_rel = unit::year)] | W("month")[ACT(E.unit_rel = unit::month)] |
           W("week")[ACT(E.unit_rel = unit::week)]) >>
      nb >> !g[sp >> (a_digit | W("one") | W("two") | W("three"))] >>  // "the end of year two"
      x3::eps[ACT(if (E.mod == timex_mod::none || !marked_after(ctx, "of ")) x3::_pass(ctx) = false;
                  else E.relation = rel::this_)]] |
    // "year-to-date", "YTD", "MTD", "QTD"
    g[(g[to_date_unit >> dash >> W("to") >> dash >> W("date")] |
       lit("YTD")[ACT(E.unit_rel = unit::year)] | lit("QTD")[ACT(E.unit_rel = unit::quarter)] |
       lit("MTD")[ACT(E.unit_rel = unit::month)]) >>
      nb >> x3::eps[ACT(E.relation = rel::this_)] >> to_date] |
    // "by midweek", "at mid-month", "midyear": the middle of this week, month or year
    g[W("midweek")[ACT(E.unit_rel = unit::week)] | W("midmonth")[ACT(E.unit_rel = unit::month)] |
      W("midyear")[ACT(E.unit_rel = unit::year)]] >>
      nb >> x3::eps[ACT(E.relation = rel::this_; E.mod = timex_mod::mid)] |
    // ("mid-week": the modifier "mid-" has been read, the unit follows)
    g[x3::eps[ACT(if (E.mod != timex_mod::mid) x3::_pass(ctx) = false)] >>
      (W("week")[ACT(E.unit_rel = unit::week)] | W("month")[ACT(E.unit_rel = unit::month)] |
       W("year")[ACT(E.unit_rel = unit::year)]) >>
      nb >> x3::eps[ACT(E.relation = rel::this_)]];

// Offsets: "two days ago", "in 45 minutes", "a week from today", "10 years earlier".
auto const set_off_amount = ACT(E.offset.q.milli = V < 0 ? 0 : V; E.offset.q.unknown = V < 0;
                                E.offset.pos = where(ctx));
auto const set_off_unit = ACT(E.offset.q.u = V);
// "before"/"after" alone end a duration, not an offset: in "twenty years after the war" the
// expression is "twenty years" (TimeML tags the duration); with a day after them they count
// from that day ("two days after Christmas", see offset_expr).
auto const off_back = (W("ago") | W("earlier") | W("back") | W("previously") |
                       g[W("prior") >> !g[sp >> W("to")]])[ACT(E.offset.sign = -1)];  // not "prior to the vote"
auto const off_fwd = (g[W("from") >> sp >> W("now")] | W("later") | W("hence") |
                      W("afterwards") | W("afterward") |
                      g[W("down") >> sp >> W("the") >> sp >> W("road")])[ACT(E.offset.sign = 1)];
auto const off_qty_unit = -and_half[ACT(E.offset.q.milli += 500)] >> (sp | dash) >> units[set_off_unit] >> nb >>
                          -and_half[ACT(E.offset.q.milli += 500)] >> -or_so;
auto const off_qty = pos_(amount)[set_off_amount] >> off_qty_unit;
// "two Sundays ago" (the Sunday before last), "three Fridays from now": the nth such day before
// or after the reference day, as "a week ago Friday" is, counted from "last Sunday" (after the
// amount, read in offset_expr).
auto const nth_weekday_shift = ACT(if (E.offset.q.unknown || E.offset.q.milli < 1000 || E.offset.q.milli % 1000 != 0 ||
                                       E.offset.q.milli > 1000000) x3::_pass(ctx) = false;
                                   else {
                                     E.offset.q.milli -= 1000;
                                     E.offset.q.u = unit::week;
                                     if (E.offset.q.milli == 0) E.offset.sign = 0;
                                     E.offset_from_anchor = true;
                                   });
auto const weekdays_ago =
    g[sp >> pos_(weekdays_plural)[set_weekday] >> nb >> sp >>
      (W("ago")[ACT(E.relation = rel::last; E.offset.sign = -1)] |
       g[W("from") >> sp >> W("now")][ACT(E.relation = rel::next; E.offset.sign = 1)]) >>
      nb >> x3::eps[nth_weekday_shift]];

// the day anchors an offset may count from
auto const anchor_day = deictic | g[holiday_name >> -year_part] | weekday_rel |  // "the day before last Tuesday"
                        g[md_date] | g[dm_date];
// "a year ago today", "25 years ago this month", and the day a story names: "a week ago Friday"
// (the Friday before last), "ten years ago Monday" (ten years before this Monday), "two weeks ago
// yesterday".
auto const ago_anchor =
    W("today")[ACT(E.day_offset = 0)] | W("yesterday")[ACT(E.day_offset = -1)] |
    pos_(weekday_name)[set_weekday] |
    g[W("this") >> sp >> (W("week")[ACT(E.unit_rel = unit::week)] | W("month")[ACT(E.unit_rel = unit::month)] |
                          W("year")[ACT(E.unit_rel = unit::year)] | W("weekend")[ACT(E.unit_rel = unit::weekend)]) >>
      x3::eps[ACT(E.relation = rel::this_)]];
// British forms that count a week or a fortnight on from a day to come: "a week on Tuesday", "a
// fortnight on Friday", "a week today", "a week tomorrow" (below, in offset_expr), "Wednesday
// week", "tomorrow week" (week_after, in the relative-day family). Only these units: "three
// hours on Monday" is a length and a day.
auto const weeks_on = x3::eps[ACT(if (E.offset.q.u != unit::week && E.offset.q.u != unit::fortnight)
                                      x3::_pass(ctx) = false;
                                  else {
                                    E.offset.sign = 1;
                                    E.offset_from_anchor = true;
                                    E.offset_from_word = true;
                                  })];
auto const not_possessive = !(apos >> lit('s'));  // "a week on Monday's report"
// The amount is read once; the words after it say how it counts.
auto const offset_expr =
    g[pos_(amount)[set_off_amount] >> (g[off_qty_unit >> sp >>
      (g[W("from") >> sp >>
         x3::eps[ACT(E.offset.sign = 1; E.offset_from_anchor = true; E.offset_from_word = true)] >> anchor_day] |
       g[(W("before")[ACT(E.offset.sign = -1)] | W("after")[ACT(E.offset.sign = 1)]) >>
         x3::eps[ACT(E.offset_from_anchor = true)] >> sp >> anchor_day] |
       // "25 years ago this month", "a year ago today", "a year ago this week": the period
       // named, that long before
       g[W("ago")[ACT(E.offset.sign = -1; E.offset_from_anchor = true)] >> sp >> ago_anchor] |
       off_back | off_fwd |
       g[weeks_on >> (g[W("on") >> sp >> pos_(weekday_name)[set_weekday]] | W("today")[ACT(E.day_offset = 0)] |
                      W("tomorrow")[ACT(E.day_offset = 1)]) >>
         nb >> not_possessive])] | weekdays_ago)] |
    // "years ago", "hours later", "days earlier": a plural unit alone is an unknown number of
    // them, as "a few days ago" is ("back" and "previously" only after an amount).
    g[pos_(plural_units)[ACT(E.offset.q = quantity{0, true, V}; E.offset.pos = where(ctx))] >> nb >> sp >>
      ((W("ago") | W("earlier"))[ACT(E.offset.sign = -1)] | W("later")[ACT(E.offset.sign = 1)])] |
    // ("in a fortnight's time", "in two weeks' time")
    g[W("in") >> sp >> off_qty >> -g[apos >> -lit('s') >> sp >> W("time")] >>
      x3::eps[ACT(E.offset.sign = 1)]] |
    // "the day before Christmas", and "the night before Christmas", "the morning after
    // Election Day": that part of the day before or after
    g[W("the") >> sp >> (W("day") | pod_word) >> sp >>
      (W("before")[ACT(E.offset.sign = -1)] | W("after")[ACT(E.offset.sign = 1)]) >>
      x3::eps[ACT(E.offset.q = quantity{1000, false, unit::day}; E.offset_from_anchor = true)] >>
      sp >> anchor_day];

// "this time last year", "this time next week": the reference's day, a unit back or on, as "a
// year ago today" is; "this time tomorrow", "this time yesterday": that day.
auto const this_time_unit = W("year")[ACT(E.offset.q = quantity{1000, false, unit::year})] |
                            W("month")[ACT(E.offset.q = quantity{1000, false, unit::month})] |
                            W("week")[ACT(E.offset.q = quantity{1000, false, unit::week})];
auto const this_time =
    g[W("this") >> sp >> W("time") >> sp >>
      (g[(W("last")[ACT(E.offset.sign = -1)] | W("next")[ACT(E.offset.sign = 1)]) >> sp >> this_time_unit >>
         x3::eps[ACT(E.offset_from_anchor = true; E.day_offset = 0)]] |
       W("tomorrow")[ACT(E.day_offset = 1)] | W("yesterday")[ACT(E.day_offset = -1)]) >>
      nb];
// "Wednesday week", "tomorrow week": a week after a weekday alone or after tomorrow, read on
// from them (the day is parsed once).
auto const week_after =
    g[sp >> W("week") >> nb >> not_possessive >>
      x3::eps[ACT(if (E.relation != rel::none || E.pod != part_of_day::none ||
                      (!E.weekday && E.day_offset != 1)) x3::_pass(ctx) = false;
                  else {
                    E.offset.q = quantity{1000, false, unit::week};
                    E.offset.sign = 1;
                    E.offset_from_anchor = true;
                    E.offset_from_word = true;
                  })]];
// "the Friday before last", "the Friday after next": a week before last Friday, after next Friday;
// "the Friday before Christmas", "the Monday after Thanksgiving": the nearest such weekday before
// or after the day (resolve.cpp; "the week before Christmas" is read with "the week of").
auto const neighbour_side = W("before")[ACT(E.neighbour_side = -1)] | W("after")[ACT(E.neighbour_side = 1)];
auto const weekday_before_last =
    g[W("the") >> sp >> pos_(weekday_name)[set_weekday] >> sp >>
      (g[(g[W("before") >> sp >> W("last")][ACT(E.relation = rel::last; E.offset.sign = -1)] |
          g[W("after") >> sp >> W("next")][ACT(E.relation = rel::next; E.offset.sign = 1)]) >>
         nb >> no_period_after >>
         x3::eps[ACT(E.offset.q = quantity{1000, false, unit::week}; E.offset_from_anchor = true)]] |
       g[neighbour_side >> x3::eps[ACT(E.neighbour = unit::day; E.neighbour_weekday = *E.weekday; E.weekday.reset())] >>
         sp >> anchor_day])];

// "Monday next week", "Friday of last week", "Wednesday this week": that day of the week named
// (not after "next Monday": one relation only).
auto const week_of_weekday =
    g[sp >> -g[W("of") >> sp] >> x3::eps[ACT(if (E.relation != rel::none) x3::_pass(ctx) = false)] >>
      rel_word[set_rel] >> sp >> W("week")[ACT(E.unit_rel = unit::week)] >> nb >> not_possessive];

// ---------------------------------------------------------------------------------------------
// Periods: years, quarters, halves, seasons, decades, centuries
// ---------------------------------------------------------------------------------------------
auto const set_quarter = ACT(if (V < 1 || V > 4) x3::_pass(ctx) = false; else E.quarter = V);
auto const set_half = ACT(if (V < 1 || V > 2) x3::_pass(ctx) = false; else E.half = V);
auto const ordinal = x3::rule<class ordinal_, int>{"ordinal"} =
    (ordinal_words[([](auto& c) { x3::_val(c) = x3::_attr(c); })] >> nb) |
    (pos_(n12)[([](auto& c) { x3::_val(c) = x3::_attr(c); })] >> ord_suffix);

// "the first Monday of September", "the last Friday in March 2024", "the second Tuesday of next
// month": that weekday of the month, counted from its start ("last": from its end).
auto const nth_of_month = g[(ordinal[ACT(if (V < 1 || V > 5) x3::_pass(ctx) = false; else E.weekday_ordinal = V)] |
                             W("last")[ACT(E.weekday_ordinal = -1)]) >>
                            sp >> pos_(weekday_name)[set_weekday] >> sp >> (W("of") | W("in")) >> sp];
auto const nth_weekday =
    g[-g[W("the") >> sp] >> nth_of_month >>
      (g[pos_(month_name)[set_month] >> -year_part] |
       g[rel_word[set_rel] >> sp >> W("month")[ACT(E.unit_rel = unit::month)]] |
       g[W("the") >> sp >> W("month")[ACT(E.unit_rel = unit::month; E.relation = rel::this_)]])];

// a year phrase after "of": 2023, this year, last year, next year, the year
auto const of_year = year_val | g[rel_word[set_rel] >> sp >> W("year")[ACT(E.unit_rel = unit::year)]] |
                     g[W("the") >> sp >> W("year")[ACT(E.unit_rel = unit::year; E.relation = rel::this_)]];
// A fiscal year after a quarter or half: "Q3 FY2024", "Q1 FY24", "Q2 fiscal 2023", "the third quarter
// of fiscal 2024", named by its calendar year as "fiscal 2024" is.
auto const fiscal_year = g[no_case[lit("fy")] >> (pos_(n4)[set_year4] | pos_(n2)[set_year2] | g[hs >> pos_(n4)[set_year4]]) >>
                           nd >> nb] |
                         g[W("fiscal") >> sp >> -g[W("year") >> sp] >> year_val];
auto const of_fiscal = of_year | fiscal_year;
auto const year_after = g[sp >> W("of") >> sp >> of_fiscal] | g[osp >> lit(',') >> osp >> year_val] |
                        g[sp >> year_val] | g[sp >> fiscal_year] | g[sp >> rel_word[set_rel] >> sp >> W("year")[ACT(E.unit_rel = unit::year)]];

auto const quarter_expr =
    g[-g[W("fiscal") >> sp] >> no_case[lit('q')] >> pos_(n1)[set_quarter] >> nb >>
      -g[(osp >> -lit(',') >> osp | dash) >> (year_val | fiscal_year)]] |
    g[pos_(n4)[set_year4] >> (dash | sp | x3::eps) >> no_case[lit('q')] >> pos_(n1)[set_quarter] >> nb] |
    g[pos_(n1)[set_quarter] >> no_case[lit('q')] >> nb >> -g[sp >> year_val]] |
    // "3Q23", "4Q2023": analysts' glued form
    g[pos_(n1)[set_quarter] >> no_case[lit('q')] >> (pos_(n4)[set_year4] | pos_(n2)[set_year2]) >> nd >> nb] |
    g[-g[W("the") >> sp] >> -g[W("fiscal") >> (sp | dash)] >> ordinal[set_quarter] >> (sp | dash) >>
      no_case[lit("quarter")] >> nb >> -year_after] |  // "the fiscal first quarter"
    // "the September quarter", "the June quarter": the quarter that ends with that month
    g[W("the") >> sp >> months[ACT(if (V % 3 != 0) x3::_pass(ctx) = false; else E.quarter = V / 3)] >> nb >>
      abbr_dot >> sp >> no_case[lit("quarter")] >> nb >> -year_after];
auto const half_expr =
    g[-g[W("fiscal") >> sp] >> no_case[lit('h')] >> pos_(n1)[set_half] >> nb >> -g[(osp | dash) >> (year_val | fiscal_year)]] |
    g[pos_(n4)[set_year4] >> (dash | sp | x3::eps) >> no_case[lit('h')] >> pos_(n1)[set_half] >> nb] |  // 1990-H1
    // "1H23", "2H2024"; "2H 2023"
    g[pos_(n1)[set_half] >> no_case[lit('h')] >>
      ((pos_(n4)[set_year4] | pos_(n2)[set_year2]) >> nd >> nb | g[nb >> sp >> year_val])] |
    g[-g[W("the") >> sp] >> ordinal[set_half] >> (sp | dash) >> no_case[lit("half")] >> nb >>
      -year_after];
// ("the winter of 2020-21": the winter that begins in the year named, its end year after a dash)
auto const next_year_end = g[(dash | lit('/')) >> n2[ACT(if (!E.year || (*E.year + 1) % 100 != V) x3::_pass(ctx) = false)] >> nd];
auto const season_expr =
    g[-g[W("the") >> sp] >> seasons[ACT(E.season = V)] >> nb >>
      -g[sp >> W("of") >> sp >> of_year >> -next_year_end] >> -g[(osp >> lit(',') >> osp | sp) >> year_val]];
// "the 1990s" is a decade; "the 1800s" (a year ending in 00) the century 1800–1899 ("18"), as
// news writes it, except "the 2000s", which news uses for the decade 2000–2009.
auto const set_decade4 = ACT(if (V % 10 != 0) x3::_pass(ctx) = false; else {
  if (V % 100 == 0 && V != 2000) E.century = V / 100; else E.decade = V / 10;
  E.pos_year = where(ctx); });
auto const decade_expr =
    g[-g[W("the") >> sp] >> pos_(n4)[set_decade4] >> -apos >> no_case[lit('s')] >> nb] |
    g[-g[W("the") >> sp] >> apos >> pos_(n2)[ACT(if (V % 10 != 0) x3::_pass(ctx) = false; else {
        E.decade = V / 10; E.year_two_digit = true; })] >> -apos >> no_case[lit('s')] >> nb] |
    g[W("the") >> sp >> pos_(n2)[ACT(if (V % 10 != 0) x3::_pass(ctx) = false; else {
        E.decade = V / 10; E.year_two_digit = true; })] >> -apos >> no_case[lit('s')] >> nb] |
    g[W("the") >> sp >> decade_words[ACT(E.decade = V; E.year_two_digit = true)] >> nb] |
    // "the nineteen-nineties", "the eighteen sixties", "the twenty-twenties": spoken, the century first
    g[-g[W("the") >> sp] >> (W("nineteen")[ACT(E.decade = 190)] | W("eighteen")[ACT(E.decade = 180)] |
                             W("twenty")[ACT(E.decade = 200)]) >>
      (sp | dash) >> (decade_words[ACT(*E.decade += V)] | W("tens")[ACT(*E.decade += 1)]) >> nb] |
    // "the early nineties", "the mid-noughties": after a modifier a decade word needs no "the"
    g[decade_words[ACT(if (E.mod == timex_mod::none) x3::_pass(ctx) = false;
                       else { E.decade = V; E.year_two_digit = true; })] >> nb] |
    // "the mid-90s", "late 80s": after a modifier the two digits need no "the"
    g[x3::eps[ACT(if (E.mod == timex_mod::none) x3::_pass(ctx) = false)] >>
      pos_(n2)[ACT(if (V % 10 != 0) x3::_pass(ctx) = false; else {
        E.decade = V / 10; E.year_two_digit = true; })] >> no_case[lit('s')] >> nb];
// The ordinal is read once for both units.
auto const century_expr =
    g[-g[W("the") >> sp] >> ordinal[ACT(if (V < 1 || V > 99) x3::_pass(ctx) = false; else
        E.century = V - 1)] >> (sp | dash) >>
      (g[W("century") >>
         // "the fifth century BC": 500–401 BC; "the fifth century AD" is the common era's
         -(g[sp >> bc_word >> x3::eps[ACT(E.century = -(*E.century + 1))]] | g[sp >> era_word])] |
       // "the third millennium": 2000–2999 (as TIMEX2 numbers it, "2"), up to the tenth
       g[W("millennium")[ACT(if (*E.century > 9) x3::_pass(ctx) = false; else {
           E.millennium = *E.century;
           E.century.reset();
         })] >>
         -g[sp >> era_word]])];
// "fiscal 1989", "fiscal year 2024", "FY2024", "FY 24", "FY'24": a fiscal year is named by its calendar
// year (TimeBank annotates "fiscal 1989" as 1989). "the year 2000", "the fiscal year 2024".
auto const year_alone =
    g[-g[W("fiscal") >> sp >> -g[W("year") >> sp]] >> pos_(n4)[set_year4] >> nd >> nb] |
    g[W("the") >> sp >> -g[W("fiscal") >> sp] >> W("year") >> sp >> pos_(n4)[set_year4] >> nd >> nb] |
    // (and a calendar year so marked: "CY2023", "CY 2024")
    g[(no_case[lit("fy")] | no_case[lit("cy")]) >>
      (pos_(n4)[set_year4] | g[-apos >> pos_(n2)[set_year2]] | g[hs >> pos_(n4)[set_year4]]) >> nd >> nb] |
    // "in '98", "since '08": two digits after an apostrophe (not a quoted "'98'", not "'90s")
    g[year2 >> nb >> !apos];

// ---------------------------------------------------------------------------------------------
// Durations and sets
// ---------------------------------------------------------------------------------------------
auto const push_dur = ACT({
  if (E.ndur < static_cast<int>(E.dur.size())) {
    if (E.ndur == 0) E.pos_duration = where(ctx);
    auto& q = E.dur[static_cast<std::size_t>(E.ndur++)];
    q.milli = V < 0 ? 0 : V;
    q.unknown = V < 0;
  }
});
auto const dur_unit = ACT(if (E.ndur > 0) E.dur[static_cast<std::size_t>(E.ndur - 1)].u = V);
auto const dur_half = ACT(if (E.ndur > 0) E.dur[static_cast<std::size_t>(E.ndur - 1)].milli += 500);
// "two more weeks", "an additional year", "eight trading days", "three straight quarters"
auto const unit_adjective = g[(W("more") | W("additional") | W("extra") | W("further") | W("trading") |
                               W("business") | W("working") | W("consecutive") | W("straight") |
                               W("successive") | W("full") | W("whole")) >> sp];
// "a year-long search" is "year-long" (read from "year"); "a two-year-long probe" is two years
auto const dur_part = g[pos_(amount)[push_dur] >> -and_half[dur_half] >>
                        ((sp >> -unit_adjective >> units[dur_unit] >> nb >> !lit("-long")) |
                         (dash >> -unit_adjective >> units[dur_unit] >> nb >> -lit("-long"))) >>
                        -and_half[dur_half] >> -or_so];
auto const mark_dur = ACT(E.is_duration = true);
// "the past fortnight", "last fortnight", "the coming fortnight": the two weeks that end or begin
// at the reference, as "the past two weeks" (a fortnight is no calendar period).
auto const fortnight_rel =
    g[-g[W("the") >> sp] >>
      ((W("past") | W("last") | W("previous"))[ACT(E.duration_anchored_past = true)] |
       (W("next") | W("coming"))[ACT(E.duration_anchored_future = true)]) >>
      sp >> W("fortnight")[ACT(E.ndur = 1; E.dur[0] = quantity{1000, false, unit::fortnight})] >> nb >>
      x3::eps[mark_dur]];
auto const duration_expr =
    // "the nine months ended Sept. 30": TimeBank takes the article into the duration (not
    // before a year, "the 1988 quarter" is a year's quarter; nor before an adjective, "the
    // 14-day strike")
    // Parts join: "two years, three months", "a year and a day", "3 hours 20 minutes" — not "24
    // hours a day", a rate.
    g[-g[W("the") >> sp >> !(a_digit >> a_digit >> a_digit >> a_digit) >> &g[amount >> sp]] >> dur_part >>
      *g[(g[osp >> lit(',') >> osp >> -g[W("and") >> sp]] | g[sp >> W("and") >> sp] |
          g[sp >> !(W("a") | W("an") | W("per"))]) >>
         dur_part] >> x3::eps[mark_dur]] |
    g[(g[W("half") >> sp >> (W("an") | W("a"))] | g[W("a") >> sp >> W("half")] | W("half")) >>
      (sp | dash) >> units[ACT(E.ndur = 1; E.dur[0] = quantity{500, false, V})] >> nb >>
      x3::eps[mark_dur]] |
    // "a three-year period", "the 12-month period": the length, article and noun included ("over"
    // before it is the preposition: "over a two-week period" is no more than two weeks)
    g[x3::eps[ACT(if (E.mod == timex_mod::more_than) x3::_pass(ctx) = false)] >> (W("a") | W("an") | W("the")) >>
      sp >> pos_(amount)[push_dur] >> dash >> units[dur_unit] >> nb >> sp >> W("period") >> nb >> x3::eps[mark_dur]] |
    g[(W("the") >> sp >> (W("past")[ACT(E.duration_anchored_past = true)] |
                          W("last")[ACT(E.duration_anchored_past = true)] |
                          W("previous")[ACT(E.duration_anchored_past = true)] |
                          W("next")[ACT(E.duration_anchored_future = true)] |
                          W("coming")[ACT(E.duration_anchored_future = true)] |
                          W("first") | W("final")) >>
       sp >> dur_part >> x3::eps[mark_dur])] |
    g[-(W("the") >> sp) >> W("past")[ACT(E.duration_anchored_past = true)] >> sp >>
      long_units[ACT(E.ndur = 1; E.dur[0] = quantity{1000, false, V})] >> nb >> -and_half[dur_half] >>
      x3::eps[mark_dur]] |
    fortnight_rel |
    g[W("recent") >> sp >>
      plural_units[ACT(E.ndur = 1; E.dur[0] = quantity{0, true, V}; E.duration_anchored_past = true)] >>
      nb >> x3::eps[mark_dur]] |
    g[W("recent") >> sp >>
      W("quarters")[ACT(E.ndur = 1; E.dur[0] = quantity{0, true, unit::quarter}; E.duration_anchored_past = true)] >>
      nb >> x3::eps[mark_dur]] |
    // "day-long", "a year-long search", "decades-long": one unit, or an unknown number
    g[plural_units[ACT(E.ndur = 1; E.dur[0] = quantity{0, true, V})] >> lit("-long") >> nb >> x3::eps[mark_dur]] |
    g[units[ACT(E.ndur = 1; E.dur[0] = quantity{1000, false, V})] >> lit("-long") >> nb >> x3::eps[mark_dur]] |
    // "a yearlong study", "a weeklong visit", written as one word
    g[(W("yearlong")[ACT(E.ndur = 1; E.dur[0] = quantity{1000, false, unit::year})] |
       W("monthlong")[ACT(E.ndur = 1; E.dur[0] = quantity{1000, false, unit::month})] |
       W("weeklong")[ACT(E.ndur = 1; E.dur[0] = quantity{1000, false, unit::week})] |
       W("daylong")[ACT(E.ndur = 1; E.dur[0] = quantity{1000, false, unit::day})] |
       W("hourlong")[ACT(E.ndur = 1; E.dur[0] = quantity{1000, false, unit::hour})]) >>
      x3::eps[mark_dur]] |
    g[plural_units[ACT(E.ndur = 1; E.dur[0] = quantity{0, true, V})] >> nb >>
      x3::eps[mark_dur]];

auto const mark_set = ACT(E.is_set = true);
// "of each month", "of every month" after a day of it, a clock time after that: monthly
auto const each_month = (W("each")[ACT(E.set_each = true)] | W("every")) >> sp >>
                        W("month")[ACT(E.set_unit = unit::month)] >> nb >> -time_tail >> x3::eps[mark_set];
auto const set_expr =
    // "every half hour", "every quarter hour"
    g[W("every") >> sp >> (W("half")[ACT(E.set_every = 30)] | W("quarter")[ACT(E.set_every = 15)]) >> (sp | dash) >>
      W("hour") >> x3::eps[ACT(E.set_unit = unit::minute; E.is_set = true)]] |
    g[(W("every")[ACT(E.set_each = false)] | W("each")[ACT(E.set_each = true)]) >> sp >>
      -g[W("other")[ACT(E.set_every = 2)] >> sp] >>
      // "every second Sunday", "every third week" (not "every second" alone)
      -g[(W("second")[ACT(E.set_every = 2)] | W("third")[ACT(E.set_every = 3)] | W("fourth")[ACT(E.set_every = 4)]) >>
         sp >> &(units | weekday_name)] >>
      // ("every few years": an unknown number of them, -1)
      -g[pos_(amount)[ACT(if (V > 0) E.set_every = static_cast<int>(std::min<std::int64_t>(V / 1000, 1000000));
                          else if (V < 0) E.set_every = -1)] >> sp] >>
      (units[ACT(E.set_unit = V)] >> nb | pos_(weekday_name)[set_weekday] >> -pod_tail |
       pos_(month_name)[set_month] | seasons[ACT(E.season = V)] >> nb | pod_word |
       holiday_name) >>  // "every Christmas": yearly
      -(time_tail | pod_hour) >> x3::eps[mark_set]] |  // "every evening at 7"
    g[set_words[ACT(E.set_unit = V)] >> nb >> x3::eps[mark_set]] |
    // "twice monthly", "twice-yearly"
    g[(W("once")[ACT(E.set_times = 1)] | W("twice")[ACT(E.set_times = 2)] | W("thrice")[ACT(E.set_times = 3)]) >>
      (sp | lit('-')) >> set_words[ACT(E.set_unit = V)] >> nb >> x3::eps[mark_set]] |
    g[(W("once")[ACT(E.set_times = 1)] | W("twice")[ACT(E.set_times = 2)] |
       W("thrice")[ACT(E.set_times = 3)] |
       g[pos_(amount)[ACT(E.set_times = static_cast<int>(std::min<std::int64_t>(std::max<std::int64_t>(V, 0) / 1000, 1000000)))] >> sp >> W("times")]) >>
      sp >> (W("a") | W("an") | W("per") | W("each") | W("every")) >> sp >>
      units[ACT(E.set_unit = V)] >> nb >> x3::eps[mark_set]] |
    g[weekdays_plural[set_weekday] >> nb >> -pod_tail >> x3::eps[mark_set]] |
    // "the first Monday of every month": monthly (TIMEX3 has no value for the weekday's place;
    // "the" is required, as below)
    g[W("the") >> sp >> nth_of_month >> each_month] |
    // "the 15th of each month", "the first of every month": that day of every month ("the" is
    // required: a set that may begin with a number would be tried at every number)
    g[W("the") >> sp >> (pos_(n12)[set_day] >> nd >> ord_suffix | pos_(ordinal_words)[set_day_word] >> nb) >> sp >>
      W("of") >> sp >> each_month] |
    // "on weekends", "works weekends": every weekend
    g[W("weekends")[ACT(E.set_unit = unit::weekend)] >> x3::eps[mark_set]] |
    g[pos_(weekday_name)[set_weekday] >> sp >> pods_plural[set_pod] >> nb >> x3::eps[mark_set]];

// ---------------------------------------------------------------------------------------------
// Vague references
// ---------------------------------------------------------------------------------------------
auto const vague_expr =
    (W("right now") | W("just now") | W("now") | W("at present") | W("presently") |
     W("at the moment") | W("currently") | W("nowadays") | W("these days") |
     // "current" before a noun ("his current wife", "current realities"), as TimeBank reads it;
     // not "current account" (the balance of payments) nor "current-account"
     g[W("current") >> &g[sp >> a_alpha] >> !g[sp >> (W("account") | W("accounts"))]])
        [ACT(E.vague_ref = vague::present; E.now = true)] |
    // A leading "in" is the preposition, left out of the mention as TimeBank does ("in the
    // past" is "the past"); match_expression skips it.
    (W("recently") | W("lately") | W("the distant past") | W("the past") | W("once upon a time") |
     W("a while ago") | W("a while back") | W("some time ago") | W("a long time ago"))
        [ACT(E.vague_ref = vague::past)] |
    (W("the future") | W("the coming days") | W("the coming weeks") | W("the coming months") |
     W("the coming years") | W("coming days") | W("coming weeks") | W("coming months") |
     W("coming years") | W("coming quarters") | W("the coming hours") | W("coming hours") | W("the hours ahead") |
     W("the days to come") | W("the days ahead") | W("the weeks ahead") |
     W("the months ahead") | W("the years ahead") | W("the near future") | W("the near term") |
     W("the short term") | W("the long term") | W("the longer term") | W("a later date") |
     W("the distant future"))
        [ACT(E.vague_ref = vague::future)];

// ---------------------------------------------------------------------------------------------
// Prefixes: modifiers and parts ("early", "the end of", "the first half of", "around")
// ---------------------------------------------------------------------------------------------
// Not before "the": in "over the past 20 years" "over" is the preposition, not "more than".
auto const approx_prefix = g[approxes[ACT(E.mod = V)] >> nb >> sp >> !W("the")];
auto const date_approx_prefix = g[date_approxes[ACT(E.mod = V)] >> (nb | x3::eps) >> sp];
auto const mod_prefix =
    g[mods[ACT(E.mod = V)] >> nb >> (sp | dash)] |
    g[W("mid") >> (dash | sp | x3::eps) >> x3::eps[ACT(E.mod = timex_mod::mid)]] |
    // "end-2023", "end-September", "start-2024": business shorthand, always with the hyphen
    g[(W("end")[ACT(E.mod = timex_mod::end)] | W("start")[ACT(E.mod = timex_mod::start)]) >> lit('-')] |
    g[(W("earlier")[ACT(E.mod_side = -1)] | W("later")[ACT(E.mod_side = 1)]) >> sp >>
      -g[W("in") >> sp] >> &(W("this") | W("the")) >> x3::eps[ACT(E.mod_relative_to_ref = true)]] |
    // "later today", "earlier today": the part of the day after or before the reference ("Earlier
    // Sunday", "Later yesterday" only name the day: TimeBank leaves the word out more often
    // than not)
    g[(W("earlier")[ACT(E.mod_side = -1)] | W("later")[ACT(E.mod_side = 1)]) >> sp >>
      &(W("today") | W("tonight")) >> x3::eps[ACT(E.mod_relative_to_ref = true)]];
// "the second half of", "the first quarter of", and "the first week of October", "the last day
// of June", "the second day of Passover", "the last weekend of May" (the last half or quarter
// too: "the final quarter of")
// (and "the back half of the year", "the front half of 2024": halves only, after "the")
auto const part_prefix =
    g[-g[W("the") >> sp] >>
      (g[(ordinal[ACT(E.part_index = V)] | (W("last") | W("final"))[ACT(E.part_index = -1)]) >> sp >>
         (W("half")[ACT(E.part_unit = unit::half)] | W("quarter")[ACT(E.part_unit = unit::quarter)] |
          W("week")[ACT(E.part_unit = unit::week)] | W("weekend")[ACT(E.part_unit = unit::weekend)] |
          W("day")[ACT(E.part_unit = unit::day)])] |
       g[pos_(W("front")[ACT(E.part_index = 1)] | W("back")[ACT(E.part_index = 2)]) >>
         x3::eps[ACT(if (!marked_after(ctx, "the ")) x3::_pass(ctx) = false)] >> sp >>
         W("half")[ACT(E.part_unit = unit::half)]]) >>
      sp >> W("of") >> sp];

// ---------------------------------------------------------------------------------------------
// Families: each is tried at the same position; the longest wins.
// ---------------------------------------------------------------------------------------------
// Absolute and month-name dates, with optional weekday prefix and time tail.
// "on the 25th", "the 1st of next month", "the fifth of this month": a day of a month named by
// the context. Without "of <month>" only an ordinal in digits before punctuation or a time
// or before another such day reads so ("finished on the 3rd.", "on the 25th at 10 a.m.", "from
// the 3rd to the 5th"), not "the 25th anniversary".
auto const of_rel_month =
    g[sp >> W("of") >> sp >> (g[rel_word[set_rel] >> sp] | g[W("the") >> sp >> x3::eps[ACT(E.relation = rel::this_)]]) >>
      W("month")[ACT(E.unit_rel = unit::month)]];
auto const day_alone_end = &(osp >> (lit('.') | lit(',') | lit(';') | lit(':') | lit(')') | x3::eoi)) |
                           &g[sp >> W("at") >> sp >> a_digit] |
                           // "from the 3rd to the 5th"
                           &g[sp >> (W("to") | W("and") | W("through") | W("until")) >> sp >> W("the") >> sp >> a_digit];
auto const day_of_month =
    g[W("the") >> sp >> ((pos_(n12)[set_day] >> nd >> ord_suffix >> (of_rel_month | day_alone_end)) |
                        (pos_(ordinal_words)[set_day_word] >> nb >> of_rel_month))];

// "2023年9月19日", "2023年9月", "9月19日": the year, month and day marks of Chinese and Japanese
// (年 U+5E74, 月 U+6708, 日 U+65E5).
auto const cjk_date = g[digits(1, 4, bytes{"\xE5\xE6"}) >> -g[pos_(n4)[set_year4] >> lit("\xE5\xB9\xB4")] >>
                        pos_(n12)[set_month] >> lit("\xE6\x9C\x88") >>
                        -g[pos_(n12)[set_day] >> lit("\xE6\x97\xA5")]];

auto const fam_date =
    // asctime first, or the month-day form would take "Sun Nov  6 08:49:37" and leave the year:
    // Sun Nov  6 08:49:37 1994
    // (and the Unix date(1) form, its zone before the year: Mon Nov 20 09:41:00 UTC 2023)
    g[pos_(weekday_name)[set_weekday] >> sp >> pos_(month_name)[set_month] >> sp >> day_num >> sp >> clock >>
      -zone_tail >> sp >> year4] |
    g[-wk_prefix >> (g[md_date] | g[dm_date] | g[my_date]) >> date_tail] |
    g[(digits(4, 9, bytes{"-W"}) | digits(8, 8)) >>
      (g[iso_datetime] | g[iso_basic] | g[iso_week] | g[iso_ordinal] | g[iso_year_month])] |
    g[-wk_prefix >> (digits(1, 2, bytes{"/-."}) | digits(4, 4, bytes{"/."})) >>
      (g[slash_date] | g[dash_date] | g[dotted_date] | g[ymd_slash] | g[md_slash]) >> date_tail] |
    g[pos_(month_name)[set_month] >> date_tail] |
    // "476 AD", "33 A.D.", "1066 CE": a year of the common era, of one to four digits
    g[era_year] | cjk_date | g[year_alone >> -g[time_sep >> time_of_day]] |
    g[year_spoken >> nb] | g[W("the") >> sp >> W("year") >> sp >> pos_(spoken_year_any)[set_year4] >> nb] |
    // "this coming Sunday, March eighth", "last Tuesday, Sept. 5": the date says which one
    g[(g[W("this") >> sp >> (W("coming") | W("past")) >> sp] | g[(W("this") | W("next") | W("last") | W("coming")) >> sp]) >>
      wk_prefix >> (g[md_date] | g[dm_date]) >> date_tail] |
    g[day_of_month >> date_tail];

// A time first: "1:43 PM IST", "2 p.m. Monday", "5 pm yesterday", "noon on Tuesday".
// Longest first: "on Sunday, 6 Jan 1992" must not stop after "Sunday".
// ("9:30 on Saturday night": the part of the day after the weekday gives the meridiem)
auto const day_after_time = deictic | g[-wk_prefix >> (g[md_date] | g[dm_date])] |
                            g[-g[rel_word[set_rel] >> sp] >> pos_(weekday_name)[set_weekday] >> -g[sp >> pod_word]] |
                            g[iso_date_ext] |
                            g[slash_date] | holiday_name;
// "8 tonight", "7 this evening", "10 last night": a bare hour before a part of a day named
// (its meridiem comes from that part).
auto const hour_pod_day = g[digits(1, 2, bytes{"tTlL"}, true) >> pos_(n12)[set_hour] >> nd >> sp >>
                            (W("tonight")[ACT(E.day_offset = 0; E.pod = part_of_day::night; E.tonight = true)] |
                             g[W("this") >> sp >> pod_word >> x3::eps[ACT(E.day_offset = 0)]] |
                             g[W("last") >> sp >> W("night")[ACT(E.day_offset = -1; E.pod = part_of_day::night)]])];
// (the day after its time, as web pages and posts write them: "10:05 AM · Mar 3, 2021", "9:41 AM -
// 3 Mar 2021", "1:43 PM | Sept. 19, 2023"; a dash on the same line: one that opens the next line
// is a list's bullet)
auto const fam_time =
    g[time_of_day >>
      -g[(g[osp >> lit(',') >> osp] | g[*hs >> (mid_dot | lit('|') | dash) >> *hs] | sp) >> not_new_sentence >>
         -g[W("on") >> sp] >> day_after_time]] |
    hour_pod_day |
    g[clock_in_words >> -g[(g[osp >> lit(',') >> osp] | sp) >> -g[W("on") >> sp] >> day_after_time]];

// A part of the day with no day written: "the afternoon", "late morning", "the early evening",
// and the adverbs ("overnight", "mid-afternoon", "at dawn"). A bare noun ("morning") needs
// "the" or a modifier ("early", "late", "the end of"); "the night" is left out (in news it is
// mostly "the night he died", a noun with its clause). It resolves as "this afternoon" does;
// extraction puts it on the day the story last named.
// "the early hours", "the small hours", "the wee hours": the hours before dawn. TIMEX3 has no
// code of their own; they are the start of the morning (mod START), from midnight to six.
// "early" is read by the modifier prefix, so "hours" after it needs that modifier.
auto const pre_dawn = x3::eps[ACT(E.pod = part_of_day::morning; E.pre_dawn = true; E.mod = timex_mod::start)];
// "small" and "wee" only after "the": as first words they would be tried at every "small".
auto const hours_pod =
    g[-g[W("the") >> sp] >> W("hours") >> x3::eps[ACT(if (E.mod != timex_mod::start) x3::_pass(ctx) = false)] >>
      pre_dawn] |
    g[W("the") >> sp >> (W("small") | W("wee")) >> sp >> W("hours") >> pre_dawn];
auto const not_night = x3::eps[ACT(if (E.pod == part_of_day::night) x3::_pass(ctx) = false)];
auto const modified = x3::eps[ACT(if (E.mod == timex_mod::none) x3::_pass(ctx) = false)];
auto const pod_alone = g[(g[W("the") >> sp >> pod_word >> not_night] | g[pod_adverb] | g[pod_word >> modified] |
                          g[hours_pod]) >>
                         x3::eps[ACT(E.pod_alone = true; E.day_offset = 0)]];

// "close of business", "end of day", "COB", "EOD" (in capitals only: a cob is corn): the end of
// today, or of the day named after it ("COB Friday", "end of day on March 3"), as "the end of
// the day" is.
auto const end_of_day =
    g[((W("close of business") | (lit("COB") >> nb) | (lit("EOD") >> nb))[ACT(E.mod = timex_mod::end)] |
       // "end of day", "the close of business": after a part prefix that ends the day
       g[pos_(W("day") | W("business")) >> nb >>
         x3::eps[ACT(if (E.mod != timex_mod::end || !marked_after(ctx, "of ")) x3::_pass(ctx) = false)]]) >>
      (g[sp >> -g[W("on") >> sp] >> (deictic | weekday_rel | g[md_date] | g[dm_date])] |
       x3::eps[ACT(E.day_offset = 0)])];

// Relative days with optional time or part of day.
// "nearly four years ago", "more than a week later": the wider approximators (nearly, almost,
// more than, over…) are read before offsets too, not only before durations.
// "first thing Monday", "first thing tomorrow (morning)": the start of that day's morning
auto const first_thing =
    g[W("first thing") >> sp >> -g[W("on") >> sp] >> (deictic | weekday_rel) >>
      x3::eps[ACT(if (E.pod != part_of_day::none) x3::_pass(ctx) = false;
                  else { E.pod = part_of_day::morning; E.mod = timex_mod::start; })]];
auto const fam_relday = g[(this_time | g[deictic >> -week_after] | first_thing |
                           g[weekday_rel >> -(week_after | week_of_weekday)] |
                           weekday_before_last | holiday_expr |
                           g[-approx_prefix >> offset_expr]) >>
                          date_tail] |
                        g[pod_word >> sp >> W("of") >> sp >> (deictic | g[weekday_rel])] |
                        // "the early hours of Sunday (morning)", "the small hours of Oct. 23"
                        g[hours_pod >> sp >> W("of") >> sp >>
                          (deictic | g[weekday_rel] | g[-wk_prefix >> (g[md_date] | g[dm_date])]) >>
                          -g[sp >> W("morning")]] |
                        g[pod_word >> sp >> -g[W("on") >> sp] >> (deictic | g[weekday_rel])] |  // "dawn on Friday"
                        g[W("the") >> sp >> pod_word >> sp >> W("of") >> sp >>
                          (g[-wk_prefix >> (g[md_date] | g[dm_date])] | weekday_rel)] |  // "of Friday, Oct. 23"
                        end_of_day |
                        pod_alone;  // last: the forms above read on past the part of the day

// ("the first Monday of September" is a date, read here: the period family is tried after the
// same first words "the first", "last", "2nd" anyway, the date family would not be.)
// (Two forms that begin as "the week" and "the past two weeks" do are tried here, where those
// are, so that no other family is tried at every "the week" and "the past": "the week of March
// 6", "the weekend of Oct. 14", the ISO week, or its weekend, that holds the day; and "the past
// three summers", "the next two winters", that season of some years, a set as TimeBank
// annotates it, as TIMEX3 has no duration in seasons.)
auto const week_of_date =
    g[W("the") >> sp >> (W("week")[ACT(E.neighbour = unit::week)] | W("weekend")[ACT(E.neighbour = unit::weekend)]) >>
      sp >>
      (g[W("of") >> sp >> -wk_prefix >> (g[md_date] | g[dm_date])] |  // the day's own: side 0
       // "the week before Christmas", "the weekend after Thanksgiving": the week or weekend next
       // to the day (resolve.cpp says which)
       g[neighbour_side >> sp >> anchor_day])];
auto const seasons_of_years =
    g[-g[W("the") >> sp] >> (W("past") | W("last") | W("previous") | W("next") | W("coming")) >> sp >>
      pos_(amount) >> sp >> seasons[ACT(E.season = V; E.set_every = 0)] >> no_case[lit('s')] >> nb >>
      x3::eps[mark_set]];
// "the turn of the century", "the turn of the 20th century" (1900), "the turn of the
// millennium": about the year that begins it (mod APPROX).
auto const turn_of =
    g[W("the") >> sp >> W("turn") >> sp >> W("of") >> sp >> W("the") >> sp >>
      (g[ordinal[ACT(if (V < 2 || V > 99) x3::_pass(ctx) = false; else E.year = (V - 1) * 100)] >> (sp | dash) >>
         W("century")] |
       W("century") | W("millennium")[ACT(E.turn_of = unit::millennium)]) >>
      nb >> x3::eps[ACT(if (E.turn_of == unit::none) E.turn_of = unit::century; E.mod = timex_mod::approx)]] |
    // "the new century", "the new millennium": the one that begins at that turn
    g[W("the") >> sp >> W("new") >> sp >>
      (W("century")[ACT(E.turn_of = unit::century)] | W("millennium")[ACT(E.turn_of = unit::millennium)]) >>
      nb >> x3::eps[ACT(E.turn_whole = true)]];
// "the Easter weekend", "the Labor Day weekend": "the" only before the weekend or week (in this
// family, whose first words after "the" already include "new" and "fourth")
auto const holiday_period_the = g[W("the") >> sp >> holiday_name >> -year_part >> sp >> holiday_period];
// "calendar week 38", "ISO week 38", "CW38", "CW 38", "week 38 of 2023", "calendar week 38, 2023":
// an ISO week by its number, of the reference's ISO year when none is written. "week 38" alone is
// not one (a season's "Week 3" is no calendar week).
auto const set_week_number = ACT(E.iso_week = V; E.pos_day = where(ctx));
auto const week_number_year = g[sp >> W("of") >> sp >> year_val] | g[osp >> lit(',') >> osp >> year_val];
auto const week_number =
    g[(g[(W("calendar") | W("iso")) >> sp >> W("week") >> sp] | g[lit("CW") >> -lit(' ')]) >>
      pos_(n12)[set_week_number] >> nd >> -week_number_year] |
    g[W("week") >> sp >> pos_(n12)[set_week_number] >> nd >> week_number_year];
auto const fam_period = week_of_date | seasons_of_years | turn_of | g[quarter_expr] | g[half_expr] | g[decade_expr] |
                        g[century_expr] | g[season_expr] | g[unit_rel] | g[nth_weekday >> date_tail] |
                        week_number | holiday_period_the;  // last: tried only where the forms above fail

auto const set_dur_only = g[duration_expr];
auto const set_only = g[set_expr];
auto const vague_only = g[vague_expr];

auto const lead_prefixes = -date_approx_prefix >> -mod_prefix;
auto const part_prefix_opt = -part_prefix;
auto const prefixes = lead_prefixes >> part_prefix_opt;

// The families with their prefixes, built once: composing them per call would copy the whole
// parser tree (symbol tables included) every time.
auto const top_date = prefixes >> fam_date;
auto const top_time = prefixes >> fam_time;
auto const top_relday = prefixes >> fam_relday;
auto const top_period = prefixes >> fam_period;
auto const top_duration = -approx_prefix >> set_dur_only;

// Parses `p` at `text[from]` with the record as it is; the length read from the start of
// `text` to where `p` ended, or 0 when it failed.
template <class P>
std::size_t parse_from(P const& p, std::string_view text, std::size_t from, state& s) {
  const char* first = text.data() + from;
  const char* const last = text.data() + text.size();
  s.base = text.data();
  s.depth = 0;
  s.taken = 0;
  s.used = 0;
  auto handle = std::ref(s);
  auto const ctx = x3::make_context<state_tag>(handle);
  const bool ok = p.parse(first, last, ctx, x3::unused, x3::unused);
  return ok ? static_cast<std::size_t>(first - text.data()) : 0;
}

template <class P>
std::size_t try_family(P const& p, std::string_view text, state& s) {
  if (s.written) {
    s.e = expr{};
    s.written = false;
  }
  return parse_from(p, text, 0, s);
}

struct best_match {
  expr e;
  std::size_t length = 0;
};

// What match_expression reads before an expression: dateline keywords ("Last Updated :") and
// prepositions ("on Tuesday"), each followed by a blank.
constexpr std::string_view kDatelinePrefixes[] = {"last updated", "first published", "last modified", "published",
                                                  "updated", "posted", "date"};
constexpr std::string_view kDatelineAfter[] = {"on", "at"};
constexpr std::string_view kPrepositions[] = {"on", "in", "at", "during", "over", "from", "between",
                                              "since", "until", "by", "before", "after", "for",
                                              "throughout", "through", "of", "within"};
// First words after which the gate looks at the second word too: those that begin many tries
// that fail ("the new", "about 100", "at least"). Any word may be listed; the list is for speed.
constexpr std::string_view kSecondLook[] = {
    "the", "a", "an", "about", "at", "in", "last", "this", "more", "up", "over", "nearly",
    "earlier", "early", "current", "first", "half", "one", "two", "each", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "twenty", "quarter", "just", "shortly", "soon"};
// Calls f(parser, family bit) for each family whole, prefixes included, in match order.
template <class F>
void for_each_family(F&& f) {
  f(top_date, family_date);
  f(top_time, family_time);
  f(top_relday, family_relative_day);
  f(top_period, family_period);
  f(top_duration, family_duration);
  f(set_only, family_set);
  f(vague_only, family_vague);
}

// The four families that follow the shared prefixes, without them, in match order.
template <class F>
void for_each_bare_family(F&& f) {
  f(fam_date, family_date);
  f(fam_time, family_time);
  f(fam_relday, family_relative_day);
  f(fam_period, family_period);
}

// Fills `gate` with the families `each` visits (calling f(parser, bit) for each): their first
// words, and a second look after the words that begin the most failed tries and after numbers
// (a family the first look keeps out stays out: it needs no second). `seen(first_set, bit)`
// sees each family's first set.
template <class Each, class Seen>
void fill_family_gate(family_gate& gate, Each&& each, Seen&& seen) {
  each([&](auto const& p, std::uint8_t bit) {
    const first_set s = first_of(p);
    gate.add(s, bit);
    seen(s, bit);
  });
  const auto add_second_look = [&](std::string_view w) {
    const std::uint8_t m = gate.first_word_families(w);
    each([&](auto const& p, std::uint8_t bit) { gate.add_after(w, (m & bit) ? after_of(p, w) : after_word{}, bit); });
  };
  for (const std::string_view w : kSecondLook) add_second_look(w);
  // Numbers of one to eight digits, written as that many zeros.
  for (std::size_t n = 1; n <= 8; ++n) add_second_look(std::string(n, '0'));
}

// Which families may begin at a text, from the first sets of the parsers themselves.
struct family_gates {
  family_gate gate;
  // The same for the four prefixed families without their prefixes: which of them may begin
  // where the prefixes ended. "the third quarter" may begin a part ("the third quarter of
  // 1990") before any family; when no part was read, only a period can begin at "the third".
  family_gate bare;
  std::vector<std::string> ungated;  // families the walker could not read, with the parser
  std::vector<std::string> words;    // first_words()
};
const family_gates& gates() {
  static const family_gates g = [] {
    family_gates out;
    const auto seen = [&](const first_set& s, std::uint8_t bit) {
      out.words.insert(out.words.end(), s.words.begin(), s.words.end());
      out.words.insert(out.words.end(), s.prefixes.begin(), s.prefixes.end());
      if (s.any) out.ungated.push_back(std::string(kFamilyNames[std::countr_zero(bit)]) + ": " + s.unknown);
    };
    first_set leading;  // not a family: only listed
    for (const auto w : kDatelinePrefixes) leading.add_literal(w, true);
    for (const auto w : kPrepositions) leading.add_literal(w, true);
    out.words = leading.words;
    fill_family_gate(out.gate, [](auto&& f) { for_each_family(f); }, seen);
    fill_family_gate(out.bare, [](auto&& f) { for_each_bare_family(f); }, [](const first_set&, std::uint8_t) {});
    std::sort(out.words.begin(), out.words.end());
    out.words.erase(std::unique(out.words.begin(), out.words.end()), out.words.end());
    return out;
  }();
  return g;
}

best_match longest(std::string_view text, bool gate) {
  best_match best;
  state s;
  const auto consider = [&](auto const& p) {
    const std::size_t n = try_family(p, text, s);
    if (n > best.length) {
      best.length = n;
      best.e = s.e;
    }
  };
  // Every expression starts with a letter, a digit or an apostrophe ('90s).
  const unsigned char c0 = text.empty() ? 0 : static_cast<unsigned char>(text[0]);
  const bool digit = c0 >= '0' && c0 <= '9';
  if (!digit && !is_ascii_alpha(static_cast<char>(c0)) && c0 != '\'' && c0 != 0xE2) return best;
  const std::uint8_t f = gate ? gates().gate.at(text) : kAllFamilies;
  // Four families begin with the same optional prefixes ("about", "early", "the first half
  // of"): they are read once. The same as parsing each `top_` family whole, as X3 never goes
  // back into an optional that matched.
  // A part ("the third quarter of") that no family can go on from is read as the family's own
  // words instead: "a loss for the third quarter of $226.3 million".
  constexpr std::uint8_t prefixed = family_date | family_time | family_relative_day | family_period;
  if (f & prefixed) {
    struct after_prefix {
      std::size_t lead = 0;
      bool written = false;
      expr e;
    };
    after_prefix lead;  // approximation and modifier
    lead.lead = try_family(lead_prefixes, text, s);
    lead.written = s.written;
    if (lead.written) lead.e = s.e;
    after_prefix part = lead;  // and a part
    part.lead = parse_from(part_prefix_opt, text, lead.lead, s);
    part.written = s.written;
    if (part.written) part.e = s.e;
    const auto from = [&](auto const& p, const after_prefix& a) {
      if (a.written || s.written) {
        s.e = a.e;
        s.written = a.written;
      }
      return parse_from(p, text, a.lead, s);
    };
    // Which families may begin after the part, and after the approximation and modifier alone.
    const std::uint8_t at_part = gate ? gates().bare.at(text.substr(part.lead)) : kAllFamilies;
    const std::uint8_t at_lead = part.lead == lead.lead ? 0 : gate ? gates().bare.at(text.substr(lead.lead)) : kAllFamilies;
    const auto consider_after = [&](auto const& p, std::uint8_t bit) {
      std::size_t n = (at_part & bit) ? from(p, part) : 0;
      if (n == 0 && (at_lead & bit)) n = from(p, lead);
      if (n > best.length) {
        best.length = n;
        best.e = s.e;
      }
    };
    if (f & family_date) consider_after(fam_date, family_date);
    if (f & family_time) consider_after(fam_time, family_time);
    if (f & family_relative_day) consider_after(fam_relday, family_relative_day);
    if (f & family_period) consider_after(fam_period, family_period);
  }
  if (f & family_duration) consider(top_duration);
  if (f & family_set) consider(set_only);
  if (!digit && (f & family_vague)) consider(vague_only);
  return best;
}

// Range separators.
// (no line break before a dash: "- " opening a line is a list's bullet, not a range's dash)
auto const range_sep = g[*hs >> dash >> osp] |
                       g[sp >> (W("to") | W("through") | W("thru") | W("until") | W("till") |
                                W("and")) >> sp];

// The lower end of a range of durations: "2" of "2-3 weeks", "two" of "two or three days".
auto const low_amount = (digit_amount[ACT(E.dur[0].milli = V)] >> nd >> !lit(',') >> !lit('.') |
                         word_num[ACT(E.dur[0].milli = std::int64_t{V} * 1000)]) >>
                        nb;
auto const dur_range_sep = range_sep | g[sp >> W("or") >> sp];

std::size_t parse_sep(std::string_view text) {
  state s;
  return try_family(range_sep, text, s);
}

std::size_t skip_words(std::string_view text, std::span<const std::string_view> words) {
  for (auto w : words) {
    if (text.size() > w.size() && text[w.size()] == ' ') {
      bool eq = true;
      for (std::size_t i = 0; i < w.size(); ++i)
        if (ascii_lower(text[i]) != w[i]) { eq = false; break; }
      if (eq) return w.size() + 1;
    }
  }
  return 0;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The end of a range written as a bare number: a day ("Sept. 12-15") or a year ("2019-21").
std::optional<std::pair<expr, std::size_t>> bare_range_end(const expr& first, std::string_view text) {
  std::size_t n = 0;
  while (n < text.size() && n < 5 && is_digit(text[n])) ++n;
  if (n == 0 || n == 5 || (n < text.size() && is_ascii_alnum(text[n])))
    return std::nullopt;
  int v = 0;
  for (std::size_t i = 0; i < n; ++i) v = v * 10 + (text[i] - '0');
  expr e;
  if (first.day && !first.hour && n <= 2) {
    e.day = v;
    e.month = first.month;
    e.year = first.year;
    e.year_two_digit = first.year_two_digit;
  } else if (first.year && !first.month && !first.day && !first.quarter && !first.season &&
             !first.half && (n == 2 || n == 4)) {
    e.year = n == 4 ? v : (*first.year / 100) * 100 + v;
    if (n == 2 && v == 0 && *first.year % 100 == 99) *e.year += 100;  // "1999-00"
  } else {
    return std::nullopt;
  }
  return std::make_pair(e, n);
}

// Whether the range separator `sep` is "and" (a range only after "between").
bool is_and_sep(std::string_view sep) {
  return sep.find("and") != std::string_view::npos || sep.find("AND") != std::string_view::npos ||
         sep.find("And") != std::string_view::npos;
}

// Whether `text` begins with "between" (the preposition match_expression skipped).
bool begins_between(std::string_view text) {
  return text.size() > 3 && ascii_lower(text[0]) == 'b' &&
         ascii_lower(text[1]) == 'e' &&
         ascii_lower(text[2]) == 't';
}

// A number alone at the start of `text` that may begin a range whose end says what it is: the
// "2" or "10:30" of "from 2 to 4 p.m.", the "15" or "1st" of "15-17 March": one or two digits,
// minutes or an ordinal suffix, then no letter, digit or other field.
struct bare_number {
  int value = 0;
  std::optional<int> minute;
  bool ordinal = false;
  std::size_t length = 0;
};
std::optional<bare_number> bare_number_at(std::string_view text) {
  std::size_t n = 0;
  while (n < text.size() && n < 3 && is_digit(text[n])) ++n;
  if (n == 0 || n > 2) return std::nullopt;
  bare_number b;
  b.value = n == 1 ? text[0] - '0' : (text[0] - '0') * 10 + (text[1] - '0');
  b.length = n;
  if (n + 2 < text.size() && text[n] == ':' && is_digit(text[n + 1]) && is_digit(text[n + 2])) {
    b.minute = (text[n + 1] - '0') * 10 + (text[n + 2] - '0');
    if (*b.minute > 59) return std::nullopt;
    b.length = n + 3;
  } else if (n + 1 < text.size()) {
    const std::array<char, 2> suffix{ascii_lower(text[n]),
                                     ascii_lower(text[n + 1])};
    for (const std::string_view o : {"st", "nd", "rd", "th"})
      if (o == std::string_view(suffix.data(), suffix.size())) {
        b.ordinal = true;
        b.length = n + 2;
      }
  }
  if (b.length < text.size()) {
    const char c = text[b.length];
    if (is_ascii_alnum(c) || c == ':' || c == '/' || c == ',' ||
        (c == '.' && b.length + 1 < text.size() && is_digit(text[b.length + 1])))
      return std::nullopt;
  }
  return b;
}

// A range that begins with a bare number and takes the rest from its end:
// - an hour, when the end is a clock time with its meridiem: "from 2 to 4 p.m.", "2-4 p.m.
//   Monday", "between 10 and 11:30 a.m. EST" take the end's day, zone and meridiem (the morning
//   when the afternoon would put the start after the end: "from 11 to 1 p.m."), and so does
//   an earlier hour before an hour with a zone, on the 24-hour clock: "from 9 to 11 GMT";
// - a day, when the end is a day written before its month: "15-17 March 2024", "1st to 15th
//   October" take the end's month and year.
std::optional<match> bare_number_range(std::string_view window, std::size_t lead, bool between,
                                       bool gate_families) {
  const auto h = bare_number_at(window.substr(lead));
  if (!h) return std::nullopt;
  const std::string_view after = window.substr(lead + h->length);
  const std::size_t s = parse_sep(after);
  if (s == 0) return std::nullopt;
  if (is_and_sep(after.substr(0, s)) && !between) return std::nullopt;
  const best_match end = longest(after.substr(s), gate_families);
  const expr& e2 = end.e;
  if (end.length == 0 || e2.is_duration || e2.is_set || e2.num_a || e2.vague_ref != vague::none ||
      e2.offset.sign != 0)
    return std::nullopt;
  // The start takes the end's fields; their positions are the end's, counted from the start.
  expr e1 = e2;
  const auto shift = static_cast<std::uint32_t>(h->length + s);
  for (std::uint32_t* p : {&e1.pos_year, &e1.pos_month, &e1.pos_day, &e1.pos_weekday, &e1.pos_hour, &e1.pos_minute,
                           &e1.pos_second, &e1.pos_zone})
    *p += shift;
  const bool clock = e2.hour && e2.ampm != 0 && !e2.second && !h->ordinal && h->value >= 1 && h->value <= 12;
  const bool day = e2.day && e2.month && !e2.has_time() && !e2.weekday && e2.pos_day < e2.pos_month &&
                   !h->minute && h->value >= 1 && h->value < *e2.day;
  // "from 9 to 11 GMT": an hour before a zone is on the 24-hour clock, and so is the one before it
  const bool zoned_hour = e2.hour && e2.ampm == 0 && !e2.minute && !e2.noon && !e2.midnight &&
                          (!e2.zone_abbr.empty() || e2.zone_offset_min) && !h->ordinal &&
                          h->value >= 0 && h->value < *e2.hour;
  if (zoned_hour || clock) {
    e1.hour = h->value;
    e1.minute = h->minute;
    e1.pos_hour = e1.pos_minute = 0;
    if (!zoned_hour) {  // a clock: the end's meridiem, the morning when it would come later
      e1.micros.reset();
      e1.noon = e1.midnight = false;
      const auto minutes_of_day = [](const expr& e, int ampm) {
        return (*e.hour % 12 + (ampm == 2 ? 12 : 0)) * 60 + e.minute.value_or(0);
      };
      if (minutes_of_day(e1, e2.ampm) >= minutes_of_day(e2, e2.ampm)) {
        if (e2.ampm != 2) return std::nullopt;  // "11 to 2 a.m.": which night is not said
        e1.ampm = 1;
      }
    }
  } else if (day) {
    e1.day = h->value;
    e1.pos_day = 0;
  } else {
    return std::nullopt;
  }
  match m;
  m.first = e1;
  m.lead = lead;
  m.first_length = h->length;
  m.second_begin = lead + h->length + s;
  m.second = e2;
  m.length = m.second_begin + end.length;
  return m;
}

// A range of durations that takes its unit from its end: "2-3 weeks", "two to three weeks",
// "12 to 18 months", "two or three days", "between five and ten years". The lower amount must
// be less than the upper one.
std::optional<match> duration_range(std::string_view window, std::size_t lead, bool between, bool gate_families) {
  const std::string_view text = window.substr(lead);
  // A quick look first, as most starts are no number: a token of digits or letters, then a
  // dash or a word that may join ("to", "through", "thru", "till", "until", "and", "or").
  {
    std::size_t i = 0;
    while (i < text.size() && (is_digit(text[i]) || text[i] == ',' || text[i] == '.' ||
                               is_ascii_alpha(text[i])))
      ++i;
    if (i == 0) return std::nullopt;
    if (i < text.size() && text[i] == '-' && i + 1 < text.size() && is_ascii_alpha(text[i + 1])) {
      ++i;  // "twenty-five"
      while (i < text.size() && is_ascii_alpha(text[i])) ++i;
    }
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size()) return std::nullopt;
    if (text[i] != '-' && text[i] != '\xE2') {
      std::size_t j = i;
      while (j < text.size() && j - i < 8 && is_ascii_alpha(text[j])) ++j;
      const std::string_view w = text.substr(i, j - i);
      bool joins = false;
      for (const std::string_view x : {"to", "through", "thru", "till", "until", "and", "or"})
        joins = joins || (w.size() == x.size() && std::equal(w.begin(), w.end(), x.begin(), [](char a, char b) {
                            return ascii_lower(a) == b;
                          }));
      if (!joins) return std::nullopt;
    }
  }
  state low;
  const std::size_t n = try_family(low_amount, text, low);
  if (n == 0 || low.e.dur[0].milli <= 0) return std::nullopt;
  const std::string_view after = text.substr(n);
  state sep;
  const std::size_t s = try_family(dur_range_sep, after, sep);
  if (s == 0 || (is_and_sep(after.substr(0, s)) && !between)) return std::nullopt;
  const best_match end = longest(after.substr(s), gate_families);
  const expr& e2 = end.e;
  if (end.length == 0 || !e2.is_duration || e2.is_set || e2.ndur != 1 || e2.dur[0].unknown ||
      e2.dur[0].milli <= low.e.dur[0].milli || e2.offset.sign != 0 || e2.duration_anchored_past ||
      e2.duration_anchored_future || e2.mod != timex_mod::none)
    return std::nullopt;
  match m;
  m.first = e2;
  m.first.dur[0].milli = low.e.dur[0].milli;
  m.lead = lead;
  m.first_length = n;
  m.second_begin = lead + n + s;
  m.second = e2;
  m.length = m.second_begin + end.length;
  return m;
}

}  // namespace

namespace {
// The gates of every parser that match_expression runs (see guard_directive), filled in once.
bool fill_all_gates() {
  fill_gates(fam_date);
  fill_gates(fam_time);
  fill_gates(fam_relday);
  fill_gates(fam_period);
  fill_gates(top_duration);
  fill_gates(set_only);
  fill_gates(vague_only);
  fill_gates(lead_prefixes);
  fill_gates(part_prefix_opt);
  fill_gates(range_sep);
  fill_gates(low_amount);
  fill_gates(dur_range_sep);
  fill_gates(year_part);
  return true;
}
}  // namespace

std::optional<match> match_expression(std::string_view text, const grammar_options& options,
                                      expression_memo* memo) {
  [[maybe_unused]] static const bool gates_filled = fill_all_gates();
  if (text.empty()) return std::nullopt;
  // Bound the work per position: no expression is longer than this.
  constexpr std::size_t kWindow = 256;
  const std::string_view window = text.substr(0, std::min(text.size(), kWindow));

  std::size_t lead = 0;
  if (options.allow_dateline_prefix) {
    for (auto p : kDatelinePrefixes) {
      if (window.size() > p.size()) {
        bool eq = true;
        for (std::size_t i = 0; i < p.size(); ++i)
          if (ascii_lower(window[i]) != p[i]) { eq = false; break; }
        if (!eq || is_ascii_alnum(window[p.size()])) continue;
        std::size_t i = p.size();
        while (i < window.size() && (window[i] == ' ' || window[i] == '\t')) ++i;
        if (i < window.size() && window[i] == ':') ++i;
        while (i < window.size() && (window[i] == ' ' || window[i] == '\t')) ++i;
        i += skip_words(window.substr(i), kDatelineAfter);
        lead = i;
        break;
      }
    }
  }

  bool between_range = false;
  // longest(at), from the memo when it holds these bytes; `keep`: store what was read.
  const auto read = [&](std::string_view at, bool keep) {
    best_match r;
    if (const auto* hit = memo ? memo->find(at, options.gate_families) : nullptr) {
      r.e = hit->e;
      r.length = hit->length;
      return r;
    }
    r = longest(at, options.gate_families);
    if (keep && memo) memo->keep(at, options.gate_families, r.e, r.length);
    return r;
  };
  std::string_view rest = window.substr(lead);
  best_match best = read(rest, false);
  std::size_t best_lead = lead;
  if (options.allow_preposition) {
    const std::size_t k = skip_words(rest, kPrepositions);
    if (k > 0) {
      // Up to kWindow bytes from where the expression begins, as for a call made there.
      const best_match other = read(text.substr(lead + k, kWindow), true);
      if (other.length > 0 && k + other.length > best.length) {
        best = other;
        best_lead = lead + k;
        between_range = begins_between(rest);
      }
    }
  }
  if (best.length == 0) {
    if (rest.empty()) return std::nullopt;
    if (auto r = duration_range(window, lead, false, options.gate_families)) return r;
    if (options.allow_preposition)
      if (const std::size_t k = skip_words(rest, kPrepositions); k > 0)
        if (auto r = duration_range(window, lead + k, begins_between(rest), options.gate_families)) return r;
    if (is_digit(rest[0])) return bare_number_range(window, lead, false, options.gate_families);
    // "from 2 to 4 p.m.", "between 15 and 17 March": a preposition and a digit.
    std::size_t w = 0;
    while (w < rest.size() && is_ascii_alpha(rest[w])) ++w;
    if (options.allow_preposition && w + 1 < rest.size() && rest[w] == ' ' && is_digit(rest[w + 1])) {
      const std::size_t k = skip_words(rest, kPrepositions);
      if (k > 0)
        if (auto r = bare_number_range(window, lead + k, begins_between(rest), options.gate_families)) return r;
    }
    return std::nullopt;
  }

  match m;
  m.first = best.e;
  m.lead = best_lead;
  m.first_length = best.length;
  m.length = best_lead + best.length;

  // A range: "<first> - <second>", "<first> to <second>", "from A to B", "between A and B".
  const expr& f = m.first;
  const bool rangeable = !f.is_duration && !f.is_set && f.vague_ref == vague::none &&
                         f.offset.sign == 0 && (f.has_date() || f.has_time());
  if (rangeable && m.length < window.size()) {
    const std::string_view after = window.substr(m.length);
    std::size_t s = parse_sep(after);
    // "2023/24", "2023/2024": a season or a fiscal year across two years, with a slash only
    // when the second year is the next one ("2023/12" is no range).
    if (s == 0 && after.size() > 2 && after[0] == '/')
      if (const auto bare = bare_range_end(f, after.substr(1)); bare && bare->first.year && f.year &&
                                                                 *bare->first.year == *f.year + 1)
        s = 1;
    if (s > 0) {
      if (is_and_sep(after.substr(0, s)) && !between_range) return m;
      const std::string_view second_text = after.substr(s);
      best_match second = longest(second_text, options.gate_families);
      std::size_t second_len = second.length;
      expr second_e = second.e;
      // A bare number may end a range of days or years.
      if (auto bare = bare_range_end(f, second_text); bare && bare->second >= second_len) {
        second_e = bare->first;
        second_len = bare->second;
        // "Sept. 12-15, 2023": the year belongs to both ends.
        state ys;
        ys.base = second_text.data();
        const std::string_view tail = second_text.substr(second_len);
        const std::size_t yl = try_family(year_part, tail, ys);
        if (yl > 0 && !f.year) {
          second_e.year = ys.e.year;
          m.first.year = ys.e.year;
          second_len += yl;
        }
      }
      const bool compatible =
          second_len > 0 && !second_e.is_duration && !second_e.is_set &&
          second_e.vague_ref == vague::none && (second_e.has_date() || second_e.has_time()) &&
          (f.has_date() == second_e.has_date() || !second_e.has_date() || !f.has_date());
      // Plain "X - Y" needs both ends alike; "from"/"between" and words "to"/"until" are
      // explicit. A bare time after a date is not a range end ("Sept 19 - 1:43 PM").
      // A bare time may end a range that starts with a date and a time ("Monday 9 a.m. to
      // 5 p.m.").
      const bool bare_time_end = f.has_date() && !second_e.has_date() && !second_e.num_a &&
                                 !second_e.day && !second_e.year;
      if (compatible && (!bare_time_end || (f.has_time() && second_e.has_time()))) {
        m.second_begin = m.length + s;
        m.second = second_e;
        m.length = m.second_begin + second_len;
      }
    }
  }
  return m;
}

std::uint8_t families_at(std::string_view text) { return gates().gate.at(text); }

std::span<const std::string> first_words() { return gates().words; }

std::span<const std::string> ungated_families() { return gates().ungated; }

int holiday_index(std::string_view name) {
  const auto i = find_holiday(name);
  return i ? static_cast<int>(*i) : -1;
}

}  // namespace annals::detail
