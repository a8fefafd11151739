// annals/timeline.hpp — events anchored by temporal mentions, merged across documents, ordered.
//
//   std::vector<annals::document> docs = …;                 // annals/document.hpp
//   annals::timeline t = annals::build_timeline(docs);       // dates from each document
//   std::cout << annals::render(t, annals::timeline_format::text);
//
// Events. Each clause that a dated mention anchors becomes an event: its time (the mention's
// value and interval), its trigger (the verb or event noun nearest the mention in the clause:
// "crossed", "meeting"), its text (the clause, or the sentence when the clause cannot be
// isolated), the capitalised names it mentions (participants), and its source (document,
// sentence index, byte span). A sentence with several dated mentions gives several events; a
// sentence without one inherits the previous sentence's date only when it continues it in the
// same paragraph in the past tense, and is marked `inherited`.
//
// Relations. "North Korea said on Tuesday that Kim has returned": the date belongs to the
// saying; the reported event ("returned") is recorded as a separate, undated event with a
// relation `on_or_before` the saying. Order words between clauses — before, after, since,
// until, while — become relations too ("Before travelling to Russia, Kim made several visits":
// visits `before` travelling), and place undated events next to the events they are related to.
//
// Status: `planned` (will, slated, scheduled, plans to, upcoming, expected to), `uncertain`
// (may, might, could, reportedly, possibly, likely), `reported` (the content of a report whose
// own time is unknown), else `occurred`.
//
// Order. Events sort by the beginning of their interval, then by its end (so within the same
// beginning the shorter, finer one comes first), then by document and position. A coarse period
// sorts where it begins: "2023-09" (from 1 September) comes before "2023-09-18". A clock time
// read in a zone sorts by its instant ("9 p.m. EST" after "10pm GMT" the same evening) and is
// shown with that zone; days, longer periods and clock times without a zone sort by their wall
// clock. Undated events follow the event they are related to, or go last when they have no
// relation.
//
// Merging. Two events are one when their times overlap (one interval contains the other, or
// they are equal) and either their triggers share a stem ("crossed"/"crossing", "met"/
// "meeting") or their texts share most content words; the merged event cites every source and
// keeps the finest time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "annals/document.hpp"
#include "annals/extract.hpp"
#include "annals/timex.hpp"

namespace annals {

/// How sure the text is that an event happened.
enum class event_status : std::uint8_t { occurred, reported, planned, uncertain };

/// "occurred", "reported", "planned", "uncertain".
[[nodiscard]] std::string_view to_string(event_status s) noexcept;

/// Where an event was read.
struct event_source {
  std::string doc;          ///< document id
  std::size_t sentence = 0; ///< sentence index in the document (0-based)
  std::string sentence_id;  ///< the markup's sentence id (TimeML <s id>), else ""
  std::size_t begin = 0;    ///< byte span of the event's text in the document
  std::size_t end = 0;
  std::size_t trigger_begin = 0;  ///< byte span of the trigger
  std::size_t trigger_end = 0;
  std::string trigger;            ///< the trigger as written in this source ("crossing")
};

/// A relation from one event to another.
struct event_relation {
  enum class kind : std::uint8_t { before, after, on_or_before, during, simultaneous };
  kind what = kind::before;
  std::size_t target = 0;  ///< index of the other event in the same timeline
  std::string cue;         ///< the word that says so: "before", "said", "while"
};

/// "before", "after", "on_or_before", "during", "simultaneous".
[[nodiscard]] std::string_view to_string(event_relation::kind k) noexcept;

/// One event.
struct event {
  std::optional<temporal_value> when;  ///< none for undated events
  bool inherited = false;              ///< the date comes from a previous sentence
  std::string when_text;               ///< the mention's text ("last Wednesday")
  std::string text;                    ///< the clause or sentence
  std::string trigger;                 ///< as written: "crossed"
  std::vector<std::string> participants;
  event_status status = event_status::occurred;
  std::vector<event_source> sources;
  std::vector<event_relation> relations;
};

/// Event-mention assembly, for readers that want every mention of an event rather than one
/// line per happening: the SemEval-2015 Task 4 format (`annals timeline --format semeval2015`
/// turns both on). Both are off by default, and the rules above hold unchanged.
struct event_options {
  /// Every event word of a sentence is an event of its own (see detail::event_words: verbs in
  /// the past, in -ing, in the third person after a name or pronoun, after "to" or a modal;
  /// event nouns), dated by the sentence's dated mention nearest to it (in its clause first),
  /// not only the trigger nearest to each dated mention; each event's text is the word's
  /// clause (where --about looks for the entity). Reported content takes the date of the
  /// report. Events are merged only when they are the same word of the same sentence, and each
  /// source keeps its own trigger as written.
  bool every_trigger = false;
  /// A sentence without a date of its own gives events dated by the document's date (the
  /// reference it is read against, as a day) when it is about the time of writing: the headline
  /// (a first sentence without final punctuation) and the lead (the first full sentence of six
  /// words or more). Later undated sentences stay undated (measured: dating every undated
  /// sentence, or the present perfect, adds more wrong dates than right ones).
  bool document_date = false;
};

/// Options for event assembly and the timeline.
struct timeline_options {
  extract_options extraction;
  event_options events;
  /// Keep only events whose text or participants mention this entity (case-insensitive): the
  /// entity or one of its short names as a name of its own ("Gallois" for "Louis Gallois",
  /// "USAF" for "United States Air Force", "A380" for "Airbus A380"; "Airbus" is not named by
  /// "Airbus A380"; see detail::names and detail::entity_aliases), or, for an entity of several
  /// words, every word of it ("Boeing 787" matches "the 787 Dreamliner from Boeing").
  std::string about;
  /// Keep only events whose time overlaps [from, to) (either end optional).
  std::optional<local_time> from;
  std::optional<local_time> to;
  bool include_undated = false;
  /// Reference when a document has none of its own (the CLI passes the current time).
  std::optional<reference> fallback_reference;
};

/// An ordered, merged timeline.
struct timeline {
  std::vector<event> events;
  /// One line per document: which reference it was read against ("doc: 2023-09-19T13:43+05:30
  /// (dateline)"), for the reader to check.
  std::vector<std::string> notes;
};

/// The events of one document against a reference, in text order.
[[nodiscard]] std::vector<event> find_events(const document& doc, const reference& ref,
                                             const extract_options& options = {});
/// The same with event-mention assembly (see event_options).
[[nodiscard]] std::vector<event> find_events(const document& doc, const reference& ref,
                                             const extract_options& options, const event_options& mode);

/// Finds, merges, filters and orders the events of several documents.
[[nodiscard]] timeline build_timeline(const std::vector<document>& docs, const timeline_options& options = {});

/// Output formats.
enum class timeline_format : std::uint8_t { text, json, markdown, timelinejs, html, semeval2015 };

/// Renders a timeline. For semeval2015 the first line is `options_about` (the target entity).
[[nodiscard]] std::string render(const timeline& t, timeline_format f, std::string_view about = {});

}  // namespace annals
