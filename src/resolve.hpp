// Resolution of a parsed expression against a reference (internal).
#pragma once

#include <string_view>

#include "annals/calendar.hpp"
#include "annals/parse.hpp"
#include "grammar/grammar.hpp"

namespace annals::detail {

/// Turns a grammar match into a value. `text` is the matched text (positions in the record are
/// offsets into it, shifted by `base` for error columns).
[[nodiscard]] result<temporal_value> resolve(const match& m, std::string_view text,
                                             const reference& ref, const parse_options& options);

/// One record (no range) against a reference.
[[nodiscard]] result<temporal_value> resolve_expr(const expr& e, const reference& ref,
                                                  const parse_options& options, std::size_t base);

/// The period of grain `g` that holds `t`: its day, ISO week, month, quarter, half, year …
[[nodiscard]] calendar::period_span period_containing(local_time t, grain g);

}  // namespace annals::detail
