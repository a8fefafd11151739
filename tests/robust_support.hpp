// Invariants shared by the hostile-input tests and the fuzz targets (header-only, no test
// framework): where a span may start and end in UTF-8 text.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace annals::robust {

/// Length of the well-formed UTF-8 sequence starting at s[i] (1 for ASCII), or 0 when the
/// bytes there are not one (a stray continuation byte, an overlong form, a surrogate, a
/// truncated sequence).
[[nodiscard]] inline std::size_t utf8_sequence_at(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return 1;
  std::size_t n = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) n = 2;
  else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  if (b(i + 1) < lo || b(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if (b(i + k) < 0x80 || b(i + k) > 0xBF) return 0;
  return n;
}

/// For every position 0..size, whether a span may start or end there: false only strictly
/// inside a well-formed multi-byte sequence (invalid bytes are boundaries on both sides).
[[nodiscard]] inline std::vector<bool> utf8_boundaries(std::string_view s) {
  std::vector<bool> ok(s.size() + 1, true);
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = utf8_sequence_at(s, i);
    if (n == 0) { ++i; continue; }
    for (std::size_t k = 1; k < n; ++k) ok[i + k] = false;
    i += n;
  }
  return ok;
}

/// True when [begin, end) lies inside a text of `size` bytes and is not reversed.
[[nodiscard]] inline bool span_inside(std::size_t begin, std::size_t end, std::size_t size) {
  return begin <= end && end <= size;
}

}  // namespace annals::robust
