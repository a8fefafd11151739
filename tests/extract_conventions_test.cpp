// Extraction rules that follow how news and financial reports use time words, as TimeBank
// annotates them: the quarter a report is about, years used as adjectives ("the 1988 third
// quarter"), "the year ended …", spoken years, a clock time on the day last named, the sentence's
// tense for bare weekdays, and "the weekend" early in the week. Each row is a text, a reference and
// every mention expected in it, exactly.
#include <doctest/doctest.h>

#include "extract_rows.hpp"

using annals::test::check_rows;

TEST_CASE("financial reports: the quarter in focus") {
  // 1989-10-30 is a Monday in the fourth quarter; the last finished quarter is 1989-Q3.
  check_rows({
      {"1989-10-30", "Profit rose in the third quarter. It was $5 million in the year-ago quarter.",
       {{15, 32, "DATE", "1989-Q3"}, {55, 75, "DATE", "1988-Q3"}}},
      {"1989-10-30", "Profit rose in the third quarter, up from $5 million a year earlier.",
       {{15, 32, "DATE", "1989-Q3"}, {53, 67, "DATE", "1988-Q3"}}},
      // the focus does not drift back a year each time "a year earlier" is read
      {"1989-10-30", "Sales rose in the third quarter from a year earlier; profit fell from a year earlier.",
       {{14, 31, "DATE", "1989-Q3"}, {37, 51, "DATE", "1988-Q3"}, {70, 84, "DATE", "1988-Q3"}}},
      // "in a quarter" (a future quarter) and the current quarter do not move the focus
      {"1989-10-30", "Sales fell in the third quarter. Costs may ease in a quarter. The quarter was hard.",
       {{14, 31, "DATE", "1989-Q3"}, {48, 60, "DATE", "1990-Q1"}, {62, 73, "DATE", "1989-Q3"}}},
      {"1989-10-30", "Sales fell in the third quarter but should rise in the current quarter.",
       {{14, 31, "DATE", "1989-Q3"}, {51, 70, "DATE", "1989-Q4"}}},
      {"1989-10-30", "The latest period included a charge.", {{0, 17, "DATE", "1989-Q3"}}},
      {"1989-10-30", "The quarter was weak.", {{0, 11, "DATE", "1989-Q3"}}},
      {"1989-10-30", "Net income in the comparable year-earlier period was $3 million.",
       {{14, 48, "DATE", "1988"}}},
      {"1989-10-30", "Year-earlier profit was higher.", {{0, 12, "DATE", "1988"}}},
      // the noun first, then how far back: one mention, after a preposition too
      {"1989-10-30", "It lost money in the third quarter. For the quarter a year ago, it earned $5.",
       {{17, 34, "DATE", "1989-Q3"}, {40, 62, "DATE", "1988-Q3"}}},
      {"1989-10-30", "Sales fell in the third quarter from the corresponding period last year.",
       {{14, 31, "DATE", "1989-Q3"}, {37, 71, "DATE", "1988-Q3"}}},
      {"1989-10-30", "Sales were flat compared with the same period a year earlier.", {{30, 60, "DATE", "1988"}}},
  });
}

TEST_CASE("financial reports: years as adjectives, the year ended, fractions") {
  check_rows({
      {"1989-10-30", "Sales in the 1988 third quarter were $2 million.", {{9, 31, "DATE", "1988-Q3"}}},
      // the year in the possessive, fiscal or not, after a preposition too
      {"1989-10-30", "In fiscal 1990's first quarter, profit rose; in 1988's third quarter it fell.",
       {{3, 30, "DATE", "1990-Q1"}, {48, 68, "DATE", "1988-Q3"}}},
      {"1989-10-30", "In this year's third quarter, sales rose.", {{3, 28, "DATE", "1989-Q3"}}},
      {"1989-10-30", "This year's third quarter was weak; next year's first quarter will be better.",
       {{0, 25, "DATE", "1989-Q3"}, {36, 61, "DATE", "1990-Q1"}}},
      // with no quarter in focus "the 1988 quarter" is the year; never 1,988 quarters
      {"1989-10-30", "Results for the 1988 quarter were restated.", {{12, 28, "DATE", "1988"}}},
      {"1989-10-30", "Sales fell in the third quarter. The 1988 period was better.",
       {{14, 31, "DATE", "1989-Q3"}, {33, 48, "DATE", "1988-Q3"}}},
      {"1989-10-30", "Net income for the year ended Sept. 30 rose.",
       {{15, 23, "DURATION", "P1Y"}, {30, 38, "DATE", "1989-09-30"}}},
      {"1989-10-30", "It bought more than a quarter of the shares.", {}},
  });
}

TEST_CASE("fiscal years are named by their calendar year; 'current' before a noun is the present") {
  check_rows({
      {"1989-11-02", "Sales rose in the current fiscal year and last fiscal year.",
       {{14, 37, "DATE", "1989"}, {42, 58, "DATE", "1988"}}},
      {"1989-11-02", "Sales for fiscal 1989 rose in the fiscal first quarter and fiscal second-quarter.",
       {{10, 21, "DATE", "1989"}, {30, 54, "DATE", "1989-Q1"}, {59, 80, "DATE", "1989-Q2"}}},
      {"1989-11-02", "Profit for the fiscal year ended Sept. 30 rose.",
       {{11, 26, "DURATION", "P1Y"}, {33, 41, "DATE", "1989-09-30"}}},
      {"1989-11-02", "His current wife and current realities.", {{4, 11, "DATE", "PRESENT_REF"}, {21, 28, "DATE", "PRESENT_REF"}}},
      // the balance of payments, and "current" with no noun after it, are not times
      {"1989-11-02", "The current account deficit and the current-account gap; prices are current.", {}},
  });
}

TEST_CASE("spoken years") {
  check_rows({
      {"1998-02-27", "In nineteen ninety-six the law passed.", {{3, 22, "DATE", "1996"}}},
      {"1998-02-27", "Prices fell in January nineteen ninety-seven.", {{15, 44, "DATE", "1997-01"}}},
      {"1998-02-05", "By the year two thousand every computer must be ready.", {{3, 24, "DATE", "2000"}}},
      {"1998-02-05", "About two thousand people came.", {}},
  });
}

TEST_CASE("a clock time without a day is on the day last named") {
  check_rows({
      {"1989-10-30", "The plane left on Oct. 23. It landed at 6 a.m. in Paris.",
       {{18, 25, "DATE", "1989-10-23"}, {40, 46, "TIME", "1989-10-23T06:00"}}},
      {"1989-10-30", "It landed at 6 a.m. in Paris.", {{13, 19, "TIME", "1989-10-30T06:00"}}},
  });
}

TEST_CASE("tense cues for bare weekdays") {
  // 2000-04-03 is a Monday, 2000-04-05 a Wednesday.
  check_rows({
      // "U.S." does not end the sentence; "as soon as" looks forward
      {"2000-04-03", "The group might come to the U.S. as soon as Tuesday.", {{44, 51, "DATE", "2000-04-04"}}},
      // "United" is a name, not a past form; "would" looks forward
      {"2000-04-05", "The father would be traveling to the United States Thursday.",
       {{51, 59, "DATE", "2000-04-06"}}},
      {"2000-04-05", "The father traveled to the United States Thursday.", {{41, 49, "DATE", "2000-03-30"}}},
      // "as early as" looks forward
      {"2000-04-03", "He could come from Cuba as early as Tuesday.", {{36, 43, "DATE", "2000-04-04"}}},
      // "until" looks forward, unless the clause after the day is past
      {"2000-03-30", "Officials postponed until Tuesday any action on the case.", {{26, 33, "DATE", "2000-04-04"}}},
      {"1999-05-07", "It was quiet. Until Thursday, they had not called Kopp a suspect.", {{20, 28, "DATE", "1999-05-06"}}},
      // a day named by what happened on it is the one just past, whatever the verb
      {"2000-01-07", "They would appeal Wednesday's ruling.", {{18, 27, "DATE", "2000-01-05"}}},
      // the clause after a sentence-opening day decides
      {"1998-09-30", "On Friday, the government planned to pay the claims.", {{3, 9, "DATE", "1998-09-25"}}},
  });
}

TEST_CASE("the weekend early in the week is the one just past, and later in the week in the past") {
  // 1990-08-13 is a Monday (ISO week 33), 1990-08-16 a Thursday.
  check_rows({
      {"1990-08-13", "Prices fell over the weekend.", {{17, 28, "DATE", "1990-W32-WE"}}},
      {"1990-08-13", "Prices will rise over the weekend.", {{22, 33, "DATE", "1990-W33-WE"}}},
      {"1990-08-13", "Prices may rise this weekend.", {{16, 28, "DATE", "1990-W33-WE"}}},
      // on a Thursday a fall is the last weekend's, a rise to come the next one's
      {"1990-08-16", "Prices fell over the weekend.", {{17, 28, "DATE", "1990-W32-WE"}}},
      {"1990-08-16", "Prices will rise over the weekend.", {{22, 33, "DATE", "1990-W33-WE"}}},
      {"1990-08-16", "The weekend is busy.", {{0, 11, "DATE", "1990-W33-WE"}}},
  });
}

TEST_CASE("a sentence-final March or April keeps its dot out of the mention") {
  check_rows({
      {"2023-09-19", "The vote is due in March.", {{19, 24, "DATE", "2024-03"}}},
      {"2023-09-19", "It opened in April. Sales grew.", {{13, 18, "DATE", "2023-04"}}},
      {"2023-09-19", "It opened on Sept. 5.", {{13, 20, "DATE", "2023-09-05"}}},
  });
}

TEST_CASE("that morning, that afternoon, later that day: parts of the day last named") {
  check_rows({
      {"2023-10-09", "He arrived on Oct. 3. That afternoon he spoke.",
       {{14, 20, "DATE", "2023-10-03"}, {22, 36, "TIME", "2023-10-03TAF"}}},
      {"2023-10-09", "He arrived on Oct. 3. Later that day he spoke.",
       {{14, 20, "DATE", "2023-10-03"}, {22, 36, "DATE", "2023-10-03"}}},
      {"2023-10-09", "He arrived on Oct. 3. That evening he left.",
       {{14, 20, "DATE", "2023-10-03"}, {22, 34, "TIME", "2023-10-03TEV"}}},
      // with no date before it, "that afternoon" has nothing to point to
      {"2023-10-09", "That afternoon he spoke.", {}},
  });
}

TEST_CASE("spans as TimeBank draws them: prepositions out, the article of a duration in") {
  check_rows({
      {"1989-10-30", "Sales grew over the past 20 years and in recent years.",
       {{16, 33, "DURATION", "P20Y"}, {41, 53, "DURATION", "PXY"}}},
      {"1989-10-30", "It may change in the future, but not in the past.",
       {{17, 27, "DATE", "FUTURE_REF"}, {40, 48, "DATE", "PAST_REF"}}},
      {"1989-10-30", "Profit for the nine months ended Sept. 30 rose.",
       {{11, 26, "DURATION", "P9M"}, {33, 41, "DATE", "1989-09-30"}}},
      // "or so" belongs to the expression
      {"1991-02-25", "It began a week or so ago and may last the next year or so.",
       {{9, 25, "DATE", "1991-W08"}, {39, 58, "DATE", "1992"}}},
      // not before an adjective
      {"1989-10-30", "The 14-day strike ended.", {{4, 10, "DURATION", "P14D"}}},
      // "over" before an amount is "more than", and stays in the mention
      {"1989-10-30", "The talks lasted over a week.", {{17, 28, "DURATION", "P1W"}}},
  });
}
