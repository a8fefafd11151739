// The anchor scanner; see scanner.hpp.
#include "scanner.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace annals::detail {
namespace {

// Listed anchor words, lower case; a word of the text is one when all its word bytes, read
// case-insensitively, spell one of them. Weak words that only modify ("last", "the", "early",
// "two") are not anchors: extraction finds them by looking back from an anchor. Some entries are
// no English word ("tuess", "thurss"): the abbreviations take a plural 's', and a spelling the
// grammar does not read costs one failed look-up, nothing more.
constexpr std::string_view kWords[] = {
    // months
    "jan", "january", "feb", "february", "febuary", "febr", "mar", "march", "apr", "april", "may", "jun", "june",
    "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec",
    "december",
    // weekdays and their abbreviations, singular and plural
    "mon", "mons", "monday", "mondays", "tue", "tues", "tuess", "tuesday", "tuesdays", "wed", "weds", "wedss",
    "wednesday", "wednesdays", "thu", "thus", "thur", "thurs", "thurss", "thurday", "thurdays", "thursday",
    "thursdays", "fri", "fris", "friday", "fridays", "sat", "sats", "saturday", "saturdays", "sun", "suns",
    "sunday", "sundays",
    // deictic and vague
    "today", "tonight", "tomorrow", "yesterday", "now", "nowadays", "current", "currently", "presently",
    "recently", "lately", "previously", "formerly", "soon", "future", "present", "moment", "past", "term", "ago",
    // calendar units
    "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day",
    "days", "week", "weeks", "wk", "wks", "weekend", "weekends", "fortnight", "fortnights", "month", "months",
    "quarter", "quarters", "year", "years", "yr", "yrs", "decade", "decades", "century", "centuries",
    "millennium", "millennia", "half", "period", "yearlong", "monthlong", "weeklong", "daylong", "hourlong",
    // parts of day and clock words ("o'clock" is read apart: it holds an apostrophe)
    "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights", "overnight",
    "midday", "noon", "midnight", "daytime", "dawn", "daybreak", "dusk", "nightfall", "midmorning", "midafternoon",
    "midweek", "midmonth", "midyear", "lunchtime", "cob", "eod",
    // "the close of business", "end of business" (extraction keeps it only after "of")
    "business",
    // seasons
    "spring", "summer", "fall", "autumn", "winter", "summers", "autumns", "winters",
    // sets
    "daily", "weekly", "monthly", "yearly", "annually", "hourly", "nightly", "quarterly", "biweekly",
    "fortnightly", "semiannually", "biannually", "once", "twice", "thrice",
    // decades in words
    "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "noughties", "aughts", "tens",
    "nineteen",
    "eighteen",
    // single-word holidays (multi-word ones contain "day" or "eve")
    "christmas", "xmas", "easter", "thanksgiving", "halloween", "juneteenth", "pentecost", "whitsunday", "eve",
    // Hebrew and Islamic holidays, by a word of each name
    "hashanah", "hashana", "kippur", "sukkot", "succot", "sukkoth", "hanukkah", "chanukah", "hanukah",
    "chanukkah", "purim", "passover", "pesach", "shavuot", "shavuoth", "ramadan", "ramadhan", "eid", "hijri",
    "islamic", "lantern",
    // quarter and half shorthands
    "q1", "q2", "q3", "q4", "h1", "h2", "1q", "2q", "3q", "4q",
    // periods to date
    "ytd", "qtd", "mtd",
};

// A word of up to 16 bytes packed into two integers, byte k at bits 8k: a look-up is a hash and
// two compares. Word bytes are lower-cased by setting bit 5, which leaves digits as they are and
// turns '_' into 0x7F, a byte no listed word holds.
constexpr std::size_t kMaxAnchorWord = 16;
struct packed_word {
  std::uint64_t lo = 0;
  std::uint64_t hi = 0;
};

// Eight bytes, the first in the low bits (as put_byte packs them) whatever the machine's order.
inline std::uint64_t load_le64(const char* p) {
  std::uint64_t v;
  std::memcpy(&v, p, 8);
  if constexpr (std::endian::native == std::endian::big) v = __builtin_bswap64(v);
  return v;
}

constexpr void put_byte(packed_word& w, std::size_t k, unsigned char b) {
  const auto v = static_cast<std::uint64_t>(b | 0x20u);
  if (k < 8)
    w.lo |= v << (8 * k);
  else
    w.hi |= v << (8 * (k - 8));
}

constexpr std::size_t kSlotBits = 9;  // 512 slots for ~180 words: most look-ups end in one probe
constexpr std::size_t slot_of(const packed_word& w) {
  return static_cast<std::size_t>(((w.lo ^ (w.hi * 0x9E3779B97F4A7C15ull)) * 0xC2B2AE3D27D4EB4Full) >>
                                  (64 - kSlotBits));
}

// Open addressing; an empty slot has lo == 0, which no non-empty word packs to.
struct word_set {
  std::array<packed_word, std::size_t{1} << kSlotBits> slots{};

  [[nodiscard]] constexpr bool contains(const packed_word& w) const {
    for (std::size_t i = slot_of(w);; i = (i + 1) & (slots.size() - 1)) {
      const packed_word& s = slots[i];
      if (s.lo == w.lo && s.hi == w.hi) return true;
      if (s.lo == 0) return false;
    }
  }
};

constexpr word_set build_word_set() {
  word_set set;
  for (const std::string_view word : kWords) {
    packed_word w;
    for (std::size_t k = 0; k < word.size(); ++k) put_byte(w, k, static_cast<unsigned char>(word[k]));
    std::size_t i = slot_of(w);
    while (set.slots[i].lo != 0) i = (i + 1) & (set.slots.size() - 1);
    set.slots[i] = w;
  }
  return set;
}

constexpr word_set kWordSet = build_word_set();

// A first look that turns most words of running text away before they are packed and hashed:
// one bit per (length, first byte, last byte) that some listed word has, bytes read by their
// low five bits (case and the digit/letter difference fall away: a filter may say yes wrongly).
constexpr std::size_t sieve_index(std::size_t len, unsigned char first, unsigned char last) {
  return ((len & 15u) << 10) | ((first & 31u) << 5) | (last & 31u);
}
constexpr std::array<std::uint64_t, 256> build_sieve() {
  std::array<std::uint64_t, 256> bits{};
  for (const std::string_view word : kWords) {
    const std::size_t k = sieve_index(word.size(), static_cast<unsigned char>(word.front()),
                                      static_cast<unsigned char>(word.back()));
    bits[k / 64] |= std::uint64_t{1} << (k % 64);
  }
  return bits;
}
constexpr std::array<std::uint64_t, 256> kSieve = build_sieve();

constexpr bool may_be_listed(std::size_t len, unsigned char first, unsigned char last) {
  const std::size_t k = sieve_index(len, first, last);
  return (kSieve[k / 64] >> (k % 64)) & 1u;
}

// Byte classes as bits: word bytes (\b's [0-9A-Za-z_]) carry kWord, digits and '_' one more bit
// each; kQuote marks the two bytes that may begin an apostrophe decade ("'90s", "’90s").
constexpr std::uint8_t kWord = 1;
constexpr std::uint8_t kDigit = 2;
constexpr std::uint8_t kUnderscore = 4;
constexpr std::uint8_t kQuote = 8;

constexpr std::array<std::uint8_t, 256> build_classes() {
  std::array<std::uint8_t, 256> c{};
  for (int b = 'a'; b <= 'z'; ++b) c[static_cast<std::size_t>(b)] = kWord;
  for (int b = 'A'; b <= 'Z'; ++b) c[static_cast<std::size_t>(b)] = kWord;
  for (int b = '0'; b <= '9'; ++b) c[static_cast<std::size_t>(b)] = kWord | kDigit;
  c['_'] = kWord | kUnderscore;
  c['\''] = kQuote;
  c[0xE2] = kQuote;  // first byte of U+2019 RIGHT SINGLE QUOTATION MARK
  return c;
}
constexpr std::array<std::uint8_t, 256> kClass = build_classes();

// The shortest and longest listed word: runs of other lengths are not looked up.
constexpr std::size_t kShortestWord = 2;
constexpr std::size_t kLongestWord = 12;
static_assert(kLongestWord <= kMaxAnchorWord);
static_assert([] {
  for (const std::string_view w : kWords)
    if (w.size() < kShortestWord || w.size() > kLongestWord) return false;
  return true;
}(), "a listed word is outside [kShortestWord, kLongestWord]: widen the bounds");

struct reader {
  std::string_view text;

  [[nodiscard]] std::uint8_t cls(std::size_t i) const { return kClass[static_cast<unsigned char>(text[i])]; }
  [[nodiscard]] bool word_at(std::size_t i) const { return i < text.size() && (cls(i) & kWord) != 0; }
  [[nodiscard]] bool digit_at(std::size_t i) const { return i < text.size() && (cls(i) & kDigit) != 0; }

  // The run of digits at `i`.
  bool digits(std::size_t i, anchor_token& out) const {
    std::size_t j = i;
    while (digit_at(j)) ++j;
    out = {i, j};
    return true;
  }

  // "'90s", "’90s" at `i`.
  [[nodiscard]] bool decade(std::size_t i, anchor_token& out) const {
    const std::size_t q = text[i] == '\'' ? 1 : text.substr(i, 3) == "\xE2\x80\x99" ? 3 : 0;
    if (q == 0 || !digit_at(i + q) || !digit_at(i + q + 1) || i + q + 2 >= text.size() ||
        (text[i + q + 2] | 0x20) != 's')
      return false;
    out = {i, i + q + 3};
    return true;
  }

  // "'clock" at `i` (after an "o" that begins a word), a word boundary after it.
  [[nodiscard]] bool clock_after(std::size_t i) const {
    if (i + 6 > text.size() || text[i] != '\'') return false;
    for (std::size_t k = 0; k < 5; ++k)
      if ((text[i + 1 + k] | 0x20) != "clock"[k]) return false;
    return !word_at(i + 6);
  }

  // The word [i, i + len), len <= kMaxAnchorWord, lower-cased and packed.
  [[nodiscard]] packed_word pack(std::size_t i, std::size_t len) const {
    packed_word w;
    if (text.size() - i >= kMaxAnchorWord) {  // one fixed-size load, the bytes past the word masked off
      w.lo = load_le64(text.data() + i);
      w.hi = load_le64(text.data() + i + 8);
    } else {
      std::array<char, kMaxAnchorWord> buf{};
      std::memcpy(buf.data(), text.data() + i, len);
      w.lo = load_le64(buf.data());
      w.hi = load_le64(buf.data() + 8);
    }
    // Keep the word's bytes with bit 5 set (lower case), zero past them.
    constexpr std::uint64_t kAll = ~std::uint64_t{0};
    const std::uint64_t lo_mask = len >= 8 ? kAll : (std::uint64_t{1} << (8 * len)) - 1;
    const std::uint64_t hi_mask = len <= 8 ? 0 : len >= 16 ? kAll : (std::uint64_t{1} << (8 * (len - 8))) - 1;
    constexpr std::uint64_t kBit5 = 0x2020202020202020ull;
    w.lo = (w.lo | kBit5) & lo_mask;
    w.hi = (w.hi | kBit5) & hi_mask;
    return w;
  }
};

// The classes of 64 bytes at once, one bit per byte (bit k for byte k): word bytes, digits,
// '_' and quote bytes. The scan below goes from word start to word start through these bits
// instead of testing every byte: its branches are taken per word, not per byte.
struct block_masks {
  std::uint64_t word = 0, digit = 0, under = 0, quote = 0;
};

#if defined(__SSE2__)
inline std::uint64_t movemask16(__m128i v, unsigned shift) {
  return std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(v))} << shift;
}
inline block_masks classify64(const char* p) {
  block_masks m;
  const __m128i k20 = _mm_set1_epi8(0x20);
  const __m128i a_1 = _mm_set1_epi8('a' - 1), z1 = _mm_set1_epi8('z' + 1);
  const __m128i d0 = _mm_set1_epi8('0' - 1), d9 = _mm_set1_epi8('9' + 1);
  const __m128i us = _mm_set1_epi8('_'), ap = _mm_set1_epi8('\''), e2 = _mm_set1_epi8(static_cast<char>(0xE2));
  for (unsigned k = 0; k < 4; ++k) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    // Signed compares: bytes of 0x80 and above are negative and fall outside both ranges.
    const __m128i lo = _mm_or_si128(v, k20);
    const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(lo, a_1), _mm_cmplt_epi8(lo, z1));
    const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, d0), _mm_cmplt_epi8(v, d9));
    const __m128i under = _mm_cmpeq_epi8(v, us);
    const __m128i quote = _mm_or_si128(_mm_cmpeq_epi8(v, ap), _mm_cmpeq_epi8(v, e2));
    m.word |= movemask16(_mm_or_si128(_mm_or_si128(letter, digit), under), 16 * k);
    m.digit |= movemask16(digit, 16 * k);
    m.under |= movemask16(under, 16 * k);
    m.quote |= movemask16(quote, 16 * k);
  }
  return m;
}
#else
inline block_masks classify64(const char* p) {
  block_masks m;
  for (unsigned k = 0; k < 64; ++k) {
    const std::uint8_t c = kClass[static_cast<unsigned char>(p[k])];
    const std::uint64_t bit = std::uint64_t{1} << k;
    if (c & kWord) m.word |= bit;
    if (c & kDigit) m.digit |= bit;
    if (c & kUnderscore) m.under |= bit;
    if (c & kQuote) m.quote |= bit;
  }
  return m;
}
#endif

// The 64 bytes of `text` from `base`; bytes past its end read as zeros (class 0).
inline block_masks classify_at(std::string_view text, std::size_t base) {
  if (text.size() - base >= 64) return classify64(text.data() + base);
  std::array<char, 64> buf{};
  std::memcpy(buf.data(), text.data() + base, text.size() - base);
  return classify64(buf.data());
}

}  // namespace

std::span<const std::string_view> anchor_words() { return kWords; }

bool next_anchor(std::string_view text, std::size_t from, anchor_token& out) {
  const reader r{text};
  const std::size_t n = text.size();
  std::size_t i = from;
  // Inside a run of word bytes that began before `from` no word begins: only digits count.
  if (i > 0 && i < n && r.word_at(i - 1)) {
    for (; r.word_at(i); ++i)
      if (r.digit_at(i)) return r.digits(i, out);
  }
  // Block by block, from the block that holds `i`. A word run that reaches past its block is
  // read byte by byte, as is everything after a listed word's first look.
  while (i < n) {
    const std::size_t base = i & ~std::size_t{63};
    const block_masks m = classify_at(text, base);
    // Word starts (a word byte after a byte that is none) and quote bytes, from `i` on. The byte
    // before `i` is never a word byte here (the run `from` fell in was passed above; a run that
    // crosses into the next block moves `i` past its end), so bit 0 needs no look back.
    std::uint64_t starts = ((m.word & ~(m.word << 1)) | m.quote) & (~std::uint64_t{0} << (i - base));
    std::size_t next = base + 64;  // where the scan goes on after this block
    while (starts != 0) {
      const auto k = static_cast<unsigned>(std::countr_zero(starts));
      starts &= starts - 1;
      const std::size_t b = base + k;
      if ((m.quote >> k) & 1u) {
        if (r.decade(b, out)) return true;
        continue;
      }
      std::size_t e;
      bool digit, under;
      if (const std::uint64_t after = ~m.word >> k; after != 0) {  // the run ends in this block
        const auto len = static_cast<unsigned>(std::countr_zero(after));
        e = b + len;
        const std::uint64_t run = (len >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << len) - 1) << k;
        digit = (m.digit & run) != 0;
        under = (m.under & run) != 0;
      } else {  // it runs into the next block: read on byte by byte
        std::uint8_t seen = 0;
        for (e = b; e < n && (r.cls(e) & kWord) != 0; ++e) seen = static_cast<std::uint8_t>(seen | r.cls(e));
        digit = (seen & kDigit) != 0;
        under = (seen & kUnderscore) != 0;
        next = e;
        starts = 0;
      }
      const std::size_t len = e - b;
      if (len >= kShortestWord && len <= kLongestWord && !under &&
          may_be_listed(len, static_cast<unsigned char>(text[b]), static_cast<unsigned char>(text[e - 1])) &&
          kWordSet.contains(r.pack(b, len))) {
        out = {b, e};
        return true;
      }
      if (len == 1 && (text[b] | 0x20) == 'o' && r.clock_after(e)) {
        out = {b, e + 6};
        return true;
      }
      if (digit) {
        std::size_t d = b;
        while (!r.digit_at(d)) ++d;
        return r.digits(d, out);
      }
    }
    i = next;
  }
  return false;
}

}  // namespace annals::detail
