// Documents: readers (plain, HTML, TimeML, markdown front matter, JSON Lines), the offsets
// invariant, hostile input, and finding a document's own date.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "annals/document.hpp"
#include "annals/render.hpp"

using namespace std::string_literals;

namespace {

// text has raw's length, and every byte of text is raw's byte, a space or a line break.
void check_invariant(const annals::document& d) {
  REQUIRE(d.text.size() == d.raw.size());
  std::size_t bad = 0;
  for (std::size_t k = 0; k < d.raw.size(); ++k)
    if (d.text[k] != d.raw[k] && d.text[k] != ' ' && d.text[k] != '\n') ++bad;
  CHECK(bad == 0);
}

annals::document read(std::string bytes, std::string id, annals::doc_format f = annals::doc_format::automatic) {
  auto r = annals::read_document(std::move(bytes), std::move(id), f);
  REQUIRE(r);
  check_invariant(*r);
  return std::move(r).value();
}

// The text with runs of white space collapsed, for readable expectations.
std::string squeeze(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string iso(const annals::reference& r) { return annals::to_string(r); }

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("format detection: extension first, then content") {
  using annals::doc_format;
  CHECK(read("<p>x</p>", "a.html").format == doc_format::html);
  CHECK(read("<p>x</p>", "A.HTM").format == doc_format::html);
  CHECK(read("plain", "b.tml").format == doc_format::timeml);
  CHECK(read("x", "c.md").format == doc_format::markdown);
  CHECK(read("<p>x</p>", "d.txt").format == doc_format::plain);
  CHECK(read("<!DOCTYPE html><html><body>x</body></html>", "noext").format == doc_format::html);
  CHECK(read("  <?xml version=\"1.0\" ?>\n<TimeML>\n<TEXT>x</TEXT></TimeML>", "noext").format == doc_format::timeml);
  CHECK(read("---\ntitle: T\n---\nbody\n", "noext").format == doc_format::markdown);
  CHECK(read("Just words, a < b and c > d.", "noext").format == doc_format::plain);
  CHECK(read("", "").format == doc_format::plain);
  CHECK(read("<p>x</p>", "a.html", doc_format::plain).format == doc_format::plain);
}

TEST_CASE("plain text is kept as read") {
  const std::string s = "The harbour reopened on Tuesday.\r\n<not markup> & more\0bytes\xff\xfe"s;
  const auto d = read(s, "note.txt");
  CHECK(d.text == d.raw);
  CHECK(d.raw == s);
  CHECK(d.title.empty());
  CHECK(d.sentences.empty());
  CHECK(d.id == "note.txt");
}

TEST_CASE("HTML: tags, comments and scripts blanked; block tags break lines; title") {
  const std::string html =
      "<!DOCTYPE html>\n<html><head><title>Ferry  service &amp; port\n news</title>\n"
      "<style>p { color: red; }</style>\n"
      "<script type=\"text/javascript\">var a = \"<p>not text</p>\"; if (a < b) {}</script>\n"
      "</head><body><article><h1>Ferry resumes</h1><!-- a <b>comment</b> -->"
      "<p>The ferry <b>resumed</b> on Monday.<br/>Tickets <a href=\"/t?a=1&b=2\" title='x > y'>sold</a> out.</p>"
      "<div>Next sailing:<span>Friday</span></div></article></body></html>";
  const auto d = read(html, "ferry.html");
  CHECK(d.format == annals::doc_format::html);
  CHECK(d.title == "Ferry service & port news");
  CHECK(squeeze(d.text) ==
        "Ferry service &amp; port news Ferry resumes The ferry resumed on Monday. Tickets sold out. Next "
        "sailing: Friday");
  // Block tags: a line break at the tag's first byte, spaces after.
  const std::size_t p = html.find("<p>The ferry");
  CHECK(d.text.substr(p, 3) == "\n  ");
  const std::size_t br = html.find("<br/>");
  CHECK(d.text.substr(br, 5) == "\n    ");
  // Inline tags: spaces only; the attribute's '>' inside quotes does not end the tag.
  const std::size_t a = html.find("<a href");
  CHECK(d.text[a] == ' ');
  CHECK(d.text.find("x > y") == std::string::npos);
  CHECK(d.text.find("not text") == std::string::npos);
  CHECK(d.text.find("color") == std::string::npos);
  // Offsets: a word found in text is the same word in raw.
  const std::size_t m = d.text.find("Monday");
  CHECK(d.raw.substr(m, 6) == "Monday");
}

TEST_CASE("HTML: markup that never closes stays text") {
  const auto d = read("<p>Before</p> a <b and 3 < 4 then <!-- never closed", "x.html");
  CHECK(squeeze(d.text) == "Before a <b and 3 < 4 then <!-- never closed");
  const auto q = read("<p>One <a href=\"unterminated>two</a> three</p>", "y.html");
  // The quote never closes: quoting is dropped and the tag ends at the first '>'.
  CHECK(squeeze(q.text) == "One two three");
  const auto s = read("<p>Shown</p><script>var never_closed = 1;", "z.html");
  CHECK(squeeze(s.text) == "Shown");
}

TEST_CASE("TimeML: body only, DOCID, DCT, sentences") {
  const std::string tml =
      "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>XYZ20010203.0001</DOCID>\n"
      "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2001-02-03\" functionInDocument=\"CREATION_TIME\">20010203</TIMEX3></DCT>\n"
      "<TITLE>Dam opens</TITLE>\n<EXTRAINFO>XYZ20010203.0001 NEWS STORY 2001-02-03</EXTRAINFO>\n<TEXT>\n"
      "<s id=\"1\">The dam <EVENT eid=\"e1\" class=\"OCCURRENCE\">opened</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" "
      "value=\"2001-02-02\">yesterday</TIMEX3>.</s>\n<s id=\"2\">Water flowed.</s>\n</TEXT>\n"
      "<TLINK lid=\"l1\" relType=\"BEFORE\" eventInstanceID=\"ei1\" relatedToTime=\"t0\" />\n</TimeML>\n";
  const auto d = read(tml, "file.tml");
  CHECK(d.format == annals::doc_format::timeml);
  CHECK(d.id == "XYZ20010203.0001");
  CHECK(d.title == "Dam opens");
  CHECK(squeeze(d.text) == "The dam opened yesterday . Water flowed.");
  CHECK(d.text.find("20010203") == std::string::npos);
  CHECK(d.text.find("NEWS STORY") == std::string::npos);
  REQUIRE(d.sentences.size() == 2);
  CHECK(d.sentences[0].id == "1");
  CHECK(squeeze(d.text.substr(d.sentences[0].begin, d.sentences[0].end - d.sentences[0].begin)) ==
        "The dam opened yesterday .");
  CHECK(d.raw.substr(d.sentences[1].begin, d.sentences[1].end - d.sentences[1].begin) == "Water flowed.");
  CHECK(d.text[tml.find("<s id=\"2\">")] == '\n');
  const std::size_t y = d.text.find("yesterday");
  CHECK(tml.substr(y, 9) == "yesterday");

  const auto date = annals::find_document_date(d);
  REQUIRE(date);
  CHECK(date->source == annals::date_source::timeml);
  CHECK(iso(date->ref) == "2001-02-03T00:00:00");
  CHECK(tml.substr(date->begin, date->end - date->begin) == "2001-02-03");
}

TEST_CASE("markdown front matter: keys blanked, title and subhed visible, date from front matter") {
  const std::string md =
      "---\ntitle: \"Lighthouse keeper retires\"\nsubhed: After forty years on the rock\nauthor: A. Writer\n"
      "tags:\n  - coast\n  - people\npubDate: 2021-06-01\ndate: 2021-05-30 18:45\n---\n\n"
      "The keeper handed over the keys on Sunday.\n";
  const auto d = read(md, "keeper.md");
  CHECK(d.format == annals::doc_format::markdown);
  CHECK(d.title == "Lighthouse keeper retires");
  CHECK(squeeze(d.text) ==
        "Lighthouse keeper retires After forty years on the rock The keeper handed over the keys on Sunday.");
  const auto date = annals::find_document_date(d);
  REQUIRE(date);
  CHECK(date->source == annals::date_source::front_matter);
  CHECK(iso(date->ref) == "2021-05-30T18:45:00");
  CHECK(date->ref.where.is_floating());
  CHECK(md.substr(date->begin, date->end - date->begin) == "2021-05-30 18:45");

  const auto quoted = read("---\npublished: '2020-02-29T08:00:00+01:00'\n---\nText.\n", "q.md");
  const auto qd = annals::find_document_date(quoted);
  REQUIRE(qd);
  CHECK(iso(qd->ref) == "2020-02-29T08:00:00+01:00");
  // Unclosed front matter is not front matter.
  const auto open = read("---\ntitle: x\nno closing line\n", "o.md");
  CHECK(open.text == open.raw);
  CHECK(open.title.empty());
}

TEST_CASE("HTML dates: article:published_time, other metas, <time>") {
  auto date_of = [](const std::string& html) {
    const auto d = read(html, "page.html");
    return annals::find_document_date(d);
  };
  const std::string both =
      "<html><head><meta name=\"pubdate\" content=\"2022-03-04\">"
      "<meta property=\"article:published_time\" content=\"2022-03-05T07:30:00Z\"></head>"
      "<body><time datetime=\"2022-03-01\">1 March</time></body></html>";
  auto d = date_of(both);
  REQUIRE(d);
  CHECK(d->source == annals::date_source::html);
  CHECK(iso(d->ref) == "2022-03-05T07:30:00Z");
  CHECK(both.substr(d->begin, d->end - d->begin) == "2022-03-05T07:30:00Z");

  d = date_of("<html><body><time datetime=\"2022-03-01\">x</time><span itemprop=\"datePublished\" "
              "content=\"2022-02-28T10:00:00-05:00\"></span></body></html>");
  REQUIRE(d);
  CHECK(iso(d->ref) == "2022-02-28T10:00:00-05:00");

  d = date_of("<html><body><p>Text</p><time datetime='2022-03-01T09:15'>x</time></body></html>");
  REQUIRE(d);
  CHECK(iso(d->ref) == "2022-03-01T09:15:00");

  // schema.org JSON-LD: its datePublished, not dateModified, and not a key inside a string or
  // in a script of another type
  const std::string ld =
      "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"note\": "
      "\"\\\"datePublished\\\": \\\"2020-01-01\\\"\", \"dateModified\": \"2022-03-06\", "
      "\"datePublished\" : \"2022-03-05T07:30:00+01:00\"}</script></head><body><p>x</p></body></html>";
  d = date_of(ld);
  REQUIRE(d);
  CHECK(d->source == annals::date_source::html);
  CHECK(iso(d->ref) == "2022-03-05T07:30:00+01:00");
  CHECK(ld.substr(d->begin, d->end - d->begin) == "2022-03-05T07:30:00+01:00");
  CHECK_FALSE(date_of("<html><head><script>var a = {\"datePublished\": \"2022-03-05\"};</script></head></html>"));
  // a value with an escape in it is skipped, and the next key read
  d = date_of("<html><head><script type=\"application/ld+json\">{\"datePublished\": \"2022\\u002d03\", "
              "\"datePublished\": \"2022-03-07\"}</script></head></html>");
  REQUIRE(d);
  CHECK(iso(d->ref) == "2022-03-07T00:00:00");

  CHECK_FALSE(date_of("<html><body><p>Nothing dated here.</p></body></html>"));
}

TEST_CASE("Date: header and datelines") {
  auto date_of = [](const std::string& s) { return annals::find_document_date(read(s, "n.txt")); };
  auto d = date_of("From: desk@example.org\nDate: Tue, 5 Mar 2019 16:20:00 +0100 (CET)\nSubject: Bridge\n\nBody.\n");
  REQUIRE(d);
  CHECK(d->source == annals::date_source::header);
  CHECK(iso(d->ref) == "2019-03-05T16:20:00+01:00");

  d = date_of("Bridge closes for repairs\nBy Staff  3 min read  Last Updated : Mar 5 2019 | 4:20 PM EST\n"
              "The bridge closed on Monday.\n\nFirst Published: Mar 4 2019 | 9:05 AM EST\n");
  REQUIRE(d);
  CHECK(d->source == annals::date_source::dateline);
  CHECK(iso(d->ref) == "2019-03-04T09:05:00-05:00");

  const std::string posted = "Snow day\nPosted by Sam Lee on March 6, 2019\n\nSchools were shut.\n";
  d = date_of(posted);
  REQUIRE(d);
  CHECK(iso(d->ref) == "2019-03-06T00:00:00");
  CHECK(posted.substr(d->begin, d->end - d->begin) == "March 6, 2019");

  // "Last Modified:" as the British papers print it, with a dotted clock
  const std::string modified = "Bridge shut\nLast Modified: Thu 19 Oct 2023 15.45 BST\n\nThe bridge shut.\n";
  d = date_of(modified);
  REQUIRE(d);
  CHECK(d->source == annals::date_source::dateline);
  CHECK(iso(d->ref) == "2023-10-19T15:45:00+01:00");
  CHECK(modified.substr(d->begin, d->end - d->begin) == "Thu 19 Oct 2023 15.45 BST");

  // A byline, a separator and the date ("By Jane Doe | September 19, 2023 at 8:13 am EDT").
  const std::string byline = "Vote delayed\nBy Jane Doe | September 19, 2023 at 8:13 am EDT\n\nThe Senate met.\n";
  d = date_of(byline);
  REQUIRE(d);
  CHECK(d->source == annals::date_source::dateline);
  CHECK(iso(d->ref) == "2023-09-19T08:13:00-04:00");
  CHECK(byline.substr(d->begin, d->end - d->begin) == "September 19, 2023 at 8:13 am EDT");
  d = date_of("Vote delayed\nBy Staff \xE2\x80\xA2 Sept. 19, 2023\n\nThe Senate met.\n");
  REQUIRE(d);
  CHECK(iso(d->ref) == "2023-09-19T00:00:00");
  // an em dash parts them too, as it parts a title from "published"
  d = date_of("Vote delayed\nBy Jane Doe \xE2\x80\x94 Sept. 20, 2023\n\nThe Senate met.\n");
  REQUIRE(d);
  CHECK(iso(d->ref) == "2023-09-20T00:00:00");
  // a byline without a separator is no dateline, nor is a date in the body
  CHECK_FALSE(date_of("Vote delayed\nBy Jane Doe\n\nThe Senate met on Monday, Sept. 18, 2023, to vote.\n"));

  // A section's name and a separator before a complete date: it dates the story before a wire
  // dateline without a year further down.
  const std::string section = "Sport | 24 July 2023\n\nCity sign Kovacic\n\nMANCHESTER, 24 July -- City signed him.\n";
  d = date_of(section);
  REQUIRE(d);
  CHECK(d->source == annals::date_source::dateline);
  CHECK(iso(d->ref) == "2023-07-24T00:00:00");
  CHECK(section.substr(d->begin, d->end - d->begin) == "24 July 2023");
  d = date_of("World News \xE2\x80\x94 Sept. 19, 2023 | 1:43 PM\n\nThe Senate met.\n");
  REQUIRE(d);
  CHECK(iso(d->ref) == "2023-09-19T13:43:00");
  // A complete date alone on one of the last lines signs the article off; a date inside the
  // last sentence does not.
  const std::string closing = "Talks stall\n\nThe council will vote on Friday.\n\nWednesday, March 12, 2025\n\n";
  d = date_of(closing);
  REQUIRE(d);
  CHECK(d->source == annals::date_source::dateline);
  CHECK(iso(d->ref) == "2025-03-12T00:00:00");
  CHECK(closing.substr(d->begin, d->end - d->begin) == "Wednesday, March 12, 2025");
  CHECK_FALSE(date_of("Talks stall\n\nThe vote was on March 12, 2025 and failed.\n"));
  // not a date that goes on into a headline, nor one after a long line's separator
  CHECK_FALSE(date_of("Markets | March 3, 2020 crash explained\n\nShares fell.\n"));
  CHECK_FALSE(date_of("The minister, speaking to reporters at length about the budget | March 3, 2020\n\nShares fell.\n"));

  // A keyword in lower case after a separator is a dateline's too; in prose it is not.
  d = date_of("Incident report \xE2\x80\x94 published 2024-06-05\n\nAt 14:32 UTC errors rose.\n");
  REQUIRE(d);
  CHECK(iso(d->ref) == "2024-06-05T00:00:00");
  CHECK_FALSE(date_of("The study published 2019-01-01 results.\n\nMore text follows here.\n"));

  // A wire story's dateline: the place in capitals, then a complete date after one of its commas.
  const std::string wire = "ACME Reports Results\n\nSAN JOSE, Calif., Feb. 12, 2025 /PRNewswire/ -- ACME "
                           "today announced results.\n";
  d = date_of(wire);
  REQUIRE(d);
  CHECK(d->source == annals::date_source::dateline);
  CHECK(iso(d->ref) == "2025-02-12T00:00:00");
  CHECK(wire.substr(d->begin, d->end - d->begin) == "Feb. 12, 2025");
  d = date_of("LONDON, March 14, 2024 (Reuters) - Britain's economy grew.\n");
  REQUIRE(d);
  CHECK(iso(d->ref) == "2024-03-14T00:00:00");
  // on a first paragraph of any length (most wire leads run past 200 bytes)
  const std::string lead = "LONDON, Nov. 20, 2023 (Reuters) - Britain's economy grew more than expected, official "
                           "data showed, with output in the three months to September rising faster than economists "
                           "had forecast, and it has not contracted since late 2021.\n";
  REQUIRE(lead.size() > 200);
  d = date_of(lead);
  REQUIRE(d);
  CHECK(iso(d->ref) == "2023-11-20T00:00:00");
  // Business Wire names itself between dashes
  const std::string bw = "SAN FRANCISCO--(BUSINESS WIRE)--Nov. 20, 2023--Acme today announced results.\n";
  d = date_of(bw);
  REQUIRE(d);
  CHECK(iso(d->ref) == "2023-11-20T00:00:00");
  CHECK(bw.substr(d->begin, d->end - d->begin) == "Nov. 20, 2023");
  CHECK_FALSE(date_of("SAN FRANCISCO--(BUSINESS WIRE)--Acme announced results on Nov. 20, 2023.\n"));
  // without a year, or without the place in capitals, it dates nothing
  CHECK_FALSE(date_of("LONDON, March 14 (Reuters) - Britain's economy grew.\n"));
  // ... but a caller about to take the current time may take the dateline's day, in the latest
  // year that does not put it after now
  {
    const auto now = annals::parse_reference("2026-12-07T06:00").value();
    const std::string yearless = "LONDON, March 14 (Reuters) - Britain's economy grew.\n";
    auto y = annals::find_yearless_dateline(read(yearless, "n.txt"), now);
    REQUIRE(y);
    CHECK(y->source == annals::date_source::dateline);
    CHECK(iso(y->ref) == "2026-03-14T00:00:00");
    CHECK(yearless.substr(y->begin, y->end - y->begin) == "March 14");
    y = annals::find_yearless_dateline(read("TOKYO, Dec 25 (Reuters) - Exports rose.\n", "n.txt"), now);
    REQUIRE(y);
    CHECK(iso(y->ref) == "2025-12-25T00:00:00");
    CHECK_FALSE(annals::find_yearless_dateline(read("Later, in London, on March 14 the economy grew.\n", "n.txt"), now));
    CHECK_FALSE(annals::find_yearless_dateline(read("LONDON, March (Reuters) - It grew.\n", "n.txt"), now));
  }
  CHECK_FALSE(date_of("Later, in London, on March 14, 2024 the economy grew.\n"));

  // A date that opens an early line before a separator or a dateline word is the dateline's;
  // before other words it is the story's.
  const std::string opens = "Rates hold\nSeptember 19, 2023 1:43 PM GMT+5:30 Updated 2 hours ago\n\nThe bank met.\n";
  d = date_of(opens);
  REQUIRE(d);
  CHECK(iso(d->ref) == "2023-09-19T13:43:00+05:30");
  CHECK(opens.substr(d->begin, d->end - d->begin) == "September 19, 2023 1:43 PM GMT+5:30");
  d = date_of("Rates hold\nSEPTEMBER 19, 2023 / 1:43 PM / UPDATED 2 HOURS AGO\n\nThe bank met.\n");
  REQUIRE(d);
  CHECK(iso(d->ref) == "2023-09-19T00:00:00");
  d = date_of("Rates hold\nSept. 19, 2023 | Business\n\nThe bank met.\n");
  REQUIRE(d);
  CHECK(iso(d->ref) == "2023-09-19T00:00:00");
  CHECK_FALSE(date_of("Rates hold\nSeptember 19, 2023 was the day the bank met.\n"));

  // Lower-case "updated" in prose is not a dateline; a date alone on an early line is.
  d = date_of("Market report\nWednesday, March 6, 2019\n\nAnalysts updated 2018-01-01 forecasts.\n");
  REQUIRE(d);
  CHECK(iso(d->ref) == "2019-03-06T00:00:00");

  // Dateline variants: capitalised keyword, filler words, zones of every kind.
  struct variant {
    const char* text;
    const char* expected;
  };
  const variant variants[] = {
      {"Tide tables\nUPDATED: 19 September 2023 11:05 BST\n", "2023-09-19T11:05:00+01:00"},
      {"Tide tables\nPublished 2023-09-19T08:13:00Z\n", "2023-09-19T08:13:00Z"},
      {"Tide tables\nLast updated on 9/19/23\n", "2023-09-19T00:00:00"},
      {"Tide tables\nPublished: Tuesday, September 19, 2023 at 1:43 p.m. ET\n",
       "2023-09-19T13:43:00-04:00[America/New_York]"},
      {"Date: Tue, 19 Sep 2023 13:43:00 -0000\n\nBody\n", "2023-09-19T13:43:00"},
  };
  for (const auto& v : variants) {
    INFO(v.text);
    const auto vd = date_of(v.text);
    REQUIRE(vd);
    CHECK(iso(vd->ref) == v.expected);
  }

  // A keyword alone on its line, the date on the next one (HTML blocks).
  const std::string blocks = "<html><body><h1>Gale warning</h1><div class=\"byline\">Published:</div>"
                             "<div><span>Oct 2, 2024</span> <span>07:10 GMT</span></div><p>Winds rose.</p></body></html>";
  const auto bd = annals::find_document_date(read(blocks, "gale.html"));
  REQUIRE(bd);
  CHECK(bd->source == annals::date_source::dateline);
  CHECK(iso(bd->ref) == "2024-10-02T07:10:00Z");
  CHECK(blocks.substr(bd->begin, 12) == "Oct 2, 2024<");

  // Incomplete dates do not date a document.
  CHECK_FALSE(date_of("Updated Monday\nPublished 5 hours ago\nMarch 6\n"));
  CHECK_FALSE(date_of(""));
}

TEST_CASE("to_string(date_source)") {
  using annals::date_source;
  CHECK(annals::to_string(date_source::option) == "option");
  CHECK(annals::to_string(date_source::dateline) == "dateline");
  CHECK(annals::to_string(date_source::front_matter) == "front-matter");
  CHECK(annals::to_string(date_source::html) == "html");
  CHECK(annals::to_string(date_source::timeml) == "timeml");
  CHECK(annals::to_string(date_source::header) == "header");
  CHECK(annals::to_string(date_source::now) == "now");
}

TEST_CASE("JSON Lines: members, escapes, ref") {
  auto r = annals::read_jsonl_line(
      R"({"id":"a-1","meta":{"tags":["x",{"y":[1,2.5e3,-0.1,true,false,null]}]},"text":"Caf\u00e9 opened \"today\"\n\ud83d\ude00 tab\tend","ref":"2023-09-19T13:43+05:30"})",
      7);
  REQUIRE(r);
  CHECK(r->id == "a-1");
  CHECK(r->raw == "Caf\xC3\xA9 opened \"today\"\n\xF0\x9F\x98\x80 tab\tend");
  CHECK(r->text == r->raw);
  CHECK(r->format == annals::doc_format::plain);
  REQUIRE(r->given_ref);
  CHECK(iso(*r->given_ref) == "2023-09-19T13:43:00+05:30");

  r = annals::read_jsonl_line(R"(  {"text":"<p>Hello</p><p>world</p>", "id": 42, "ref": null}  )", 3);
  REQUIRE(r);
  CHECK(r->id == "42");
  CHECK(r->format == annals::doc_format::html);
  CHECK(squeeze(r->text) == "Hello world");
  CHECK_FALSE(r->given_ref);

  r = annals::read_jsonl_line(R"({"text":"no id"})", 12);
  REQUIRE(r);
  CHECK(r->id.empty());

  r = annals::read_jsonl_line("{\"text\":\"---\\ndate: 2020-01-02\\n---\\nBody\"}", 1);
  REQUIRE(r);
  CHECK(r->format == annals::doc_format::markdown);
  const auto d = annals::find_document_date(*r);
  REQUIRE(d);
  CHECK(iso(d->ref) == "2020-01-02T00:00:00");
}

TEST_CASE("JSON Lines: errors name the problem and the column") {
  struct row {
    const char* line;
    annals::errc code;
    std::size_t column;
    const char* words;
  };
  const row rows[] = {
      {R"({"id":"x"})", annals::errc::invalid_argument, 0, "missing \"text\""},
      {R"({"text":5})", annals::errc::invalid_argument, 9, "\"text\" must be a string"},
      {R"({"text":"a","text":"b"})", annals::errc::invalid_argument, 13, "duplicate"},
      {R"({"text":"a","ref":"2023-13-01"})", annals::errc::invalid_argument, 25, "bad \"ref\""},
      {R"({"text":"a",})", annals::errc::syntax, 13, "member name"},
      {R"({"text":"a"} x)", annals::errc::syntax, 14, "end of the line"},
      {R"({"text":"a\x"})", annals::errc::syntax, 11, "invalid escape"},
      {R"({"text":"\ud800"})", annals::errc::syntax, 10, "surrogate"},
      {R"({"text":"\udc00"})", annals::errc::syntax, 10, "surrogate"},
      {R"({"text":"\u12G4"})", annals::errc::syntax, 10, "hex"},
      {R"({"text":"abc)", annals::errc::syntax, 13, "unterminated"},
      {R"({"n":01,"text":"a"})", annals::errc::syntax, 7, "',' or '}'"},
      {R"({"n":tru,"text":"a"})", annals::errc::syntax, 6, "JSON value"},
      {R"(["text"])", annals::errc::syntax, 1, "'{'"},
      {"{\"text\":\"a\tb\"}", annals::errc::syntax, 11, "control character"},
      {"   ", annals::errc::empty_input, 0, "blank"},
  };
  for (const auto& rw : rows) {
    INFO(rw.line);
    const auto r = annals::read_jsonl_line(rw.line, 1);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == rw.code);
    CHECK(r.error().column() == rw.column);
    CHECK(r.error().message.find(rw.words) != std::string::npos);
  }
  // Depth: 64 levels are skipped, 65 are an error (not a stack overflow).
  std::string deep = R"({"x":)" + std::string(64, '[') + std::string(64, ']') + R"(,"text":"ok"})";
  CHECK(annals::read_jsonl_line(deep, 1));
  std::string deeper = R"({"x":)" + std::string(100000, '[') + R"(,"text":"ok"})";
  const auto e = annals::read_jsonl_line(deeper, 1);
  REQUIRE_FALSE(e);
  CHECK(e.error().message.find("nesting") != std::string::npos);
}

TEST_CASE("hostile input finishes and keeps the invariant") {
  using annals::doc_format;
  for (auto f : {doc_format::html, doc_format::timeml, doc_format::markdown, doc_format::plain}) {
    INFO(static_cast<int>(f));
    read(std::string(500000, '<'), "lt", f);
    read(std::string(500000, '<') + std::string(500000, '>'), "nested", f);
    std::string tags;
    for (int k = 0; k < 200000; ++k) tags += "<a";
    read(tags, "open tags", f);
    std::string quotes;
    for (int k = 0; k < 100000; ++k) quotes += "<a x=\"";
    read(quotes + ">", "open quotes", f);
    std::string comments;
    for (int k = 0; k < 100000; ++k) comments += "<!--<s>";
    read(comments, "open comments", f);
    read("<p>nul\0byte</p><ti\0tle>\xff\xfe\xc3</p>\x80<s id=\"\xff\">x"s, "bytes", f);
    read("---\n" + std::string(100000, ':') + "\n---\n", "colons", f);
    const auto d = read(std::string(1 << 20, 'x') + "<p>" + std::string(1 << 20, 'y'), "long line", f);
    CHECK_FALSE(annals::find_document_date(d));
  }
  // Many date-like attributes and front matter keys: bounded parse attempts.
  std::string times = "<html>";
  for (int k = 0; k < 100000; ++k) times += "<time datetime=\"x><meta name=\"date\" content=\"y>";
  CHECK_FALSE(annals::find_document_date(read(times, "times.html")));
  std::string keys = "---\n";
  for (int k = 0; k < 100000; ++k) keys += "date: soon\n";
  CHECK_FALSE(annals::find_document_date(read(keys + "---\n", "keys.md")));
  // Many dateline keywords: bounded attempts.
  std::string many;
  for (int k = 0; k < 100000; ++k) many += "Posted x\n";
  CHECK_FALSE(annals::find_document_date(read(many, "many.txt")));
  // Over the limit.
  const auto big = annals::read_document(std::string(annals::kMaxDocumentBytes + 1, ' '), "big.txt");
  REQUIRE_FALSE(big);
  CHECK(big.error().code == annals::errc::too_large);
}

TEST_CASE("a 100 MB single line reads in linear time") {
  std::string line(100u << 20, 'w');
  for (std::size_t k = 0; k < line.size(); k += 4096) line[k] = '<';
  const auto d = read(line, "huge.html");
  CHECK(d.text.size() == line.size());
  CHECK_FALSE(annals::find_document_date(d));
}

TEST_CASE("shared news samples and a TimeBank file") {
  const std::filesystem::path shared = ANNALS_SHARED_DIR;
  const auto news = shared / "data" / "news-samples";
  if (!std::filesystem::is_directory(news)) {
    MESSAGE("skipped: " << news.string() << " is absent");
    return;
  }
  {
    const auto d = read(slurp(news / "kim-returns-from-russia.txt"), "kim-returns-from-russia.txt");
    CHECK(d.text == d.raw);
    const auto date = annals::find_document_date(d);
    REQUIRE(date);
    CHECK(date->source == annals::date_source::dateline);
    CHECK(iso(date->ref) == "2023-09-19T13:43:00+05:30");
    CHECK(d.raw.substr(date->begin, date->end - date->begin) == "Sep 19 2023 | 1:43 PM IST");
  }
  {
    const auto d = read(slurp(news / "kim-returns-with-drones.md"), "kim-returns-with-drones.md");
    CHECK(d.format == annals::doc_format::markdown);
    CHECK_FALSE(d.title.empty());
    CHECK(d.text.find("Donna") == std::string::npos);   // author is metadata
    CHECK(d.text.find(d.title) != std::string::npos);   // the title stays visible
    const auto date = annals::find_document_date(d);
    REQUIRE(date);
    CHECK(date->source == annals::date_source::front_matter);
    CHECK(iso(date->ref) == "2023-09-18T10:09:00");
    CHECK(date->ref.where.is_floating());
  }
  const auto tml = shared / "data" / "tempeval3-train" / "TimeBank" / "ABC19980108.1830.0711.tml";
  if (!std::filesystem::exists(tml)) {
    MESSAGE("skipped: " << tml.string() << " is absent");
    return;
  }
  const auto d = read(slurp(tml), tml.filename().string());
  CHECK(d.format == annals::doc_format::timeml);
  CHECK(d.id == "ABC19980108.1830.0711");
  CHECK(d.text.find("NEWS STORY") == std::string::npos);
  CHECK(d.text.find("TIMEX3") == std::string::npos);
  const auto date = annals::find_document_date(d);
  REQUIRE(date);
  CHECK(date->source == annals::date_source::timeml);
  CHECK(iso(date->ref) == "1998-01-08T00:00:00");
}
