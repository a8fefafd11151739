// Timeline: events of many documents, merged, filtered and ordered (annals/timeline.hpp).
#include <algorithm>
#include <numeric>
#include <set>

#include "annals/render.hpp"
#include "annals/timeline.hpp"
#include "events_detail.hpp"
#include "text.hpp"

namespace annals {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::set<std::string> content_words(std::string_view s) {
  static const std::set<std::string, std::less<>> stop{
      "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "that",
      "this", "his", "her", "their", "its", "is", "was", "were", "be", "been", "has", "have", "had",
      "it", "he", "she", "they", "as", "but", "not", "did", "didn't", "said"};
  std::set<std::string> out;
  std::string w;
  const auto flush = [&] {
    if (w.size() > 2 && !stop.count(w)) out.insert(detail::stem(w));
    w.clear();
  };
  for (char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'') w += lower(c);
    else flush();
  }
  flush();
  return out;
}

double jaccard(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  std::size_t common = 0;
  for (const auto& x : a) common += b.count(x);
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

bool overlap(const interval& a, const interval& b) {
  return a.begin < b.end && b.begin < a.end;
}

// Two dated events are one when their times overlap and their triggers share a
// stem or their texts share most content words.
bool same_event(const event& a, const event& b) {
  if (!a.when || !b.when || !a.when->span || !b.when->span) return false;
  if (!overlap(*a.when->span, *b.when->span)) return false;
  if (detail::stem(a.trigger) == detail::stem(b.trigger)) return true;
  return jaccard(content_words(a.text), content_words(b.text)) >= 0.5;
}

// The same word of the same sentence read twice.
bool same_mention(const event& a, const event& b) {
  if (a.sources.empty() || b.sources.empty()) return false;
  const auto& x = a.sources.front();
  const auto& y = b.sources.front();
  return x.doc == y.doc && x.sentence == y.sentence && x.trigger_begin == y.trigger_begin && x.trigger_end == y.trigger_end;
}

bool contains_ci(std::string_view hay, std::string_view needle) {
  if (needle.empty()) return true;
  if (hay.size() < needle.size()) return false;
  for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    bool eq = true;
    for (std::size_t k = 0; k < needle.size(); ++k)
      if (lower(hay[i + k]) != lower(needle[k])) { eq = false; break; }
    if (eq && (i == 0 || !detail::is_ascii_alnum(hay[i - 1])) &&
        (i + needle.size() == hay.size() || !detail::is_ascii_alnum(hay[i + needle.size()])))
      return true;
  }
  return false;
}

bool about(const event& e, std::string_view entity) {
  if (entity.empty()) return true;
  // The entity, or one of its short names, named on its own (detail::names, entity_aliases).
  if (detail::names(e.text, entity)) return true;
  for (const auto& a : detail::entity_aliases(entity))
    if (detail::names(e.text, a)) return true;
  if (entity.find(' ') == std::string_view::npos) return false;
  // Every word of the entity appears in the text or the participants.
  std::string word;
  std::vector<std::string> words;
  for (char c : entity) {
    if (c == ' ') { if (!word.empty()) words.push_back(word); word.clear(); }
    else word += c;
  }
  if (!word.empty()) words.push_back(word);
  for (const auto& w : words) {
    bool found = contains_ci(e.text, w);
    for (const auto& p : e.participants) found = found || contains_ci(p, w);
    if (!found) return false;
  }
  return true;
}

}  // namespace

timeline build_timeline(const std::vector<document>& docs, const timeline_options& options) {
  timeline t;
  std::vector<event> all;
  for (const auto& doc : docs) {
    std::optional<reference> ref = doc.given_ref;
    std::string source(to_string(doc.given_source));
    if (!ref) {
      if (const auto d = find_document_date(doc, options.extraction.parse)) {
        ref = d->ref;
        source = std::string(to_string(d->source));
      }
    }
    if (!ref && options.fallback_reference) {
      ref = options.fallback_reference;
      source = "now";
    }
    if (!ref) {
      t.notes.push_back(doc.id + ": no reference time; document skipped");
      continue;
    }
    t.notes.push_back(doc.id + ": " + to_string(*ref) + " (" + source + ")");
    auto evs = find_events(doc, *ref, options.extraction, options.events);
    // Relations are indices into the document's events: shift them into `all`.
    const std::size_t base = all.size();
    for (auto& e : evs) {
      for (auto& r : e.relations) r.target += base;
      all.push_back(std::move(e));
    }
  }

  // Merge duplicates (within and across documents): union of sources, finest time kept.
  std::vector<std::size_t> rep(all.size());
  std::iota(rep.begin(), rep.end(), 0);
  for (std::size_t i = 0; i < all.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (rep[j] != j) continue;
      // Event mentions (event_options::every_trigger) merge only when they are the same word.
      if (options.events.every_trigger ? !same_mention(all[j], all[i]) : !same_event(all[j], all[i])) continue;
      event& keep = all[j];
      event& drop = all[i];
      for (auto& s : drop.sources) keep.sources.push_back(std::move(s));
      for (auto& p : drop.participants)
        if (std::find(keep.participants.begin(), keep.participants.end(), p) == keep.participants.end())
          keep.participants.push_back(p);
      const auto len = [](const event& e) { return e.when->span->end - e.when->span->begin; };
      if (len(drop) < len(keep)) {
        keep.when = drop.when;
        keep.when_text = drop.when_text;
      }
      if (drop.status == event_status::occurred) keep.status = keep.status == event_status::planned ? keep.status : event_status::occurred;
      for (auto& r : drop.relations) keep.relations.push_back(r);
      rep[i] = j;
      break;
    }
  }
  const auto root = [&](std::size_t i) {
    while (rep[i] != i) i = rep[i];
    return i;
  };

  // Filter.
  std::vector<std::size_t> keep;
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (rep[i] != i) continue;
    const event& e = all[i];
    if (!e.when && !options.include_undated) continue;
    if (!about(e, options.about)) continue;
    if (e.when && e.when->span) {
      if (options.from && e.when->span->end <= *options.from) continue;
      if (options.to && e.when->span->begin >= *options.to) continue;
    } else if (options.from || options.to) {
      continue;
    }
    keep.push_back(i);
  }

  // Order: dated by begin, end, then source position; undated right after the event they
  // relate to, else last, in text order. A clock time read in a zone counts as its instant ("9
  // p.m. EST" comes after "10pm GMT" the same evening); days and longer, and clock times without
  // a zone, by their wall-clock ends, as if those were UTC.
  std::vector<std::size_t> dated, undated;
  for (auto i : keep) (all[i].when ? dated : undated).push_back(i);
  const auto instant = [&](std::size_t i, local_time t) {
    const temporal_value& v = *all[i].when;
    const bool clock = v.grain == grain::hour || v.grain == grain::minute || v.grain == grain::second;
    return clock && !v.span->where.is_floating() ? v.span->where.lookup(t).first.time_since_epoch()
                                                  : t.time_since_epoch();
  };
  std::stable_sort(dated.begin(), dated.end(), [&](std::size_t a, std::size_t b) {
    const auto& x = *all[a].when->span;
    const auto& y = *all[b].when->span;
    if (const auto xb = instant(a, x.begin), yb = instant(b, y.begin); xb != yb) return xb < yb;
    if (const auto xe = instant(a, x.end), ye = instant(b, y.end); xe != ye) return xe < ye;
    return a < b;
  });
  std::vector<std::size_t> order;
  std::vector<bool> placed(all.size(), false);
  for (auto i : dated) {
    // Undated events related to i ("before", "on or before") go right before it.
    for (auto u : undated) {
      if (placed[u]) continue;
      for (const auto& r : all[u].relations)
        if (root(r.target) == i && (r.what == event_relation::kind::on_or_before || r.what == event_relation::kind::before)) {
          order.push_back(u);
          placed[u] = true;
          break;
        }
    }
    order.push_back(i);
    placed[i] = true;
  }
  for (auto u : undated)
    if (!placed[u]) {
      order.push_back(u);
      placed[u] = true;
    }

  // Re-index relations into the output order; relations to dropped events are dropped.
  std::vector<std::size_t> pos(all.size(), static_cast<std::size_t>(-1));
  for (std::size_t k = 0; k < order.size(); ++k) pos[order[k]] = k;
  for (auto i : order) {
    event e = all[i];
    std::vector<event_relation> rels;
    for (auto r : e.relations) {
      const std::size_t target = root(r.target);
      if (pos[target] == static_cast<std::size_t>(-1) || target == i) continue;
      r.target = pos[target];
      rels.push_back(r);
    }
    e.relations = std::move(rels);
    t.events.push_back(std::move(e));
  }
  return t;
}

}  // namespace annals
