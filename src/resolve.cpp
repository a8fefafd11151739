// Resolution: a parsed record + a reference → temporal_value. Every policy named in
// annals/parse.hpp and annals/calendar.hpp is implemented here.
//
// Relative words (documented in annals/parse.hpp as well):
//  - "last <weekday>": the most recent such day strictly before the reference day
//    ("last Wednesday" on Tuesday 2023-09-19 → 2023-09-13; "last Tuesday" on a Tuesday → a week
//    before). "next <weekday>": the first such day strictly after it ("next Friday" on Tuesday
//    2023-09-19 → 2023-09-22, the same week). "this <weekday>": that day of the reference's ISO
//    week ("this Monday" on a Tuesday → the day before).
//  - "last/this/next week|month|year|quarter|weekend|decade": the calendar period before, at or
//    after the reference's ("last weekend" on 2023-09-19 → 2023-W37-WE).
//  - "last March" / "next March": the most recent March before the reference month / the first
//    after it; "this March": March of the reference year. Seasons and holidays alike.
//  - Offsets keep the unit's grain: "two days ago" is a day, "3 weeks ago" an ISO week, "a month
//    ago" a month (on 2024-03-31: 2024-02), "a year ago" a year, "an hour ago" an hour. Counted
//    from another day ("a week from today", "the day after Thanksgiving") they are days.
//  - "early/mid/late X", "the beginning/middle/end of X": the first, middle or last third of X
//    (whole days when X spans at least three days), with TIMEX3 mod START/MID/END.
//  - "earlier this month" / "later this year": the part of the period before / after the
//    reference time; the value stays the period's ("2023-09").
//  - Clock times carry minutes in their value ("2 p.m." → "…T14:00") but keep their grain
//    (hour); 24:00 is the next day's 00:00. The word "midnight" is the end of the day named, as
//    in TimeBank ("midnight Friday" = Friday T24): value "2023-09-19T24:00", interval from the
//    next day's 00:00; "12 a.m." / "00:00" is the start of the day.
#include "resolve.hpp"

#include <date/iso_week.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <limits>
#include <optional>

#include "annals/calendar.hpp"
#include "annals/holidays.hpp"

namespace annals::detail {
namespace {

using namespace std::chrono;
using date::local_days;
namespace cal = annals::calendar;

// Years 9999 BC (-9998, astronomically) to 9999.
constexpr std::int64_t kMinYear = -9998;
constexpr std::int64_t kMaxYear = 9999;

constexpr std::array<std::string_view, 12> kMonthNames{
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 7> kWeekdayNames{"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                        "Friday", "Saturday", "Sunday"};

std::string_view pod_code(part_of_day p) {
  switch (p) {
    case part_of_day::morning: return "MO";
    case part_of_day::midday: return "MI";
    case part_of_day::afternoon: return "AF";
    case part_of_day::evening: return "EV";
    case part_of_day::night: return "NI";
    case part_of_day::daytime: return "DT";
    case part_of_day::none: break;
  }
  return {};
}

unsigned iso_weekday(local_days d) { return date::weekday{d}.iso_encoding(); }

// "9:30 tonight", "7 this evening", "10 last night", "every evening at 7": with no a.m. or p.m.,
// the part of the day is the meridiem (the night's from 5 o'clock on: "2 last night" is 2 a.m.).
int hour_in_part_of_day(const expr& e, int h) {
  if (e.ampm == 0 && !e.noon && !e.midnight && h >= 1 && h < 12 &&
      (e.pod == part_of_day::afternoon || e.pod == part_of_day::evening || (e.pod == part_of_day::night && h >= 5)))
    return h + 12;
  return h;
}

bool year_ok(std::int64_t y) { return y >= kMinYear && y <= kMaxYear; }
// A year as people write it: "753 BC", "2023".
std::string year_text(std::int64_t y) { return y <= 0 ? fmt::format("{} BC", 1 - y) : fmt::format("{}", y); }

struct resolver {
  const reference& ref;
  const parse_options& opt;
  std::size_t base;
  local_days ref_day;
  date::year_month_day ref_ymd;
  int ref_year;

  resolver(const reference& r, const parse_options& o, std::size_t b)
      : ref(r), opt(o), base(b), ref_day(r.day()), ref_ymd(r.day()),
        ref_year(static_cast<int>(date::year_month_day{r.day()}.year())) {}

  error err(errc c, std::uint32_t pos, std::string msg) const {
    return fail(c, base + pos, std::move(msg));
  }

  direction effective(direction d) const {
    if (opt.hint == tense::past) return direction::past;
    if (opt.hint == tense::future) return direction::future;
    return d;
  }

  std::int64_t expand_year(std::int64_t yy, bool two_digit) const {
    if (!two_digit) return yy;
    const std::int64_t hi = ref_year + std::clamp(opt.two_digit_year_future, 0, 99);
    return hi - (((hi - yy) % 100) + 100) % 100;
  }

  // Picks among candidate periods one per year (y-2 … y+2) by direction; `make(y)` builds the
  // candidate for year y. `strict` (last/next) excludes the period that contains the reference
  // day: "last winter" on 2024-01-15 is 2022-WI, since 2023-WI is the current one; "last March"
  // in September 2023 is 2023-03; "last Christmas" said on Christmas Day is the year before.
  template <class Make>
  cal::period_span by_direction(direction dir, Make make, bool strict = false) const {
    const local_time now{ref_day};
    const local_time day_end{ref_day + date::days{1}};
    std::array<cal::period_span, 5> c{};
    for (int i = 0; i < 5; ++i) c[static_cast<std::size_t>(i)] = make(ref_year - 2 + i);
    const cal::period_span& cur = c[2];
    switch (dir) {
      case direction::same_period: {
        // The candidate that contains the reference (winter in January), else this year's.
        if (c[1].begin <= now && now < c[1].end) return c[1];
        return cur;
      }
      case direction::past:
        // strict: the latest that ended by the start of the reference day; else the latest that
        // began by its end.
        for (int i = 4; i >= 0; --i) {
          const auto& s = c[static_cast<std::size_t>(i)];
          if (strict ? s.end <= now : s.begin < day_end) return s;
        }
        return c[0];
      case direction::future:
        // strict: the first that begins after the reference day; else the first not yet over.
        for (const auto& s : c)
          if (strict ? s.begin >= day_end : s.end > now) return s;
        return c[4];
      case direction::nearest: {
        // The closest candidate; a future one must be closer by more than 90 days, because a
        // news story that names a month without a year refers back more often than forward.
        const auto dist = [&](const cal::period_span& s) {
          if (s.begin <= now && now < s.end) return duration::zero();
          return s.begin > now ? s.begin - now + duration{date::days{90}} : now - s.end;
        };
        const cal::period_span* best = &c[0];
        for (const auto& s : c)
          if (dist(s) < dist(*best)) best = &s;
        return *best;
      }
    }
    return cur;
  }

  // --- pieces -------------------------------------------------------------------------------
  // `dir`, when given, replaces the options' direction for a weekday without "last/next/this".
  result<local_days> weekday_day(int target, rel r, std::optional<direction> dir = std::nullopt) const {
    const int rw = static_cast<int>(iso_weekday(ref_day));
    const local_days monday = ref_day - date::days{rw - 1};
    const int back = (rw - target + 7) % 7;
    const int fwd = (target - rw + 7) % 7;
    switch (r) {
      case rel::last: return ref_day - date::days{back == 0 ? 7 : back};
      case rel::next: return ref_day + date::days{fwd == 0 ? 7 : fwd};
      case rel::this_: return monday + date::days{target - 1};
      case rel::none: break;
    }
    switch (dir ? *dir : effective(opt.weekday)) {
      case direction::past: return ref_day - date::days{back};
      case direction::future: return ref_day + date::days{fwd};
      case direction::nearest: return fwd < back ? ref_day + date::days{fwd} : ref_day - date::days{back};
      case direction::same_period: return monday + date::days{target - 1};
    }
    return ref_day;
  }

  result<cal::period_span> unit_relative(unit u, rel r) const {
    const int k = r == rel::last ? -1 : r == rel::next ? 1 : 0;
    const int q = static_cast<int>((static_cast<unsigned>(ref_ymd.month()) - 1) / 3);
    const int h = static_cast<int>((static_cast<unsigned>(ref_ymd.month()) - 1) / 6);
    switch (u) {
      case unit::day: return cal::day_of(ref_day + date::days{k});
      case unit::week: return cal::week_of(ref_day + date::days{7 * k});
      case unit::fortnight: return cal::week_of(ref_day + date::days{14 * k});
      case unit::weekend: return cal::weekend_of(ref_day + date::days{7 * k});
      case unit::month:
        return cal::month_of(date::year_month{ref_ymd.year(), ref_ymd.month()} + date::months{k});
      case unit::quarter: {
        const int idx = ref_year * 4 + q + k;
        return cal::quarter_of(date::year{idx / 4}, idx % 4 + 1);
      }
      case unit::half: {
        const int idx = ref_year * 2 + h + k;
        return cal::half_of(date::year{idx / 2}, idx % 2 + 1);
      }
      case unit::year: return cal::year_of(date::year{ref_year + k});
      case unit::decade: return cal::decade_of(ref_year / 10 + k);
      case unit::century: return cal::century_of(ref_year / 100 + k);
      case unit::millennium: return cal::millennium_of(ref_year / 1000 + k);
      case unit::hour:
      case unit::minute: {
        const auto step = u == unit::hour ? duration{hours{1}} : duration{minutes{1}};
        const local_time t = u == unit::hour ? date::floor<hours>(ref.when) : date::floor<minutes>(ref.when);
        return cal::period_span{t + k * step, t + (k + 1) * step,
                                u == unit::hour ? grain::hour : grain::minute};
      }
      default: break;
    }
    return fail(errc::syntax, error::npos, "unsupported relative unit");
  }

  // Converts a quantity to whole amounts of a unit, moving fractions to smaller units.
  struct whole {
    std::int64_t n;
    unit u;
    std::int64_t milli_rest = 0;  ///< thousandths of a second left over when `u` is seconds
  };
  // The next smaller unit and how many of it make one `x`.
  static std::pair<unit, std::int64_t> smaller(unit x) {
    switch (x) {
      case unit::millennium: return {unit::year, 1000};
      case unit::century: return {unit::year, 100};
      case unit::decade: return {unit::year, 10};
      case unit::year: return {unit::month, 12};
      case unit::half: return {unit::month, 6};
      case unit::quarter: return {unit::month, 3};
      case unit::month: return {unit::day, 30};
      case unit::fortnight: return {unit::day, 14};
      case unit::week: return {unit::day, 7};
      case unit::weekend: return {unit::day, 2};
      case unit::day: return {unit::hour, 24};
      case unit::hour: return {unit::minute, 60};
      case unit::minute: return {unit::second, 60};
      default: return {unit::second, 1};
    }
  }
  static whole wholeify(std::int64_t milli, unit u) {
    while (milli % 1000 != 0 && u != unit::second) {
      const auto [s, f] = smaller(u);
      // Saturate: an amount this large is reported as out of range by the caller.
      milli = milli > quantity::kHuge / f ? quantity::kHuge / 1000 * 1000 : milli * f;
      u = s;
    }
    return {milli / 1000, u, milli % 1000};
  }

  // Calendar arithmetic on local time: n units (may be negative).
  static local_time add_units(local_time t, std::int64_t n, unit u) {
    const local_days d = date::floor<date::days>(t);
    const auto tod = t - local_time{d};
    const auto add_months = [&](std::int64_t months) {
      date::year_month_day ymd{d};
      date::year_month ym{ymd.year(), ymd.month()};
      ym += date::months{months};
      const auto last = (ym / date::last).day();
      const auto day = std::min(ymd.day(), last);
      return local_time{local_days{ym / day}} + tod;
    };
    switch (u) {
      case unit::second: return t + seconds{n};
      case unit::minute: return t + minutes{n};
      case unit::hour: return t + hours{n};
      case unit::day: return t + date::days{n};
      case unit::weekend:
      case unit::week: return t + date::days{7 * n};
      case unit::fortnight: return t + date::days{14 * n};
      case unit::month: return add_months(n);
      case unit::quarter: return add_months(3 * n);
      case unit::half: return add_months(6 * n);
      case unit::season: return add_months(3 * n);
      case unit::year: return add_months(12 * n);
      case unit::decade: return add_months(120 * n);
      case unit::century: return add_months(1200 * n);
      case unit::millennium: return add_months(12000 * n);
      case unit::none: break;
    }
    return t;
  }

  // Largest count of a unit added: about 10,000 years, so that a sum from any year in range
  // stays within the date library's years (±32767) before the range check.
  static std::int64_t unit_limit(unit u) {
    switch (u) {
      case unit::second: return 400'000'000'000;
      case unit::minute: return 6'000'000'000;
      case unit::hour: return 100'000'000;
      case unit::day: return 4'000'000;
      case unit::week:
      case unit::weekend: return 600'000;
      case unit::fortnight: return 300'000;
      case unit::month: return 130'000;
      case unit::quarter: return 45'000;
      case unit::half: case unit::season: return 45'000;
      case unit::year: return 10'000;
      case unit::decade: return 1'000;
      case unit::century: return 100;
      case unit::millennium: return 10;
      case unit::none: break;
    }
    return 0;
  }

  static std::string_view unit_name(unit u) {
    switch (u) {
      case unit::second: return "seconds";
      case unit::minute: return "minutes";
      case unit::hour: return "hours";
      case unit::day: return "days";
      case unit::week: return "weeks";
      case unit::weekend: return "weekends";
      case unit::fortnight: return "fortnights";
      case unit::month: return "months";
      case unit::quarter: return "quarters";
      case unit::half: return "half-years";
      case unit::season: return "seasons";
      case unit::year: return "years";
      case unit::decade: return "decades";
      case unit::century: return "centuries";
      case unit::millennium: return "millennia";
      case unit::none: break;
    }
    return "units";
  }

  static grain grain_of_unit(unit u) {
    switch (u) {
      case unit::second: return grain::second;
      case unit::minute: return grain::minute;
      case unit::hour: return grain::hour;
      case unit::day: return grain::day;
      case unit::week:
      case unit::fortnight: return grain::week;
      case unit::weekend: return grain::weekend;
      case unit::month: return grain::month;
      case unit::quarter: return grain::quarter;
      case unit::half: return grain::half;
      case unit::season: return grain::season;
      case unit::year: return grain::year;
      case unit::decade: return grain::decade;
      case unit::century: return grain::century;
      case unit::millennium: return grain::millennium;
      case unit::none: break;
    }
    return grain::day;
  }

  result<whole> checked_offset(const offset_spec& o) const {
    if (o.q.milli >= quantity::kHuge)
      return err(errc::out_of_range, o.pos, fmt::format("an offset that large in {} is out of range", unit_name(o.q.u)));
    const whole w = wholeify(o.q.milli, o.q.u);
    if (w.n > unit_limit(w.u))
      return err(errc::out_of_range, o.pos,
                 fmt::format("an offset of {} {} is out of range", w.n, unit_name(w.u)));
    return w;
  }

  // The day of "the first Monday of", "the last Friday of" (weekday_ordinal −1) a month span.
  result<cal::period_span> nth_weekday_in(const cal::period_span& month, const expr& e) const {
    const local_days first = date::floor<date::days>(month.begin);
    const local_days end = date::floor<date::days>(month.end);
    const date::weekday wd{static_cast<unsigned>(*e.weekday % 7)};  // ISO 7 is Sunday, 0 here
    local_days d;
    if (*e.weekday_ordinal > 0) {
      d = first + (wd - date::weekday{first}) + date::weeks{*e.weekday_ordinal - 1};
    } else {
      const local_days last = end - date::days{1};
      d = last - (date::weekday{last} - wd);
    }
    if (d >= end) {
      const date::year_month_day ymd{first};
      return err(errc::invalid_date, e.pos_weekday,
                 fmt::format("{} {} has no fifth {}", kMonthNames[static_cast<unsigned>(ymd.month()) - 1],
                             year_text(static_cast<int>(ymd.year())),
                             kWeekdayNames[static_cast<std::size_t>(*e.weekday - 1)]));
    }
    return cal::day_of(d);
  }

  result<cal::period_span> check_span(const cal::period_span& s, std::uint32_t pos) const {
    const auto y = static_cast<int>(date::year_month_day{date::floor<date::days>(s.begin)}.year());
    if (!year_ok(y))
      return err(errc::out_of_range, pos, fmt::format("year {} is out of range (9999 BC..9999)", year_text(y)));
    return s;
  }

  // --- the date anchor ----------------------------------------------------------------------
  struct anchor {
    cal::period_span span;
    std::string pod;
    field stated = field::none;
    field inferred = field::none;
    bool from_reference_time = false;  // "an hour ago": the span is a clock period
    // Clock offsets that land in a repeated (DST overlap) hour: the offset of the instant reached,
    // so that "in an hour" at 01:30 EDT on 2023-11-05 is 01:00–02:00 EST, not EDT.
    std::optional<minutes> pinned_offset;
  };

  // A day of the month alone ("on the 25th"): the reference's month by default; in the past,
  // the latest such day up to the reference day ("arrived on the 28th", said on the 3rd, is
  // last month's); in the future the first from the reference day on; else the nearest, one
  // ahead counting ten days more.
  // Months too short for the day are passed over ("the 31st" in September).
  result<anchor> day_of_some_month(int day, std::uint32_t pos_day) const {
    if (day < 1 || day > 31) return err(errc::invalid_date, pos_day, fmt::format("day {} is out of range", day));
    const date::year_month here = ref_ymd.year() / ref_ymd.month();
    const auto on = [&](int k) -> std::optional<local_days> {
      const date::year_month_day ymd = (here + date::months{k}) / date::day{static_cast<unsigned>(day)};
      if (!ymd.ok()) return std::nullopt;
      return local_days{ymd};
    };
    std::optional<local_days> pick;
    switch (effective(opt.month)) {
      case direction::same_period: pick = on(0); break;
      case direction::past:
        for (int k = 0; k >= -2 && !pick; --k)
          if (const auto d = on(k); d && *d <= ref_day) pick = d;
        break;
      case direction::future:
        for (int k = 0; k <= 2 && !pick; ++k)
          if (const auto d = on(k); d && *d >= ref_day) pick = d;
        break;
      case direction::nearest: {
        // a day ahead counts ten more, as news names the days behind it more often
        const auto dist = [&](local_days d) { return d > ref_day ? d - ref_day + date::days{10} : ref_day - d; };
        for (int k = -1; k <= 1; ++k)
          if (const auto d = on(k); d && (!pick || dist(*d) < dist(*pick))) pick = d;
        break;
      }
    }
    if (!pick)
      return err(errc::invalid_date, pos_day,
                 fmt::format("day {} is out of range for {} {}", day, kMonthNames[static_cast<unsigned>(here.month()) - 1],
                             static_cast<int>(here.year())));
    anchor a;
    a.span = cal::day_of(*pick);
    a.stated = field::day;
    a.inferred = field::year | field::month;
    return a;
  }

  result<anchor> date_anchor(const expr& e) const {
    anchor a;
    a.span = cal::day_of(ref_day);
    const auto Y = field::year, M = field::month, D = field::day;

    if (e.day_offset) {
      a.span = cal::day_of(ref_day + date::days{*e.day_offset});
      a.inferred = Y | M | D;
      return a;
    }
    if (e.holiday >= 0) {
      const auto idx = static_cast<std::size_t>(e.holiday);
      // The holiday's day, or the week or weekend named after it. Which year is chosen by that
      // span, not by the day: "as Easter week began" on the Monday before Easter is this year's
      // week, though Easter itself is still to come.
      // - "Christmas week", "Easter week": the ISO week (Monday to Sunday) that holds the day.
      // - "Memorial Day weekend", "Labor Day weekend": a Monday holiday closes the weekend
      //   before it; any other day belongs to the weekend of its own ISO week.
      const auto make = [&](int y) {
        const date::year year{std::clamp(y, 1, 9999)};
        const local_days d{*holiday_date(idx, year)};  // every row has a date in years 1..9999
        if (e.holiday_week) return cal::week_of(d);
        if (e.holiday_weekend) return cal::weekend_of(iso_weekday(d) == 1 ? d - date::days{1} : d);
        // Hanukkah, Passover, Ramadan: all their days (the value names the first)
        const unsigned days = holiday_length(idx, year).value_or(1);
        if (days > 1) return cal::period_span{local_time{d}, local_time{d + date::days{days}}, grain::day};
        return cal::day_of(d);
      };
      if (e.year) {
        const auto y = expand_year(*e.year, e.year_two_digit);
        if (!year_ok(y) || y < 1)
          return err(errc::out_of_range, e.pos_year, fmt::format("year {} is out of range (1..9999)", y));
        a.span = make(static_cast<int>(y));
        a.stated = Y | M | D;
      } else if (e.unit_rel == unit::year) {
        // "Ramadan last year", "Easter next year": the holiday of the year named
        const int k = e.relation == rel::last ? -1 : e.relation == rel::next ? 1 : 0;
        a.span = make(ref_year + k);
        a.stated = M | D;
        a.inferred = Y;
      } else {
        switch (e.relation) {
          case rel::last: a.span = by_direction(direction::past, make, true); break;
          case rel::next: a.span = by_direction(direction::future, make, true); break;
          case rel::this_: a.span = make(ref_year); break;
          case rel::none: a.span = by_direction(effective(opt.month), make); break;
        }
        a.stated = M | D;
        a.inferred = Y;
      }
      return a;
    }

    std::optional<std::int64_t> year;
    if (e.year) {
      year = expand_year(*e.year, e.year_two_digit);
      if (!year_ok(*year))
        return err(errc::out_of_range, e.pos_year,
                   fmt::format("year {} is out of range (9999 BC..9999)", year_text(*year)));
    }

    if (e.century) {
      a.span = *e.century < 0 ? cal::century_bc_of(-*e.century) : cal::century_of(*e.century);
      a.stated = field::decade;
      return a;
    }
    if (e.millennium) {
      a.span = cal::millennium_of(*e.millennium);
      a.stated = field::decade;
      return a;
    }
    if (e.decade) {
      std::int64_t d = *e.decade;
      if (e.year_two_digit) d = expand_year(d * 10, true) / 10;
      a.span = cal::decade_of(d);
      a.stated = field::decade;
      return a;
    }

    // All-numeric dates: decide which number is the month.
    std::optional<int> month = e.month, day = e.day;
    std::uint32_t pos_month = e.pos_month, pos_day = e.pos_day;
    if (e.num_a && e.num_b) {
      int a1 = *e.num_a, b1 = *e.num_b;
      const bool day_first = e.numeric_dotted || opt.order == date_order::day_first;
      int m1 = day_first ? b1 : a1, d1 = day_first ? a1 : b1;
      std::uint32_t pm = day_first ? e.pos_day : e.pos_month, pd = day_first ? e.pos_month : e.pos_day;
      if (m1 > 12 && d1 <= 12 && !e.numeric_dotted) {  // only the other order is valid
        std::swap(m1, d1);
        std::swap(pm, pd);
      }
      month = m1;
      day = d1;
      pos_month = pm;
      pos_day = pd;
    }
    if (month && (*month < 1 || *month > 12))
      return err(errc::invalid_date, pos_month, fmt::format("month {} is out of range", *month));

    if (e.iso_week) {
      // "calendar week 38": the reference's ISO year (2023-01-01 is in 2022-W52)
      const bool year_inferred = !year;
      if (!year) year = static_cast<int>(iso_week::year_weeknum_weekday{date::sys_days{ref_day.time_since_epoch()}}.year());
      const date::year y{static_cast<int>(*year)};
      const auto last_week = iso_week::year_lastweek{iso_week::year{static_cast<int>(*year)}}.weeknum();
      if (*e.iso_week < 1 || static_cast<unsigned>(*e.iso_week) > static_cast<unsigned>(last_week))
        return err(errc::invalid_date, e.pos_day,
                   fmt::format("week {} is out of range for {}", *e.iso_week, static_cast<int>(y)));
      const int wd = e.weekday.value_or(1);
      if (wd < 1 || wd > 7)
        return err(errc::invalid_date, e.pos_weekday, fmt::format("weekday {} is out of range", wd));
      const iso_week::year_weeknum_weekday iw{iso_week::year{static_cast<int>(*year)},
                                              iso_week::weeknum{static_cast<unsigned>(*e.iso_week)},
                                              iso_week::weekday{static_cast<unsigned>(wd)}};
      const local_days d{date::sys_days{iw}.time_since_epoch()};
      a.span = e.weekday ? cal::day_of(d) : cal::week_of(d);
      a.stated = (e.weekday ? (field::week | field::weekday) : field::week) | (year_inferred ? field::none : Y);
      if (year_inferred) a.inferred = Y;
      return a;
    }
    if (e.ordinal_day) {
      const date::year y{static_cast<int>(*year)};
      const int days_in_year = y.is_leap() ? 366 : 365;
      if (*e.ordinal_day < 1 || *e.ordinal_day > days_in_year)
        return err(errc::invalid_date, e.pos_day,
                   fmt::format("day {} is out of range for {}", *e.ordinal_day, static_cast<int>(y)));
      a.span = cal::day_of(local_days{y / 1 / 1} + date::days{*e.ordinal_day - 1});
      a.stated = Y | M | D;
      return a;
    }

    if (e.quarter || e.half || e.season) {
      const auto make = [&](int y) {
        const date::year yy{static_cast<int>(std::clamp<std::int64_t>(y, kMinYear, kMaxYear))};
        if (e.quarter) return cal::quarter_of(yy, *e.quarter);
        if (e.half) return cal::half_of(yy, *e.half);
        return cal::season_of(yy, *e.season);
      };
      a.stated = field::quarter;
      if (year) {
        a.span = make(static_cast<int>(*year));
        a.stated |= Y;
      } else if (e.unit_rel == unit::year) {
        const int k = e.relation == rel::last ? -1 : e.relation == rel::next ? 1 : 0;
        a.span = make(ref_year + k);
        a.inferred = Y;
      } else {
        switch (e.relation) {
          case rel::last: a.span = by_direction(direction::past, make, true); break;
          case rel::next: a.span = by_direction(direction::future, make, true); break;
          case rel::this_: a.span = by_direction(direction::same_period, make); break;
          case rel::none: a.span = by_direction(effective(direction::same_period), make); break;
        }
        a.inferred = Y;
      }
      return a;
    }

    if (month) {
      if (day) {
        const auto make_checked = [&](std::int64_t y) -> result<cal::period_span> {
          const date::year_month_day ymd{date::year{static_cast<int>(y)},
                                         date::month{static_cast<unsigned>(*month)},
                                         date::day{static_cast<unsigned>(std::clamp(*day, 0, 255))}};
          if (!ymd.ok())
            return err(errc::invalid_date, pos_day,
                       fmt::format("day {} is out of range for {} {}", *day,
                                   kMonthNames[static_cast<std::size_t>(*month - 1)], y));
          return cal::day_of(local_days{ymd});
        };
        if (year) {
          auto s = make_checked(*year);
          if (!s) return std::move(s).error();
          a.span = *s;
          a.stated = Y | M | D;
        } else if (e.unit_rel == unit::year) {
          // "March 3 last year", "the 5th of May next year"
          auto s = make_checked(ref_year + (e.relation == rel::last ? -1 : e.relation == rel::next ? 1 : 0));
          if (!s) return std::move(s).error();
          a.span = *s;
          a.stated = M | D;
          a.inferred = Y;
        } else {
          // Validate against a leap year so that "Feb. 29" alone is accepted.
          if (*day < 1 || *day > static_cast<int>(static_cast<unsigned>(
                                     (date::year{2000} / date::month{static_cast<unsigned>(*month)} / date::last).day())))
            return err(errc::invalid_date, pos_day,
                       fmt::format("day {} is out of range for {}", *day,
                                   kMonthNames[static_cast<std::size_t>(*month - 1)]));
          const auto make = [&](int y) {
            date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(*month)},
                                     date::day{static_cast<unsigned>(*day)}};
            if (!ymd.ok()) ymd = date::year{y} / date::month{static_cast<unsigned>(*month)} / date::last;
            return cal::day_of(local_days{ymd});
          };
          a.span = by_direction(effective(opt.month), make);
          // "Feb. 29" in a year without one is an error, not silently February 28.
          if (const date::year_month_day got{date::floor<date::days>(a.span.begin)};
              static_cast<int>(static_cast<unsigned>(got.day())) != *day)
            return err(errc::invalid_date, pos_day,
                       fmt::format("day {} is out of range for {} {}", *day,
                                   kMonthNames[static_cast<std::size_t>(*month - 1)],
                                   static_cast<int>(got.year())));
          a.stated = M | D;
          a.inferred = Y;
          // "Tuesday, March 4" said in September names the coming March 4 when that one is a
          // Tuesday: the weekday picks the year before or after the one the direction chose (one
          // of them at most fits), within 300 days of the reference and in the direction asked.
          if (e.weekday && static_cast<int>(iso_weekday(date::floor<date::days>(a.span.begin))) != *e.weekday) {
            const int y0 = static_cast<int>(date::year_month_day{date::floor<date::days>(a.span.begin)}.year());
            const direction dir = effective(opt.month);
            for (const int y : {y0 - 1, y0 + 1}) {
              const cal::period_span c = make(y);
              const local_days d = date::floor<date::days>(c.begin);
              const auto far = c.begin > local_time{ref_day} ? c.begin - local_time{ref_day} : local_time{ref_day} - c.begin;
              if (static_cast<int>(iso_weekday(d)) != *e.weekday || far > date::days{300} ||
                  static_cast<int>(static_cast<unsigned>(date::year_month_day{d}.day())) != *day)
                continue;
              if ((dir == direction::past && c.begin >= local_time{ref_day + date::days{1}}) ||
                  (dir == direction::future && c.end <= local_time{ref_day}))
                continue;
              a.span = c;
            }
          }
        }
        if (e.weekday) {
          const local_days d = date::floor<date::days>(a.span.begin);
          if (static_cast<int>(iso_weekday(d)) != *e.weekday)
            return err(errc::invalid_date, e.pos_weekday,
                       fmt::format("{} is a {}, not a {}", cal::timex_value(grain::day, a.span.begin),
                                   kWeekdayNames[iso_weekday(d) - 1],
                                   kWeekdayNames[static_cast<std::size_t>(*e.weekday - 1)]));
          a.stated |= field::weekday;
        }
        return a;
      }
      const auto make = [&](int y) {
        return cal::month_of(date::year{static_cast<int>(std::clamp<std::int64_t>(y, kMinYear, kMaxYear))} /
                             date::month{static_cast<unsigned>(*month)});
      };
      if (year) {
        a.span = make(static_cast<int>(*year));
        a.stated = Y | M;
      } else if (e.unit_rel == unit::year) {
        // "June last year", "March of next year"
        const int k = e.relation == rel::last ? -1 : e.relation == rel::next ? 1 : 0;
        a.span = make(ref_year + k);
        a.stated = M;
        a.inferred = Y;
      } else {
        switch (e.relation) {
          case rel::last: a.span = by_direction(direction::past, make, true); break;
          case rel::next: a.span = by_direction(direction::future, make, true); break;
          case rel::this_: a.span = make(ref_year); break;
          case rel::none: a.span = by_direction(effective(opt.month), make); break;
        }
        a.stated = M;
        a.inferred = Y;
      }
      if (e.weekday && e.weekday_ordinal) {
        // "the first Monday of September": the month as above, then the day in it
        auto d = nth_weekday_in(a.span, e);
        if (!d) return std::move(d).error();
        a.span = *d;
        a.stated |= field::weekday | D;
      }
      return a;
    }
    if (day && !month) {
      // "the 1st of next month", "on the 25th": a day of a month the reference names.
      if (e.unit_rel != unit::month && e.relation == rel::none && !year && !e.weekday)
        return day_of_some_month(*day, pos_day);
      if (e.unit_rel != unit::month || year || e.weekday)
        return err(errc::syntax, pos_day, "a day needs a month");
      const int k = e.relation == rel::last ? -1 : e.relation == rel::next ? 1 : 0;
      const date::year_month ym = ref_ymd.year() / ref_ymd.month() + date::months{k};
      const date::year_month_day ymd = ym / date::day{static_cast<unsigned>(std::clamp(*day, 0, 255))};
      if (!ymd.ok())
        return err(errc::invalid_date, pos_day,
                   fmt::format("day {} is out of range for {} {}", *day,
                               kMonthNames[static_cast<unsigned>(ym.month()) - 1], static_cast<int>(ym.year())));
      a.span = cal::day_of(local_days{ymd});
      a.stated = D;
      a.inferred = Y | M;
      return a;
    }
    if (year) {
      a.span = cal::year_of(date::year{static_cast<int>(*year)});
      a.stated = Y;
      return a;
    }
    if (e.weekday && e.weekday_ordinal && e.unit_rel == unit::month) {
      // "the second Tuesday of next month"
      auto s = unit_relative(unit::month, e.relation);
      if (!s) return std::move(s).error();
      auto d = nth_weekday_in(*s, e);
      if (!d) return std::move(d).error();
      a.span = *d;
      a.stated = field::weekday | D;
      a.inferred = Y | M;
      return a;
    }
    if (e.weekday && e.unit_rel == unit::week) {
      // "Monday next week", "Friday of last week": that day of the ISO week named
      auto s = unit_relative(unit::week, e.relation);
      if (!s) return std::move(s).error();
      a.span = cal::day_of(date::floor<date::days>(s->begin) + date::days{*e.weekday - 1});
      a.stated = field::weekday;
      a.inferred = Y | M | D;
      return a;
    }
    if (e.weekday) {
      // "a week from Friday" counts from the Friday to come (today included), whatever the
      // sentence's tense
      auto d = weekday_day(*e.weekday, e.relation,
                           e.offset_from_word ? std::optional<direction>(direction::future) : std::nullopt);
      if (!d) return std::move(d).error();
      a.span = cal::day_of(*d);
      a.stated = field::weekday;
      a.inferred = Y | M | D;
      return a;
    }
    if (e.unit_rel != unit::none) {
      // "this coming weekend", "the upcoming weekend": the next one to begin (this week's, but
      // on a Saturday or Sunday the next week's), not the weekend of next week
      if (e.unit_rel == unit::weekend && e.relation == rel::next && e.coming) {
        a.span = cal::weekend_of(ref_day + date::days{iso_weekday(ref_day) >= 6 ? 7 : 0});
        a.inferred = Y | M;
        return a;
      }
      auto s = unit_relative(e.unit_rel, e.relation);
      if (!s) return std::move(s).error();
      a.span = *s;
      a.inferred = Y | M;
      return a;
    }
    // No date at all (a bare time): the reference day.
    a.inferred = Y | M | D;
    return a;
  }

  // --- offsets ---------------------------------------------------------------------------------
  result<anchor> apply_offset(const expr& e, std::optional<anchor> base_anchor) const {
    auto w = checked_offset(e.offset);
    if (!w) return std::move(w).error();
    const std::int64_t n = w->n * e.offset.sign;
    anchor a;
    if (base_anchor) {
      // Counted from a named day: day arithmetic, day grain (or finer for clock units).
      const local_time start = base_anchor->span.begin;
      local_time t = add_units(start, n, w->u);
      grain g = w->u == unit::hour ? grain::hour : w->u == unit::minute ? grain::minute
                : w->u == unit::second ? grain::second : grain::day;
      // "25 years ago this month": a calendar unit from a period keeps the period's grain, and
      // counts from the reference day in it ("a year ago this week" is the week that held this
      // day a year ago)
      if (g == grain::day && base_anchor->span.grain < grain::day) {
        g = base_anchor->span.grain;
        if (base_anchor->span.begin <= local_time{ref_day} && local_time{ref_day} < base_anchor->span.end)
          t = add_units(local_time{ref_day}, n, w->u);
      }
      a.span = period_containing(t, g);
      a.stated = base_anchor->stated;
      a.inferred = base_anchor->inferred;
    } else {
      // "a decade ago" is a year ("1989"), not the decade before ("198").
      grain g = grain_of_unit(w->u);
      if (g == grain::decade || g == grain::century || g == grain::millennium) g = grain::year;
      local_time t;
      if (w->u == unit::hour || w->u == unit::minute || w->u == unit::second) {
        // Clock arithmetic happens on the time line, so DST days have their true length.
        if (!ref.where.is_floating()) {
          auto s = ref.where.to_sys(ref.when, opt.dst);
          if (!s) return std::move(s).error();
          const sys_time reached = sys_time{*s} + (w->u == unit::hour ? duration{hours{n}}
                                                   : w->u == unit::minute ? duration{minutes{n}}
                                                                          : duration{seconds{n}});
          t = ref.where.to_local(reached);
          const local_time begin = period_containing(t, g).begin;
          if (ref.where.lookup(begin).what == zone_lookup::kind::repeated)
            a.pinned_offset = ref.where.offset_at(reached);
        } else {
          t = add_units(ref.when, n, w->u);
        }
        a.from_reference_time = true;
      } else {
        t = add_units(local_time{ref_day}, n, w->u);
      }
      a.span = period_containing(t, g);
      a.inferred = field::year | field::month | field::day;
    }
    auto checked = check_span(a.span, e.offset.pos);
    if (!checked) return std::move(checked).error();
    return a;
  }

  // --- the whole value ---------------------------------------------------------------------------
  result<temporal_value> value(const expr& e) const {
    temporal_value v;
    v.mod = e.mod;
    // "nearly four years ago", "more than a week later": for a point in time the amount's
    // comparison only says the date is approximate.
    if (!e.is_duration && !e.is_set &&
        (v.mod == timex_mod::less_than || v.mod == timex_mod::more_than ||
         v.mod == timex_mod::equal_or_less || v.mod == timex_mod::equal_or_more))
      v.mod = timex_mod::approx;

    if (e.vague_ref != vague::none) return vague_value(e.vague_ref, e.mod);
    // "the turn of the century": the one just past, unless the reference is in the last
    // quarter of its century, when it is the coming one (in 1960 the turn of the century was
    // 1900, in 1998 it was 2000); the same by thousands for a millennium.
    if (e.turn_of != unit::none && !e.year) {
      const int span = e.turn_of == unit::millennium ? 1000 : 100;
      const int past = ref_year >= 0 ? ref_year / span * span : -((span - 1 - ref_year) / span) * span;
      const int first = ref_year - past >= span * 3 / 4 ? past + span : past;
      expr at = e;
      if (e.turn_whole) {
        at.turn_of = unit::none;
        (e.turn_of == unit::millennium ? at.millennium : at.century) = first / span;
      } else {
        at.year = first;
      }
      return value(at);
    }
    if (e.is_set) return set_value(e);
    if (e.is_duration) return duration_value(e);

    // Offsets with an unknown amount are vague: "a few days ago" → PAST_REF.
    if (e.offset.sign != 0 && e.offset.q.unknown)
      return vague_value(e.offset.sign < 0 ? vague::past : vague::future, e.mod);

    anchor a;
    if (e.offset.sign != 0 && !e.offset_from_anchor) {
      auto r = apply_offset(e, std::nullopt);
      if (!r) return std::move(r).error();
      a = *r;
    } else {
      auto r = date_anchor(e);
      if (!r) return std::move(r).error();
      a = *r;
      if (e.offset.sign != 0) {
        auto o = apply_offset(e, a);
        if (!o) return std::move(o).error();
        a = *o;
      }
    }
    if (auto c = check_span(a.span, e.pos_year); !c) return std::move(c).error();
    if (e.neighbour != unit::none) {
      // "the week of March 6" is the day's own week (side 0). Before or after, the day itself is
      // never its own neighbour: "the Friday before Christmas" said of a Friday Christmas is a
      // week earlier, "the weekend after Easter" the weekend after its own.
      const local_days d = date::floor<date::days>(a.span.begin);
      const int side = e.neighbour_side;
      const int wd = static_cast<int>(iso_weekday(d));
      if (e.neighbour == unit::week) {
        a.span = cal::week_of(d + date::days{7 * side});
      } else if (e.neighbour == unit::weekend) {
        // before: the weekend of the last Sunday before the day (ISO Sunday is 7: `wd` days
        // back); after: of the first Saturday after it; its own: of its ISO week
        a.span = cal::weekend_of(side < 0 ? d - date::days{wd} : side > 0 ? d + date::days{7 - (wd + 1) % 7} : d);
      } else {
        const int w = e.neighbour_weekday;
        const int steps = side < 0 ? (wd - w + 6) % 7 + 1 : (w - wd + 6) % 7 + 1;
        a.span = cal::day_of(d + date::days{side * steps});
      }
      if (auto c = check_span(a.span, e.pos_year); !c) return std::move(c).error();
    }

    bool part_of_year = false;  // "the first quarter of next year": a quarter or half, named
    // "the first week of October", "the last day of June": the n-th day, or the ISO week that
    // holds the period's (7n − 3)th day (most of its days are in the period, as ISO 8601
    // numbers a year's weeks: "the first week of 2024" is 2024-W01); the last week holds the
    // period's fourth-last day.
    if (e.part_index && e.part_unit == unit::weekend) {
      // "the first weekend of October", "the last weekend of May": the weekend of the period's
      // n-th Saturday, or of its last (the Sunday may fall after the period: "the last weekend
      // of September 2023" is Sept. 30 and Oct. 1)
      const local_days first = date::floor<date::days>(a.span.begin);
      const local_days end = date::floor<date::days>(a.span.end);
      const int n = *e.part_index;
      const auto sat = date::Saturday;
      const local_days first_sat = first + (sat - date::weekday{first});
      const local_days last_sat = end - date::days{1} - (date::weekday{end - date::days{1}} - sat);
      const local_days d = n < 0 ? last_sat : first_sat + date::days{7 * (n - 1)};
      if (n == 0 || d < first || d >= end)
        return err(errc::invalid_date, 0,
                   n < 0 ? fmt::format("{} has no weekend", cal::timex_value(a.span.grain, a.span.begin))
                         : fmt::format("{} has no weekend {}", cal::timex_value(a.span.grain, a.span.begin), n));
      a.span = cal::weekend_of(d);
    } else if (e.part_index && (e.part_unit == unit::day || e.part_unit == unit::week)) {
      const local_days first = date::floor<date::days>(a.span.begin);
      const local_days end = date::floor<date::days>(a.span.end);
      const int n = *e.part_index;
      const bool week = e.part_unit == unit::week;
      const local_days d = n < 0 ? end - date::days{week ? 4 : 1} : first + date::days{week ? 7 * n - 4 : n - 1};
      if (n == 0 || d < first || d >= end)
        return err(errc::invalid_date, 0,
                   n < 0 ? fmt::format("{} has no last {}", cal::timex_value(a.span.grain, a.span.begin),
                                       week ? "week" : "day")
                         : fmt::format("{} has no {} {}", cal::timex_value(a.span.grain, a.span.begin),
                                       week ? "week" : "day", n));
      a.span = week ? cal::week_of(d) : cal::day_of(d);
    } else if (e.part_index && e.part_unit != unit::none) {
      // "the first half of next year", "the second quarter of 2023"
      const int parts = e.part_unit == unit::half ? 2 : 4;
      int idx = *e.part_index == -1 ? parts : *e.part_index;
      if (idx < 1 || idx > parts)
        return err(errc::invalid_date, 0, fmt::format("there is no part {} of {}", idx, parts));
      if (a.span.grain == grain::year) {
        const date::year y = date::year_month_day{date::floor<date::days>(a.span.begin)}.year();
        a.span = parts == 2 ? cal::half_of(y, idx) : cal::quarter_of(y, idx);
        part_of_year = true;
      } else {
        const auto len = (a.span.end - a.span.begin) / parts;
        a.span.begin = a.span.begin + len * (idx - 1);
        a.span.end = a.span.begin + len;
        if (v.mod == timex_mod::none)
          v.mod = idx == 1 ? timex_mod::start : idx == parts ? timex_mod::end : timex_mod::mid;
        // keep the period's value and grain; only the interval narrows
        a.span.grain = a.span.grain;
      }
    }

    // Time of day or part of day.
    const local_days day = date::floor<date::days>(a.span.begin);
    std::string value_pod;
    int frac_digits = 0;
    cal::period_span span = a.span;
    const std::string base_value = cal::timex_value(a.span.grain, a.span.begin);
    if (e.has_time()) {
      int h = e.hour.value_or(0), m = e.minute.value_or(0), s = e.second.value_or(0);
      if (e.noon) h = 12;
      if (e.midnight) h = 24;
      h = hour_in_part_of_day(e, h);
      if (e.ampm != 0) {
        if (h < 1 || h > 12)
          return err(errc::invalid_time, e.pos_hour,
                     fmt::format("hour {} is out of range with {}", h, e.ampm == 1 ? "a.m." : "p.m."));
        h = e.ampm == 2 ? h % 12 + 12 : h % 12;
      }
      if (h > 24 || (h == 24 && (m != 0 || s != 0)))
        return err(errc::invalid_time, e.pos_hour, fmt::format("hour {} is out of range", h));
      if (m > 59) return err(errc::invalid_time, e.pos_minute, fmt::format("minute {} is out of range", m));
      if (s > 60) return err(errc::invalid_time, e.pos_second, fmt::format("second {} is out of range", s));
      if (s == 60) s = 59;  // a leap second is read as the last second of its minute
      // The small hours of a night are on the next day: "2 last night" said on Tuesday is Tuesday
      // 02:00, "Friday night at 2" Saturday's.
      const local_days clock_day = e.pod == part_of_day::night && h < 6 ? day + date::days{1} : day;
      if (auto c = check_span(cal::day_of(clock_day), e.pos_hour); !c) return std::move(c).error();
      local_time t = local_time{clock_day} + hours{h} + minutes{m} + seconds{s} + microseconds{e.micros.value_or(0)};
      grain g = e.second ? grain::second : (e.minute || e.noon || e.midnight) ? grain::minute : grain::hour;
      if (e.micros) {
        frac_digits = 6;
        auto us = *e.micros;
        while (frac_digits > 1 && us % 10 == 0) { us /= 10; --frac_digits; }
        g = grain::second;
      }
      span = {t, t + (g == grain::second ? duration{seconds{1}} : g == grain::minute ? duration{minutes{1}} : duration{hours{1}}), g};
      a.stated |= field::hour;
      if (e.minute) a.stated |= field::minute;
      if (e.second) a.stated |= field::second;
    } else if (e.pod != part_of_day::none) {
      value_pod = std::string(pod_code(e.pod));
      const auto hrs = cal::hours_of(value_pod);
      span = e.pre_dawn ? cal::period_span{local_time{day}, local_time{day} + hours{6}, grain::part_of_day}
                        : cal::period_span{local_time{day} + hours{hrs.begin_hour}, local_time{day} + hours{hrs.end_hour},
                                           grain::part_of_day};
      a.stated |= field::part_of_day;
    }

    // Modifiers that narrow the interval. The value names the whole period ("late Monday night"
    // is 2023-09-18TNI with mod END, though its last third falls after midnight).
    const local_time named_begin = span.begin;
    // (a quarter or half of a year named so narrows as "late Q1" does: "by the end of the first
    // quarter of next year" is March)
    if ((v.mod == timex_mod::start || v.mod == timex_mod::mid || v.mod == timex_mod::end) &&
        (!e.part_index || part_of_year) && !e.pre_dawn) {
      // The first, middle or last third: of `n` whole units, where `at(k)` begins the k-th.
      const auto take_third = [&](int n, auto at) {
        const int t = n / 3;
        if (v.mod == timex_mod::start) span.end = at(t);
        else if (v.mod == timex_mod::end) span.begin = at(n - t);
        else { span.begin = at(t); span.end = at(n - t); }
      };
      const date::year_month_day d0{date::floor<date::days>(span.begin)}, d1{date::floor<date::days>(span.end)};
      if (span.grain == grain::decade || span.grain == grain::century || span.grain == grain::millennium) {
        // whole years: "the early 1990s" is 1990–1992, "the late 1800s" 1867–1899
        const int y0 = static_cast<int>(d0.year());
        take_third(static_cast<int>(d1.year()) - y0,
                   [&](int k) { return local_time{local_days{date::year{y0 + k} / 1 / 1}}; });
      } else if (span.grain == grain::year || span.grain == grain::half || span.grain == grain::quarter) {
        // whole months: "early 2023" is January to April, "late Q3" September
        const date::year_month m0{d0.year(), d0.month()}, m1{d1.year(), d1.month()};
        take_third(static_cast<int>((m1 - m0).count()),
                   [&](int k) { return local_time{local_days{(m0 + date::months{k}) / 1}}; });
      } else {
        auto len = (span.end - span.begin) / 3;
        if (span.end - span.begin >= date::days{3}) len = date::floor<date::days>(len);
        if (v.mod == timex_mod::start) span.end = span.begin + len;
        else if (v.mod == timex_mod::end) span.begin = span.end - len;
        else { span.begin = span.begin + len; span.end = span.end - len; }
      }
    }
    // "the year to date": the period's part up to the reference, with no modifier (it is the
    // whole of the period so far)
    if (e.to_date && span.begin <= ref.when && ref.when < span.end) span.end = ref.when;
    // (a period that does not hold the reference, "earlier Sunday" said on Tuesday, "later
    // tonight" said at noon, stays whole)
    if (e.mod_relative_to_ref && span.begin <= ref.when && ref.when < span.end) {
      if (e.mod_side < 0) span.end = std::clamp(ref.when, span.begin, span.end);
      else span.begin = std::clamp(ref.when, span.begin, span.end);
      // TimeBank marks "earlier this month" START and "later this year" END.
      if (v.mod == timex_mod::none) v.mod = e.mod_side < 0 ? timex_mod::start : timex_mod::end;
    }

    // Zone.
    annals::zone z = ref.where;
    if (!e.zone_abbr.empty()) {
      auto r = resolve_abbreviation(e.zone_abbr, opt.zones);
      if (!r) return err(errc::unknown_zone, e.pos_zone, r.error().message);
      z = r->where;
      v.zone_abbreviation = std::string(e.zone_abbr);
      v.zone_ambiguous = r->ambiguous;
      a.stated |= field::zone;
    } else if (e.zone_offset_min) {
      if (*e.zone_offset_min < -18 * 60 || *e.zone_offset_min > 18 * 60)
        return err(errc::unknown_zone, e.pos_zone, "UTC offset beyond ±18:00");
      z = annals::zone::fixed(minutes{*e.zone_offset_min});
      a.stated |= field::zone;
    } else if (!e.zone_iana.empty()) {
      auto r = locate_zone(e.zone_iana);
      if (!r) return err(errc::unknown_zone, e.pos_zone, r.error().message);
      z = *r;
      a.stated |= field::zone;
    } else if (a.pinned_offset) {
      z = annals::zone::fixed(*a.pinned_offset);
    }

    v.grain = span.grain;
    v.type = (span.grain == grain::part_of_day || span.grain == grain::hour ||
              span.grain == grain::minute || span.grain == grain::second)
                 ? timex_type::time
                 : timex_type::date;
    if (span.grain == grain::part_of_day) {
      v.value = cal::timex_value(grain::part_of_day, named_begin, value_pod);
    } else if (e.has_time() || a.from_reference_time) {
      v.value = cal::timex_value(span.grain, span.begin, {}, frac_digits);
      if (e.midnight && e.has_time() && !e.mod_relative_to_ref && span.grain == grain::minute)
        v.value = cal::timex_value(grain::day, local_time{day}) + "T24:00";
    } else {
      v.value = base_value;
      if (e.part_index && (a.span.grain == grain::half || a.span.grain == grain::quarter))
        v.value = cal::timex_value(a.span.grain, a.span.begin);
    }
    v.span = interval{span.begin, span.end, z};
    v.stated = a.stated;
    v.inferred = a.inferred;
    if (v.type == timex_type::time && !z.is_floating() && span.grain != grain::part_of_day) {
      const zone_lookup look = z.lookup(span.begin);
      auto s = z.to_sys(span.begin, opt.dst);
      if (!s) return err(s.error().code, e.pos_hour, s.error().message);
      v.instant = *s;
      if (look.what == zone_lookup::kind::skipped) {
        // A reading the clocks jumped over (2:30 AM on 2023-03-12 in New York): the value keeps
        // the time as written, the interval starts where the clocks landed (03:00 EDT).
        const auto len = span.end - span.begin;
        v.span->begin = z.to_local(*s);
        v.span->end = v.span->begin + len;
      } else if (look.what == zone_lookup::kind::repeated && z.type() == annals::zone::kind::iana) {
        // A reading that happens twice: the interval is pinned to the offset the policy chose.
        if (auto off = z.offset_at(*s)) v.span->where = annals::zone::fixed(*off);
      }
    }
    return v;
  }

  result<temporal_value> vague_value(vague k, timex_mod mod) const {
    temporal_value v;
    v.type = timex_type::date;
    v.grain = grain::unknown;
    v.mod = mod;
    switch (k) {
      case vague::present:
        v.value = "PRESENT_REF";
        v.span = interval{ref.when, ref.when + seconds{1}, ref.where};
        break;
      case vague::past: v.value = "PAST_REF"; break;
      case vague::future: v.value = "FUTURE_REF"; break;
      case vague::none: break;
    }
    return v;
  }

  static period_unit to_period_unit(unit u, std::int64_t& n) {
    switch (u) {
      case unit::second: return period_unit::second;
      case unit::minute: return period_unit::minute;
      case unit::hour: return period_unit::hour;
      case unit::day: return period_unit::day;
      case unit::weekend: n *= 2; return period_unit::day;
      case unit::week: return period_unit::week;
      case unit::fortnight: n *= 2; return period_unit::week;
      case unit::month: return period_unit::month;
      case unit::quarter: n *= 3; return period_unit::month;
      case unit::half: n *= 6; return period_unit::month;
      case unit::season: n *= 3; return period_unit::month;
      case unit::year: return period_unit::year;
      case unit::decade: n *= 10; return period_unit::year;
      case unit::century: n *= 100; return period_unit::year;
      case unit::millennium: n *= 1000; return period_unit::year;
      case unit::none: break;
    }
    return period_unit::day;
  }

  result<period> make_period(const expr& e) const {
    period p;
    for (int i = 0; i < e.ndur; ++i) {
      const quantity& q = e.dur[static_cast<std::size_t>(i)];
      if (q.unknown) {
        std::int64_t one = 1;
        p = period{};
        p.unknown = to_period_unit(q.u, one);
        return p;
      }
      if (q.milli >= quantity::kHuge)
        return err(errc::out_of_range, e.pos_duration, fmt::format("a duration that large in {} is out of range", unit_name(q.u)));
      // A fraction keeps the whole units and moves only the rest to a smaller unit: "2 1/2
      // years" is P2Y6M, "5 1/2 hours" PT5H30M (only when the rest is a whole number of the next
      // smaller unit). ISO 8601 writes weeks beside no other unit: a fraction of weeks is counted
      // in days first, "1.5 weeks" P10DT12H, "three and a half weeks" P24DT12H.
      quantity amount = q;
      if (amount.milli % 1000 != 0 &&
          (amount.u == unit::week || amount.u == unit::fortnight || amount.u == unit::weekend)) {
        const std::int64_t f = smaller(amount.u).second;
        amount.milli = amount.milli > quantity::kHuge / f ? quantity::kHuge : amount.milli * f;  // saturates
        amount.u = unit::day;
      }
      std::int64_t whole_milli = amount.milli / 1000 * 1000;
      if (const std::int64_t f = smaller(amount.u).second; ((amount.milli - whole_milli) * f) % 1000 != 0)
        whole_milli = 0;
      for (const std::int64_t part : {whole_milli, amount.milli - whole_milli}) {
        if (part == 0) continue;
        whole w = wholeify(part, amount.u);
        if (w.n > unit_limit(w.u) * 10)
          return err(errc::out_of_range, e.pos_duration, fmt::format("a duration of {} {} is out of range", w.n, unit_name(w.u)));
        std::int64_t n = w.n;
        const period_unit pu = to_period_unit(w.u, n);
        p[pu] += n;
        // "21.34 seconds", "0.5 seconds": thousandths kept (less than that is dropped)
        p.milliseconds += static_cast<std::int32_t>(w.milli_rest);
        p[period_unit::second] += p.milliseconds / 1000;
        p.milliseconds %= 1000;
      }
    }
    return p;
  }

  result<temporal_value> duration_value(const expr& e) const {
    auto p = make_period(e);
    if (!p) return std::move(p).error();
    temporal_value v;
    v.type = timex_type::duration;
    v.mod = e.mod;
    v.length = *p;
    v.value = p->iso();
    v.grain = p->grain();
    if ((e.duration_anchored_past || e.duration_anchored_future) && !p->unknown) {
      local_time t = e.duration_anchored_past ? ref.when : ref.when;
      local_time other = t;
      const int sign = e.duration_anchored_past ? -1 : 1;
      static constexpr std::array kUnits{unit::year, unit::month, unit::week, unit::day,
                                         unit::hour, unit::minute, unit::second};
      for (std::size_t i = 0; i < kUnits.size(); ++i)
        if (p->amount[i] != 0) other = add_units(other, sign * p->amount[i], kUnits[i]);
      other += sign * std::chrono::milliseconds{p->milliseconds};
      const auto y = static_cast<int>(date::year_month_day{date::floor<date::days>(other)}.year());
      if (!year_ok(y)) return err(errc::out_of_range, e.pos_duration, "the duration reaches beyond years 9999 BC..9999");
      v.span = sign < 0 ? interval{other, t, ref.where} : interval{t, other, ref.where};
    }
    return v;
  }

  result<temporal_value> set_value(const expr& e) const {
    temporal_value v;
    v.type = timex_type::set;
    v.mod = e.mod;
    recurrence r;
    if (e.set_times > 0) r.freq = fmt::format("{}X", e.set_times);
    period len;
    const std::int64_t every = std::max(1, e.set_every);
    // "every Monday" is weekly; "the first Monday of every month" monthly, its value and clock
    // those of the month's set (TIMEX3 has no value for the weekday's place in the month)
    const bool weekly = e.weekday && !e.weekday_ordinal;
    if (weekly) {
      v.value = fmt::format("XXXX-WXX-{}", *e.weekday);
      v.grain = grain::day;
      len[period_unit::week] = every;
    } else if (e.month) {
      v.value = fmt::format("XXXX-{:02}", *e.month);
      v.grain = grain::month;
      len[period_unit::year] = every;
    } else if (e.day) {
      // "the 15th of each month"
      v.value = fmt::format("XXXX-XX-{:02}", *e.day);
      v.grain = grain::day;
      len[period_unit::month] = every;
    } else if (e.holiday >= 0) {
      // "every Christmas": its month and day when fixed, else yearly (TIMEX3 has no value for
      // "the fourth Thursday of November")
      const holiday& h = holiday_table()[static_cast<std::size_t>(e.holiday)];
      if (h.rule == holiday_rule::fixed) {
        v.value = fmt::format("XXXX-{:02}-{:02}", h.month, h.day);
        v.grain = grain::day;
      } else {
        v.value = "P1Y";
        v.grain = grain::year;
      }
      len[period_unit::year] = every;
    } else if (e.season) {
      static constexpr std::array<std::string_view, 4> codes{"SP", "SU", "FA", "WI"};
      v.value = fmt::format("XXXX-{}", codes[static_cast<std::size_t>(*e.season - 1)]);
      v.grain = grain::season;
      len[period_unit::year] = every;
    } else if (e.set_unit == unit::weekend && e.set_times == 0) {
      // "every weekend", "on weekends": the weekend of every week, as "every Monday" is its day
      v.value = "XXXX-WXX-WE";
      v.grain = grain::weekend;
      len[period_unit::week] = every;
    } else if (e.pod != part_of_day::none && e.set_unit == unit::none) {
      v.value = fmt::format("XXXX-XX-XXT{}", pod_code(e.pod));
      v.grain = grain::part_of_day;
      len[period_unit::day] = every;
    } else {
      std::int64_t n = every;
      const period_unit pu = to_period_unit(e.set_unit, n);
      // "every few years": PXY
      if (e.set_every < 0) len.unknown = pu;
      else len[pu] = n;
      v.value = len.iso();
      v.grain = len.grain();
    }
    // a clock is finer than the part of the day, which then only gives its meridiem
    if (weekly && e.pod != part_of_day::none && !e.has_time()) {
      v.value += "T";
      v.value += pod_code(e.pod);
    }
    if (e.has_time() && !e.weekday_ordinal) {
      int h = hour_in_part_of_day(e, e.hour.value_or(0)) % 24;
      if (e.noon) h = 12;
      if (e.ampm == 2) h = h % 12 + 12;
      if (e.ampm == 1) h = h % 12;
      // "every Monday at 9 a.m." → XXXX-WXX-1T09:00; "every day at noon" → XXXX-XX-XXT12:00
      const std::string clock = fmt::format("T{:02}:{:02}", h, e.minute.value_or(0));
      if (e.weekday || e.month || e.day) {
        v.value += clock;
      } else {
        v.value = "XXXX-XX-XX" + clock;
        if (v.grain == grain::part_of_day) v.grain = grain::day;  // "every morning at 8", as "every day at 8"
      }
    }
    if (e.set_unit != unit::none || e.weekday || e.month || e.day || e.season || e.pod != part_of_day::none ||
        e.holiday >= 0) {
      if (e.set_times == 0 && (e.set_each || e.set_every != 0)) r.quant = e.set_each ? "EACH" : "EVERY";
    }
    v.length = len;
    v.every = r;
    return v;
  }
};

}  // namespace

result<temporal_value> resolve_expr(const expr& e, const reference& ref, const parse_options& options,
                                    std::size_t base) {
  return resolver(ref, options, base).value(e);
}

namespace {
// The range of `m` from `start`, the value of its first part: its end is resolved after it.
result<temporal_value> resolve_range(const match& m, temporal_value start, const reference& ref,
                                     const parse_options& options) {
  // The end of a range resolves against its beginning, looking forward: "from Monday to
  // Friday", "Sept. 12-15", "9 a.m. to 5 p.m.".
  reference end_ref = ref;
  if (start.span) end_ref.when = start.span->begin;
  parse_options end_opt = options;
  end_opt.weekday = direction::future;
  end_opt.month = direction::future;
  end_opt.hint = tense::none;
  // (a year named by its relation counts from the reference, as it would alone: "from June to
  // August next year")
  const bool year_named = m.second->unit_rel == unit::year && m.second->relation != rel::none;
  auto second = resolve_expr(*m.second, year_named ? ref : end_ref, end_opt, m.second_begin);
  if (!second) return second;
  // "from Sept. 14 to Thursday" in a story of Oct. 30: a weekday alone after a date more than a
  // week back is the one the reader knows, the last Thursday, not the first after the start.
  const expr& e2 = *m.second;
  const bool bare_weekday_end = e2.weekday && !e2.month && !e2.day && !e2.year && e2.relation == rel::none;
  if (bare_weekday_end && m.first.month && m.first.day && start.span &&
      start.span->end + date::days{7} <= ref.when) {
    parse_options past = options;
    past.weekday = direction::past;
    past.hint = tense::none;
    auto known = resolve_expr(e2, ref, past, m.second_begin);
    if (known && known->span && known->span->begin > start.span->begin) second = std::move(known);
  }
  // A clock time that ends a range ("to 5 p.m.") is the instant the range ends, and a bare one
  // earlier than the start is on the next day ("from 10 p.m. to 2 a.m.").
  const auto is_clock = [](const temporal_value& x) {
    return x.type == timex_type::time &&
           (x.grain == grain::hour || x.grain == grain::minute || x.grain == grain::second);
  };
  if (start.span && second->span && is_clock(*second) && !m.second->has_date() &&
      second->span->begin <= start.span->begin) {
    end_ref.when = start.span->begin + date::days{1};
    second = resolve_expr(*m.second, end_ref, end_opt, m.second_begin);
    if (!second) return second;
  }
  // "2-3 weeks", "two or three days": both lengths, "P2W/P3W"; the length is the shorter one.
  if (start.type == timex_type::duration && second->type == timex_type::duration && !start.span && !second->span) {
    temporal_value v = start;
    v.value = start.value + "/" + second->value;
    v.ends = {start, *second};
    return v;
  }
  if (start.type == timex_type::duration || second->type == timex_type::duration ||
      !start.span || !second->span)
    return start;
  temporal_value v;
  v.type = start.type;
  v.grain = start.grain;
  v.value = start.value + "/" + second->value;
  const local_time end = is_clock(*second) ? second->span->begin
                                            : std::max(start.span->end, second->span->end);
  // A range that ends before it begins ("2209-1021 1:30", "2209-1021") is not a range.
  if (end < start.span->begin || second->span->end <= start.span->begin)
    return fail(errc::invalid_date, m.second_begin, "the range ends before it begins");
  v.span = interval{start.span->begin, end, start.span->where};
  v.instant = start.instant;
  v.stated = start.stated | second->stated;
  v.inferred = start.inferred;
  v.zone_abbreviation = start.zone_abbreviation.empty() ? second->zone_abbreviation : start.zone_abbreviation;
  v.zone_ambiguous = start.zone_ambiguous || second->zone_ambiguous;
  v.ends = {start, *second};
  return v;
}
}  // namespace

result<temporal_value> resolve(const match& m, std::string_view text, const reference& ref,
                               const parse_options& options) {
  // "March 3 and March 7, 2024", "June to August 2024": a year written only at the end of a
  // range is the start's year too, or the year before when the start's month comes later in
  // the year ("Dec. 28 to Jan. 3, 2025").
  const expr& e1 = m.first;
  // "the week of March 6-10", "the weekend of Oct. 14-15": the week, or weekend, of the first day
  if (m.second && e1.neighbour != unit::none && e1.neighbour_side == 0) return resolve_expr(e1, ref, options, m.lead);
  // "from 9 a.m. to 11 a.m. EST", "between 14:00 and 16:00 GMT": a zone written only at the end
  // of a range of clock times is the start's zone too.
  if (m.second && e1.has_time() && e1.zone_abbr.empty() && !e1.zone_offset_min && e1.zone_iana.empty() &&
      m.second->has_time() &&
      (!m.second->zone_abbr.empty() || m.second->zone_offset_min || !m.second->zone_iana.empty())) {
    match zoned = m;
    zoned.first.zone_abbr = m.second->zone_abbr;
    zoned.first.zone_offset_min = m.second->zone_offset_min;
    zoned.first.zone_iana = m.second->zone_iana;
    return resolve(zoned, text, ref, options);
  }
  // (so is a year named by its relation: "from January to March last year")
  if (m.second && e1.month && !e1.year && e1.relation == rel::none && m.second->month &&
      (m.second->year || (m.second->unit_rel == unit::year && m.second->relation != rel::none))) {
    auto end_alone = resolve_expr(*m.second, ref, options, m.second_begin);
    if (end_alone && end_alone->span) {
      const date::year_month_day end_day{date::floor<date::days>(end_alone->span->begin)};
      expr dated = e1;
      dated.year = static_cast<int>(end_day.year());
      if (*e1.month > static_cast<int>(static_cast<unsigned>(end_day.month()))) --*dated.year;
      auto first = resolve_expr(dated, ref, options, m.lead);
      if (!first) return first;
      first->stated = first->stated & ~field::year;  // inferred, not written
      return resolve_range(m, std::move(*first), ref, options);
    }
  }
  // "from 9 a.m. to 5 p.m. on March 3", "10 a.m.-6 p.m. Saturday": a day written only at the end
  // of a range of clock times is the start's day too, or the day before when the start's time
  // comes later in the day ("10 p.m. to 2 a.m. Saturday").
  if (m.second && e1.has_time() && !e1.has_date() && m.second->has_date() && m.second->has_time()) {
    auto end_alone = resolve_expr(*m.second, ref, options, m.second_begin);
    if (end_alone && end_alone->span) {
      const date::local_days end_day = date::floor<date::days>(end_alone->span->begin);
      auto first = resolve_expr(e1, reference{local_time{end_day}, ref.where}, options, m.lead);
      if (first && first->span && first->span->begin > end_alone->span->begin)
        first = resolve_expr(e1, reference{local_time{end_day - date::days{1}}, ref.where}, options, m.lead);
      if (!first) return first;
      return resolve_range(m, std::move(*first), ref, options);
    }
  }
  auto first = resolve_expr(m.first, ref, options, m.lead);
  if (!first || !m.second) return first;
  // "Flu season runs October through March", "from September to June" in November: a range of
  // months that holds the reference is that one, not the next, whatever the tense looks to.
  const auto bare_month = [](const expr& x) {
    return x.month && !x.day && !x.year && !x.weekday && x.relation == rel::none && !x.has_time();
  };
  if (bare_month(e1) && bare_month(*m.second) && first->span && first->span->begin > ref.when) {
    parse_options back = options;
    back.month = direction::past;
    back.hint = tense::none;
    if (auto earlier = resolve_expr(e1, ref, back, m.lead); earlier && earlier->span) {
      auto held = resolve_range(m, *earlier, ref, options);
      if (held && held->span && held->span->begin <= ref.when && ref.when < held->span->end) return held;
    }
  }
  return resolve_range(m, std::move(*first), ref, options);
}

cal::period_span period_containing(local_time t, grain g) {
  const local_days d = date::floor<date::days>(t);
  const date::year_month_day ymd{d};
  // Before year 1 the periods count back from 1 BC: the century of 978 BC is 1000–901 BC.
  const int year = static_cast<int>(ymd.year());
  const auto span_of_years = [&](int first, int n, grain pg) {
    auto s = cal::year_of(date::year{first});
    s.end = local_time{local_days{date::year{first + n} / 1 / 1}};
    s.grain = pg;
    return s;
  };
  const auto first_year = [&](int n) { return year > 0 ? year / n * n : 1 - (n - year) / n * n; };
  switch (g) {
    case grain::millennium: return span_of_years(first_year(1000), 1000, grain::millennium);
    case grain::century: return span_of_years(first_year(100), 100, grain::century);
    case grain::decade: return span_of_years(first_year(10), 10, grain::decade);
    case grain::year: return cal::year_of(ymd.year());
    case grain::half:
      return cal::half_of(ymd.year(), static_cast<int>((static_cast<unsigned>(ymd.month()) - 1) / 6 + 1));
    case grain::quarter:
      return cal::quarter_of(ymd.year(), static_cast<int>((static_cast<unsigned>(ymd.month()) - 1) / 3 + 1));
    case grain::month: return cal::month_of(date::year_month{ymd.year(), ymd.month()});
    case grain::week: return cal::week_of(d);
    case grain::weekend: return cal::weekend_of(d);
    case grain::hour: {
      const auto h = date::floor<hours>(t);
      return {h, h + hours{1}, grain::hour};
    }
    case grain::minute: {
      const auto m = date::floor<minutes>(t);
      return {m, m + minutes{1}, grain::minute};
    }
    case grain::second: {
      const auto s = date::floor<seconds>(t);
      return {s, s + seconds{1}, grain::second};
    }
    default: return cal::day_of(d);
  }
}

}  // namespace annals::detail
