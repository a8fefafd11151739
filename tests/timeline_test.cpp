// The timeline of whole documents: the bundled sample stories (exact text rendering), the two
// real articles in ../shared (skipped when absent), and the output formats.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "annals/timeline.hpp"

namespace {

std::string slurp(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::vector<annals::document> read_all(const std::filesystem::path& dir, const std::vector<std::string>& names) {
  std::vector<annals::document> docs;
  for (const auto& n : names) docs.push_back(annals::read_document(slurp(dir / n), n).value());
  return docs;
}

const std::vector<std::string> kStories{"calder-gazette.txt", "coastline-radio.html", "harbor-news.md"};

}  // namespace

TEST_CASE("sample stories: the exact timeline") {
  const auto docs = read_all(std::filesystem::path(ANNALS_SOURCE_DIR) / "examples" / "stories", kStories);
  const annals::timeline t = annals::build_timeline(docs);
  CHECK(annals::render(t, annals::timeline_format::text) ==
        "2024-03-03 night      closed     PORT CALDER - City engineers closed the Harbor Bridge on Sunday night\n"
        "                                 [calder-gazette.txt #3; harbor-news.md #2]\n"
        "2024-03-04 morning    examined   Inspectors examined the damaged pier on Monday morning and found cracks in two support columns.\n"
        "                                 [calder-gazette.txt #4]\n"
        "2024-03-18 (planned)  begin      Mayor Lena Okafor said repairs will begin on March 18 and should take about six weeks.\n"
        "                                 [calder-gazette.txt #5]\n"
        "2024-03-18            started    Repair crews started work on the Harbor Bridge today, two weeks\n"
        "                                 [harbor-news.md #1]\n"
        "2024-W16              finished   Crews finished replacing the two cracked columns last week, about eight weeks\n"
        "                                 [coastline-radio.html #3]\n"
        "2024-04-25            announced  City officials announced on Thursday that the Harbor Bridge will reopen to traffic on Monday.\n"
        "                                 [coastline-radio.html #2]\n"
        "2024-04-29 (planned)  reopen     City officials announced on Thursday that the Harbor Bridge will reopen to traffic on Monday.\n"
        "                                 [coastline-radio.html #2; harbor-news.md #3]\n");
  REQUIRE(t.notes.size() == 3);
  CHECK(t.notes[0] == "calder-gazette.txt: 2024-03-04T09:15:00-05:00 (dateline)");
  CHECK(t.notes[1] == "coastline-radio.html: 2024-04-26T08:00:00-04:00 (html)");
  CHECK(t.notes[2] == "harbor-news.md: 2024-03-18T16:40:00 (front-matter)");
}

TEST_CASE("sample stories: filters") {
  const auto docs = read_all(std::filesystem::path(ANNALS_SOURCE_DIR) / "examples" / "stories", kStories);
  annals::timeline_options opt;
  opt.about = "Okafor";
  auto t = annals::build_timeline(docs, opt);
  REQUIRE(t.events.size() == 1);
  CHECK(t.events[0].trigger == "begin");
  CHECK(t.events[0].status == annals::event_status::planned);
  CHECK(t.events[0].participants == std::vector<std::string>{"Mayor Lena Okafor"});

  annals::timeline_options range;
  range.from = annals::parse_reference("2024-04-01").value().when;
  range.to = annals::parse_reference("2024-04-26").value().when;
  t = annals::build_timeline(docs, range);
  REQUIRE(t.events.size() == 2);
  CHECK(t.events[0].when->value == "2024-W16");
  CHECK(t.events[1].when->value == "2024-04-25");
}

TEST_CASE("reporting verbs: the date belongs to the saying, the content is on or before it") {
  auto doc = annals::read_document("Port Calder, May 2 2024\n\nThe council said on Tuesday that the ferry has resumed service.\n",
                                   "council.txt")
                 .value();
  const auto ref = annals::parse_reference("2024-05-02").value();
  const auto events = annals::find_events(doc, ref);
  REQUIRE(events.size() == 2);
  CHECK(events[0].trigger == "said");
  CHECK(events[0].when->value == "2024-04-30");
  CHECK(events[1].trigger == "resumed");
  CHECK_FALSE(events[1].when);
  CHECK(events[1].status == annals::event_status::reported);
  REQUIRE(events[1].relations.size() == 1);
  CHECK(events[1].relations[0].what == annals::event_relation::kind::on_or_before);
  CHECK(events[1].relations[0].target == 0);
}

TEST_CASE("clock times in zones are ordered by instant, and shown with their zone") {
  auto doc = annals::read_document("Published: November 5, 2024\n\nA man was arrested at 9 p.m. EST on Tuesday. "
                                   "Residents were evacuated at 10pm GMT on Tuesday.\n",
                                   "z.txt")
                 .value();
  const auto t = annals::build_timeline({doc});
  CHECK(annals::render(t, annals::timeline_format::text) ==
        "2024-11-05 22:00 GMT  evacuated  Residents were evacuated at 10pm GMT on Tuesday.\n"
        "                                 [z.txt #2]\n"
        "2024-11-05 21:00 EST  arrested   A man was arrested at 9 p.m. EST on Tuesday.\n"
        "                                 [z.txt #1]\n");
}

TEST_CASE("a time's 'a.m.' before a word that opens sentences ends its sentence") {
  auto doc = annals::read_document("Power was restored by 6 a.m. The center will issue an update at 9 a.m. Friday.\n",
                                   "h.txt")
                 .value();
  const auto events = annals::find_events(doc, annals::parse_reference("2024-11-05").value());
  REQUIRE(events.size() == 2);
  CHECK(events[0].trigger == "restored");
  CHECK(events[0].status == annals::event_status::occurred);
  CHECK(events[0].when->value == "2024-11-05T06:00");
  CHECK(events[1].trigger == "issue");
  CHECK(events[1].status == annals::event_status::planned);
  CHECK(events[1].when->value == "2024-11-08T09:00");
}

TEST_CASE("a preposition 'before' names no clause; a schedule in the present is planned") {
  const auto ref = annals::parse_reference("2026-01-30").value();
  auto doc = annals::read_document("He appeared before magistrates on Tuesday.\n", "c.txt").value();
  auto events = annals::find_events(doc, ref);
  REQUIRE(events.size() == 1);
  CHECK(events[0].trigger == "appeared");
  CHECK(events[0].when->value == "2026-01-27");
  CHECK(events[0].status == annals::event_status::occurred);
  doc = annals::read_document("The recess begins on Feb. 13.\n", "r.txt").value();
  events = annals::find_events(doc, ref);
  REQUIRE(events.size() == 1);
  CHECK(events[0].trigger == "begins");
  CHECK(events[0].when->value == "2026-02-13");
  CHECK(events[0].status == annals::event_status::planned);
}

TEST_CASE("a wire dateline without a year names no event; 'will be released' is the release") {
  auto doc = annals::read_document("LOS ANGELES, Nov 5 (AP) \xE2\x80\x94 The band's album will be released on Friday. "
                                   "Campaigning will officially open on Monday.\n",
                                   "w.txt")
                 .value();
  const auto events = annals::find_events(doc, annals::parse_reference("2026-11-05").value());
  REQUIRE(events.size() == 2);
  CHECK(events[0].trigger == "released");
  CHECK(events[0].when->value == "2026-11-06");
  CHECK(events[0].status == annals::event_status::planned);
  CHECK(events[1].trigger == "open");
  CHECK(events[1].when->value == "2026-11-09");
}

TEST_CASE("order words relate undated events") {
  auto doc = annals::read_document("Before leaving for the summit, the minister visited three factories.\n", "m.txt").value();
  const auto events = annals::find_events(doc, annals::parse_reference("2024-05-02").value());
  REQUIRE(events.size() == 2);
  CHECK(events[0].trigger == "leaving");
  CHECK(events[1].trigger == "visited");
  REQUIRE(events[1].relations.size() == 1);
  CHECK(events[1].relations[0].what == annals::event_relation::kind::before);
  CHECK(events[1].relations[0].target == 0);
  CHECK(events[1].relations[0].cue == "before");
}

TEST_CASE("semeval2015: the date part of the start's ISO 8601 text, XX for what the grain leaves out") {
  auto doc = annals::read_document(
                 "Published: March 4, 2024\n\nRome was founded in 753 BC. The council met in May 2023.\n", "r.txt")
                 .value();
  const auto t = annals::build_timeline({doc});
  CHECK(annals::render(t, annals::timeline_format::semeval2015, "rome") ==
        "rome\n1\t-0752-XX-XX\tr.txt-1-founded\n2\t2023-05-XX\tr.txt-2-met\n");
}

TEST_CASE("formats: json, semeval2015, markdown, timelinejs, html") {
  auto doc = annals::read_document("Published: March 4, 2024\n\nEngineers closed the bridge on Sunday night.\n", "b.txt").value();
  const auto t = annals::build_timeline({doc});
  REQUIRE(t.events.size() == 1);
  CHECK(annals::render(t, annals::timeline_format::json) ==
        "{\"events\":[{\"when\":{\"type\":\"TIME\",\"value\":\"2024-03-03TNI\",\"interval\":[\"2024-03-03T21:00:00\","
        "\"2024-03-04T06:00:00\"],\"grain\":\"part_of_day\",\"text\":\"Sunday night\",\"inherited\":false},"
        "\"text\":\"Engineers closed the bridge on Sunday night.\",\"trigger\":\"closed\",\"participants\":[],"
        "\"status\":\"occurred\",\"sources\":[{\"doc\":\"b.txt\",\"sentence\":1,\"span\":[26,70],\"trigger_span\":[36,42]}],"
        "\"relations\":[]}]}\n");
  CHECK(annals::render(t, annals::timeline_format::semeval2015, "bridge") == "bridge\n1\t2024-03-03\tb.txt-1-closed\n");
  CHECK(annals::render(t, annals::timeline_format::markdown) ==
        "| When | Event | Sources |\n| --- | --- | --- |\n"
        "| 2024-03-03 night | **closed** — Engineers closed the bridge on Sunday night. | b.txt #1 |\n");
  const std::string js = annals::render(t, annals::timeline_format::timelinejs);
  CHECK(js.find("\"start_date\":{\"year\":\"2024\",\"month\":\"3\",\"day\":\"3\"}") != std::string::npos);
  const std::string html = annals::render(t, annals::timeline_format::html);
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("<time datetime=\"2024-03-03T21:00:00\">2024-03-03 night</time>") != std::string::npos);
  CHECK(html.find("http") == std::string::npos);  // self-contained: no network resources
}

TEST_CASE("the two news samples in ../shared: Kim's return") {
  const std::filesystem::path dir = std::filesystem::path(ANNALS_SHARED_DIR) / "data" / "news-samples";
  if (!std::filesystem::exists(dir / "kim-returns-from-russia.txt")) {
    MESSAGE("../shared/data/news-samples is absent: skipped");
    return;
  }
  const auto docs = read_all(dir, {"kim-returns-from-russia.txt", "kim-returns-with-drones.md"});
  const auto t = annals::build_timeline(docs);
  struct want {
    const char* value;
    const char* trigger;
    annals::event_status status;
  };
  const want wants[] = {
      {"2023-09-13", "meeting", annals::event_status::occurred},
      {"2023-09-18TMO", "crossed", annals::event_status::occurred},
      {"2023-09-19", "said", annals::event_status::occurred},
      {"2023-11", "meeting", annals::event_status::planned},
  };
  // Each wanted event appears exactly once, in this order.
  std::size_t at = 0;
  for (const auto& w : wants) {
    std::size_t found = 0, where = 0;
    for (std::size_t i = 0; i < t.events.size(); ++i)
      if (t.events[i].when && t.events[i].when->value == w.value && t.events[i].trigger == w.trigger) {
        ++found;
        where = i;
      }
    INFO(w.value << " " << w.trigger);
    CHECK(found == 1);
    CHECK(where >= at);
    CHECK(t.events[where].status == w.status);
    at = where;
  }
  // The crossing is told twice in the first article (caption and body): one event, two sources.
  for (const auto& e : t.events)
    if (e.trigger == "crossed") CHECK(e.sources.size() == 2);
}
