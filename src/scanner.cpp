// The anchor scanner; see scanner.hpp.
#include "scanner.hpp"

#include <re2/re2.h>

#include <memory>
#include <string>

namespace annals::detail {
namespace {

// Word anchors, case-insensitive, matched as whole words. Digits and apostrophe-decades are
// anchors too. Weak words that only modify ("last", "the", "early", "two") are not anchors:
// extraction finds them by looking back from an anchor.
constexpr const char* kAnchorPattern =
    R"(\b(?:)"
    // months
    R"(jan(?:uary)?|feb(?:r?uary)?|febr|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|)"
    R"(sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|)"
    // weekdays, singular and plural
    R"(mon(?:day)?s?|tue(?:s(?:day)?)?s?|wed(?:s|nesday)?s?|thu(?:rs?(?:day)?)?s?|fri(?:day)?s?|)"
    R"(sat(?:urday)?s?|sun(?:day)?s?|)"
    // deictic and vague
    R"(today|tonight|tomorrow|yesterday|now|nowadays|current|currently|presently|recently|lately|)"
    R"(previously|formerly|soon|future|present|moment|past|term|)"
    // calendar units
    R"(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|weekends?|fortnights?|months?|)"
    R"(quarters?|years?|yrs?|decades?|century|centuries|millenni(?:um|a)|half|period|)"
    // parts of day, clock words
    R"(mornings?|afternoons?|evenings?|nights?|overnight|midday|noon|midnight|daytime|o'clock|)"
    // seasons
    R"(spring|summer|fall|autumn|winter|)"
    // sets
    R"(daily|weekly|monthly|yearly|annually|hourly|nightly|quarterly|biweekly|fortnightly|)"
    R"(semiannually|biannually|once|twice|thrice|)"
    // decades in words
    R"(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|nineteen|eighteen|)"
    // single-word holidays (multi-word ones contain "day" or "eve")
    R"(christmas|xmas|easter|thanksgiving|halloween|juneteenth|pentecost|whitsunday|eve|)"
    // quarter and half shorthands
    R"(q[1-4]|h[12]|[1-4]q)"
    R"()\b|[0-9]+|['\x{2019}][0-9][0-9]s)";

RE2::Options anchor_options() {
  RE2::Options o;
  o.set_case_sensitive(false);
  o.set_encoding(RE2::Options::EncodingLatin1);  // byte-wise: odd bytes never break the scan
  o.set_log_errors(false);
  o.set_max_mem(64 << 20);
  return o;
}

std::string anchor_pattern() {
    // The pattern is ASCII apart from the right single quote, written for Latin-1 as its bytes.
    std::string p = kAnchorPattern;
    const std::string curly = R"(\x{2019})";
    const auto at = p.find(curly);
    if (at != std::string::npos) p.replace(at, curly.size(), "\xE2\x80\x99");
    // Inside a character class the three bytes would be three alternatives; spell it out.
    const std::string cls = "['\xE2\x80\x99]";
    const auto c = p.find(cls);
    if (c != std::string::npos) p.replace(c, cls.size(), "(?:'|\xE2\x80\x99)");
    return p;
}

const RE2& anchor_re() {
  static const RE2 re(anchor_pattern(), anchor_options());  // immutable, shared by all threads
  return re;
}

}  // namespace

bool next_anchor(std::string_view text, std::size_t from, anchor_token& out) {
  if (from >= text.size()) return false;
  const RE2& re = anchor_re();
  re2::StringPiece m;
  const re2::StringPiece all(text.data(), text.size());
  if (!re.Match(all, from, text.size(), RE2::UNANCHORED, &m, 1)) return false;
  out.begin = static_cast<std::size_t>(m.data() - text.data());
  out.end = out.begin + m.size();
  return true;
}

}  // namespace annals::detail
