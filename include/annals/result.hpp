// annals/result.hpp — errors as values.
//
// Every fallible function in annals returns `result<T>`: either a value or an `error` that says
// what went wrong (`errc`), where (a 0-based byte offset into the input, when there is one) and a
// one-line human message. Nothing is thrown across the public API.
//
//   annals::result<annals::temporal_value> r = annals::parse("February 30, 2023", ref);
//   if (!r) {
//     std::cerr << r.error().message << " at column " << r.error().column() << "\n";
//     // "day 30 is out of range for February 2023" at column 10
//   }
//
// Ambiguity is not an error: a DST overlap, or an abbreviation such as IST that names several
// zones, is resolved by a documented policy and reported as data on the value.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace annals {

/// What went wrong. Stable numeric values; `to_string(errc)` gives the short name.
enum class errc : std::uint8_t {
  syntax = 1,        ///< the text is not a temporal expression annals understands
  trailing_input,    ///< a temporal expression was read, but text follows it
  empty_input,       ///< nothing to parse
  invalid_date,      ///< a calendar field is out of range: month 13, February 30, weekday mismatch
  invalid_time,      ///< a clock field is out of range: 25:00, 12:61, 13 PM
  out_of_range,      ///< a number or date beyond what annals represents (years 9999 BC..9999)
  unknown_zone,      ///< a zone name or abbreviation annals cannot resolve
  nonexistent_time,  ///< a local time skipped by a DST transition, when the policy forbids it
  too_large,         ///< input over a documented size limit
  invalid_utf8,      ///< input bytes are not UTF-8 where UTF-8 is required
  io,                ///< a file could not be read
  invalid_argument,  ///< an option or argument has a bad value
};

/// Short, stable name for an error code ("invalid_date").
[[nodiscard]] constexpr std::string_view to_string(errc e) noexcept {
  switch (e) {
    case errc::syntax: return "syntax";
    case errc::trailing_input: return "trailing_input";
    case errc::empty_input: return "empty_input";
    case errc::invalid_date: return "invalid_date";
    case errc::invalid_time: return "invalid_time";
    case errc::out_of_range: return "out_of_range";
    case errc::unknown_zone: return "unknown_zone";
    case errc::nonexistent_time: return "nonexistent_time";
    case errc::too_large: return "too_large";
    case errc::invalid_utf8: return "invalid_utf8";
    case errc::io: return "io";
    case errc::invalid_argument: return "invalid_argument";
  }
  return "unknown";
}

/// An error: code, byte offset into the input (npos when it has no position) and a message.
struct error {
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  errc code = errc::syntax;
  std::size_t offset = npos;  ///< 0-based byte offset of the offending text
  std::string message;        ///< one line, no trailing period, without the position

  /// 1-based column for people, or 0 when the error has no position.
  [[nodiscard]] std::size_t column() const noexcept { return offset == npos ? 0 : offset + 1; }

  /// "message (column N)" or just the message.
  [[nodiscard]] std::string what() const {
    if (offset == npos) return message;
    return message + " (column " + std::to_string(offset + 1) + ")";
  }

  friend bool operator==(const error&, const error&) = default;
};

/// Either a T or an error. A small stand-in for C++23 std::expected.
/// Accessing the wrong alternative is a precondition violation and aborts.
template <class T>
class [[nodiscard]] result {
 public:
  using value_type = T;

  result(T value) : v_(std::in_place_index<0>, std::move(value)) {}        // NOLINT: implicit
  result(annals::error e) : v_(std::in_place_index<1>, std::move(e)) {}    // NOLINT: implicit

  [[nodiscard]] bool has_value() const noexcept { return v_.index() == 0; }
  explicit operator bool() const noexcept { return has_value(); }

  [[nodiscard]] T& value() & { check(true); return *std::get_if<0>(&v_); }
  [[nodiscard]] const T& value() const& { check(true); return *std::get_if<0>(&v_); }
  [[nodiscard]] T&& value() && { check(true); return std::move(*std::get_if<0>(&v_)); }
  [[nodiscard]] const annals::error& error() const& { check(false); return *std::get_if<1>(&v_); }
  [[nodiscard]] annals::error&& error() && { check(false); return std::move(*std::get_if<1>(&v_)); }

  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  /// The value, or `fallback` when this holds an error.
  template <class U>
  [[nodiscard]] T value_or(U&& fallback) const& {
    return has_value() ? *std::get_if<0>(&v_) : static_cast<T>(std::forward<U>(fallback));
  }

 private:
  void check(bool want_value) const noexcept {
    if (has_value() != want_value) std::abort();
  }
  std::variant<T, annals::error> v_;
};

/// Builds an error value; the usual way to fail: `return fail(errc::syntax, pos, "...")`.
[[nodiscard]] inline error fail(errc code, std::size_t offset, std::string message) {
  return error{code, offset, std::move(message)};
}

}  // namespace annals
