// Small text utilities shared by the parser, the scanner and the readers (internal).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace annals::detail {

/// Longest text `parse` accepts as one expression.
inline constexpr std::size_t kMaxExpressionBytes = 4096;

[[nodiscard]] constexpr char ascii_lower(char c) noexcept {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
[[nodiscard]] constexpr char ascii_upper(char c) noexcept {
  return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}
[[nodiscard]] constexpr bool is_ascii_alpha(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
[[nodiscard]] constexpr bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }
[[nodiscard]] constexpr bool is_ascii_alnum(char c) noexcept { return is_ascii_alpha(c) || is_ascii_digit(c); }

[[nodiscard]] constexpr bool is_space_byte(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/// First index at or after `i` that is not ASCII white space.
[[nodiscard]] inline std::size_t skip_space(std::string_view s, std::size_t i) noexcept {
  while (i < s.size() && is_space_byte(s[i])) ++i;
  return i;
}

/// Offset of the first byte that is not part of valid UTF-8, or npos.
[[nodiscard]] std::size_t first_invalid_utf8(std::string_view s) noexcept;

/// Appends code point `cp` (at most U+10FFFF, not a surrogate) to `out` as UTF-8.
void append_utf8(std::string& out, std::uint32_t cp);

/// Up to `max` bytes of `s`, cut on a UTF-8 boundary, with "…" when cut.
[[nodiscard]] std::string excerpt(std::string_view s, std::size_t max);

}  // namespace annals::detail
