// Concurrency: many threads extract, find document dates, build and render timelines and parse
// with tz-database zones at once, sharing the grammar, the anchor scanner, the tables and
// the tz database. Each thread's results must equal the single-threaded results exactly.
//
// Run under ThreadSanitizer by .ci/steps/30-tsan.sh (ctest -R concurrency in build-tsan/). The
// threads start together at a latch before anything has been used, so the first-use
// initialisation of every shared table and of the tz database happens concurrently too.
#include <doctest/doctest.h>

#include "annals/zone.hpp"

#include <cstddef>
#include <latch>
#include <string>
#include <thread>
#include <vector>

#include "annals/document.hpp"
#include "annals/extract.hpp"
#include "annals/parse.hpp"
#include "annals/reference.hpp"
#include "annals/render.hpp"
#include "annals/timeline.hpp"

namespace {

constexpr std::size_t kThreads = 8;
constexpr std::size_t kRounds = 8;

struct source {
  const char* name;
  const char* bytes;
};

// Invented stories in every format, each with its own date and zone.
constexpr source kSources[] = {
    {"harbour.txt",
     "Harbour notes\nPublished Sep 18 2023 10:09 AM EDT\n\n"
     "The ferry resumed service on Friday after three days of repairs. Crews will inspect the "
     "pier again next Tuesday, and the port authority said the work began on Sept. 5.\n"},
    {"river.md",
     "---\ntitle: River levels\ndate: 2023-03-26T01:30:00+01:00\n---\n\n"
     "The river peaked on Sunday night and fell by Tuesday morning. Engineers met at 9:30 a.m. "
     "CET yesterday; a second survey is scheduled for April 4.\n"},
    {"market.html",
     "<html><head><title>Market day</title>"
     "<meta property=\"article:published_time\" content=\"2023-11-05T08:00:00-04:00\"></head>"
     "<body><p>Stalls opened at 6 a.m. on Saturday, an hour before the clocks changed.</p>"
     "<p>The next market is on November 18, and the winter fair runs from Dec. 1 to Dec. 3.</p>"
     "</body></html>\n"},
    {"bridge.tml",
     "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>bridge</DOCID>\n"
     "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2023-10-29\" functionInDocument=\"CREATION_TIME\">"
     "2023-10-29</TIMEX3></DCT>\n<TEXT>\n"
     "<s id=\"1\">The bridge closed last Friday for repairs.</s>\n"
     "<s id=\"2\">It reopens in two weeks, officials said on Saturday.</s>\n</TEXT>\n</TimeML>\n"},
    {"kolkata.txt",
     "Last Updated : Sep 19 2023 | 1:43 PM IST\n\n"
     "The committee met on Monday morning and will meet again every Thursday until the end of "
     "the year. The previous session, in the second quarter of 2022, ran for six days.\n"},
    {"orchard.txt",
     "Date: Tue, 14 Mar 2023 16:05:00 +1030\n\n"
     "Pickers arrived two days ago and the harvest starts tomorrow. Before the rain came on "
     "Sunday, growers had covered the rows; the last crate leaves in mid-April.\n"},
};

// Expressions with zones whose rules the tz database must look up.
constexpr const char* kExpressions[] = {
    "March 26, 2023 at 1:30 a.m. Europe/London", "Nov 5 2023 1:30 AM ET", "last Wednesday",
    "Oct. 29, 2023 2:30 a.m. CET", "Sep 19 2023 | 1:43 PM IST", "the first half of next year",
    "2023-03-12T02:30 America/New_York", "next Monday at 9 p.m. PT",
};

std::vector<annals::document> read_all() {
  std::vector<annals::document> docs;
  for (const auto& s : kSources) docs.push_back(annals::read_document(s.bytes, s.name).value());
  return docs;
}

// Everything one worker computes for document `i`, as text, so results compare exactly.
std::string work(std::size_t i) {
  const auto docs = read_all();
  const annals::document& d = docs[i % docs.size()];
  std::string out = d.id + "\n";
  const auto date = annals::find_document_date(d);
  const annals::reference ref = date ? date->ref : annals::reference{};
  out += annals::to_string(ref) + "\n";
  for (const auto& m : annals::extract(d.text, ref)) {
    out += std::to_string(m.begin) + "-" + std::to_string(m.end) + " ";
    out += annals::to_json(m.value, m.text) + "\n";
  }
  const auto kolkata = annals::parse_reference("2023-09-19T13:43 Asia/Kolkata").value();
  const auto e = annals::parse(kExpressions[i % std::size(kExpressions)], kolkata);
  out += e ? annals::to_json(*e, kExpressions[i % std::size(kExpressions)]) : e.error().what();
  out += "\n";
  // A timeline over this document and the next two.
  std::vector<annals::document> some{d, docs[(i + 1) % docs.size()], docs[(i + 2) % docs.size()]};
  annals::timeline_options opt;
  opt.include_undated = true;
  const auto t = annals::build_timeline(some, opt);
  out += annals::render(t, annals::timeline_format::json);
  out += annals::render(t, annals::timeline_format::text);
  return out;
}

TEST_CASE("concurrency: threads sharing the grammar, scanner, tables and tz database agree") {
  // The tz database is loaded first, here: date/tz loads it once behind a function-local static
  // (thread-safe), but Debian's libdate-tz.so is not built with ThreadSanitizer, which then cannot
  // see that guard and reports its first load from two threads as a race.
  REQUIRE(annals::locate_zone("America/New_York"));
  // Concurrent first for everything of annals' own: its lazily built tables are not initialised yet.
  std::vector<std::vector<std::string>> got(kThreads);
  {
    std::latch start(kThreads);
    std::vector<std::thread> pool;
    for (std::size_t t = 0; t < kThreads; ++t) {
      pool.emplace_back([&, t] {
        start.arrive_and_wait();
        for (std::size_t r = 0; r < kRounds; ++r) got[t].push_back(work(t + r));
      });
    }
    for (auto& th : pool) th.join();
  }
  // Then alone, for the expected results.
  for (std::size_t t = 0; t < kThreads; ++t) {
    for (std::size_t r = 0; r < kRounds; ++r) {
      CAPTURE(t);
      CAPTURE(r);
      const std::string want = work(t + r);
      CHECK(got[t][r] == want);
    }
  }
  // Every source gave mentions and a dated timeline (the workload is not trivially empty).
  for (std::size_t i = 0; i < std::size(kSources); ++i) {
    CAPTURE(kSources[i].name);
    const std::string w = work(i);
    CHECK(w.find("\"value\"") != std::string::npos);
  }
}

}  // namespace
