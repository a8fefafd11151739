// annals/extract.hpp: finding temporal expressions in running text. Each false-positive rule
// has its rows here (names, verbs, ordinals, counts, identifiers, URLs); then joined mentions,
// the sentence's tense, the options, narrative anchoring and byte offsets in UTF-8 text.
// 2023-09-21 is a Thursday; 2023-09-18 the Monday of its week.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "annals/extract.hpp"
#include "annals/reference.hpp"
#include "annals/render.hpp"
#include "extract_rows.hpp"

using annals::test::check_rows;

namespace {

annals::reference ref_of(const char* text) {
  auto r = annals::parse_reference(text);
  REQUIRE(r);
  return *r;
}

}  // namespace

TEST_CASE("false positives: month names that are names and verbs") {
  check_rows({
      {"2023-09-21", "May said the deal was done.", {}},
      {"2023-09-21", "You may go, and troops march on.", {}},
      {"2023-09-21", "Theresa May spoke in May.", {{21, 24, "DATE", "2023-05"}}},
      {"2023-09-21", "June Carter sang in June.", {{20, 24, "DATE", "2023-06"}}},
      {"2026-01-30", "The Fed will not move again until at least June.", {{43, 47, "DATE", "2026-06"}}},
      {"2025-03-12", "The update arrives in two weeks' time, the patch in a fortnight's time.",
       {{19, 37, "DATE", "2025-W13"}, {49, 70, "DATE", "2025-W13"}}},
      // any month name before a surname is a name, after "and" or "to" too; after a cue of
      // time it is the month ("In April Congress voted")
      {"2024-05-07", "Summer Smith and April Jones met August Wilson.", {}},
      // (July Fourth is eight weeks off, and "was" says it is past: last year's)
      {"2024-05-07", "In April Congress voted; July Fourth was calm.",
       {{3, 8, "DATE", "2024-04"}, {25, 36, "DATE", "2023-07-04"}}},
      {"2023-09-21", "They will march again in March.", {{25, 30, "DATE", "2024-03"}}},
      // before a noun, after a determiner, a month is the month ("the June meeting")
      {"2023-09-21", "The August heat broke records.", {{4, 10, "DATE", "2023-08"}}},
      {"2023-09-21", "A June agreement ended the strike.", {{2, 6, "DATE", "2023-06"}}},
      {"2023-09-21", "Its May meeting was cancelled.", {{4, 7, "DATE", "2023-05"}}},
      {"2023-09-21", "The March of Dimes met.", {}},
      // a capitalised month name alone, without a cue before it, is a name
      {"2023-09-21", "Sales rose. March said so.", {}},
      // an abbreviation without its dot is a name; with it, a month
      {"1999-03-13", "Jan Kavan met Dec Ltd staff.", {}},
      {"1999-03-13", "Sales rose in Sept. and in Jan. too.", {{14, 19, "DATE", "1998-09"}, {27, 31, "DATE", "1999-01"}}},
      // "July" is a whole name, no abbreviation and seldom a person's: it needs no cue
      {"2023-09-20", "It was the hottest July on record.", {{19, 23, "DATE", "2023-07"}}},
      {"2023-09-20", "July was hot.", {{0, 4, "DATE", "2023-07"}}},
  });
}

TEST_CASE("seasons and parts of a year: cues, and words that are not seasons") {
  check_rows({
      {"1989-10-25", "Demand stayed high well into the summer.", {{29, 39, "DATE", "1989-SU"}}},
      {"1989-10-25", "Orders rose from the low levels of the early summer.", {{35, 51, "DATE", "1989-SU"}}},
      {"1989-10-25", "Because of the fall in prices, the plant closed.", {}},
      // after a preposition of time, and after "at least"; "fall" keeps the stronger cues
      {"2024-03-14", "Rates stay on hold until at least the summer.", {{34, 44, "DATE", "2024-SU"}}},
      {"2024-03-14", "Talks will end before the summer and resume for the autumn.",
       {{22, 32, "DATE", "2024-SU"}, {48, 58, "DATE", "2024-FA"}}},
      {"1989-10-25", "Life changed after the fall of the Wall.", {}},
      {"1989-10-25", "Sales fall in spring.", {{14, 20, "DATE", "1989-SP"}}},
      // a part ("the third quarter of") that nothing can follow is the quarter itself
      {"1989-10-25", "It posted a loss for the third quarter of $226.3 million.",
       {{21, 38, "DATE", "1989-Q3"}}},
      {"1989-10-25", "It posted a loss for the third quarter of 1988.", {{21, 46, "DATE", "1988-Q3"}}},
      // a half or quarter of something else is no part of a year
      {"2024-03-15", "He scored in the second half of the game.", {}},
      {"2024-03-15", "The first quarter of the match was scoreless.", {}},
      // or of a game the sentence speaks of, with no "of"
      {"2024-04-07", "Haaland scored twice in the second half as City won.", {}},
      {"2024-04-07", "He had 12 points and 5 rebounds in the fourth quarter.", {}},
      {"2024-04-07", "In the second half, Haaland scored twice.", {}},
      // a game word in another sentence says nothing
      {"2024-04-07", "Haaland scored. Profit rose in the second half.", {{31, 46, "DATE", "2023-H2"}}},
      {"2024-04-07", "Profit rose in the second half. Haaland scored.", {{15, 30, "DATE", "2023-H2"}}},
      // (in the past: last year's, as "rose" in March cannot be of this year's)
      {"2024-03-15", "Profit rose in the second half.", {{15, 30, "DATE", "2023-H2"}}},
      {"2024-03-15", "Sales rose in the third quarter of Unisys's fiscal year.", {{14, 31, "DATE", "2023-Q3"}}},
      {"2024-03-15", "Costs rose in the second half of next year.", {{14, 42, "DATE", "2025-H2"}}},
      // the nth or last day or week of a month: a week is the ISO week holding the month's
      // (7n - 3)th day (the last: its fourth-last day), not "the last day" before the reference
      {"2023-09-19", "The last day of June was hot; schools closed in the second week of March 2020 and in the last week of February 2024.",
       {{0, 20, "DATE", "2023-06-30"}, {48, 77, "DATE", "2020-W11"}, {85, 115, "DATE", "2024-W09"}}},
      {"2023-09-19", "The first week of October is busy.", {{0, 25, "DATE", "2023-W40"}}},
      // "last" in "the last week of" points to no past: the month follows the sentence alone
      {"2023-09-19", "The last week of October is busy.", {{0, 24, "DATE", "2023-W43"}}},
      {"2023-09-19", "We met in the last week of October.", {{10, 34, "DATE", "2022-W43"}}},
      // in lower case after a preposition too: the part says the month is one
      {"2023-09-19", "It rained in the first week of May and in the second half of June.",
       {{13, 34, "DATE", "2023-W18"}, {42, 65, "DATE", "2023-06"}}},
      // the first or last part of a year that is a half or a quarter of it is that half or quarter
      {"1989-10-25", "Weakness will last through the first two quarters of 1990.", {{27, 57, "DATE", "1990-H1"}}},
      {"2023-09-19", "Sales fell in the last six months of 2022.", {{14, 41, "DATE", "2022-H2"}}},
      // "final" as "last", and a year named from the reference's
      {"2023-11-20", "The economy shrank in the final three months of last year.", {{22, 57, "DATE", "2022-Q4"}}},
      {"2023-11-20", "Output grew in the first six months of this year.", {{15, 48, "DATE", "2023-H1"}}},
      {"2023-09-19", "Costs rose in the first 3 months of 2021.", {{14, 40, "DATE", "2021-Q1"}}},
      {"2023-09-19", "Sales rose in the first nine months of 1997.", {{14, 35, "DURATION", "P9M"}, {39, 43, "DATE", "1997"}}},
  });
}

TEST_CASE("false positives: 'Now,' opening a sentence") {
  check_rows({
      {"1999-03-13", "It closed. Now, he says, it is open again now.", {{42, 45, "DATE", "PRESENT_REF"}}},
      {"1999-03-13", "Now officials are worried.", {{0, 3, "DATE", "PRESENT_REF"}}},
      // a sentence opened inside parentheses or after quotes
      {"1999-03-13", "He left. (Now, the firm says, it is fine.) He smiled. \"Now, we wait.\"", {}},
      // mid-sentence "now," is a time
      {"1999-03-13", "It is open now, he says.", {{11, 14, "DATE", "PRESENT_REF"}}},
  });
}

TEST_CASE("false positives: titles that hold a unit word") {
  check_rows({
      {"1999-03-13", "He said on ABC's \"This Week\" and CBS's \"60 Minutes\" that it was over.", {}},
      // capitals throughout are still times, and so is a holiday's Day
      {"1999-03-13", "LAST WEEK prices fell before Thanksgiving Day.",
       {{0, 9, "DATE", "1999-W09"}, {29, 45, "DATE", "1998-11-26"}}},
  });
}

TEST_CASE("false positives: Sun the newspaper, second the ordinal") {
  check_rows({
      // an ordinal word after a month is its day, not before a hyphen
      {"2023-09-21", "The vote was held on March eighth.", {{21, 33, "DATE", "2023-03-08"}}},
      {"2023-09-21", "In March first-time buyers paid more.", {{3, 8, "DATE", "2023-03"}}},
      {"2023-09-21", "The Sun reported it on Sunday.", {{23, 29, "DATE", "2023-09-17"}}},
      {"2023-09-21", "Sun Microsystems grew.", {}},
      {"2023-09-21", "He finished second in the second race.", {}},
      {"2023-09-21", "It lasted a second.", {{10, 18, "DURATION", "PT1S"}}},
  });
}

TEST_CASE("false positives: numbers that are not years") {
  check_rows({
      {"2023-09-21", "About 2,000 troops arrived in 2019.", {{30, 34, "DATE", "2019"}}},
      {"2023-09-21", "The 2000 troops left.", {}},
      {"2023-09-21", "The Boeing 787 flew; it cost $2023 and weighs 6.5 kilograms.", {}},
      {"2023-09-21", "It weighed 2019 kilograms and cost 1990 euros.", {}},
      {"2023-09-21", "See page 1990, No. 1984 and Route 1996.", {}},
      // a cricketer's hundred runs
      {"2023-09-21", "The batsman scored a century; Root hit his second century of the series.", {}},
      {"2023-09-21", "The bridge stood for a century. It was made in the second century.",
       {{21, 30, "DURATION", "P100Y"}, {47, 65, "DATE", "01"}}},
      // telephone numbers: after a word of calling, or with more groups of digits after them
      {"2023-09-21", "For support, call 1800 679 737 or the helpline 1077. Tel. 1098.", {}},
      {"2023-09-21", "Readers can reach the team on 1800 221 111 or 1300-555-012.", {}},
      {"2023-09-21", "In 1999 300 people died.", {{3, 7, "DATE", "1999"}}},
      {"2023-09-21", "Out of range: 2500 or 0999.", {}},
      {"2023-09-21", "The 1996 election was close.", {{4, 8, "DATE", "1996"}}},
      // a year used as an adjective after a determiner or a possessive; a count is plural
      {"2023-09-21", "A 1996 law, its 1990 invasion and the company's 1989 loss.",
       {{2, 6, "DATE", "1996"}, {16, 20, "DATE", "1990"}, {48, 52, "DATE", "1989"}}},
      {"2023-09-21", "Its 2000 employees and the firm's 1500 workers.", {}},
      // an event or plan named with its year; not an index named with a number
      {"2023-09-21", "The World Cup 2026 will be held in North America.", {{14, 18, "DATE", "2026"}}},
      {"2023-09-21", "The Vision 2030 plan and the Russell 2000 index.", {{11, 15, "DATE", "2030"}}},
      {"2023-09-21", "Nearly 2000 people left. \"About 1990 cars were sold.", {}},
      {"2023-09-21", "Sales peaked around 1990, when about 2000 troops left.", {{13, 24, "DATE", "1990"}}},
      // a year range is two years, never a clock time (20:19 to 20:20)
      {"2023-09-21", "From 2019 to 2020 sales rose.", {{5, 17, "DATE", "2019/2020"}}},
  });
}

TEST_CASE("amounts of money, shares and 'a' after a number are passed over; the clock times and spans beside them are read") {
  // The scanner drops such numbers before the grammar: "$17.50", "#94.8 million", "8.4%",
  // "$5 a day" (a one-letter word after a number counts only as "a.m.", "p.m." or "o'clock"),
  // "4.8 million" (a decimal that is neither an hour with its minutes nor before a unit).
  check_rows({
      {"2023-09-21", "Shares rose $1.50 to $17.50 a share at 10.30 a.m. on Monday.",
       {{39, 59, "TIME", "2023-09-18T10:30"}}},
      {"2023-09-21", "It cost #94.8 million, and 1,000 years ago it cost $5 a day.", {{27, 42, "DATE", "1023"}}},
      {"2023-09-21", "They met at 5 o'clock, paid $5 a month and left at 14.30 GMT.",
       {{12, 21, "TIME", "2023-09-21T05:00"}, {51, 60, "TIME", "2023-09-21T14:30"}}},
      {"2023-09-21", "He was paid 3 a week, from 9 a.m. to 5 p.m.",
       {{27, 43, "TIME", "2023-09-21T09:00/2023-09-21T17:00"}}},
      {"2023-09-21", "Output fell 8.4% and 12.5 percent in 1995; 3.5% at 3 p.m.",
       {{37, 41, "DATE", "1995"}, {51, 57, "TIME", "2023-09-21T15:00"}}},
      // a decimal is an hour and its minutes, an amount before a unit, or part of a date
      {"2023-09-21", "Steel fell 1.74 to 123.5 on 4.8 million shares by 14.30 GMT, 2.5 years after the 19.09.2023 sale.",
       {{50, 59, "TIME", "2023-09-21T14:30"}, {61, 70, "DURATION", "P2Y6M"}, {81, 91, "DATE", "2023-09-19"}}},
  });
}

TEST_CASE("'in a year', 'in 10 years' after a superlative are the stretch up to now; before 'that', a unit in general") {
  check_rows({
      {"1989-10-25", "Spending rose 0.2%, the smallest gain in a year.", {{41, 47, "DURATION", "P1Y"}}},
      // so after a perfect denied, in its own clause
      {"2024-11-24", "Many of us haven't slept in 48 hours.", {{28, 36, "DURATION", "PT48H"}}},
      {"2024-11-24", "It has not rained in a month.", {{21, 28, "DURATION", "P1M"}}},
      {"2024-11-24", "It hasn't closed and will reopen in two weeks.", {{33, 45, "DATE", "2024-W49"}}},
      {"1989-10-25", "It was the first time in a decade that prices fell.", {{25, 33, "DURATION", "P10Y"}}},
      {"1989-10-25", "Taxes are minimal in a quarter that produced a loss.", {}},
      // without a superlative it stays a date ahead
      {"1989-10-25", "He will return in a year.", {{15, 24, "DATE", "1990"}}},
      // any amount: "in three years", "in 10 years", "in more than a decade"
      {"2023-09-18", "The firm posted its first quarterly profit in three years.", {{46, 57, "DURATION", "P3Y"}}},
      {"2023-09-18", "Unemployment fell to the lowest in 10 years.", {{35, 43, "DURATION", "P10Y"}}},
      {"2023-09-18", "The plant will be finished in three years.", {{27, 41, "DATE", "2026"}}},
  });
}

TEST_CASE("'for <amount> from <day>' is how long, from that day; without 'for', the day that long after it") {
  check_rows({
      {"2023-09-20", "The plant will be shut for two weeks from Oct. 2.",
       {{27, 36, "DURATION", "P2W"}, {42, 48, "DATE", "2023-10-02"}}},
      {"2023-09-20", "The ban lasts for 30 days from today.", {{18, 25, "DURATION", "P30D"}, {31, 36, "DATE", "2023-09-20"}}},
      {"2023-09-20", "It will open two weeks from Monday.", {{13, 34, "DATE", "2023-10-09"}}},
  });
  // without durations the day is still read
  annals::extract_options no_durations;
  no_durations.include_durations = false;
  check_rows({{"2023-09-20", "The plant will be shut for two weeks from Oct. 2.", {{42, 48, "DATE", "2023-10-02"}}}},
             no_durations);
}

TEST_CASE("'in <amount> <unit>' in a sentence in the past is the time it took") {
  check_rows({
      {"2024-03-15", "She won the 200 metres in 21.34 seconds.", {{26, 39, "DURATION", "PT21.34S"}}},
      {"2024-03-15", "The plant was built in 18 months.", {{23, 32, "DURATION", "P18M"}}},
      {"2000-02-16", "His second letter in two weeks was published on Tuesday.",
       {{21, 30, "DURATION", "P2W"}, {48, 55, "DATE", "2000-02-15"}}},
      // a reporting verb dates the saying, not what was said; a future verb wins when nearer
      {"2024-03-15", "Officials said talks resume in two days.", {{28, 39, "DATE", "2024-03-17"}}},
      {"2024-03-15", "The company said it would go public in two years.", {{36, 48, "DATE", "2026"}}},
      // a unit in general stays no mention, past or not
      {"1989-10-25", "Taxes were minimal in a quarter that produced a loss.", {}},
  });
}

TEST_CASE("'the week of March 6' is the week that holds the day") {
  check_rows({
      // (March 6 is eleven days off: a past verb right before takes last year's)
      {"2000-02-24", "Sales rose in the week of March 6, officials said.", {{14, 33, "DATE", "1999-W09"}}},
      {"2000-02-24", "It may be resolved in a court hearing the week of March 6.", {{38, 57, "DATE", "2000-W10"}}},
      {"2000-02-24", "He left the week of Oct. 23.", {{8, 27, "DATE", "1999-W42"}}},
      // not a day after "of": the week alone
      {"2000-02-24", "The week of the storm was hard.", {{0, 8, "DATE", "2000-W08"}}},
  });
}

TEST_CASE("'the week ended Friday', 'the week ending Sept. 15', 'the week to Sunday': the seven days to the day") {
  // Reference Tuesday 2023-09-19 (ISO week 38).
  check_rows({
      {"2023-09-19", "Claims fell in the week ended Sept. 15, the agency said.", {{15, 38, "DATE", "2023-W37"}}},
      {"2023-09-19", "In the week ended Friday, shares rose.", {{3, 24, "DATE", "2023-W37"}}},
      // "ending" and a weekday: the sentence's tense chooses which one
      {"2023-09-19", "Sales for the week ending Saturday will be reported.", {{10, 34, "DATE", "2023-W38"}}},
      {"2023-09-19", "Sales rose in the week ending Saturday.", {{14, 38, "DATE", "2023-W37"}}},
      // "ended" without a day: the week alone
      {"2023-09-19", "The week ended quietly.", {{0, 8, "DATE", "2023-W38"}}},
      // and "to" (British): "the week to Sunday" is the week that ends then, as "the year to March"
      // is the year; the tense chooses the weekday
      {"2023-09-20", "Cases rose 12% in the week to Sunday.", {{18, 36, "DATE", "2023-W37"}}},
      {"2023-09-20", "Sales in the week to Sunday will be reported.", {{9, 27, "DATE", "2023-W38"}}},
      {"2023-09-20", "Sales in the week to Sept. 15 rose.", {{9, 29, "DATE", "2023-W37"}}},
  });
  // the seven days that end on the day (Friday, Sept. 15), named by the ISO week that holds most of them
  const auto got = annals::extract("Claims fell in the week ended Sept. 15.", ref_of("2023-09-19"));
  REQUIRE(got.size() == 1);
  REQUIRE(got[0].value.span);
  using date::September;
  CHECK(got[0].value.span->begin == date::local_days{date::year{2023} / September / 9});
  CHECK(got[0].value.span->end == date::local_days{date::year{2023} / September / 16});
}

TEST_CASE("'the quarter ended July 31', 'the year to March': the period that ends then, the day apart") {
  check_rows({
      // the year: twelve months up to the day, a duration (TimeML)
      {"2024-03-15", "Profit for the year ended Sept. 30 rose.", {{11, 19, "DURATION", "P1Y"}, {26, 34, "DATE", "2023-09-30"}}},
      {"2024-03-15", "Profits for the year to March rose 12%.", {{12, 20, "DURATION", "P1Y"}, {24, 29, "DATE", "2024-03"}}},
      // a quarter, half or month: the calendar one that holds most of the stretch up to the day
      {"2024-03-15", "Profit for the quarter ended Sept. 30 rose.", {{11, 22, "DATE", "2023-Q3"}, {29, 37, "DATE", "2023-09-30"}}},
      {"2024-03-15", "In the quarter ended July 31, Jayark had a loss.", {{3, 14, "DATE", "2023-Q2"}, {21, 28, "DATE", "2023-07-31"}}},
      {"2024-03-15", "The quarter to June was weak.", {{0, 11, "DATE", "2023-Q2"}, {15, 19, "DATE", "2023-06"}}},
      {"2024-03-15", "Profit for the half ended June 30 rose.", {{11, 19, "DATE", "2023-H1"}, {26, 33, "DATE", "2023-06-30"}}},
      {"2024-03-15", "Sales for the month ended May 31 rose.", {{10, 19, "DATE", "2023-05"}, {26, 32, "DATE", "2023-05-31"}}},
      // months that make a calendar quarter, named as one
      {"2024-11-20", "It posted a loss for the April-June quarter.", {{25, 43, "DATE", "2024-Q2"}}},
      {"2024-11-20", "Sales in the July-September quarter of 2023 rose.", {{13, 43, "DATE", "2023-Q3"}}},
      {"2024-11-20", "Sales in the April-July quarter rose.", {{13, 23, "DATE", "2024-04/2024-07"}}},
      // a quarter the report has named keeps its (fiscal) name
      {"1989-10-26", "It earned $5 million in the fiscal first quarter. Sales for the quarter ended Sept. 29 rose.",
       {{24, 48, "DATE", "1989-Q1"}, {60, 71, "DATE", "1989-Q1"}, {78, 86, "DATE", "1989-09-29"}}},
  });
}

TEST_CASE("'the weekend of Oct. 14-15': the weekend of the day's week; a range names its first day's") {
  // Reference Tuesday 2023-09-19 (ISO week 38).
  check_rows({
      {"2023-09-19", "The rally is planned for the weekend of Oct. 14-15.", {{25, 50, "DATE", "2023-W41-WE"}}},
      {"2023-09-19", "We met the weekend of Sept. 9.", {{7, 29, "DATE", "2023-W36-WE"}}},
      {"2023-09-19", "Shops opened the week of Sept. 11-15.", {{13, 36, "DATE", "2023-W37"}}},
  });
}

TEST_CASE("amounts written with thousands separators") {
  check_rows({
      {"1999-01-01", "It lasted 1,000 years, then 12,000 hours.",
       {{10, 21, "DURATION", "P1000Y"}, {28, 40, "DURATION", "PT12000H"}}},
      {"1999-01-01", "Some 1,500 years ago, it began.", {{0, 20, "DATE", "0499"}}},
      // a comma not followed by a group of three digits is not a separator
      {"1999-01-01", "On Sept. 19,2023 it rained; 5,00 years.", {{3, 16, "DATE", "2023-09-19"}}},
      {"1999-01-01", "About 2,000 troops arrived.", {}},
  });
}

TEST_CASE("false positives: rates and ages are not durations") {
  check_rows({
      {"1989-11-02", "It pays $1.76 a year, saves $500 million a year and runs four flights a week.", {}},
      {"1989-11-02", "Mr. Reupke, 52 years old, and a 6-year-old boy.", {}},
      // a page's reading time is no mention; a reading that took its time is
      {"2023-09-19", "2 min read Last Updated: Sep 19 2023 | 1:43 PM IST", {{25, 50, "TIME", "2023-09-19T13:43"}}},
      {"2023-09-19", "A 5-minute read, a 3 min listen.", {}},
      {"2023-09-19", "The clerk took 20 minutes to read it.", {{15, 25, "DURATION", "PT20M"}}},
      // "as recently as" measures the time after it; it is none itself
      {"2024-10-09", "It was a Category 5 as recently as Tuesday afternoon.", {{35, 52, "TIME", "2024-10-08TAF"}}},
      // a call for patience is no length of time; a minute that passes is
      {"2024-05-07", "Wait a second. Hang on a minute. Just a sec.", {}},
      {"2024-05-07", "Prices rose for a minute and fell in a sec.",
       {{16, 24, "DURATION", "PT1M"}, {37, 42, "DURATION", "PT1S"}}},
      // (a frequency stays a set)
      {"1998-10-25", "Guards stand 24 hours a day, seven days a week, three times per year.",
       {{48, 68, "SET", "P1Y"}}},
      {"1998-10-25", "It lasted 3 hours 20 minutes.", {{10, 28, "DURATION", "PT3H20M"}}},
      // a duration after other words stays one
      {"1989-11-02", "It took a year, and for a week nothing moved.", {{8, 14, "DURATION", "P1Y"}, {24, 30, "DURATION", "P1W"}}},
      // a share of a percentage point is no quarter or half of a year
      {"2023-09-19", "Markets priced in a quarter-point rise, a half-percentage-point cut; it took a quarter-hour.",
       {{77, 91, "DURATION", "PT15M"}}},
  });
}

TEST_CASE("false positives: digits inside URLs, e-mail addresses and identifiers") {
  check_rows({
      {"2023-09-21", "See https://example.com/img/1695110400/photo-2023-09-19.jpg for details.", {}},
      {"2023-09-21", "Write to jane.2023@example.org or desk@news-2023.example.", {}},
      {"2023-09-21", "Order AB2023-09-19X and ticket #2023 shipped.", {}},
      {"2023-09-21", "The F-16, COVID-19 and Windows 10 were named.", {}},
      {"2023-09-21", "An image: img_1693978628.jpg?ts=1693978628 was posted.", {}},
  });
}

TEST_CASE("starts on function words: the word after them decides whether the grammar is tried") {
  // "the", "in", "about" never make a match by themselves: after them the grammar is tried only
  // when the next word (after an article, the one after it) is a word it reads.
  check_rows({
      {"2023-09-21", "For the past two weeks, about a week ago, on the Fourth of July.",
       {{4, 22, "DURATION", "P2W"}, {24, 40, "DATE", "2023-W37"}, {45, 63, "DATE", "2023-07-04"}}},
      {"2023-09-21", "In the company of friends, the New Year's Day parade and in the Q3 results.",
       {{31, 45, "DATE", "2024-01-01"}, {64, 66, "DATE", "2023-Q3"}}},
      {"2023-09-21", "At the end of the quarter, in the past.",
       {{3, 25, "DATE", "2023-Q3"}, {30, 38, "DATE", "PAST_REF"}}},
  });
}

TEST_CASE("absolute forms in running text") {
  check_rows({
      {"2023-09-21", "Results for Q3 2023, the 1990s and 9/19/2023.",
       {{12, 19, "DATE", "2023-Q3"}, {21, 30, "DATE", "199"}, {35, 44, "DATE", "2023-09-19"}}},
      {"2023-09-21", "Filed 2023-09-19T10:09:00Z.", {{6, 26, "TIME", "2023-09-19T10:09:00"}}},
  });
}

TEST_CASE("adjacent parts join into one mention") {
  check_rows({
      {"2023-09-21", "Last Updated : Sep 19 2023 | 1:43 PM IST",
       {{15, 40, "TIME", "2023-09-19T13:43"}}},
      {"2023-09-21", "The talks at 2 p.m. Monday ended Monday morning.",
       {{13, 26, "TIME", "2023-09-18T14:00"}, {33, 47, "TIME", "2023-09-18TMO"}}},
      {"1998-11-21", "It happened on the night of Friday, Oct. 23.", {{15, 43, "TIME", "1998-10-23TNI"}}},
      // a zone written out joins its clock time; "Central Park" is no zone
      {"2024-11-04", "Polls close at 8 p.m. Eastern, and results come by 9 a.m. Beijing time.",
       {{15, 29, "TIME", "2024-11-04T20:00"}, {51, 70, "TIME", "2024-11-04T09:00"}}},
      {"2024-11-04", "They met at noon Central Park.", {{12, 16, "TIME", "2024-11-04T12:00"}}},
      // a capitalised "On" after a time's dot opens the next sentence
      {"2025-03-12", "Talks resumed at 9 a.m. On Friday night, police arrived.",
       {{17, 23, "TIME", "2025-03-12T09:00"}, {27, 39, "TIME", "2025-03-07TNI"}}},
      {"2025-03-12", "Talks resume at 9 a.m. Monday.", {{16, 29, "TIME", "2025-03-17T09:00"}}},
      // a part of the day after the weekday joins, and gives a bare clock its meridiem
      {"2024-11-05", "She was last seen around 10 o'clock on Saturday evening.", {{18, 55, "TIME", "2024-11-02T22:00"}}},
      {"2024-11-05", "He left at 9:30 on Saturday morning.", {{11, 35, "TIME", "2024-11-02T09:30"}}},
      // "UK time" is London's, and the day after it joins
      {"2025-03-11", "Kick-off is at 8pm UK time on Saturday.", {{15, 38, "TIME", "2025-03-15T20:00"}}},
  });
}

TEST_CASE("an hour alone before its zone is a time after a clock preposition") {
  check_rows({
      // after a part of the day, an hour alone takes its meridiem; not before a noun
      {"2023-09-19", "He speaks tonight at 8 and leaves tomorrow morning at 9.",
       {{10, 22, "TIME", "2023-09-19T20:00"}, {34, 55, "TIME", "2023-09-20T09:00"}}},
      {"2023-09-19", "It closed this morning at 5 locations.", {{10, 22, "TIME", "2023-09-19TMO"}}},
      // (the Sunday to come: "polls close", a schedule in the present tense)
      {"2023-09-19", "Markets open at 9 EST; polls close at 20 GMT on Sunday.",
       {{16, 21, "TIME", "2023-09-19T09:00"}, {38, 54, "TIME", "2023-09-24T20:00"}}},
      // a number before a zone without a preposition, and zones that spell words
      {"2023-09-19", "Flight 9 EST left; see the TOP 10 ART shows at 5 CAT.", {}},
  });
}

TEST_CASE("'local time' and a time in another zone in parentheses join the clock time and its day") {
  check_rows({
      {"2023-09-21", "The polls opened at 9 a.m. local time on Tuesday.", {{20, 48, "TIME", "2023-09-19T09:00"}}},
      // wire copy: the same instant in GMT, then the day
      {"1998-08-08", "The blast struck at 10:35 a.m. local time (0735 GMT) Friday.",
       {{20, 59, "TIME", "1998-08-07T10:35"}}},
      {"2023-09-21", "It ended at 3 p.m. (1900 GMT).", {{12, 29, "TIME", "2023-09-21T15:00"}}},
      // "local" alone is no zone: the clock time only
      {"2023-09-21", "Doors open at 9 a.m. local, said the host.", {{14, 20, "TIME", "2023-09-21T09:00"}}},
  });
}

TEST_CASE("the sentence's tense chooses the direction of bare weekdays, months and holidays") {
  check_rows({
      {"2023-12-05", "The vote is slated for November.", {{23, 31, "DATE", "2024-11"}}},
      {"2023-12-05", "The vote was held in November.", {{21, 29, "DATE", "2023-11"}}},
      {"2023-09-21", "They met on Wednesday.", {{12, 21, "DATE", "2023-09-20"}}},
      {"2023-09-21", "They will meet on Wednesday.", {{18, 27, "DATE", "2023-09-27"}}},
      // a participle after the mention is no past tense of the sentence
      {"2023-09-21", "They will speak on Wednesday, followed by a vote.", {{19, 28, "DATE", "2023-09-27"}}},
      {"2023-09-21", "They spoke on Wednesday, followed by a vote.", {{14, 23, "DATE", "2023-09-20"}}},
      // a schedule in the present tense right before it looks forward; an infinitive does not
      {"2023-09-21", "The trial begins Monday, officials said.", {{17, 23, "DATE", "2023-09-25"}}},
      // a phrasal verb's particle takes no room: "kicks off at", "takes place on"
      {"2024-05-23", "The match kicks off at 3pm on Boxing Day.", {{23, 40, "TIME", "2024-12-26T15:00"}}},
      {"2024-05-23", "The ceremony takes place on Friday.", {{28, 34, "DATE", "2024-05-24"}}},
      {"2023-09-21", "Voting ends on Tuesday.", {{15, 22, "DATE", "2023-09-26"}}},
      {"2023-09-21", "The store opens in March.", {{19, 24, "DATE", "2024-03"}}},
      {"2023-09-21", "It had been due to expire Friday evening.", {{26, 40, "TIME", "2023-09-15TEV"}}},
      // up to six words before it; a bare form after a plural or named subject too, not after
      // "to", an article or a possessive
      {"2024-02-07", "The exhibition opens to the public on Saturday.", {{38, 46, "DATE", "2024-02-10"}}},
      {"2024-02-07", "The ceasefire takes effect at midnight on Friday.", {{30, 48, "TIME", "2024-02-09T24:00"}}},
      {"2024-02-07", "The Giants play the Eagles in Philadelphia on Sunday night.", {{46, 58, "TIME", "2024-02-11TNI"}}},
      {"2024-02-07", "Voters head to the polls on Tuesday.", {{28, 35, "DATE", "2024-02-13"}}},
      {"2024-02-07", "They return from recess on Monday.", {{27, 33, "DATE", "2024-02-12"}}},
      {"2024-02-07", "Their return on Monday surprised everyone.", {{16, 22, "DATE", "2024-02-05"}}},
      // "last" as the verb, a length after it, is no past cue
      {"2024-02-07", "The truce would take effect on Friday and last 72 hours.",
       {{31, 37, "DATE", "2024-02-09"}, {47, 55, "DURATION", "PT72H"}}},
      {"2024-02-07", "The truce would begin on Friday and last for a week.",
       {{25, 31, "DATE", "2024-02-09"}, {45, 51, "DURATION", "P1W"}}},
      {"2024-02-07", "He wanted to return on Monday.", {{23, 29, "DATE", "2024-02-05"}}},
      // a part of the day alone is on the day last named, unless the sentence looks the other way
      {"2024-10-09", "It was a Category 5 on Tuesday afternoon. Forecasters expect it to cross the state overnight.",
       {{23, 40, "TIME", "2024-10-08TAF"}, {83, 92, "TIME", "2024-10-09TNI"}}},
      {"2024-10-09", "It should reach land by Thursday morning. Warnings were issued from mid-afternoon.",
       {{24, 40, "TIME", "2024-10-10TMO"}, {68, 81, "TIME", "2024-10-09TAF"}}},
      {"2024-10-09", "Police arrived on Monday. They left at 6 p.m.", {{18, 24, "DATE", "2024-10-07"}, {39, 45, "TIME", "2024-10-07T18:00"}}},
      // "by" before a weekday is a deadline, ahead unless a cue says otherwise
      {"2024-10-09", "It should reach the Atlantic by Thursday morning.", {{32, 48, "TIME", "2024-10-10TMO"}}},
      {"2024-10-09", "Prices had fallen by Friday.", {{21, 27, "DATE", "2024-10-04"}}},
      // a results date: "reports earnings", "report results" after their subject
      {"2024-02-07", "The company reports earnings on Thursday after the bell.", {{32, 40, "DATE", "2024-02-08"}}},
      {"2024-02-07", "Reports on Thursday said the firm cut jobs.", {{11, 19, "DATE", "2024-02-01"}}},
      // "holds" says as often what stands: no schedule
      {"1989-11-02", "It began buying in July, and holds 14.6%.", {{19, 23, "DATE", "1989-07"}}},
      // "set" looks forward as "set for" and "set to"; with the day as its object it is the
      // setting itself
      {"2000-01-15", "The vote is set for Friday.", {{20, 26, "DATE", "2000-01-21"}}},
      {"2000-01-15", "Talks were set to resume Monday.", {{25, 31, "DATE", "2000-01-17"}}},
      {"2000-01-15", "The agency set Friday as the deadline for his return.", {{15, 21, "DATE", "2000-01-14"}}},
      // so does the present of "be" right before it, or before its preposition; a past tense
      // further on does not undo it, and a verb after the mention does not count
      {"2023-09-21", "The vote is on Friday.", {{15, 21, "DATE", "2023-09-22"}}},
      {"2023-09-21", "The call is at noon ET on Friday.", {{15, 32, "TIME", "2023-09-22T12:00"}}},
      {"2023-09-21", "The talks are in March, after the merger was announced.", {{17, 22, "DATE", "2024-03"}}},
      {"2023-09-21", "The vote, which was delayed twice, is Tuesday.", {{38, 45, "DATE", "2023-09-26"}}},
      {"1998-01-08", "Her shares, worth more in October, are worth half that now.",
       {{26, 33, "DATE", "1997-10"}, {55, 58, "DATE", "PRESENT_REF"}}},
      // a past verb sends a bare month back, though the next one is nearer
      {"1989-11-02", "The chairman resigned in March for health reasons.", {{25, 30, "DATE", "1989-03"}}},
      {"1989-11-02", "In January, the company brought in a new chief.", {{3, 10, "DATE", "1989-01"}}},
      {"1989-11-02", "Since the group bought the firm in February, it has sold assets.", {{35, 43, "DATE", "1989-02"}}},
      // but not a month that ends a stretch, which may still be running
      {"1989-11-02", "The bank extended the loans through January.", {{36, 43, "DATE", "1990-01"}}},
      // a month-day only by a past verb right before it
      {"1989-10-27", "The company's fiscal year ended Jan. 31.", {{32, 39, "DATE", "1989-01-31"}}},
      {"1989-10-27", "The old chairman died on Dec. 4.", {{25, 31, "DATE", "1988-12-04"}}},
      // and before "from" or "between" (a stretch's start); not before "until" (it may be extended)
      {"2024-03-09", "The strike, which lasted from July 14 to Nov. 9, ended.", {{30, 47, "DATE", "2023-07-14/2023-11-09"}}},
      {"2024-03-09", "The festival runs from July 14 to July 20.", {{23, 41, "DATE", "2024-07-14/2024-07-20"}}},
      {"2024-03-09", "Talks were extended until July 14.", {{26, 33, "DATE", "2024-07-14"}}},
      // the present of "be" right before it (or its "on") puts it ahead, as for a weekday
      {"2024-05-23", "The budget is on 22 November; the deadline is 22 November.",
       {{17, 28, "DATE", "2024-11-22"}, {46, 57, "DATE", "2024-11-22"}}},
      {"2024-05-23", "The budget was on 22 November.", {{18, 29, "DATE", "2023-11-22"}}},
      {"1989-10-27", "The talks were delayed, and a vote is expected Dec. 4.", {{47, 53, "DATE", "1989-12-04"}}},
      // a month-day no verb directs, after a day named earlier in its sentence, is the one
      // nearest that day; in the next sentence, the one nearest the reference
      {"2023-09-19", "The ceasefire, agreed on 7 October, held until 9 October. Talks resume 9 October.",
       {{25, 34, "DATE", "2022-10-07"}, {47, 56, "DATE", "2022-10-09"}, {71, 80, "DATE", "2023-10-09"}}},
      // a sentence ends at a period and a line break as at a period and a blank
      {"2023-09-20", "The law took effect on New Year's Day 2020.\nThe meeting is on 3 October.",
       {{23, 42, "DATE", "2020-01-01"}, {62, 71, "DATE", "2023-10-03"}}},
      // "said" dates a weekday, not a month in what was said
      {"1989-11-02", "The alliance will admit new members in early March, a spokesman said.",
       {{39, 50, "DATE", "1990-03"}}},
      // a mention alone in parentheses takes the tense of the sentence around it; a quotation
      // that closes after a cue keeps its tense from the saying after it
      {"2000-04-05", "''He will leave then (4 a.m. EDT Thursday),'' Castro said.",
       {{22, 41, "TIME", "2000-04-06T04:00"}}},
      {"2000-04-05", "\"We will vote Thursday,\" he said.", {{14, 22, "DATE", "2000-04-06"}}},
      // each rule alone: the parentheses (no saying after), a '' and a curly closing quote
      {"2000-04-05", "He will leave then (4 a.m. EDT Thursday).", {{20, 39, "TIME", "2000-04-06T04:00"}}},
      {"2000-04-05", "''We will hold the vote on Thursday,'' he said.", {{27, 35, "DATE", "2000-04-06"}}},
      {"2000-04-05", "\u201CWe will hold the vote on Thursday,\u201D he said.", {{28, 36, "DATE", "2000-04-06"}}},
      // blanks (as blanked markup leaves them) do not use up the reach of the scan
      {"2000-04-05", "They will leave                                                                 "
                     "                                                                                "
                     "                                                                                "
                     "                                                                 on Thursday.",
       {{308, 316, "DATE", "2000-04-06"}}},
      // a quarter or half without a year, by the past only (the saying counts)
      {"1998-01-26", "AT&T announced a drop in profits for the fourth quarter.", {{37, 55, "DATE", "1997-Q4"}}},
      {"1998-02-10", "The firm lost money in the second half.", {{23, 38, "DATE", "1997-H2"}}},
      {"1998-01-26", "AT&T expects a drop in profits in the fourth quarter.", {{34, 52, "DATE", "1998-Q4"}}},
      // one to come whose this year's ended more than 90 days ago is next year's; results of one not begun, last year's
      {"2024-11-05", "The company will list its shares in the first quarter.", {{36, 53, "DATE", "2025-Q1"}}},
      {"2024-11-05", "It will report third-quarter results.", {{15, 28, "DATE", "2024-Q3"}}},
      {"2025-03-12", "The company will report fourth-quarter results on Thursday.",
       {{24, 38, "DATE", "2024-Q4"}, {50, 58, "DATE", "2025-03-13"}}},
      {"2026-01-30", "The retailer reports fourth-quarter results on March 4.",
       {{21, 35, "DATE", "2025-Q4"}, {47, 54, "DATE", "2026-03-04"}}},
      // "expect" and "intend" plan as "expects" does: the weekend to come (the reference is a Wednesday)
      {"2024-01-10", "Officials expect to restore service by the weekend.", {{39, 50, "DATE", "2024-W02-WE"}}},
      {"2024-01-10", "Crews restored service by the weekend.", {{26, 37, "DATE", "2024-W01-WE"}}},
      {"2024-01-10", "They intend to vote on Friday.", {{23, 29, "DATE", "2024-01-12"}}},
      {"1989-10-27", "Sales fell in the third quarter.", {{14, 31, "DATE", "1989-Q3"}}},
      // a holiday without a year, as a month
      {"2024-11-20", "Markets closed early on Christmas Eve.", {{24, 37, "DATE", "2023-12-24"}}},
      {"2024-11-20", "Markets will close early on Christmas Eve.", {{28, 41, "DATE", "2024-12-24"}}},
      // "the new year" in lower case is a year: the next from July on, else the one begun
      {"2024-11-20", "Talks will resume in the new year.", {{25, 33, "DATE", "2025"}}},
      {"2025-02-10", "Sales rose in the new year.", {{18, 26, "DATE", "2025"}}},
      // after January a sentence that looks ahead means the next one
      {"2024-05-23", "The inquiry will report back in the new year.", {{36, 44, "DATE", "2025"}}},
      {"2024-01-20", "Talks will resume in the new year.", {{25, 33, "DATE", "2024"}}},
      {"2024-11-20", "Markets close on New Year.", {{17, 25, "DATE", "2025-01-01"}}},
  });
  SUBCASE("use_tense = false keeps the default direction (a bare weekday is the past one)") {
    annals::extract_options o;
    o.use_tense = false;
    check_rows({{"2023-09-21", "They will meet on Wednesday.", {{18, 27, "DATE", "2023-09-20"}}}}, o);
  }
}

TEST_CASE("a weekday that fits no year near the story is dropped, at a lower confidence") {
  check_rows({
      // March 4, 2025 is a Tuesday; "met" keeps Monday, March 3 in the past (2024, a Sunday)
      {"2024-09-01", "Talks resume on Tuesday, March 4. They met on Monday, March 3.",
       {{16, 32, "DATE", "2025-03-04"}, {46, 61, "DATE", "2024-03-03"}}},
  });
  // with its year written too, the date stands ("Tuesday, Nov. 20, 2023" was a Monday)
  check_rows({
      {"2024-09-01", "The vote is on Tuesday, Nov. 20, 2023.", {{15, 37, "DATE", "2023-11-20"}}},
      {"2024-09-01", "Sent Wed, 21 Nov 2023 09:00:00 GMT.", {{5, 34, "TIME", "2023-11-21T09:00:00"}}},
  });
  // without the weekday the date is still invalid: no mention
  check_rows({{"2024-09-01", "They met on Monday, Feb. 30.", {}}, {"2024-09-01", "They met on Monday, Feb. 30, 2023.", {}}});
  const auto ref = annals::parse_reference("2024-09-01").value();
  const auto got = annals::extract("Talks resume on Tuesday, March 4. They met on Monday, March 3.", ref);
  REQUIRE(got.size() == 2);
  CHECK(got[0].confidence == doctest::Approx(1.0));
  CHECK(got[1].confidence == doctest::Approx(0.5));
}

TEST_CASE("tense: a past form in a passive, before an infinitive or after an article is no past cue; a plan of the past no future cue") {
  check_rows({
      // a passive after a modal or in the present: the modal decides, or nothing does
      {"2023-09-21", "The plan would be debated on Monday.", {{29, 35, "DATE", "2023-09-25"}}},
      {"2023-09-21", "The bill will pass if it is approved on Monday.", {{40, 46, "DATE", "2023-09-25"}}},
      // an adjective after an article
      {"2023-09-21", "The company will hold the delayed vote on Tuesday.", {{42, 49, "DATE", "2023-09-26"}}},
      // a verb before "to" and an infinitive; before "to" and a name it stays past
      {"2023-09-21", "Union leaders will tell members they decided to strike on Monday.",
       {{58, 64, "DATE", "2023-09-25"}}},
      {"2023-09-21", "He will say he returned to Paris on Tuesday.", {{36, 43, "DATE", "2023-09-19"}}},
      // ("to them" is no infinitive: the past verb before it dates the mention)
      {"2023-09-21", "He will say he returned to them on Tuesday.", {{35, 42, "DATE", "2023-09-19"}}},
      // irregular past forms
      {"2023-09-21", "The firm, which will report soon, sold the unit on Monday.", {{51, 57, "DATE", "2023-09-18"}}},
      // a plan of the past ("had been scheduled", "as previously planned") does not look forward
      {"2023-09-21", "The offer had been scheduled to expire at midnight Friday.",
       {{42, 57, "TIME", "2023-09-15T24:00"}}},
      {"2023-09-21", "The march went ahead as previously planned on Saturday.", {{46, 54, "DATE", "2023-09-16"}}},
      {"2023-09-21", "The vote has been scheduled for Tuesday.", {{32, 39, "DATE", "2023-09-26"}}},
      // "until" looks forward, unless the clause after it is in the past; a present schedule
      // before it keeps it ahead
      {"2023-09-19", "Until Thursday, they had not called him a suspect.", {{6, 14, "DATE", "2023-09-14"}}},
      {"2023-09-19", "The session, which runs until Friday, was called in late August.",
       {{30, 36, "DATE", "2023-09-22"}, {52, 63, "DATE", "2023-08"}}},
      // a possessive weekday is the one just past, "'s" after blanks too (tokenised text)
      {"2000-01-07", "Lawyers will fight Wednesday 's ruling.", {{19, 28, "DATE", "2000-01-05"}}},
      // a past verb of agreeing or resolving before an infinitive looks ahead; before a noun
      // phrase ("agreed to a deal", "agreed to Paris talks") it says nothing of the mention
      {"2024-10-16", "The court agreed to rule by June, and the board voted to close the plant in March.",
       {{28, 32, "DATE", "2025-06"}, {76, 81, "DATE", "2025-03"}}},
      {"2024-10-16", "He agreed to meet on Monday.", {{21, 27, "DATE", "2024-10-21"}}},
      {"2024-10-16", "He agreed to a deal on Monday.", {{23, 29, "DATE", "2024-10-14"}}},
      {"2024-10-16", "He agreed to Paris talks on Monday.", {{28, 34, "DATE", "2024-10-14"}}},
      // a possessive month is the nearest, whatever the tense; a bare month keeps the tense's
      {"2024-03-14", "The ONS will publish February's figures and December's revisions.",
       {{21, 29, "DATE", "2024-02"}, {44, 52, "DATE", "2023-12"}}},
      {"2024-03-14", "The ONS will publish its figures in February.", {{36, 44, "DATE", "2025-02"}}},
      // "as early as" read as words, whatever the blanks between them (markup blanked out)
      {"2000-04-03", "The envoy could arrive as early as    Tuesday.", {{38, 45, "DATE", "2000-04-04"}}},
      // an auxiliary before a plan word is no past cue: the plan word speaks
      {"2000-01-07", "Protesters planned a rally on Saturday and were planning to march on Monday.",
       {{30, 38, "DATE", "2000-01-08"}, {69, 75, "DATE", "2000-01-10"}}},
      {"2000-01-07", "Exiles held a rally on Saturday and were planning a march.", {{23, 31, "DATE", "2000-01-01"}}},
      // a time something is moved to is still to come, past verb or not
      {"2024-11-20", "The deadline was extended to Friday.", {{29, 35, "DATE", "2024-11-22"}}},
      {"2024-11-20", "The game was pushed back to Sunday.", {{28, 34, "DATE", "2024-11-24"}}},
      {"2024-11-20", "The game was played on Sunday.", {{23, 29, "DATE", "2024-11-17"}}},
      // "since" looks back, whatever the sentence's other cues
      {"1990-08-13", "The carrier has been on patrol since March and was scheduled to return.",
       {{37, 42, "DATE", "1990-03"}}},
  });
}

TEST_CASE("clock times in words: 'half past nine', 'a quarter to ten', 'ten past six'") {
  check_rows({
      {"2023-09-19", "The bell rang at half past nine; results came at a quarter past ten.",
       {{17, 31, "TIME", "2023-09-19T09:30"}, {49, 67, "TIME", "2023-09-19T10:15"}}},
      // "to": the minutes before the hour, and the day or part of the day after it
      {"2023-09-19", "The ferry leaves at a quarter to ten tonight.", {{20, 44, "TIME", "2023-09-19T21:45"}}},
      {"2023-09-19", "We met at ten past six on Monday.", {{10, 32, "TIME", "2023-09-18T06:10"}}},
      {"2023-09-19", "He left at twenty minutes to five p.m.", {{11, 38, "TIME", "2023-09-19T16:40"}}},
      {"2023-09-19", "He rang at twenty-five past eleven in the evening.", {{11, 49, "TIME", "2023-09-19T23:25"}}},
      // counts, not clocks: a unit or a share after the hour, "ten to twelve" without "minutes"
      {"2023-09-19", "Waits ranged from 10 minutes to 6 hours.", {{18, 28, "DURATION", "PT10M"}, {32, 39, "DURATION", "PT6H"}}},
      {"2023-09-19", "Rates rose a quarter to two percent.", {}},
      {"2023-09-19", "Votes rose from ten to twelve.", {}},
  });
}

TEST_CASE("the week or weekend of a holiday; 'is forecast to' looks forward") {
  check_rows({
      // "shortly before", "just after", "soon after" a time or a day: mod BEFORE or AFTER
      {"2023-09-19", "The blast came shortly before midnight; he left soon after Christmas. Soon after, police came.",
       {{15, 38, "TIME", "2023-09-19T24:00"}, {48, 68, "DATE", "2022-12-25"}}},
      {"2023-09-19", "Schools close the week of Thanksgiving.", {{14, 38, "DATE", "2023-W47"}}},
      // the tense directs the holiday
      {"2023-09-19", "Stores were busy the weekend of Christmas.", {{17, 41, "DATE", "2022-W51-WE"}}},
      // "Easter week", "Christmas week": the ISO week of the holiday, its year chosen by the week:
      // on the Monday before Easter, the week that began is this year's (Easter is still ahead)
      {"2000-04-17", "Earlier Sunday, protesters prayed as Easter week began.",
       {{8, 14, "DATE", "2000-04-16"}, {37, 48, "DATE", "2000-W16"}}},
      {"2000-04-17", "Pilgrims filled the city as Easter began.", {{28, 34, "DATE", "1999-04-04"}}},
      {"2023-09-19", "Sales were slow during Christmas week.", {{23, 37, "DATE", "2022-W51"}}},
      // so for a weekend: on the Saturday before Memorial Day, its weekend has begun
      {"2023-05-27", "Traffic was heavy as Memorial Day weekend began.", {{21, 41, "DATE", "2023-W21-WE"}}},
      {"2023-09-19", "The storm is forecast to hit Thursday night.", {{29, 43, "TIME", "2023-09-21TNI"}}},
  });
  const auto r = annals::extract("It came shortly before midnight, just after 3 a.m.", annals::parse_reference("2023-09-19").value());
  REQUIRE(r.size() == 2);
  CHECK(r[0].value.mod == annals::timex_mod::before);
  CHECK(r[1].value.mod == annals::timex_mod::after);
  // a clock time without a day is on the day last named: midnight ends the 19th, so the 20th
  CHECK(r[1].value.value == "2023-09-20T03:00");
}

TEST_CASE("an offset before 'today' or 'this month' is one mention") {
  check_rows({
      // "a quarter century" is 25 years, "a quarter hour" 15 minutes; "a quarter point" no time
      {"2023-09-19", "A quarter century ago, the wall fell; rates rose a quarter point in a quarter hour.",
       {{0, 21, "DATE", "1998"}, {68, 82, "DURATION", "PT15M"}}},
      {"2023-09-19", "The company was founded 25 years ago this month.", {{24, 47, "DATE", "1998-09"}}},
      {"2023-09-19", "The law passed a year ago today.", {{15, 31, "DATE", "2022-09-19"}}},
  });
}

TEST_CASE("years of the common era ('476 AD', '1066 CE') and British dotted clocks ('10.02 BST')") {
  check_rows({
      {"2023-09-19", "The empire fell in 476 AD; the Normans came in 1066 CE.",
       {{19, 25, "DATE", "0476"}, {47, 54, "DATE", "1066"}}},
      {"2023-09-19", "He died around 33 A.D. in Jerusalem.", {{8, 22, "DATE", "0033"}}},
      // the era first: "AD" in capitals, or "A.D."; "ad" is a word
      {"2023-09-19", "Rome fell in AD 476, and Augustus died in A.D. 14.",
       {{13, 19, "DATE", "0476"}, {42, 49, "DATE", "0014"}}},
      {"2023-09-19", "The ad ran in Ad 476 places, ad 12 times.", {}},
      // and before it: "BC", "B.C.", "BCE", "B.C.E."; "bc" in lower case is no era
      {"2023-09-19", "Rome was founded in 753 BC; Caesar died in 44 B.C. at the Senate.",
       {{20, 26, "DATE", "BC0753"}, {43, 50, "DATE", "BC0044"}}},
      {"2023-09-19", "The temple, built around 300 BCE, stood until the fifth century B.C.E. fell.",
       {{18, 32, "DATE", "BC0300"}, {46, 70, "DATE", "BC04"}}},
      {"2023-09-19", "From 27 BC to 14 AD, Augustus ruled; people farmed here 10,000 years ago.",
       {{5, 19, "DATE", "BC0027/0014"}, {56, 72, "DATE", "BC7978"}}},
      {"2023-09-19", "Send 300 bc to the list.", {}},
      // "ad" in lower case is an advertisement
      {"2023-09-19", "The 476 ad campaign ran.", {}},
      {"2023-09-19", "Thursday 21 September 2023 10.02 BST", {{0, 36, "TIME", "2023-09-21T10:02"}}},
      {"2023-09-19", "Shares closed at 10.02 GMT, up 10.02 points.", {{17, 26, "TIME", "2023-09-19T10:02"}}},
  });
  const auto r = annals::extract("Thursday 21 September 2023 10.02 BST", annals::parse_reference("2023-09-19").value());
  REQUIRE(r.size() == 1);
  REQUIRE(r[0].value.instant);
  CHECK(annals::iso_utc(*r[0].value.instant) == "2023-09-21T09:02:00Z");
}

TEST_CASE("a part of the day named after a bare clock time is its meridiem") {
  check_rows({
      // dawn and daybreak are in the morning, dusk and nightfall in the evening
      {"2023-09-19", "The rebels attacked at dawn on Friday and at dusk Saturday.",
       {{23, 37, "TIME", "2023-09-15TMO"}, {45, 58, "TIME", "2023-09-16TEV"}}},
      {"2023-09-19", "They attacked Friday at dawn; it was the dawn of a new era.", {{14, 28, "TIME", "2023-09-15TMO"}}},
      {"2023-09-19", "Kickoff is at 8 tonight; it opens at 9:30 tonight.",
       {{14, 23, "TIME", "2023-09-19T20:00"}, {37, 49, "TIME", "2023-09-19T21:30"}}},
      {"2023-09-19", "The blast came at 10 last night, the vote at 3 this afternoon.",
       {{18, 31, "TIME", "2023-09-18T22:00"}, {45, 61, "TIME", "2023-09-19T15:00"}}},
      {"2023-09-19", "We spoke at 9 this morning.", {{12, 26, "TIME", "2023-09-19T09:00"}}},
  });
}

TEST_CASE("clock hours in words, the next morning, year-end, coming years, -long, the near term") {
  check_rows({
      {"2000-02-22", "Police arrived at 4 in the morning and left at 9 in the evening.",
       {{18, 34, "TIME", "2000-02-22T04:00"}, {47, 63, "TIME", "2000-02-22T21:00"}}},
      {"2000-02-22", "The deal should close by year-end, and the next morning they signed.",
       {{25, 33, "DATE", "2000"}, {39, 55, "TIME", "2000-02-23TMO"}}},
      {"2000-02-22", "Prices may rise in coming years.", {{19, 31, "DATE", "FUTURE_REF"}}},
      // the unit alone after "end of", "start of"; "month-end" as "year-end"; not "year two"
      {"2023-09-19", "Sales rose at month-end and are reviewed by end of year and start of week.",
       {{14, 23, "DATE", "2023-09"}, {44, 55, "DATE", "2023"}, {60, 73, "DATE", "2023-W38"}}},
      {"2023-09-19", "It is due at the end of year two.", {}},
      {"1989-11-02", "A decades-long feud, a day-long strike; sales for the full year, in the near term.",
       {{2, 14, "DURATION", "PXY"}, {23, 31, "DURATION", "P1D"}, {50, 63, "DATE", "1989"},
        {68, 81, "DATE", "FUTURE_REF"}}},
      // "the decade-long war" is no "the decade"; the amount of "two-year-long" counts
      {"2023-09-19", "The decade-long war and the month-long strike: a two-year-long probe, a yearlong study, a weeklong visit.",
       {{4, 15, "DURATION", "P10Y"}, {28, 38, "DURATION", "P1M"}, {49, 62, "DURATION", "P2Y"},
        {72, 80, "DURATION", "P1Y"}, {90, 98, "DURATION", "P1W"}}},
      {"1989-11-02", "Long-term debt rose in terms of value.", {}},
  });
}

TEST_CASE("sets: plural weekdays, plural parts of day") {
  check_rows({
      {"1998-02-13", "It airs on Tuesday nights and Sunday mornings, and on Mondays.",
       {{11, 25, "SET", "XXXX-WXX-2TNI"}, {30, 45, "SET", "XXXX-WXX-7TMO"}, {54, 61, "SET", "XXXX-WXX-1"}}},
      {"1998-02-13", "It rained Sunday morning.", {{10, 24, "TIME", "1998-02-08TMO"}}},
      // a plural is a noun, not a set adjective: the word after it does not undo it
      {"1998-02-13", "On weekends the shop is shut; on Mondays the bar is.", {{3, 11, "SET", "XXXX-WXX-WE"}, {33, 40, "SET", "XXXX-WXX-1"}}},
      {"1998-02-13", "He spends weekends fishing.", {{10, 18, "SET", "XXXX-WXX-WE"}}},
      // a weekday joined to a set of weekdays is one more day of it; joined to a date, a date
      {"2025-03-11", "It opens every Tuesday and Thursday, and every Monday, Wednesday & Friday morning.",
       {{9, 22, "SET", "XXXX-WXX-2"}, {27, 35, "SET", "XXXX-WXX-4"}, {41, 53, "SET", "XXXX-WXX-1"},
        {55, 64, "SET", "XXXX-WXX-3"}, {67, 81, "SET", "XXXX-WXX-5TMO"}}},
      // hyphenated frequency words are read from their first part
      {"2025-03-11", "Interest is payable semi-annually; staff are paid bi-weekly.",
       {{20, 33, "SET", "P6M"}, {50, 59, "SET", "P2W"}}},
      {"2025-03-11", "They met on Tuesday and Thursday.", {{12, 19, "DATE", "2025-03-11"}, {24, 32, "DATE", "2025-03-06"}}},
      // a day of every month, with or without a preposition before it (a day alone needs one)
      {"1998-02-13", "Rent is due the 1st of each month; he pays on the fifteenth of every month at noon.",
       {{12, 33, "SET", "XXXX-XX-01"}, {46, 82, "SET", "XXXX-XX-15T12:00"}}},
      {"1998-02-13", "It finished the 3rd of each race.", {}},
      // the n-th weekday of every month: one set, not a Monday and a set
      {"1998-02-13", "The club meets on the first Monday of every month.", {{18, 49, "SET", "P1M"}}},
      // some weekends, not every one
      {"1998-02-13", "Crowds grew over recent weekends and those weekends.", {}},
      {"1998-02-13", "The quarterly earnings rose.", {}},
      // a season of some years is a set, not "the past" and a word
      {"1998-02-13", "Crowds grew over the past three summers.", {{17, 39, "SET", "XXXX-SU"}}},
      // before a preposition or a conjunction it is an adverb: a set
      {"1998-02-13", "Crowds gather daily outside the home and give the daily tally.", {{14, 19, "SET", "P1D"}}},
  });
}

TEST_CASE("options: durations, sets and vague references can be left out") {
  const char* text = "Prices rise every Monday for six days, now.";
  check_rows({{"2023-09-21", text,
               {{12, 24, "SET", "XXXX-WXX-1"}, {29, 37, "DURATION", "P6D"}, {39, 42, "DATE", "PRESENT_REF"}}}});
  annals::extract_options no_sets;
  no_sets.include_sets = false;
  check_rows({{"2023-09-21", text, {{29, 37, "DURATION", "P6D"}, {39, 42, "DATE", "PRESENT_REF"}}}}, no_sets);
  annals::extract_options no_durations;
  no_durations.include_durations = false;
  check_rows({{"2023-09-21", text, {{12, 24, "SET", "XXXX-WXX-1"}, {39, 42, "DATE", "PRESENT_REF"}}}},
             no_durations);
  annals::extract_options no_vague;
  no_vague.include_vague = false;
  check_rows({{"2023-09-21", text, {{12, 24, "SET", "XXXX-WXX-1"}, {29, 37, "DURATION", "P6D"}}}}, no_vague);
}

TEST_CASE("options: split_ranges tags both ends of a range") {
  annals::extract_options o;
  o.split_ranges = true;
  check_rows({{"2023-09-21", "From 2019 to 2020 sales rose.", {{5, 9, "DATE", "2019"}, {13, 17, "DATE", "2020"}}}},
             o);
  // The year written at the end belongs to the start too.
  check_rows({{"2023-09-21", "Flights stop between March 3 and March 7, 2025.",
               {{21, 28, "DATE", "2025-03-03"}, {33, 46, "DATE", "2025-03-07"}}}},
             o);
  // a range of lengths: its first end takes the unit of the second
  check_rows({{"2023-09-21", "Rain fell for two to six days.", {{14, 17, "DURATION", "P2D"}, {21, 29, "DURATION", "P6D"}}}}, o);
}

TEST_CASE("a range of lengths is one duration: 'two to three weeks', '2-3 weeks', '12 to 18 months'") {
  check_rows({
      {"2023-09-21", "Shipments come within two to three weeks.", {{22, 40, "DURATION", "P2W/P3W"}}},
      {"2023-09-21", "It takes 2-3 weeks, or 12-18 months at worst.", {{9, 18, "DURATION", "P2W/P3W"}, {23, 35, "DURATION", "P12M/P18M"}}},
      {"2023-09-21", "He stayed two or three days.", {{10, 27, "DURATION", "P2D/P3D"}}},
      {"2023-09-21", "Sentences range between five and ten years.", {{24, 42, "DURATION", "P5Y/P10Y"}}},
      // the lower end must be less than the upper (and "2 weeks" after a dash is not read
      // alone); "and" needs "between"
      {"2023-09-21", "It took 3-2 weeks.", {}},
      {"2023-09-21", "They won 2-3 and lost.", {}},
      {"2023-09-21", "Three-quarters of voters agreed.", {}},
  });
  const auto r = annals::extract("It takes 2-3 weeks.", annals::parse_reference("2023-09-21").value());
  REQUIRE(r.size() == 1);
  REQUIRE(r[0].value.ends.size() == 2);
  CHECK(r[0].value.ends[0].value == "P2W");
  CHECK(r[0].value.ends[1].value == "P3W");
  REQUIRE(r[0].value.length);
  CHECK(r[0].value.length->iso() == "P2W");
  CHECK_FALSE(r[0].value.span);
}

TEST_CASE("clock ranges with the meridiem written once; 'and a half' with hyphens") {
  check_rows({
      {"2023-09-21", "The clinic will be open from 9 to 11 a.m. on Saturday.", {{29, 53, "TIME", "2023-09-23T09:00/2023-09-23T11:00"}}},
      {"2023-09-21", "Talks ran 2-4 p.m. Wednesday.", {{10, 28, "TIME", "2023-09-20T14:00/2023-09-20T16:00"}}},
      {"2023-09-21", "Scores ranged from 2 to 4 points.", {}},
      {"2023-09-21", "He signed a two-and-a-half-year contract.", {{12, 31, "DURATION", "P2Y6M"}}},
      {"2023-09-21", "The summit is set for 15-17 March 2024 in Delhi.", {{22, 38, "DATE", "2024-03-15/2024-03-17"}}},
      // a bare day before "to" takes the end's month and year (and is read where it stands)
      {"2024-02-10", "Last year's edition ran from 6 to 9 March 2023.",
       {{0, 9, "DATE", "2023"}, {29, 46, "DATE", "2023-03-06/2023-03-09"}}},
      // a dash that opens a line is a list's bullet, not a range's dash
      {"2024-02-10", "- Mon 12 Feb: doors open at 8:30\n- Tue, Feb 13: talks",
       {{2, 12, "DATE", "2024-02-12"}, {28, 32, "TIME", "2024-02-12T08:30"}, {35, 46, "DATE", "2024-02-13"}}},
      {"2023-09-21", "United won 2-1 May 3.", {{15, 20, "DATE", "2023-05-03"}}},
  });
}

TEST_CASE("fiscal years: 'FY2024', 'FY23', 'FY 2021', 'fiscal year 2022' are named by their year") {
  check_rows({
      {"2023-09-21", "The FY2024 budget passed; FY23 profit fell.", {{4, 10, "DATE", "2024"}, {26, 30, "DATE", "2023"}}},
      {"2023-09-21", "Sales grew in FY 2021 and in fiscal year 2022.", {{14, 21, "DATE", "2021"}, {29, 45, "DATE", "2022"}}},
      // A blank between "FY" and a two-digit number is not read ("fy 10%").
      {"2023-09-21", "It was FY 10 percent.", {}},
      // "the year 2000" is the year named, not the reference's year and a number
      {"2024-03-15", "It happened in the year 2000.", {{15, 28, "DATE", "2000"}}},
      {"2024-03-15", "By the year 2050, it will double.", {{3, 16, "DATE", "2050"}}},
      {"2024-03-15", "Profit rose in the fiscal year 2023.", {{15, 35, "DATE", "2023"}}},
      {"2024-03-15", "Prices rose from the year 2000 to 2005.", {{17, 38, "DATE", "2000/2005"}}},
  });
}

TEST_CASE("fiscal quarters and halves: 'Q3 FY2024', 'fiscal Q2 2023', 'the third quarter of fiscal 2024'") {
  check_rows({
      {"2023-09-21", "Q3 FY2024 results are due; Q1 FY24 sales fell.", {{0, 9, "DATE", "2024-Q3"}, {27, 34, "DATE", "2024-Q1"}}},
      {"2023-09-21", "Fiscal Q2 2023 was weak, and H2 FY2023 margins too.", {{0, 14, "DATE", "2023-Q2"}, {29, 38, "DATE", "2023-H2"}}},
      {"2023-09-21", "Sales rose in the third quarter of fiscal 2024.", {{14, 46, "DATE", "2024-Q3"}}},
      {"2023-09-21", "Costs fell in the first half of fiscal 2021.", {{14, 43, "DATE", "2021-H1"}}},
      // analysts' glued forms
      {"2023-09-21", "Sales rose in 3Q23 and 1H23, after a weak 4Q2022.",
       {{14, 18, "DATE", "2023-Q3"}, {23, 27, "DATE", "2023-H1"}, {42, 48, "DATE", "2022-Q4"}}},
      // a fiscal year or a year opening a sentence, before the results it names
      {"2023-09-21", "FY2023 revenue rose.", {{0, 6, "DATE", "2023"}}},
      {"2023-09-21", "2022 sales were flat.", {{0, 4, "DATE", "2022"}}},
      {"2023-09-21", "2000 troops left.", {}},
  });
}

TEST_CASE("a day of the month alone after a preposition: 'on the 25th', 'by the 1st of next month'") {
  check_rows({
      {"2023-09-19", "The meeting is on the 25th.", {{18, 26, "DATE", "2023-09-25"}}},
      // the tense directs it: past up to the reference day, future from it on
      {"2023-09-19", "He arrived on the 28th.", {{14, 22, "DATE", "2023-08-28"}}},
      {"2023-09-19", "He arrived on the 3rd.", {{14, 21, "DATE", "2023-09-03"}}},
      {"2023-09-19", "She will leave on the 3rd.", {{18, 25, "DATE", "2023-10-03"}}},
      // the saying does not direct it
      {"2023-09-19", "Officials said the vote is on the 25th.", {{30, 38, "DATE", "2023-09-25"}}},
      {"2023-09-19", "Payment is due by the 1st of next month.", {{18, 39, "DATE", "2023-10-01"}}},
      {"2023-09-19", "The vote is on the 25th at 10 a.m. in the hall.", {{15, 34, "TIME", "2023-09-25T10:00"}}},
      {"2023-09-19", "Talks ran from the 3rd to the 5th.", {{15, 33, "DATE", "2023-09-03/2023-09-05"}}},
      // not an ordinal before a noun, nor one without a preposition
      {"2023-09-19", "They marked the 25th anniversary on the 3rd floor.", {}},
      {"2023-09-19", "He finished the 3rd.", {}},
  });
}

TEST_CASE("'end-2023', 'start-2024': the hyphenated modifiers of business news") {
  check_rows({
      {"2023-09-21", "Rates peak by end-2023 and ease from start-2024.", {{14, 22, "DATE", "2023"}, {37, 47, "DATE", "2024"}}},
      {"2023-09-21", "Delivery slipped to end-September.", {{20, 33, "DATE", "2023-09"}}},
      {"2023-09-21", "An end-to-end test of the end-user flow.", {}},
  });
  const auto ref = annals::parse_reference("2023-09-21").value();
  const auto m = annals::extract("by end-2023", ref);
  REQUIRE(m.size() == 1);
  CHECK(m[0].value.mod == annals::timex_mod::end);
}

TEST_CASE("a range with its year written once, at the end") {
  check_rows({
      {"2023-09-21", "Flights stop between March 3 and March 7, 2025.", {{21, 46, "DATE", "2025-03-03/2025-03-07"}}},
      {"2023-09-21", "The exhibit runs from June to August 2024.", {{22, 41, "DATE", "2024-06/2024-08"}}},
      {"2023-09-21", "Offices close from Dec. 28 to Jan. 3, 2025.", {{19, 42, "DATE", "2024-12-28/2025-01-03"}}},
  });
}

TEST_CASE("a range of clock times with its day written once, at the end; the sentence directs that day") {
  check_rows({
      {"2023-09-21T10:00", "The meeting ran from 9 a.m. to 5 p.m. Monday.", {{21, 44, "TIME", "2023-09-18T09:00/2023-09-18T17:00"}}},
      {"2023-09-21T10:00", "The meeting will run from 9 a.m. to 5 p.m. Monday.",
       {{26, 49, "TIME", "2023-09-25T09:00/2023-09-25T17:00"}}},
      {"2023-09-21T10:00", "It ran from 9 a.m. to 5 p.m. on Sept. 4.", {{12, 39, "TIME", "2023-09-04T09:00/2023-09-04T17:00"}}},
      {"2023-09-21T10:00", "Stores will open 10 a.m.-6 p.m. Saturday.", {{17, 40, "TIME", "2023-09-23T10:00/2023-09-23T18:00"}}},
      // a start later in the day than the end is on the day before
      {"2023-09-21T10:00", "The party ran from 10 p.m. to 2 a.m. Saturday.", {{19, 45, "TIME", "2023-09-15T22:00/2023-09-16T02:00"}}},
      // a day at each end stays each end's own
      {"2023-09-21T10:00", "It ran from 9 a.m. Monday to 5 p.m. Tuesday.", {{12, 43, "TIME", "2023-09-18T09:00/2023-09-19T17:00"}}},
  });
}

TEST_CASE("a part of the day alone: 'in the afternoon', 'late morning', 'overnight', on the day last named") {
  check_rows({
      {"2023-09-21T10:00", "The crowd left in the afternoon.", {{18, 31, "TIME", "2023-09-21TAF"}}},
      {"2023-09-21T10:00", "On Tuesday, police arrived. In the afternoon the crowd left.",
       {{3, 10, "DATE", "2023-09-19"}, {31, 44, "TIME", "2023-09-19TAF"}}},
      {"2023-09-21T10:00", "By late afternoon the crowd had left.", {{3, 17, "TIME", "2023-09-21TAF"}}},
      // "overnight" in the past is the night that ended the reference day; an afternoon past
      // after it, that night's day
      {"2023-09-21T10:00", "Rates rose overnight. Talks resumed at mid-afternoon.",
       {{11, 20, "TIME", "2023-09-20TNI"}, {39, 52, "TIME", "2023-09-20TAF"}}},
      {"2023-09-21T10:00", "Storms are expected overnight.", {{20, 29, "TIME", "2023-09-21TNI"}}},
      {"2023-09-21T07:00", "A warning is in place until midnight Thursday. Gusts brought down trees overnight.",
       {{28, 45, "TIME", "2023-09-21T24:00"}, {72, 81, "TIME", "2023-09-20TNI"}}},
      // the longer forms still win
      {"2023-09-21T10:00", "The morning of Oct. 23 was cold.", {{0, 22, "TIME", "2022-10-23TMO"}}},
      {"2023-09-21T10:00", "The morning of Oct. 23 will be cold.", {{0, 22, "TIME", "2023-10-23TMO"}}},
      {"2023-09-21T10:00", "The storm hit overnight Tuesday.", {{14, 31, "TIME", "2023-09-19TNI"}}},
      {"2023-09-21T10:00", "Troops entered at dawn and left by nightfall; talks resumed shortly before dawn.",
       {{18, 22, "TIME", "2023-09-21TMO"}, {35, 44, "TIME", "2023-09-21TEV"}, {60, 79, "TIME", "2023-09-21TMO"}}},
      // a capitalised one inside a sentence or before another capitalised word is a name
      {"2023-09-21T10:00", "Dawn Smith said it. The report was written by Dawn Smith.", {}},
      {"2023-09-21T10:00", "Overnight, rebels attacked.", {{0, 9, "TIME", "2023-09-20TNI"}}},
      // "overnight" alone is the night around the story's day, not one named before
      {"2025-02-27T10:00", "The truce began on January 19. Israel released 600 prisoners overnight.",
       {{19, 29, "DATE", "2025-01-19"}, {61, 70, "TIME", "2025-02-26TNI"}}},
      {"2026-01-30", "On Sunday, rebels shelled the town overnight.",
       {{3, 9, "DATE", "2026-01-25"}, {35, 44, "TIME", "2026-01-25TNI"}}},
      // "after midnight" is the midnight that begins the day
      {"2025-02-27", "The fire broke out just after midnight on Monday; the curfew ends at midnight Friday.",
       {{19, 48, "TIME", "2025-02-24T00:00"}, {69, 84, "TIME", "2025-02-28T24:00"}}},
      // a noun it modifies, a clause of its own, a bare "morning", "the night"
      {"2023-09-21T10:00", "The morning paper and overnight rates fell.", {}},
      // a preposition of place or a conjunction after it is no noun
      {"2023-09-21T10:00", "The storm weakened overnight over the Gulf; roads closed overnight while police worked.",
       {{19, 28, "TIME", "2023-09-20TNI"}, {57, 66, "TIME", "2023-09-20TNI"}}},
      {"2023-09-21T10:00", "The evening of the attack was cold. The night he died was cold.", {}},
      {"2023-09-21T10:00", "Good morning, America.", {}},
      // the hours before dawn; "hours" alone stays a length
      {"2023-09-21T10:00", "The fire broke out in the early hours of Sunday. Crews worked into the small hours.",
       {{22, 47, "TIME", "2023-09-17TMO"}, {67, 82, "TIME", "2023-09-17TMO"}}},
      {"2023-09-21T10:00", "Talks went on for hours.", {{18, 23, "DURATION", "PTXH"}}},
      // a decade in two digits after a modifier; an age ("her early 30s") or a temperature is none
      {"2023-09-21T10:00", "Prices peaked in the mid-90s. She is in her early 30s. Highs will be in the mid-80s.",
       {{17, 28, "DATE", "199"}}},
      // Chinese and Japanese dates need no blank before them; a price in yen or yuan is no year
      {"2023-09-19", "\u4F1A\u8BAE\u4E8E2023\u5E749\u670819\u65E5\u4E3E\u884C\u3002The meeting on 9\u670820\u65E5 was short. \uFFE52023.",
       {{9, 25, "DATE", "2023-09-19"}, {49, 58, "DATE", "2023-09-20"}}},
      // Hebrew and Islamic holidays; a holiday's name before a thing named after it is none
      {"2023-09-19", "Fighting stopped during Ramadan. Rosh Hashanah begins soon. The Yom Kippur War and a Christmas tree.",
       {{24, 31, "DATE", "2023-03-23"}, {33, 46, "DATE", "2024-10-03"}}},
      // "this time" alone is an occasion, not a date
      {"2023-09-21T10:00", "Sales beat this time last year. This time, the vote passed.", {{11, 30, "DATE", "2022-09-21"}}},
  });
  const auto m = annals::extract("By late afternoon the crowd had left.", annals::parse_reference("2023-09-21").value());
  REQUIRE(m.size() == 1);
  CHECK(m[0].value.mod == annals::timex_mod::end);
}

TEST_CASE("'to' before a possessive leads to a noun: no range") {
  check_rows({
      {"1998-02-06", "After a small downward revision Friday to December's figures, jobs rose.",
       {{32, 38, "DATE", "1998-02-06"}, {42, 50, "DATE", "1997-12"}}},
      // blanks before "'s", as tokenised text and blanked markup leave them
      {"1998-02-06", "After a small downward revision Friday to December   's figures, jobs rose.",
       {{32, 38, "DATE", "1998-02-06"}, {42, 50, "DATE", "1997-12"}}},
      // after "from", a range still
      {"1998-02-06", "Shares rose from Monday to Friday's close.", {{17, 33, "DATE", "1998-02-02/1998-02-06"}}},
  });
}

TEST_CASE("narrative anchoring: later expressions count from the date last mentioned") {
  const char* text =
      "The fair opened on 3 March 2021. The next day it rained. Two days later it closed. That week was busy.";
  check_rows({{"2023-09-21", text,
               {{19, 31, "DATE", "2021-03-03"},
                // "the next day" names a sequel in news too, as "the following day" does
                {33, 45, "DATE", "2021-03-04"},
                // news: the amount alone, a duration (it counts from an event, not the document date)
                {57, 65, "DURATION", "P2D"},
                {83, 92, "DATE", "2021-W09"}}}});
  annals::extract_options o;
  o.anchor = annals::anchoring::narrative;
  check_rows({{"2023-09-21", text,
               {{19, 31, "DATE", "2021-03-03"},
                {33, 45, "DATE", "2021-03-04"},
                {57, 71, "DATE", "2021-03-06"},
                {83, 92, "DATE", "2021-W09"}}}},
             o);
}

TEST_CASE("'the following month', 'the previous Friday' count from the date last named, in news too") {
  check_rows({
      {"1989-11-02", "The plan was filed in March 1989. The following month it was approved.",
       {{22, 32, "DATE", "1989-03"}, {34, 53, "DATE", "1989-04"}}},
      // without an earlier date, the reference
      {"1989-11-02", "The following month it was approved.", {{0, 19, "DATE", "1989-12"}}},
      // a weekday too: "the previous Friday" is the one before the day last named
      {"1989-10-30", "Prices closed lower on Oct. 26, down from the previous Friday.",
       {{23, 30, "DATE", "1989-10-26"}, {42, 61, "DATE", "1989-10-20"}}},
      {"1989-10-30", "The deal was signed on Oct. 18 and closed the following Monday.",
       {{23, 30, "DATE", "1989-10-18"}, {42, 62, "DATE", "1989-10-23"}}},
      {"1989-10-30", "Prices were lower than the previous Friday.", {{23, 42, "DATE", "1989-10-27"}}},
      // "the next day", "the next morning"; not "in the next day or two", which counts from now
      {"2024-05-01", "He was arrested on March 3, 2019. The next morning he was freed.",
       {{19, 32, "DATE", "2019-03-03"}, {34, 50, "TIME", "2019-03-04TMO"}}},
      {"2024-05-01", "It began on March 3, 2019. Talks resume in the next day or so.",
       {{12, 25, "DATE", "2019-03-03"}, {43, 61, "DATE", "2024-05-02"}}},
      // a season: after a season, the next one; after a whole year, the one after that year
      {"2024-05-01", "Work began in the spring of 1961 and lasted until the following autumn.",
       {{14, 32, "DATE", "1961-SP"}, {50, 70, "DATE", "1961-FA"}}},
      {"2024-05-01", "Work began in 1961. The following spring, it stopped.",
       {{14, 18, "DATE", "1961"}, {20, 40, "DATE", "1962-SP"}}},
      // a quarter or half named is a date to count from
      {"2024-05-01", "It began in the third quarter of 1961. The following month it stopped.",
       {{12, 37, "DATE", "1961-Q3"}, {39, 58, "DATE", "1961-08"}}},
      // "prior" as "previous": after a year, the one before it; alone, before the reference's
      {"2023-11-01", "Sales fell in 2019. The prior year, they rose.",
       {{14, 18, "DATE", "2019"}, {20, 34, "DATE", "2018"}}},
      {"2023-11-01", "Profit rose from the prior quarter. Prior to Monday nothing moved.",
       {{17, 34, "DATE", "2023-Q3"}, {45, 51, "DATE", "2023-10-30"}}},
      // "last Oct. 23" is the day; "the day before last Tuesday" counts from that Tuesday
      {"1998-11-21", "He was shot last Oct. 23 at home.", {{17, 24, "DATE", "1998-10-23"}}},
      {"2000-02-24", "The day before last Tuesday it rained.", {{0, 27, "DATE", "2000-02-21"}}},
  });
}

TEST_CASE("anaphors: 'earlier that day', 'the day before', 'the previous evening' count from the date last named") {
  // "the day before" ends its phrase: before a noun ("the day before the vote") it is not that
  // date's eve; "prior" is "earlier" ("prior to" is not)
  check_rows({{"2023-09-19",
               "On Monday, Sept. 11, police arrived. Earlier that day the crowd left. The day before, rain fell. "
               "The previous evening was calm. The day before the vote was quiet. Three days prior, he left.",
               {{3, 19, "DATE", "2023-09-11"},
                {37, 53, "DATE", "2023-09-11"},
                {70, 84, "DATE", "2023-09-10"},
                {97, 117, "TIME", "2023-09-10TEV"},
                {163, 179, "DATE", "2023-09-16"}}}});
}

TEST_CASE("anaphors: 'the week before', 'the weekend before', 'the year after' count from the date last named") {
  // they end their phrase, as "the day before" does: "the week before the vote" is not one
  check_rows({{"2023-09-19",
               "The fire broke out on March 3, 2021. The weekend before, crews inspected it. The week after, "
               "it reopened. The year before, it had flooded. The week before the vote was calm.",
               {{22, 35, "DATE", "2021-03-03"},
                {37, 55, "DATE", "2021-W08-WE"},
                {77, 91, "DATE", "2021-W10"},
                {106, 121, "DATE", "2020"}}}});
  // "prior" as "before"
  check_rows({{"2023-09-19",
               "The plant closed on March 3, 2021. The week prior, crews inspected it. The day prior, it "
               "rained. The year prior, it flooded.",
               {{20, 33, "DATE", "2021-03-03"},
                {35, 49, "DATE", "2021-W08"},
                {71, 84, "DATE", "2021-03-02"},
                {97, 111, "DATE", "2020"}}}});
  // before an event a period is counted from it, not from this one: "the year after the war" is
  // no mention, and "the week before Christmas" is the ISO week before Christmas's own
  check_rows({{"2023-09-19", "The year after the war was hard; the week before Christmas is busy.",
               {{33, 58, "DATE", "2023-W51"}}}});
}

TEST_CASE("'three days later' in news: the amount, without the blanks before 'later'") {
  check_rows({{"2023-09-21", "Three days   later it closed.", {{0, 10, "DURATION", "P3D"}}},
              {"2023-09-21", "Three weeks afterward, it ended.", {{0, 11, "DURATION", "P3W"}}}});
  // after "for", how long it went on, with narrative anchoring too
  annals::extract_options narrative;
  narrative.anchor = annals::anchoring::narrative;
  check_rows({{"2023-09-21", "It opened on Sept. 4. The jury deliberated for nearly three weeks afterward.",
               {{13, 20, "DATE", "2023-09-04"}, {47, 65, "DURATION", "P3W"}}}},
             narrative);
}

TEST_CASE("'an hour earlier than usual' compares: the amount is the mention, in any anchoring") {
  const std::vector<annals::test::row> rows{
      {"2023-09-21", "The show starts an hour earlier than usual; it ended two weeks later than planned.",
       {{16, 23, "DURATION", "PT1H"}, {53, 62, "DURATION", "P2W"}}}};
  check_rows(rows);
  annals::extract_options narrative;
  narrative.anchor = annals::anchoring::narrative;
  check_rows(rows, narrative);
}

TEST_CASE("'over a two-week period': the preposition, not 'more than'") {
  check_rows({{"2023-09-21", "Over a two-week period, sales rose.", {{5, 22, "DURATION", "P2W"}}}});
  const auto r = annals::extract("Over a two-week period, sales rose.", ref_of("2023-09-21"));
  REQUIRE(r.size() == 1);
  CHECK(r[0].value.mod == annals::timex_mod::none);
}

TEST_CASE("approximations before 'a': 'nearly a decade', 'almost a year'") {
  check_rows({{"2023-09-21", "He spent nearly a decade there and almost a year abroad.",
               {{9, 24, "DURATION", "P10Y"}, {35, 48, "DURATION", "P1Y"}}}});
  CHECK(annals::parse("nearly a year", ref_of("2023-09-21"))->mod == annals::timex_mod::less_than);
}

TEST_CASE("a plural unit alone before 'ago', 'earlier' or 'later' is a vague offset") {
  check_rows({
      // in news "later" is left out, as for "three days later": the unknown amount remains
      {"2023-09-21", "Hours later, police arrived.", {{0, 5, "DURATION", "PTXH"}}},
      {"2023-09-21", "Years ago he lived here; weeks earlier he had left.",
       {{0, 9, "DATE", "PAST_REF"}, {25, 38, "DATE", "PAST_REF"}}},
      // a plural unit alone elsewhere is no mention, except after "for", "over" or "within"
      {"2023-09-21", "Minutes after the blast, sirens sounded; for years nothing changed.",
       {{45, 50, "DURATION", "PXY"}}},
  });
  annals::extract_options narrative;
  narrative.anchor = annals::anchoring::narrative;
  // with narrative anchoring too: a vague amount counts nothing from the date before it
  check_rows({{"2023-09-21", "Hours later, police arrived.", {{0, 5, "DURATION", "PTXH"}}},
              {"2023-09-21", "It fell on Sept. 15, 2008. Hours later, markets plunged. Two days later, it rallied.",
               {{11, 25, "DATE", "2008-09-15"}, {27, 32, "DURATION", "PTXH"}, {57, 71, "DATE", "2008-09-17"}}}},
             narrative);
}

TEST_CASE("spans are byte offsets into UTF-8 text; invalid bytes are skipped") {
  check_rows({
      {"2023-09-21", "Zürich — São Paulo talks began on 18 September 2023 – “two days ago”.",
       {{38, 55, "DATE", "2023-09-18"}, {63, 75, "DATE", "2023-09-19"}}},
  });
  const std::string bad = std::string("\xff\xfe on Monday \xc3") + " and \xe2\x80 in 2019";
  const auto got = annals::extract(bad, ref_of("2023-09-21"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].begin == 6);
  CHECK(got[0].end == 12);
  CHECK(got[0].value.value == "2023-09-18");
  CHECK(got[1].begin == 25);
  CHECK(got[1].end == 29);
  CHECK(got[1].value.value == "2019");
}

TEST_CASE("the end of a quarter of a year named so is its last month") {
  const auto got = annals::extract("It will finish by the end of the first quarter of next year.", ref_of("2024-11-05"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].value.value == "2025-Q1");
  CHECK(got[0].value.mod == annals::timex_mod::end);
  REQUIRE(got[0].value.span);
  using date::March;
  using date::April;
  CHECK(got[0].value.span->begin == date::local_days{date::year{2025} / March / 1});
  CHECK(got[0].value.span->end == date::local_days{date::year{2025} / April / 1});
}

TEST_CASE("mention fields: interval, grain, confidence and tense hint") {
  const auto got = annals::extract("They met on Monday and will meet in June.", ref_of("2023-09-21T12:00"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].text == "Monday");
  CHECK(got[0].value.grain == annals::grain::day);
  REQUIRE(got[0].value.span);
  using date::September;
  CHECK(got[0].value.span->begin == date::local_days{date::year{2023} / September / 18});
  CHECK(got[0].value.span->end == date::local_days{date::year{2023} / September / 19});
  CHECK(got[0].confidence == doctest::Approx(1.0));
  CHECK(got[0].hint == annals::tense::past);
  CHECK(got[1].text == "June");
  CHECK(got[1].value.value == "2024-06");
  CHECK(got[1].value.grain == annals::grain::month);
  CHECK(got[1].confidence < got[0].confidence);  // "June" is also a name
  CHECK(got[1].hint == annals::tense::future);
  // a mention whose value no tense directs keeps none
  const auto full = annals::extract("They met on Sept. 19, 2023.", ref_of("2023-09-21T12:00"));
  REQUIRE(full.size() == 1);
  CHECK(full[0].hint == annals::tense::none);
}

TEST_CASE("an empty text and a text without time have no mentions") {
  CHECK(annals::extract("", ref_of("2023-09-21")).empty());
  CHECK(annals::extract("The committee discussed the budget at length.", ref_of("2023-09-21")).empty());
}

TEST_CASE("the turn of a century and spoken decades are one mention each") {
  check_rows({
      {"2023-09-21", "Since the turn of the century prices doubled; at the turn of the 20th century they fell.",
       {{6, 29, "DATE", "2000"}, {49, 77, "DATE", "1900"}}},
      {"2023-09-21", "In the nineteen-nineties he left.", {{3, 24, "DATE", "199"}}},
      // a decade word after a modifier; an age is none
      {"2023-09-21", "In the early nineties he was in his late sixties.", {{3, 21, "DATE", "199"}}},
  });
}

TEST_CASE("a weekday of a named week and a month-day of a named year are one mention each") {
  check_rows({
      {"2023-09-21", "The trial opens on Monday next week; it was filed on March 3 last year.",
       {{19, 35, "DATE", "2023-09-25"}, {53, 70, "DATE", "2022-03-03"}}},
  });
}

TEST_CASE("'midweek' and 'two Sundays ago' are read in running text") {
  check_rows({
      {"2023-09-19", "Talks resume midweek; the match was played two Sundays ago.",
       {{13, 20, "DATE", "2023-W38"}, {43, 58, "DATE", "2023-09-10"}}},
  });
}

TEST_CASE("'13h45' is a clock time in running text; a length or an identifier is not") {
  check_rows({
      {"2023-09-21", "The meeting starts at 13h45 GMT; the film runs 2h30m; see flight AF13h45x.",
       {{22, 31, "TIME", "2023-09-21T13:45"}}},
  });
}

TEST_CASE("an ISO week by its number in running text; a season's 'Week 3' is none") {
  check_rows({
      {"2023-09-01",
       "Delivery is set for CW 38. Lines reopen in ISO week 40 and calendar week 2 of 2024. In Week 3 the Jets lost.",
       {{20, 25, "DATE", "2023-W38"}, {43, 54, "DATE", "2023-W40"}, {59, 82, "DATE", "2024-W02"}}},
  });
}

TEST_CASE("'the twenty-tens' is a decade in running text; 'the tens of thousands' is none") {
  check_rows({
      {"2023-09-19", "Prices rose through the twenty-tens. Tens of thousands marched; the tens of millions went.",
       {{20, 35, "DATE", "201"}}},
  });
}

TEST_CASE("a year after an apostrophe in running text; a quoted number is none") {
  check_rows({
      {"2023-09-19", "He won in '98 and again in '02. He said '98' twice.",
       {{10, 13, "DATE", "1998"}, {27, 30, "DATE", "2002"}}},
  });
}

TEST_CASE("periods to date: 'YTD', 'year-to-date', 'the year to date'; not 'the best year to date'") {
  check_rows({
      {"2023-11-01",
       "Shares are up 12% YTD and sales rose 5% year-to-date. In the year to date, costs fell. It was the best year to date.",
       {{18, 21, "DATE", "2023"}, {40, 52, "DATE", "2023"}, {57, 73, "DATE", "2023"}}},
  });
}

TEST_CASE("'the close of business' alone in running text; 'business' after any other word is none") {
  check_rows({
      {"2023-11-20", "The offer expires at the close of business. The business closed.",
       {{21, 42, "DATE", "2023-11-20"}}},
      {"2023-11-20", "Bids are due by end of business today, said a business owner.", {{16, 37, "DATE", "2023-11-20"}}},
  });
}

TEST_CASE("tense: cues of plans and schedules, nouns that are no cue, a governing past verb, 'until' after a past") {
  check_rows({
      // a near cue before "to" reaches as far as a schedule verb; modals; the present progressive
      {"2023-11-20", "The minister is set to visit Kyiv on Thursday.", {{37, 45, "DATE", "2023-11-23"}}},
      {"2023-11-20", "Nvidia is due to report earnings on Tuesday.", {{36, 43, "DATE", "2023-11-21"}}},
      {"2023-11-20", "The union is poised to strike on Wednesday.", {{33, 42, "DATE", "2023-11-22"}}},
      {"2023-11-20", "Lawmakers are likely to vote on Thursday.", {{32, 40, "DATE", "2023-11-23"}}},
      {"2023-11-20", "The committee may vote on Thursday.", {{26, 34, "DATE", "2023-11-23"}}},
      {"2023-11-20", "May sales rose on Friday.", {{18, 24, "DATE", "2023-11-17"}}},
      {"2023-11-20", "Ministers are meeting in Brussels on Thursday.", {{37, 45, "DATE", "2023-11-23"}}},
      {"2023-11-20", "Had the vote gone ahead on Wednesday, it would have been the first in decades.",
       {{27, 36, "DATE", "2023-11-15"}}},
      // a weekday's possessive looks ahead with the sentence, unless the day made figures
      {"2023-11-20", "Kane will miss Saturday's game.", {{15, 23, "DATE", "2023-11-25"}}},
      {"2023-11-20", "Investors will digest Friday's jobs report.", {{22, 28, "DATE", "2023-11-17"}}},
      // nouns: a forecast, a plan, a will
      {"2023-11-20", "The bank lowered its forecast on Wednesday.", {{33, 42, "DATE", "2023-11-15"}}},
      {"2023-11-20", "The company announced plans on Tuesday to cut 1,000 jobs.", {{31, 38, "DATE", "2023-11-14"}}},
      {"2023-11-20", "The judge read the will on Friday.", {{27, 33, "DATE", "2023-11-17"}}},
      // a noun in -ly is the subject; irregular past forms
      {"2023-11-20", "The family visited in March.", {{22, 27, "DATE", "2023-03"}}},
      {"2023-11-20", "We ate turkey on Thanksgiving.", {{17, 29, "DATE", "2022-11-24"}}},
      // the past verb right before the mention governs it, whatever the next clause says
      {"2023-11-20", "The agreement, signed on Tuesday, takes effect on Friday.",
       {{25, 32, "DATE", "2023-11-14"}, {50, 56, "DATE", "2023-11-24"}}},
      // "until" after a past verb ends a stretch that is over; after a deferral it is ahead
      {"2023-11-20", "Schools remained closed until Wednesday.", {{30, 39, "DATE", "2023-11-15"}}},
      {"2023-11-20", "We didn't know the result until Friday.", {{32, 38, "DATE", "2023-11-17"}}},
      {"2023-11-20", "The exhibition ran until January.", {{25, 32, "DATE", "2023-01"}}},
      {"2023-11-20", "The meeting was adjourned until Friday.", {{32, 38, "DATE", "2023-11-24"}}},
      {"2023-11-20", "They were given until Friday to leave.", {{22, 28, "DATE", "2023-11-24"}}},
      // a mention that opens its sentence: the main verb decides, past a long subject; a plan
      // after a determiner or a past verb is a noun
      {"2023-11-20", "On Tuesday, the National Abortion and Reproductive Rights Action League plans to hold a "
                     "news conference.",
       {{3, 10, "DATE", "2023-11-21"}}},
      {"2023-11-20", "On Thursday, the European Central Bank's governing council meets in Frankfurt.",
       {{3, 11, "DATE", "2023-11-23"}}},
      {"2023-11-20", "On Thursday, the European Central Bank's governing council met in Frankfurt.",
       {{3, 11, "DATE", "2023-11-16"}}},
      {"2023-11-20", "On Sunday, the New York Giants play the Eagles.", {{3, 9, "DATE", "2023-11-26"}}},
      {"2023-11-20", "On Friday, the plans to build the wall were shelved.", {{3, 9, "DATE", "2023-11-17"}}},
      {"2023-11-20", "Tuesday's vote was seen as a test for the government.", {{0, 7, "DATE", "2023-11-14"}}},
      {"2023-11-20", "In September, it announced plans to acquire the business.", {{3, 12, "DATE", "2023-09"}}},
      // an attribution after the mention does not outweigh its own clause's cue
      {"2023-11-22", "Officials will hold talks in Beijing starting Monday, the Foreign Ministry said on Friday.",
       {{46, 52, "DATE", "2023-11-27"}, {83, 89, "DATE", "2023-11-17"}}},
      {"2023-11-20", "He met the envoy on Monday, the ministry said.", {{20, 26, "DATE", "2023-11-20"}}},
      // a relative "that" before "will" is no determiner; a hope is still to come
      {"2023-11-20", "The deal includes a ceasefire that will take effect on Sunday.", {{55, 61, "DATE", "2023-11-26"}}},
      {"2023-11-20", "Merz said on Friday he hoped to form a government by Christmas.",
       {{13, 19, "DATE", "2023-11-17"}, {53, 62, "DATE", "2023-12-25"}}},
      // a capitalised bare verb is a name's word
      {"2026-01-30", "Alcaraz won the final at the French Open in June.", {{44, 48, "DATE", "2025-06"}}},
      // a relative clause ends at its comma: the main clause after it does not date its mention
      {"2025-03-12", "The minister, who visited Kyiv on Saturday, will make a statement.", {{34, 42, "DATE", "2025-03-08"}}},
      // a team's collective noun takes a bare verb as its subject
      {"2025-03-12", "Arteta's side face City on Saturday.", {{27, 35, "DATE", "2025-03-15"}}},
      // "due to" reaches as far as the scan; "next to" is a preposition; a clause after "and"
      // is another verb's; "the last time" is no "last week"; "found" is a past form
      {"2025-03-12", "He is due to appear at Leeds Magistrates' Court on Friday.", {{51, 57, "DATE", "2025-03-14"}}},
      {"1998-08-08", "A bomb ripped through a building next to the U.S. embassy in Nairobi, Kenya Friday morning.", {{76, 90, "TIME", "1998-08-07TMO"}}},
      {"2026-01-30", "The man was found guilty on Thursday and will be sentenced later.", {{28, 36, "DATE", "2026-01-29"}}},
      {"2026-01-30", "The shop will close its doors for the last time on Saturday.", {{51, 59, "DATE", "2026-01-31"}}},
      // a day as the subject of "is" or "marks" is on the calendar ahead; a month is not moved
      {"2025-03-12", "Friday marks the tenth anniversary of the flood.", {{0, 6, "DATE", "2025-03-14"}}},
      {"2025-03-12", "Monday was a public holiday. January is usually quiet.",
       {{0, 6, "DATE", "2025-03-10"}, {29, 36, "DATE", "2025-01"}}},
      // a stretch extended through or into a time, its object between them, reaches ahead
      {"2025-02-28", "Israel wants the truce extended through Ramadan.", {{40, 47, "DATE", "2025-03-01"}}},
      {"2024-11-05", "They extended the deadline into March.", {{32, 37, "DATE", "2025-03"}}},
      // what "is in force" from or until is ahead
      {"2026-01-30", "A yellow warning for ice is in force from 3am until 10am on Saturday.",
       {{42, 68, "TIME", "2026-01-31T03:00/2026-01-31T10:00"}}},
      // a court's remand or bail runs to a day ahead
      {"2026-01-30", "The 28-year-old was remanded in custody until Monday.", {{46, 52, "DATE", "2026-02-02"}}},
      {"2026-01-28", "He was bailed to return on Friday.", {{27, 33, "DATE", "2026-01-30"}}},
      // a headline's infinitive after its subject is a plan; after a verb it is not
      {"2025-03-12", "Sinner to face Alcaraz in final on Sunday", {{35, 41, "DATE", "2025-03-16"}}},
      {"2025-03-12", "He wanted to face Alcaraz on Sunday.", {{29, 35, "DATE", "2025-03-09"}}},
      // "no earlier than", "no later than": a limit set for what is to come
      {"2025-03-12", "NASA said the launch is scheduled no earlier than March 26.",
       {{50, 58, "DATE", "2025-03-26"}}},
      {"2025-03-12", "The launch window opens no earlier than March.",
       {{40, 45, "DATE", "2025-03"}}},
      // a name opening the sentence is a bare verb's subject too
      {"2025-03-12", "Arsenal host Chelsea on Saturday, with kick-off at 3pm.",
       {{24, 32, "DATE", "2025-03-15"}, {51, 54, "TIME", "2025-03-15T15:00"}}},
      {"2025-03-12", "Vote on Sunday!",
       {{8, 14, "DATE", "2025-03-09"}}},
      // a schedule word after a number or a determiner is a counted noun
      {"2025-02-21", "Scholz lost a confidence vote on Dec. 16 by 394 votes to 207.", {{33, 40, "DATE", "2024-12-16"}}},
  });
}

TEST_CASE("a month-day without a year: the nearest, unless a near cue puts it more than a week on the other side") {
  check_rows({
      {"2023-11-20", "The law took effect Jan. 1.", {{20, 26, "DATE", "2023-01-01"}}},
      {"2023-11-20", "The law went into effect Dec. 1.", {{25, 31, "DATE", "2022-12-01"}}},
      {"2023-11-20", "He took office on Dec. 1.", {{18, 24, "DATE", "2022-12-01"}}},
      {"2023-11-20", "Police arrested him Dec. 3.", {{20, 26, "DATE", "2022-12-03"}}},
      {"2023-11-20", "On Dec. 3, police arrested the suspect.", {{3, 9, "DATE", "2022-12-03"}}},
      {"2023-11-20", "On Jan. 10, the president signed the bill.", {{3, 10, "DATE", "2023-01-10"}}},
      {"2023-11-20", "The trial will begin Sept. 5.", {{21, 28, "DATE", "2024-09-05"}}},
      {"2025-03-11", "The bill would fund the government through Sept. 30.", {{43, 51, "DATE", "2025-09-30"}}},
      // a future cue keeps a day ahead that the nearest day alone would put behind
      {"2025-03-12", "The festival will be held on August 10.", {{29, 38, "DATE", "2025-08-10"}}},
      {"2025-03-12", "The festival was held on August 10.", {{25, 34, "DATE", "2024-08-10"}}},
      {"2000-01-05", "Meissner gave no reason for the Jan. 14 deadline.", {{32, 39, "DATE", "2000-01-14"}}},
      {"2023-11-20", "Results will be released Oct. 24.", {{25, 32, "DATE", "2024-10-24"}}},
      {"2023-11-20", "The meeting will be on Sept. 19.", {{23, 31, "DATE", "2024-09-19"}}},
      // within a week the nearest day stands, whatever the tense
      {"2023-11-20", "He said the vote would be held Nov. 24.", {{31, 38, "DATE", "2023-11-24"}}},
      {"2023-11-20", "Police arrested him Nov. 24.", {{20, 27, "DATE", "2023-11-24"}}},
      // a verb further back dates no day
      {"1989-10-27", "Directors authorized a 3-for-2 split of the common, payable Dec. 7 to stock of record Nov. 22.",
       {{60, 66, "DATE", "1989-12-07"}, {86, 93, "DATE", "1989-11-22"}}},
  });
}

TEST_CASE("false positives: street numbers, counts reached, statute sections, race and film times, case numbers, names") {
  check_rows({
      // plurals a year dates, not counts; an approximate count of them is still a count
      {"2025-06-06", "They demanded a state based on the 1967 borders.", {{35, 39, "DATE", "1967"}}},
      {"2025-06-06", "It changed after the 2001 attacks.", {{21, 25, "DATE", "2001"}}},
      {"2025-06-06", "There were about 2000 attacks.", {}},
      {"2025-06-06", "The 2000 troops left.", {}},
      {"2023-11-20", "The White House is at 1600 Pennsylvania Avenue NW.", {}},
      {"2023-11-20", "They live at 1999 Broadway, near 2100 N. Main St.", {}},
      {"2023-11-20", "Send it to PO Box 2020.", {}},
      {"2023-11-20", "In 2008 Wall Street banks failed.", {{3, 7, "DATE", "2008"}}},
      {"2023-11-20", "About 2000 people protested.", {}},
      {"2023-11-20", "The death toll rose to 2011. The count reached 2020 by dusk.", {{55, 59, "TIME", "2023-11-20TEV"}}},
      {"2023-11-20", "Sales fell to 2011 levels; the plan was pushed to 2025.",
       {{14, 18, "DATE", "2011"}, {50, 54, "DATE", "2025"}}},
      {"2023-11-20", "Under \xC2\xA7 1983, officials may be liable.", {}},
      {"2023-11-20", "\xC2\xA9 2025 Example News. Copyright 2024 Acme.", {}},
      {"2023-11-20", "Kipchoge ran 2:01:09 in Berlin. She won the marathon in 2:03:45. The movie runs 2:15.", {}},
      {"2023-11-20", "The winning time was 1:59:40, and she won in a time of 2:14.", {}},
      {"2023-11-20", "The race starts at 9:30.", {{19, 23, "TIME", "2023-11-20T09:30"}}},
      {"2023-11-20", "Case No. 1:23-cv-01234 was filed.", {}},
      {"2023-11-20", "The March on Washington was historic. The March report was weak.", {{42, 47, "DATE", "2023-03"}}},
      {"2023-11-20", "The Daily Mail reported it; the daily briefing moved.", {}},
  });
}

TEST_CASE("a range of years and a holiday's year before a verb; a year as the subject of 'saw'") {
  check_rows({
      {"2023-11-20", "The period 2015-2020 saw growth.", {{11, 20, "DATE", "2015/2020"}}},
      {"2023-11-20", "Between 1990 and 1995 prices rose.", {{8, 21, "DATE", "1990/1995"}}},
      {"2023-11-20", "Between 2000 and 3000 people came. About 1990-2000 troops died.", {}},
      {"2023-11-20", "Christmas 2022 saw record sales.", {{0, 14, "DATE", "2022-12-25"}}},
      {"2023-11-20", "Sales on Christmas Eve 2022 hit a record.", {{9, 27, "DATE", "2022-12-24"}}},
      {"2023-11-20", "2015 saw growth.", {{0, 4, "DATE", "2015"}}},
  });
}

TEST_CASE("a range of months that holds the reference is that one, whatever the tense looks to") {
  check_rows({
      {"2023-11-20", "Flu season runs October through March.", {{16, 37, "DATE", "2023-10/2024-03"}}},
      {"2023-11-20", "The school year runs from September to June.", {{26, 43, "DATE", "2023-09/2024-06"}}},
      {"2023-11-20", "The works run from January to March.", {{19, 35, "DATE", "2024-01/2024-03"}}},
      {"2023-11-20", "The season ran from April to June.", {{20, 33, "DATE", "2023-04/2023-06"}}},
  });
}

TEST_CASE("days joined to a month-day by commas and 'and' are days of its month") {
  check_rows({
      {"2023-11-20", "The vote was held on Sept. 19 and 20.", {{21, 29, "DATE", "2023-09-19"}, {34, 36, "DATE", "2023-09-20"}}},
      {"2023-11-20", "Talks are set for Sept. 19, 20 and 21 in Paris.",
       {{18, 26, "DATE", "2024-09-19"}, {28, 30, "DATE", "2024-09-20"}, {35, 37, "DATE", "2024-09-21"}}},
      // not a count, a percentage, an earlier day or a day the month lacks
      {"2023-11-20", "It ran Sept. 19 and 20 people came.", {{7, 15, "DATE", "2023-09-19"}}},
      {"2023-11-20", "Sales rose 5% on Sept. 19 and 20% on Sept. 20.", {{17, 25, "DATE", "2023-09-19"}, {37, 45, "DATE", "2023-09-20"}}},
      {"2023-11-20", "On Sept. 19 and 18 they met.", {{3, 11, "DATE", "2023-09-19"}}},
      {"2023-11-20", "They met Feb. 28 and 30.", {{9, 16, "DATE", "2023-02-28"}}},
      {"2023-11-20", "Sept. 19, 2023 and 20 more.", {{0, 14, "DATE", "2023-09-19"}}},
      // and the days before a day-month, after a preposition
      {"2026-01-30", "The hearings were postponed on 7, 14 and 21 February.",
       {{31, 32, "DATE", "2025-02-07"}, {34, 36, "DATE", "2025-02-14"}, {41, 52, "DATE", "2025-02-21"}}},
      {"2026-01-30", "The fairs will be held on 14 and 21 February.",
       {{26, 28, "DATE", "2026-02-14"}, {33, 44, "DATE", "2026-02-21"}}},
      {"2026-01-30", "The hearings were held on 21 and 14 February.",
       {{33, 44, "DATE", "2025-02-14"}}},
      {"2026-01-30", "He scored 14 and 21 February was cold.",
       {{17, 28, "DATE", "2025-02-21"}}},
  });
}

TEST_CASE("a time before its day as web pages write it; a clock 'in the evening'") {
  check_rows({
      {"2023-11-20", "10:05 AM \xC2\xB7 Mar 3, 2021", {{0, 23, "TIME", "2021-03-03T10:05"}}},
      {"2023-11-20", "Mar 3, 2021 \xC2\xB7 10:05 AM", {{0, 23, "TIME", "2021-03-03T10:05"}}},
      {"2023-11-20", "9:41 AM - 3 Mar 2021", {{0, 20, "TIME", "2021-03-03T09:41"}}},
      {"2023-11-20", "Posted 5 PM \xE2\x80\x93 3 Mar 2021 by a user.", {{7, 26, "TIME", "2021-03-03T17:00"}}},
      {"2023-11-20", "They met at 7:45 in the evening.", {{12, 31, "TIME", "2023-11-20T19:45"}}},
      {"2023-11-20", "The shop is open 9 a.m. - 5 p.m. Monday.", {{17, 39, "TIME", "2023-11-20T09:00/2023-11-20T17:00"}}},
  });
}

TEST_CASE("a season without a year follows the sentence's tense, as a month does") {
  check_rows({
      {"2023-11-20", "The election will be held in the spring.", {{29, 39, "DATE", "2024-SP"}}},
      {"2023-11-20", "Growth is expected to pick up in the summer.", {{33, 43, "DATE", "2024-SU"}}},
      {"2023-11-20", "Sales slumped over the winter.", {{19, 29, "DATE", "2022-WI"}}},
      {"2023-11-20", "In the spring, the company hired staff.", {{3, 13, "DATE", "2023-SP"}}},
  });
}

TEST_CASE("'ahead of' looks forward; 'By March,' opening a past sentence looks back") {
  check_rows({
      {"2023-11-20", "The president pardoned two turkeys ahead of Thanksgiving.", {{44, 56, "DATE", "2023-11-23"}}},
      {"1989-10-27", "Traders squared positions ahead of the weekend.", {{35, 46, "DATE", "1989-W43-WE"}}},
      {"2023-11-20", "By March, the city was surrounded.", {{3, 8, "DATE", "2023-03"}}},
  });
}

TEST_CASE("anaphors: 'that weekend', 'that spring', 'that same year', 'later that month', 'earlier that year'") {
  check_rows({
      {"2023-11-20", "The vote took place on Oct. 1, 2017. That weekend, thousands marched.",
       {{23, 35, "DATE", "2017-10-01"}, {37, 49, "DATE", "2017-W39-WE"}}},
      {"2023-11-20", "The bill was introduced in February 2020. The Senate passed it that spring.",
       {{27, 40, "DATE", "2020-02"}, {63, 74, "DATE", "2020-SP"}}},
      {"2023-11-20", "The war began in 2014. That same year, elections were held.",
       {{17, 21, "DATE", "2014"}, {23, 37, "DATE", "2014"}}},
      {"2023-11-20", "The plant opened on March 3, 2019. Later that month, a deal was reached.",
       {{20, 33, "DATE", "2019-03-03"}, {35, 51, "DATE", "2019-03"}}},
      {"2023-11-20", "The plant opened on March 3, 2019. Earlier that year, a deal was reached.",
       {{20, 33, "DATE", "2019-03-03"}, {35, 52, "DATE", "2019"}}},
      {"2023-11-20", "It opened on March 3, 2019. That same night, a fire broke out.",
       {{13, 26, "DATE", "2019-03-03"}, {28, 43, "TIME", "2019-03-03TNI"}}},
  });
  const auto ref = annals::parse_reference("2023-11-20").value();
  const auto got = annals::extract("The plant opened on March 3, 2019. Later that month, a deal was reached.", ref);
  REQUIRE(got.size() == 2);
  CHECK(got[1].value.mod == annals::timex_mod::end);
}

TEST_CASE("sequels: 'the following May', 'November of the following year', 'early the next morning'") {
  check_rows({
      {"2023-11-20", "The king died on Sept. 8, 2022. The coronation took place the following May.",
       {{17, 30, "DATE", "2022-09-08"}, {58, 75, "DATE", "2023-05"}}},
      {"2023-11-20", "It was signed on Dec. 12, 2015, and took effect in November of the following year.",
       {{17, 30, "DATE", "2015-12-12"}, {51, 81, "DATE", "2016-11"}}},
      {"2023-11-20", "The vote was held on June 23, 2016. The result was announced early the next morning.",
       {{21, 34, "DATE", "2016-06-23"}, {61, 83, "TIME", "2016-06-24TMO"}}},
  });
}

TEST_CASE("narrative anchoring: a bare weekday is the next such day from the day last named") {
  annals::extract_options narrative;
  narrative.anchor = annals::anchoring::narrative;
  check_rows({{"2023-11-20", "The strike began on Monday, Nov. 6, 2023. By Wednesday, schools had closed. On Friday, the union accepted a deal.",
               {{20, 40, "DATE", "2023-11-06"}, {45, 54, "DATE", "2023-11-08"}, {79, 85, "DATE", "2023-11-10"}}}},
             narrative);
  // in news the document's date directs it, by the sentence's tense
  check_rows({{"2023-11-20", "The strike began on Monday, Nov. 6, 2023. By Wednesday, schools had closed.",
               {{20, 40, "DATE", "2023-11-06"}, {45, 54, "DATE", "2023-11-15"}}}});
}

TEST_CASE("a title's period ends no sentence: 'St. Patrick's Day', 'Martin Luther King Jr. Day'") {
  check_rows({
      {"2023-11-20", "The parade is held on St. Patrick's Day.", {{22, 39, "DATE", "2024-03-17"}}},
      {"2023-11-20", "The shooting occurred on Martin Luther King Jr. Day.", {{25, 51, "DATE", "2023-01-16"}}},
  });
}

TEST_CASE("halves and calendar years as analysts write them: '2H 2023', 'CY2023', 'CY 2024'") {
  check_rows({
      {"2023-11-20", "Revenue in 2H 2023 will rise.", {{11, 18, "DATE", "2023-H2"}}},
      {"2023-11-20", "Revenue in CY2023 rose; sales in CY 2024 rose.", {{11, 17, "DATE", "2023"}, {33, 40, "DATE", "2024"}}},
  });
}

TEST_CASE("vague references: 'a while ago', 'some time ago', 'a long time ago', 'the coming hours'") {
  check_rows({
      {"2023-11-20", "The policy was introduced a while ago.", {{26, 37, "DATE", "PAST_REF"}}},
      {"2023-11-20", "It was demolished some time ago, a long time ago.",
       {{18, 31, "DATE", "PAST_REF"}, {33, 48, "DATE", "PAST_REF"}}},
      {"2023-11-20", "Prices could rise in the coming hours.", {{21, 37, "DATE", "FUTURE_REF"}}},
      // "ago" alone after no amount is none
      {"2023-11-20", "Not that long ago, prices were high.", {}},
  });
}

TEST_CASE("narrative anchoring: 'a week later' keeps its day for what follows") {
  annals::extract_options narrative;
  narrative.anchor = annals::anchoring::narrative;
  check_rows({{"2023-11-20", "Floodwaters rose on Sept. 3, 2023. A week later, the river crested. That afternoon, the levee failed.",
               {{20, 33, "DATE", "2023-09-03"}, {35, 47, "DATE", "2023-W36"}, {68, 82, "TIME", "2023-09-10TAF"}}}},
             narrative);
}

TEST_CASE("a clock time that ends what began later in the day named is on the next day") {
  check_rows({
      {"2023-11-20", "The attack began at 11 p.m. Saturday and lasted until 5 a.m.",
       {{20, 36, "TIME", "2023-11-18T23:00"}, {54, 60, "TIME", "2023-11-19T05:00"}}},
      {"2023-11-20", "The shop opened at 9 a.m. Saturday and stayed open until 5 p.m.",
       {{19, 34, "TIME", "2023-11-18T09:00"}, {57, 63, "TIME", "2023-11-18T17:00"}}},
  });
}

TEST_CASE("'the 90's' with its apostrophe; the Unix date with its zone before the year") {
  check_rows({
      {"2023-11-20", "The 90's were great; in the 80's prices rose. He scored 90's in tests.",
       {{0, 8, "DATE", "199"}, {24, 32, "DATE", "198"}}},
      {"2023-11-20", "Built Mon Nov 20 09:41:00 UTC 2023 on host x.", {{6, 34, "TIME", "2023-11-20T09:41:00"}}},
  });
}

TEST_CASE("a stretch that holds the reference, a range of clock times after 'runs', a participle after 'remain'") {
  check_rows({
      {"2023-11-20", "The exhibit runs from Oct. 1 to Jan. 15.", {{22, 39, "DATE", "2023-10-01/2024-01-15"}}},
      {"2023-11-20", "The trial will run from Sept. 5 to Sept. 9.", {{24, 42, "DATE", "2024-09-05/2024-09-09"}}},
      {"2023-11-20", "The event runs 10:00-16:00 CET.", {{15, 30, "TIME", "2023-11-20T10:00/2023-11-20T16:00"}}},
      {"2023-11-20", "Schools remain closed until Wednesday.", {{28, 37, "DATE", "2023-11-22"}}},
      {"2023-11-20", "The virus spread in the winter of 2020-21.", {{20, 41, "DATE", "2020-WI"}}},
  });
}

TEST_CASE("a game's clock and periods after 'left in'; 'year-on-year'; a heading with its year; seasons of two years; 'Thanksgiving eve'") {
  check_rows({
      {"2023-11-20", "Milwaukee led 88-71 with 4:12 left in the third quarter.", {}},
      {"2023-11-20", "Only two weeks remaining in the quarter, sales rose.",
       {{5, 14, "DURATION", "P2W"}, {28, 39, "DATE", "2023-Q3"}}},
      {"2023-11-20", "Sales rose 6.0% on a year-on-year basis.", {}},
      {"2023-11-20", "Fourth Quarter 2021 Highlights", {{0, 19, "DATE", "2021-Q4"}}},
      {"2023-11-20", "The streak goes back to the 2010-11 season. It happened in 2010-11.",
       {{28, 35, "DATE", "2010/2011"}, {59, 66, "DATE", "2010-11"}}},
      {"2023-11-20", "They met on Thanksgiving eve.", {{12, 28, "DATE", "2022-11-23"}}},
      {"2023-11-20", "It cut its forecast for the second time in three months.", {{43, 55, "DURATION", "P3M"}}},
  });
}
