// annals::parse: the grammar on the whole text, then resolution.
#include "annals/parse.hpp"

#include <fmt/format.h>

#include "grammar/grammar.hpp"
#include "resolve.hpp"
#include "text.hpp"

namespace annals {

result<temporal_value> parse(std::string_view text, const reference& ref, const parse_options& options) {
  if (text.size() > detail::kMaxExpressionBytes)
    return fail(errc::too_large, error::npos,
                fmt::format("expression of {} bytes is longer than the limit of {}", text.size(),
                            detail::kMaxExpressionBytes));
  if (auto bad = detail::first_invalid_utf8(text); bad != std::string_view::npos)
    return fail(errc::invalid_utf8, bad, "invalid UTF-8");
  const std::size_t lead = detail::skip_space(text, 0);
  std::size_t end = text.size();
  while (end > lead && detail::is_space_byte(text[end - 1])) --end;
  if (lead == end) return fail(errc::empty_input, error::npos, "empty expression");
  const std::string_view body = text.substr(lead, end - lead);
  // The commonest absolute timestamps have a hand-written reader that fills the same record the
  // grammar would; everything else goes to the grammar.
  if (auto fast = detail::fast_match(body)) {
    fast->lead += lead;
    return detail::resolve(*fast, body, ref, options);
  }
  const auto m = detail::match_expression(body);
  if (!m) return fail(errc::syntax, lead, "not a temporal expression annals understands");
  if (m->length != body.size()) {
    // The column points at the first unexpected character, not at the space before it.
    const std::size_t at = detail::skip_space(body, m->length);
    return fail(errc::trailing_input, lead + at,
                fmt::format("unexpected text after the expression: '{}'",
                            detail::excerpt(body.substr(at), 24)));
  }
  detail::match shifted = *m;
  shifted.lead += lead;
  shifted.second_begin += lead;
  return detail::resolve(shifted, body, ref, options);
}

}  // namespace annals
