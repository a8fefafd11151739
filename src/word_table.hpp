// A small set of lower-case ASCII words, each with a byte of flags, read with one hash lookup
// (internal). Built once, then read from any number of threads.
#pragma once

#include <array>
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

  static std::uint32_t hash(std::string_view w) {
    std::uint32_t h = 2166136261u;  // FNV-1a
    for (const char c : w) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
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
  std::size_t n = 0;
  while (n < text.size() && is_ascii_alpha(text[n])) {
    if (n == buf.size()) return {};
    buf[n] = ascii_lower(text[n]);
    ++n;
  }
  return {buf.data(), n};
}

}  // namespace annals::detail
