// annals/extract.hpp — every temporal expression in running text.
//
//   auto ref = annals::parse_reference("2023-09-19T13:43+05:30").value();
//   for (const auto& m : annals::extract(text, ref))
//     std::cout << m.begin << '-' << m.end << ' ' << m.value.value << '\n';
//
// How it works: one pass over the bytes finds candidate positions (month and weekday names,
// digits, relative and holiday words); at each candidate the grammar (annals/parse.hpp) reads the
// longest expression; adjacent parts join ("Sep 19 2023 | 1:43 PM IST", "2 p.m. Monday"); then
// each mention is resolved against the reference, with the sentence's tense as a direction hint
// for bare weekdays and months ("met on Wednesday" looks back, "is slated for November" looks
// forward). Work per candidate is bounded, so time is linear in the input.
//
// False positives are filtered by rule, each documented at its rule in src/extract.cpp: names
// that are also words (May, March, Sun, second), numbers that are not years (2,000 troops,
// Boeing 787, $2023, 6.5 kilograms), digits inside URLs, e-mail addresses and identifiers.
//
// Anchoring: `news` (default) resolves relative expressions against the reference (the document
// date); `narrative` resolves "two days later", "that week", "the next week" against the most
// recently mentioned date instead. In both, sequels with an article ("the next day", "the
// following month", "the previous Friday", "the following spring") count from the date most
// recently mentioned, and a clock time without a day ("at 6 a.m.") is on the day most recently
// mentioned, or on the reference day when none was.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annals/parse.hpp"
#include "annals/reference.hpp"
#include "annals/timex.hpp"

namespace annals {

/// Which time relative expressions count from.
/// - news: the reference (the document's date). "Three days later" counts from an event the
///   story names, which extraction does not know: it is reported as TimeBank tags it, the
///   amount alone ("three days", a DURATION).
/// - narrative: "two days later", "that week", "the next week" count from the date mentioned
///   last ("two days later" is then a DATE).
/// In both, "the next day" and "the following month" count from the date mentioned last.
enum class anchoring : std::uint8_t { news, narrative };

/// Options for extract().
struct extract_options {
  extract_options() { parse.month = direction::nearest; }
  /// Date order, zones, DST, default directions. In running text a bare month or month-day
  /// defaults to the nearest one, a future one only when it is more than three months closer:
  /// "Oct. 23" in a January story is last October, "April" in a December story next April —
  /// what TimeBank annotators do. A bare month in a sentence that looks forward ("is due in
  /// March", "will open in March") is the next one.
  parse_options parse;
  anchoring anchor = anchoring::news;
  bool use_tense = true;                  ///< the sentence's tense picks bare-day direction
  bool split_ranges = false;              ///< TimeML style: a range's two ends as two mentions
  bool include_durations = true;
  bool include_sets = true;
  bool include_vague = true;              ///< PRESENT_REF, PAST_REF, FUTURE_REF
};

/// One temporal expression found in the text.
struct mention {
  std::size_t begin = 0;   ///< UTF-8 byte span [begin, end) in the text
  std::size_t end = 0;
  std::string text;        ///< the mention's text
  temporal_value value;
  double confidence = 1.0; ///< 0..1: lower for words that are often not temporal ("May")
  tense hint = tense::none;  ///< the sentence's tense, for a mention it directs (a bare weekday or month)
};

/// All mentions in text order. Never throws; invalid UTF-8 bytes are skipped, and an
/// expression that does not resolve (February 30) is not a mention.
[[nodiscard]] std::vector<mention> extract(std::string_view text, const reference& ref,
                                           const extract_options& options = {});

}  // namespace annals
