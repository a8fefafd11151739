// absolute_bench — how many absolute timestamps annals::parse reads per second on one core,
// next to date::parse (Howard Hinnant's <date/date.h>) reading the same text with the format
// string that describes each shape.
//
//   build/bench/absolute_bench                 mixed list, table of medians
//   build/bench/absolute_bench --per-shape     also one row per shape
//   build/bench/absolute_bench --inputs 5000 --runs 1    small run, e.g. under callgrind
//
// This is a measurement, not a test: it asserts nothing about speed. It does check that every
// input was read, and read to the right calendar day, by each engine, and says so when not.
//
// Method. ~25 shapes of absolute timestamp (ISO 8601 / RFC 3339 with offsets and fractions,
// RFC 2822, news styles such as "Sep 19 2023 | 1:43 PM IST", numeric dates, ...) are rendered
// for pseudo-random instants between 1990 and 2035 (fixed seed), round robin, then shuffled once:
// the mixed list. Each run times one pass of annals::parse over the whole list, one pass of
// annals::parse over the inputs that date::parse can also read, and one pass of date::parse over
// those, with std::chrono::steady_clock; the table shows the median of the runs. Every result is
// folded into a checksum that is printed, so no pass can be optimised away.
//
// date::parse is used the way it is meant to be: one std::istringstream, reset per input
// (clear() + str()), parsing into date::local_time<D> at the shape's precision with the
// abbreviation and offset out-parameters. It does less than annals: it maps no zone
// abbreviation to an offset (it only captures "IST" as text), infers nothing from a reference,
// and builds no interval or TIMEX3 value. Shapes whose text no format string can express get no
// baseline and are listed as such.
#include <date/date.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "bench_util.hpp"
#include "annals/annals.hpp"

namespace {

using annals::bench::cpu_model;
using annals::bench::median;
using annals::bench::read_count;

// ---------------------------------------------------------------------------------------------
// Inputs

/// One generated instant, as written: wall-clock fields plus the offset the text states.
struct sample {
  int year = 2023;
  unsigned month = 9;
  unsigned day = 19;
  unsigned weekday = 2;  // 0 = Sunday
  unsigned hour = 13;
  unsigned minute = 43;
  unsigned second = 7;
  unsigned micros = 123456;
  int offset_minutes = 330;
  unsigned pick = 0;  // spreads choices such as the zone abbreviation
};

constexpr std::array<std::string_view, 12> kMonthLong = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"};
constexpr std::array<std::string_view, 12> kMonthShort = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
// Associated Press abbreviations, as news copy writes them.
constexpr std::array<std::string_view, 12> kMonthAp = {
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};
constexpr std::array<std::string_view, 7> kWeekdayLong = {
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
constexpr std::array<std::string_view, 7> kWeekdayShort = {"Sun", "Mon", "Tue", "Wed",
                                                           "Thu", "Fri", "Sat"};
// Abbreviations annals resolves through its table (IST takes its default, India).
constexpr std::array<std::string_view, 6> kAbbreviations = {"IST", "EDT", "PDT", "BST", "CET", "UTC"};
// Offsets written by the shapes that state one.
constexpr std::array<int, 6> kOffsets = {330, -240, 0, 60, -420, 545};

std::string_view month_long(const sample& s) { return kMonthLong[s.month - 1]; }
std::string_view month_short(const sample& s) { return kMonthShort[s.month - 1]; }
unsigned hour12(const sample& s) { return s.hour % 12 == 0 ? 12 : s.hour % 12; }
std::string_view am_pm(const sample& s) { return s.hour < 12 ? "AM" : "PM"; }

/// "+05:30" (colon) or "+0530".
std::string offset_text(int minutes, bool colon) {
  const char sign = minutes < 0 ? '-' : '+';
  const int m = std::abs(minutes);
  return colon ? fmt::format("{}{:02}:{:02}", sign, m / 60, m % 60)
               : fmt::format("{}{:02}{:02}", sign, m / 60, m % 60);
}

/// The precision date::parse parses a shape at.
enum class precision : std::uint8_t { days, minutes, seconds, millis, micros };

struct shape {
  std::string_view name;
  std::string (*render)(const sample&);
  std::string_view date_format;  ///< empty: date::parse cannot express the shape
  precision prec = precision::days;
  std::string_view why_no_baseline;
};

// clang-format off
const std::array kShapes = {
  shape{"rfc3339_offset",
        [](const sample& s) { return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}", s.year, s.month, s.day, s.hour, s.minute, s.second, offset_text(s.offset_minutes, true)); },
        "%FT%T%Ez", precision::seconds, ""},
  shape{"rfc3339_millis_z",
        [](const sample& s) { return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", s.year, s.month, s.day, s.hour, s.minute, s.second, s.micros / 1000); },
        "%FT%TZ", precision::millis, ""},
  shape{"rfc3339_micros_offset",
        [](const sample& s) { return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:06}{}", s.year, s.month, s.day, s.hour, s.minute, s.second, s.micros, offset_text(s.offset_minutes, true)); },
        "%FT%T%Ez", precision::micros, ""},
  shape{"iso_basic_z",
        [](const sample& s) { return fmt::format("{:04}{:02}{:02}T{:02}{:02}{:02}Z", s.year, s.month, s.day, s.hour, s.minute, s.second); },
        "%Y%m%dT%H%M%SZ", precision::seconds, ""},
  shape{"iso_date",
        [](const sample& s) { return fmt::format("{:04}-{:02}-{:02}", s.year, s.month, s.day); },
        "%F", precision::days, ""},
  shape{"iso_space_minutes",
        [](const sample& s) { return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}", s.year, s.month, s.day, s.hour, s.minute); },
        "%F %R", precision::minutes, ""},
  shape{"iso_space_seconds",
        [](const sample& s) { return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}:{:02}", s.year, s.month, s.day, s.hour, s.minute, s.second); },
        "%F %T", precision::seconds, ""},
  shape{"iso_week_date",
        [](const sample& s) {
          const date::year_month_day ymd{date::year{s.year}, date::month{s.month}, date::day{s.day}};
          const date::sys_days d{ymd};
          const date::weekday wd{d};
          const auto thursday = d + date::days{3 - static_cast<int>(wd.iso_encoding() - 1)};
          const date::year_month_day th{thursday};
          const auto week1 = date::sys_days{th.year() / date::January / 1};
          const auto week = (thursday - week1).count() / 7 + 1;
          return fmt::format("{:04}-W{:02}-{}", static_cast<int>(th.year()), week, wd.iso_encoding());
        },
        "%G-W%V-%u", precision::days, ""},
  shape{"iso_ordinal",
        [](const sample& s) {
          const date::year_month_day ymd{date::year{s.year}, date::month{s.month}, date::day{s.day}};
          const auto doy = (date::sys_days{ymd} - date::sys_days{ymd.year() / date::January / 1}).count() + 1;
          return fmt::format("{:04}-{:03}", s.year, doy);
        },
        "%Y-%j", precision::days, ""},
  shape{"rfc2822_offset",
        [](const sample& s) { return fmt::format("{}, {:02} {} {:04} {:02}:{:02}:{:02} {}", kWeekdayShort[s.weekday], s.day, month_short(s), s.year, s.hour, s.minute, s.second, offset_text(s.offset_minutes, false)); },
        "%a, %d %b %Y %T %z", precision::seconds, ""},
  shape{"rfc2822_gmt",
        [](const sample& s) { return fmt::format("{}, {:02} {} {:04} {:02}:{:02}:{:02} GMT", kWeekdayShort[s.weekday], s.day, month_short(s), s.year, s.hour, s.minute, s.second); },
        "%a, %d %b %Y %T %Z", precision::seconds, ""},
  shape{"rfc2822_no_weekday",
        [](const sample& s) { return fmt::format("{} {} {:04} {:02}:{:02} {}", s.day, month_short(s), s.year, s.hour, s.minute, offset_text(s.offset_minutes, false)); },
        "%d %b %Y %R %z", precision::minutes, ""},
  shape{"news_pipe_abbrev",
        [](const sample& s) { return fmt::format("{} {} {:04} | {}:{:02} {} {}", month_short(s), s.day, s.year, hour12(s), s.minute, am_pm(s), kAbbreviations[s.pick % kAbbreviations.size()]); },
        "%b %d %Y | %I:%M %p %Z", precision::minutes, ""},
  shape{"month_day_year_time_abbrev",
        [](const sample& s) { return fmt::format("{} {}, {:04} {:02}:{:02} {}", month_short(s), s.day, s.year, s.hour, s.minute, kAbbreviations[s.pick % kAbbreviations.size()]); },
        "%b %d, %Y %R %Z", precision::minutes, ""},
  shape{"day_month_year",
        [](const sample& s) { return fmt::format("{} {} {:04}", s.day, month_long(s), s.year); },
        "%d %B %Y", precision::days, ""},
  shape{"month_day_year",
        [](const sample& s) { return fmt::format("{} {}, {:04}", month_long(s), s.day, s.year); },
        "%B %d, %Y", precision::days, ""},
  shape{"weekday_month_day_year",
        [](const sample& s) { return fmt::format("{}, {} {}, {:04}", kWeekdayLong[s.weekday], month_long(s), s.day, s.year); },
        "%A, %B %d, %Y", precision::days, ""},
  shape{"ap_month_day_year",
        [](const sample& s) { return fmt::format("{} {}, {:04}", kMonthAp[s.month - 1], s.day, s.year); },
        "", precision::days, "AP abbreviations (\"Sept.\", \"March\") mix with full names"},
  shape{"time_then_date",
        [](const sample& s) { return fmt::format("{}:{:02} {}, {} {}, {:04}", hour12(s), s.minute, am_pm(s), month_long(s), s.day, s.year); },
        "%I:%M %p, %B %d, %Y", precision::minutes, ""},
  shape{"date_at_time_am_pm_dots",
        [](const sample& s) { return fmt::format("{} {}, {:04} at {}:{:02} {}", month_long(s), s.day, s.year, hour12(s), s.minute, s.hour < 12 ? "a.m." : "p.m."); },
        "", precision::minutes, "%p reads only AM/PM, not \"a.m.\"/\"p.m.\""},
  shape{"us_numeric",
        [](const sample& s) { return fmt::format("{}/{}/{:04}", s.month, s.day, s.year); },
        "%m/%d/%Y", precision::days, ""},
  shape{"us_numeric_two_digit_year",
        [](const sample& s) { return fmt::format("{}/{}/{:02}", s.month, s.day, s.year % 100); },
        "%m/%d/%y", precision::days, ""},
  shape{"dotted_day_first",
        [](const sample& s) { return fmt::format("{:02}.{:02}.{:04}", s.day, s.month, s.year); },
        "%d.%m.%Y", precision::days, ""},
  shape{"year_slash",
        [](const sample& s) { return fmt::format("{:04}/{:02}/{:02}", s.year, s.month, s.day); },
        "%Y/%m/%d", precision::days, ""},
  shape{"day_mon_year_dashes",
        [](const sample& s) { return fmt::format("{:02}-{}-{:04}", s.day, month_short(s), s.year); },
        "%d-%b-%Y", precision::days, ""},
};
// clang-format on

struct input {
  std::string text;
  std::size_t shape = 0;
  date::sys_days day;  ///< the calendar day the text names (its own wall-clock day)
};

/// `count` inputs, the shapes round robin over pseudo-random instants, then shuffled.
std::vector<input> make_inputs(std::size_t count) {
  std::mt19937_64 rng(20230919);
  const auto first = date::sys_days{date::year{1990} / date::January / 1}.time_since_epoch().count();
  const auto last = date::sys_days{date::year{2035} / date::December / 31}.time_since_epoch().count();
  std::uniform_int_distribution<long> day_dist(first, last);
  std::uniform_int_distribution<unsigned> hour_dist(0, 23), minute_dist(0, 59), micros_dist(0, 999999);
  std::uniform_int_distribution<unsigned> pick_dist(0, 1000);
  std::vector<input> out;
  out.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    const date::sys_days d{date::days{day_dist(rng)}};
    const date::year_month_day ymd{d};
    sample s;
    s.year = static_cast<int>(ymd.year());
    s.month = static_cast<unsigned>(ymd.month());
    s.day = static_cast<unsigned>(ymd.day());
    s.weekday = date::weekday{d}.c_encoding();
    s.hour = hour_dist(rng);
    s.minute = minute_dist(rng);
    s.second = minute_dist(rng);
    s.micros = micros_dist(rng);
    s.pick = pick_dist(rng);
    s.offset_minutes = kOffsets[s.pick % kOffsets.size()];
    const std::size_t k = i % kShapes.size();
    out.push_back({kShapes[k].render(s), k, d});
  }
  std::shuffle(out.begin(), out.end(), rng);
  return out;
}

// ---------------------------------------------------------------------------------------------
// The two engines. Each returns whether the input was read and folds its result into `sum`.

struct annals_engine {
  annals::reference ref = annals::parse_reference("2023-09-19T13:43+05:30").value();
  std::uint64_t sum = 0;

  bool operator()(const input& in) {
    const auto v = annals::parse(in.text, ref);
    if (!v) {
      sum += 0x9e3779b97f4a7c15u ^ v.error().offset;
      return false;
    }
    sum += v->value.size() + v->zone_abbreviation.size();
    if (v->span) sum += static_cast<std::uint64_t>(v->span->begin.time_since_epoch().count());
    if (v->instant) sum += static_cast<std::uint64_t>(v->instant->time_since_epoch().count());
    return true;
  }

  /// The calendar day of the value (for the correctness check), from its TIMEX3 value.
  [[nodiscard]] bool reads_day(const input& in) const {
    const auto v = annals::parse(in.text, ref);
    if (!v || v->value.size() < 10) return false;
    const date::year_month_day ymd{in.day};
    return v->value.compare(0, 10, fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                                               static_cast<unsigned>(ymd.month()),
                                               static_cast<unsigned>(ymd.day()))) == 0;
  }
};

struct date_engine {
  std::istringstream is;
  std::string abbrev;
  std::uint64_t sum = 0;

  template <class D>
  bool read(const input& in, date::local_days* day) {
    const auto& sh = kShapes[in.shape];
    is.clear();
    is.str(in.text);
    date::local_time<D> t{};
    std::chrono::minutes offset{0};
    abbrev.clear();
    is >> date::parse(sh.date_format.data(), t, abbrev, offset);
    if (is.fail()) {
      sum += 0x9e3779b97f4a7c15u;
      return false;
    }
    // The instant: the wall-clock reading less the stated offset (none: floating, as written).
    const auto sys = t.time_since_epoch() - offset;
    sum += static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::microseconds>(sys).count()) +
           abbrev.size();
    if (day) *day = date::floor<date::days>(t);
    return true;
  }

  bool operator()(const input& in, date::local_days* day = nullptr) {
    switch (kShapes[in.shape].prec) {
      case precision::days: return read<date::days>(in, day);
      case precision::minutes: return read<std::chrono::minutes>(in, day);
      case precision::seconds: return read<std::chrono::seconds>(in, day);
      case precision::millis: return read<std::chrono::milliseconds>(in, day);
      case precision::micros: return read<std::chrono::microseconds>(in, day);
    }
    return false;
  }
};

bool has_baseline(const input& in) { return !kShapes[in.shape].date_format.empty(); }

// ---------------------------------------------------------------------------------------------
// Timing

/// Parses per second of `passes` passes of `engine` over `inputs`; counts failures.
template <class Engine>
double time_passes(Engine& engine, const std::vector<const input*>& inputs, std::size_t passes,
                   std::size_t& failures) {
  const auto start = std::chrono::steady_clock::now();
  for (std::size_t p = 0; p < passes; ++p)
    for (const input* in : inputs)
      if (!engine(*in)) ++failures;
  const auto stop = std::chrono::steady_clock::now();
  const std::chrono::duration<double> secs = stop - start;
  return static_cast<double>(inputs.size() * passes) / secs.count();
}

struct stats {
  double median = 0, min = 0, max = 0;
};

stats summarize(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  stats s;
  s.min = v.front();
  s.max = v.back();
  s.median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  return s;
}

std::string per_second(double x) {
  if (x >= 1e6) return fmt::format("{:.2f} M/s", x / 1e6);
  return fmt::format("{:.0f} k/s", x / 1e3);
}


constexpr std::string_view kUsage = R"(usage: absolute_bench [--inputs N] [--runs N] [--per-shape]

Absolute timestamps parsed per second on one core: annals::parse against date::parse.
  --inputs N    size of the mixed list (default 100000)
  --runs N      timed runs; the table shows medians (default 7)
  --per-shape   also time each shape on its own
)";


}  // namespace

int main(int argc, char** argv) {
  std::size_t count = 100000;
  std::size_t runs = 7;
  bool per_shape = false;
  const std::vector<std::string_view> args(argv + 1, argv + argc);
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto a = args[i];
    if (a == "--per-shape") {
      per_shape = true;
    } else if ((a == "--inputs" || a == "--runs") && i + 1 < args.size()) {
      if (!read_count(args[++i], a == "--inputs" ? count : runs)) {
        fmt::print(stderr, "absolute_bench: {} needs a positive number\n", a);
        return 2;
      }
    } else if (a == "-h" || a == "--help") {
      fmt::print("{}", kUsage);
      return 0;
    } else {
      fmt::print(stderr, "absolute_bench: unknown argument '{}'\n{}", a, kUsage);
      return 2;
    }
  }

  const std::vector<input> inputs = make_inputs(count);
  std::vector<const input*> all, common;
  for (const auto& in : inputs) {
    all.push_back(&in);
    if (has_baseline(in)) common.push_back(&in);
  }

  annals_engine annals_run;
  date_engine date_run;

  // Correctness, untimed: each engine must read every input, to the day the text names.
  std::vector<std::size_t> annals_wrong(kShapes.size()), date_wrong(kShapes.size()),
      shape_count(kShapes.size());
  for (const auto& in : inputs) {
    ++shape_count[in.shape];
    if (!annals_run.reads_day(in)) ++annals_wrong[in.shape];
    if (has_baseline(in)) {
      date::local_days d{};
      if (!date_run(in, &d) || d.time_since_epoch() != in.day.time_since_epoch())
        ++date_wrong[in.shape];
    }
  }

  fmt::print("absolute_bench: {} inputs, {} shapes ({} with a date::parse baseline), {} runs, 1 thread\n",
             inputs.size(), kShapes.size(),
             std::count_if(kShapes.begin(), kShapes.end(), [](const shape& s) { return !s.date_format.empty(); }),
             runs);
  fmt::print("machine: {}, {} hardware threads; compiler: {}\n", cpu_model(),
             std::thread::hardware_concurrency(), __VERSION__);
  fmt::print("reference: 2023-09-19T13:43+05:30\n\n");

  // Warm up caches, the allocator and the tz database (not timed).
  {
    std::size_t f = 0;
    (void)time_passes(annals_run, all, 1, f);
    (void)time_passes(date_run, common, 1, f);
  }

  std::vector<double> a_all, a_common, d_common;
  std::size_t a_fail = 0, d_fail = 0, a_common_fail = 0;
  for (std::size_t r = 0; r < runs; ++r) {
    a_all.push_back(time_passes(annals_run, all, 1, a_fail));
    a_common.push_back(time_passes(annals_run, common, 1, a_common_fail));
    d_common.push_back(time_passes(date_run, common, 1, d_fail));
  }
  const stats sa = summarize(a_all), sac = summarize(a_common), sdc = summarize(d_common);

  fmt::print("{:<44} {:>8} {:>12} {:>25} {:>9}\n", "mixed list", "inputs", "median", "min .. max", "ns/parse");
  const auto row = [&](std::string_view label, std::size_t n, const stats& s) {
    fmt::print("{:<44} {:>8} {:>12} {:>25} {:>9.0f}\n", label, n, per_second(s.median),
               fmt::format("{} .. {}", per_second(s.min), per_second(s.max)), 1e9 / s.median);
  };
  row("annals::parse, all shapes", all.size(), sa);
  row("annals::parse, shapes with a baseline", common.size(), sac);
  row("date::parse, shapes with a baseline", common.size(), sdc);
  fmt::print("ratio annals/date (shapes with a baseline, medians): {:.2f}x\n", sac.median / sdc.median);
  if (a_fail || d_fail || a_common_fail)
    fmt::print("failures during timing: annals {} + {}, date {}\n", a_fail, a_common_fail, d_fail);

  fmt::print("\nshapes without a date::parse baseline:\n");
  for (const auto& s : kShapes)
    if (s.date_format.empty()) fmt::print("  {:<28} {}\n", s.name, s.why_no_baseline);

  bool wrong = false;
  for (std::size_t k = 0; k < kShapes.size(); ++k)
    if (annals_wrong[k] || date_wrong[k]) {
      if (!wrong) fmt::print("\ninputs not read, or read to another day (untimed check):\n");
      wrong = true;
      fmt::print("  {:<28} annals {}/{}, date {}/{}\n", kShapes[k].name, annals_wrong[k], shape_count[k],
                 date_wrong[k], kShapes[k].date_format.empty() ? 0 : shape_count[k]);
    }

  if (per_shape) {
    // Each shape on its own: its inputs, repeated to at least ~20000 parses per sample.
    fmt::print("\nper shape (median of {} runs)\n", runs);
    fmt::print("{:<28} {:<34} {:>12} {:>12} {:>7}  {}\n", "shape", "example", "annals", "date", "ratio",
               "date format");
    for (std::size_t k = 0; k < kShapes.size(); ++k) {
      std::vector<const input*> mine;
      for (const input* in : all)
        if (in->shape == k) mine.push_back(in);
      if (mine.empty()) continue;
      const std::size_t passes = std::max<std::size_t>(1, 20000 / mine.size());
      std::vector<double> a, d;
      std::size_t f = 0;
      for (std::size_t r = 0; r < runs; ++r) {
        a.push_back(time_passes(annals_run, mine, passes, f));
        if (!kShapes[k].date_format.empty()) d.push_back(time_passes(date_run, mine, passes, f));
      }
      const double am = summarize(a).median;
      const double dm = d.empty() ? 0 : summarize(d).median;
      fmt::print("{:<28} {:<34} {:>12} {:>12} {:>7}  {}\n", kShapes[k].name, mine.front()->text,
                 per_second(am), d.empty() ? "-" : per_second(dm),
                 d.empty() ? "-" : fmt::format("{:.2f}x", am / dm),
                 d.empty() ? "(no baseline)" : kShapes[k].date_format);
    }
  }

  fmt::print("\nchecksum {:016x} {:016x}\n", annals_run.sum, date_run.sum);
  return 0;
}
