// Table-driven extraction checks shared by the extraction tests: each row is a reference, a
// text and every mention expected in it, exactly (byte span, TIMEX3 type and value).
#pragma once

#include <doctest/doctest.h>

#include <cstddef>
#include <string_view>
#include <vector>

#include "annals/extract.hpp"
#include "annals/reference.hpp"

namespace annals::test {

struct expected_mention {
  std::size_t begin;
  std::size_t end;
  const char* type;
  const char* value;
};

struct row {
  const char* ref;
  const char* text;
  std::vector<expected_mention> mentions;
};

inline void check_rows(const std::vector<row>& rows, const extract_options& options = {}) {
  for (const auto& r : rows) {
    const std::string_view text = r.text;
    const std::string_view ref_text = r.ref;
    CAPTURE(text);
    CAPTURE(ref_text);
    const auto ref = parse_reference(r.ref);
    REQUIRE(ref);
    const auto got = extract(text, *ref, options);
    REQUIRE(got.size() == r.mentions.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
      CAPTURE(i);
      const auto& want = r.mentions[i];
      CHECK(got[i].begin == want.begin);
      CHECK(got[i].end == want.end);
      CHECK(got[i].text == text.substr(want.begin, want.end - want.begin));
      CHECK(to_string(got[i].value.type) == std::string_view(want.type));
      CHECK(got[i].value.value == want.value);
    }
  }
}

}  // namespace annals::test
