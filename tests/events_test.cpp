// Event assembly rules added for event-mention output (SemEval-2015 Task 4): event words, names
// of an entity and its short names, every-trigger assembly, the document date for the headline
// and the lead, per-source triggers in the semeval2015 rendering. Sentences are invented.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "annals/timeline.hpp"
#include "events_detail.hpp"

namespace {

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& w : annals::detail::event_words(text, 0, text.size()))
    out.emplace_back(text.substr(w.begin, w.end - w.begin));
  return out;
}

annals::document plain(std::string text) {
  auto d = annals::read_document(std::move(text), "doc.txt", annals::doc_format::plain);
  REQUIRE(d);
  return std::move(d).value();
}

}  // namespace

TEST_CASE("event words: verbs, event nouns, names excluded") {
  struct row {
    std::string_view text;
    std::vector<std::string> expected;
  };
  const std::vector<row> rows{
      // past forms and an event noun; "hundred" is not a verb, names never are
      {"The Portside Council approved a hundred new berths after the vote .", {"approved", "vote"}},
      // a third-person verb after a name, a verb after "to"
      {"Kestrel Yards unveils a plan to expand the dock", {"unveils", "plan", "expand"}},
      // after a modal; auxiliaries are not event words
      {"The ferry will sail at dawn and has been repainted .", {"sail", "repainted"}},
      // -ing forms, but not "during" nor "morning"
      {"During the morning the crew was loading cargo .", {"loading"}},
      // the last part of a hyphenated past: "re-opened"
      {"The yard re-opened quietly .", {"re-opened"}},
      // a number-bearing name as subject: "the K7 sails"
      {"Later the K7 sails north .", {"sails"}},
      // a participle right after a determiner is an adjective; an event noun stays
      {"The differing plans were aired at the meeting .", {"plans", "aired", "meeting"}},
      // "Boeing"-like names ending in -ing are names, not verbs
      {"Harding and Reading signed the deal .", {"signed", "deal"}},
      // irregular past forms
      {"The harbour grew and the crew fled before the tide rose .", {"grew", "fled", "rose"}},
  };
  for (const auto& r : rows) {
    CAPTURE(r.text);
    CHECK(words_of(r.text) == r.expected);
  }
}

TEST_CASE("event words: temporal mentions are skipped") {
  const std::string_view t = "The talks ended on Friday evening .";
  const std::vector<annals::detail::text_span> skip{{18, 32}};  // "Friday evening"
  std::vector<std::string> got;
  for (const auto& w : annals::detail::event_words(t, 0, t.size(), skip)) got.emplace_back(t.substr(w.begin, w.end - w.begin));
  CHECK(got == std::vector<std::string>{"talks", "ended"});
}

TEST_CASE("names: an entity named on its own, not as part of a longer name") {
  struct row {
    std::string_view text, name;
    bool expected;
  };
  const std::vector<row> rows{
      {"Kestrel Yards said it would hire .", "Kestrel Yards", true},
      {"kestrel yards said so", "Kestrel Yards", true},      // case-insensitive
      {"The Kestrel K7 left port .", "Kestrel", false},      // part of "Kestrel K7"
      {"The Kestrel 220 left port .", "Kestrel", false},     // part of "Kestrel 220"
      {"Kestrel 's new ship left port .", "Kestrel", true},  // possessive
      {"Kestrel parent Corvid Group grew .", "Kestrel", true},
      {"Kestrels flew over .", "Kestrel", false},            // word boundary
      {"The Kestrel K7 and Kestrel itself .", "Kestrel", true},
  };
  for (const auto& r : rows) {
    CAPTURE(r.text);
    CAPTURE(r.name);
    CHECK(annals::detail::names(r.text, r.name) == r.expected);
  }
}

TEST_CASE("entity aliases") {
  struct row {
    std::string_view entity;
    std::vector<std::string> expected;
  };
  const std::vector<row> rows{
      {"Marta Olsson", {"Olsson"}},
      {"Kestrel", {}},
      {"Kestrel K7", {"K7"}},                       // last word (3 letters or fewer) only as numbered word
      {"Kestrel 220 Skyhopper", {"Skyhopper", "220"}},  // initials of two letters are too short
      {"Northern Coast Airlines", {"Northern Coast", "NCA"}},
      {"Royal Harbour Pilot Force", {"Royal Harbour Pilot", "RHPF"}},
      {"Tern Airways", {}},                         // "Tern" alone would be too loose
  };
  for (const auto& r : rows) {
    CAPTURE(r.entity);
    CHECK(annals::detail::entity_aliases(r.entity) == r.expected);
  }
}

TEST_CASE("every_trigger and document_date: each event word dated; headline and lead take the document date") {
  const auto doc = plain(
      "Portside Council approves ferry terminal\n"
      "The council approved the terminal on Friday after long talks .\n"
      "Workers will start work in June .\n"
      "The old pier closed .\n");
  const auto ref = annals::parse_reference("2024-05-06T10:00").value();

  struct row {
    std::string trigger, value;
    std::size_t sentence;
  };
  const auto run = [&](annals::event_options mode) {
    std::vector<row> out;
    for (const auto& e : annals::find_events(doc, ref, {}, mode))
      out.push_back({e.sources.front().trigger, e.when ? e.when->value : "undated", e.sources.front().sentence});
    return out;
  };

  const auto both = run({true, true});
  const std::vector<row> expected{
      {"approves", "2024-05-06", 0},   // the headline: the document's day
      {"approved", "2024-05-03", 1},   // "on Friday"
      {"talks", "2024-05-03", 1},      // the sentence's only date, though in the "after" clause
      {"start", "2024-06", 2},         // "will start … in June"
      {"closed", "undated", 3},        // neither headline nor lead: no date of its own
  };
  REQUIRE(both.size() == expected.size());
  for (std::size_t k = 0; k < expected.size(); ++k) {
    CAPTURE(k);
    CHECK(both[k].trigger == expected[k].trigger);
    CHECK(both[k].value == expected[k].value);
    CHECK(both[k].sentence == expected[k].sentence);
  }

  // Without document_date the headline is undated.
  const auto no_dct = run({true, false});
  REQUIRE(!no_dct.empty());
  CHECK(no_dct.front().trigger == "approves");
  CHECK(no_dct.front().value == "undated");
}

TEST_CASE("document_date: the lead sentence takes the document's day when it has no date") {
  const auto doc = plain(
      "Tern Airways orders jets\n"
      "Tern Airways has ordered twelve jets from Kestrel .\n"
      "The jets replaced older ones .\n");
  const auto ref = annals::parse_reference("2024-02-10T09:00").value();
  std::vector<std::string> got;
  for (const auto& e : annals::find_events(doc, ref, {}, {true, true}))
    got.push_back(e.sources.front().trigger + "@" + (e.when ? e.when->value : "undated"));
  CHECK(got == std::vector<std::string>{"orders@2024-02-10", "ordered@2024-02-10", "replaced@undated"});
}

TEST_CASE("semeval2015: every event mention with its own trigger, ranks by date, --about by short name") {
  auto doc = plain(
      "Marta Olsson resigns from Tern Airways\n"
      "Olsson resigned on Monday after the board meeting .\n"
      "The airline named a successor .\n");
  doc.id = "77";
  annals::timeline_options opt;
  opt.events = {true, true};
  opt.about = "Marta Olsson";
  doc.given_ref = annals::parse_reference("2024-03-14T08:00").value();
  const auto t = annals::build_timeline({doc}, opt);
  CHECK(annals::render(t, annals::timeline_format::semeval2015, opt.about) ==
        "Marta Olsson\n"
        "1\t2024-03-11\t77-1-resigned\n"   // "meeting" is in the "after" clause, which names no Olsson
        "2\t2024-03-14\t77-0-resigns\n");  // the headline: the document's day; sentence 2 is undated
}
