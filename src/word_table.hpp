// A small set of lower-case ASCII words, each with a byte of flags, read with one hash lookup
// (internal). Built once, then read from any number of threads.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "text.hpp"

namespace annals::detail {

/// Longest word a word_table holds; longer words are never found.
inline constexpr std::size_t kMaxWord = 24;

/// Lower-case words with their flags, open addressing (load at most one half).
class word_table {
 public:
  void add(std::string_view word, std::uint8_t flags) {
    if (word.empty() || word.size() > kMaxWord) return;
    if (2 * (count_ + 1) > slots_.size()) grow();
    const std::size_t i = probe(word);
    entry& e = slots_[i];
    if (e.size == 0) {
      std::memcpy(e.text.data(), word.data(), word.size());
      e.size = static_cast<std::uint8_t>(word.size());
      tags_[i] = tag_of(hash(word));
      ++count_;
    }
    e.flags = static_cast<std::uint8_t>(e.flags | flags);
  }

  /// The flags of `word` (lower case), 0 when absent.
  [[nodiscard]] std::uint8_t find(std::string_view word) const {
    if (tags_.empty() || word.empty() || word.size() > kMaxWord) return 0;
    // The tags are probed first: a small array that stays in the L1 cache, where most words
    // looked up (absent ones) end without touching an entry.
    const std::uint32_t h = hash(word);
    const std::uint16_t tag = tag_of(h);
    const std::size_t mask = tags_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const std::uint16_t t = tags_[i];
      if (t == 0) return 0;
      if (t == tag && slots_[i].holds(word)) return slots_[i].flags;
    }
  }

 private:
  struct entry {
    std::array<char, kMaxWord> text{};
    std::uint8_t size = 0;
    std::uint8_t flags = 0;

    [[nodiscard]] bool holds(std::string_view word) const {
      if (size != word.size()) return false;
      for (std::size_t k = 0; k < word.size(); ++k)
        if (text[k] != word[k]) return false;
      return true;
    }
  };

  // The tag of an occupied slot: the hash's high bits, never 0 (an empty slot's tag).
  static std::uint16_t tag_of(std::uint32_t h) { return static_cast<std::uint16_t>((h >> 16) | 1u); }

  // The length and five bytes (the first two, the middle one, the last two), mixed by one
  // multiplication: a look-up costs the same for every length. Words that agree on all six
  // share a slot chain and are told apart by their bytes.
  static std::uint32_t hash(std::string_view w) {
    const std::size_t n = w.size();  // 1..kMaxWord
    const auto at = [&](std::size_t i) { return std::uint64_t{static_cast<unsigned char>(w[i])}; };
    const std::uint64_t k = n | at(0) << 8 | at(n - 1) << 16 | at(n / 2) << 24 | at(n > 1 ? 1 : 0) << 32 |
                            at(n > 1 ? n - 2 : 0) << 40;
    return static_cast<std::uint32_t>((k * 0x9E3779B97F4A7C15ull) >> 32);
  }

  // The slot holding `word`, or the empty slot where it would go.
  [[nodiscard]] std::size_t probe(std::string_view word) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash(word) & mask;; i = (i + 1) & mask) {
      const entry& e = slots_[i];
      if (e.size == 0 || e.holds(word)) return i;
    }
  }

  void grow() {
    std::vector<entry> old = std::move(slots_);
    slots_.assign(old.empty() ? 256 : 2 * old.size(), entry{});
    tags_.assign(slots_.size(), 0);
    count_ = 0;
    for (const entry& e : old)
      if (e.size != 0) add(std::string_view(e.text.data(), e.size), e.flags);
  }

  std::vector<entry> slots_;
  std::vector<std::uint16_t> tags_;  // per slot: tag_of(hash) of its word, 0 when empty
  std::size_t count_ = 0;
};

/// The lower-case run of ASCII letters at the start of `text` into `buf`; "" when `text` does
/// not start with a letter or the run is longer than kMaxWord.
[[nodiscard]] inline std::string_view lower_word(std::string_view text, std::array<char, kMaxWord>& buf) {
  static_assert(kMaxWord % 8 == 0);
  std::size_t n = 0;
  // Eight bytes at a time while eight are left: bit 7 of each byte of `alpha` says whether it is
  // an ASCII letter (set bit 5, then the byte is in 'a'..'z'); the lowered bytes are stored
  // whole and the run ends at the first byte that is none.
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  while (n < buf.size() && text.size() - n >= 8) {
    std::uint64_t x;
    std::memcpy(&x, text.data() + n, 8);
    const std::uint64_t low = x | (0x20 * kOnes);
    const std::uint64_t seven = low & ~kHigh;
    const std::uint64_t from_a = (seven + (0x80 - 'a') * kOnes) & kHigh;  // byte >= 'a'
    const std::uint64_t past_z = (seven + (0x80 - 'z' - 1) * kOnes) & kHigh;  // byte > 'z'
    const std::uint64_t alpha = from_a & ~past_z & ~(low & kHigh);
    std::memcpy(buf.data() + n, &low, 8);
    if (alpha != kHigh) {  // the run ends in these eight bytes (the byte order of `x` is the text's)
      const std::uint64_t stop = ~alpha & kHigh;
      const auto k = static_cast<std::size_t>(std::endian::native == std::endian::little
                                                  ? std::countr_zero(stop) / 8
                                                  : std::countl_zero(stop) / 8);
      return {buf.data(), n + k};
    }
    n += 8;
  }
  while (n < text.size() && is_ascii_alpha(text[n])) {
    if (n == buf.size()) return {};
    buf[n] = ascii_lower(text[n]);
    ++n;
  }
  return {buf.data(), n};
}

}  // namespace annals::detail
