// The anchor scanner's specification as one regular expression, run by RE2: the oracle that the
// hand-written scanner (src/scanner.cpp) is checked against, by tests/scanner_test.cpp and
// fuzz/fuzz_scanner.cpp. The word list is spelled here a second time on purpose, as a pattern:
// a word added to one side only makes the two disagree.
#pragma once

#include <re2/re2.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace annals::test {

// Case-insensitive, byte-wise (Latin-1), \b an ASCII word boundary. The quote bytes are matched
// case-sensitively: in Latin-1, 0xE2 ('â') folds to 0xC2 ('Â'), and U+2019 is E2 80 99 only.
inline constexpr const char* kAnchorPattern =
    R"(\b(?:)"
    // months
    R"(jan(?:uary)?|feb(?:r?uary)?|febr|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|)"
    R"(sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|)"
    // weekdays, singular and plural
    R"(mon(?:day)?s?|tue(?:s(?:day)?)?s?|wed(?:s|nesday)?s?|thu(?:rs?(?:day)?)?s?|fri(?:day)?s?|)"
    R"(sat(?:urday)?s?|sun(?:day)?s?|)"
    // deictic and vague
    R"(today|tonight|tomorrow|yesterday|now|nowadays|current|currently|presently|recently|lately|)"
    R"(previously|formerly|soon|future|present|moment|past|term|ago|)"
    // calendar units
    R"(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|weekends?|fortnights?|months?|)"
    R"(quarters?|years?|yrs?|decades?|century|centuries|millenni(?:um|a)|half|period|(?:year|month|week|day|hour)long|)"
    // parts of day, clock words
    R"(mornings?|afternoons?|evenings?|nights?|overnight|midday|noon|midnight|daytime|dawn|daybreak|dusk|nightfall|)"
    R"(midmorning|midafternoon|midweek|midmonth|midyear|lunchtime|cob|eod|business|o'clock|)"
    // seasons
    R"(spring|summer|fall|autumn|winter|summers|autumns|winters|)"
    // sets
    R"(daily|weekly|monthly|yearly|annually|hourly|nightly|quarterly|biweekly|fortnightly|)"
    R"(semiannually|biannually|once|twice|thrice|)"
    // decades in words
    R"(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|noughties|aughts|tens|nineteen|eighteen|)"
    // single-word holidays
    R"(christmas|xmas|easter|thanksgiving|halloween|juneteenth|pentecost|whitsunday|eve|)"
    // Hebrew and Islamic holidays, by a word of each name
    R"(hashanah|hashana|kippur|sukkot|succot|sukkoth|hanukkah|chanukah|hanukah|chanukkah|purim|passover|)"
    R"(pesach|shavuot|shavuoth|ramadan|ramadhan|eid|hijri|islamic|lantern|)"
    // quarter and half shorthands
    R"(q[1-4]|h[12]|[1-4]q|)"
    // periods to date
    R"(ytd|qtd|mtd)"
    R"()\b|[0-9]+|(?-i:'|\xE2\x80\x99)[0-9][0-9]s)";

/// The compiled oracle; RE2 objects are immutable and may be shared by threads.
inline const RE2& anchor_oracle() {
  static const RE2 re = [] {
    RE2::Options o;
    o.set_case_sensitive(false);
    o.set_encoding(RE2::Options::EncodingLatin1);  // byte-wise: any input is valid
    o.set_log_errors(false);
    return RE2(kAnchorPattern, o);
  }();
  return re;
}

/// The first anchor at or after `from` by the oracle, as [begin, end).
inline std::optional<std::pair<std::size_t, std::size_t>> oracle_anchor(std::string_view text, std::size_t from) {
  if (from >= text.size()) return std::nullopt;
  re2::StringPiece m;
  if (!anchor_oracle().Match(re2::StringPiece(text.data(), text.size()), from, text.size(), RE2::UNANCHORED, &m, 1))
    return std::nullopt;
  const auto b = static_cast<std::size_t>(m.data() - text.data());
  return std::pair{b, b + m.size()};
}

}  // namespace annals::test
