// Zone conversions over date/tz, and the non-throwing zone lookup.
#include "annals/zone.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <exception>

namespace annals {

namespace {
std::string format_offset(std::chrono::minutes m) {
  if (m.count() == 0) return "Z";
  const char sign = m.count() < 0 ? '-' : '+';
  const auto a = m.count() < 0 ? -m.count() : m.count();
  return fmt::format("{}{:02}:{:02}", sign, a / 60, a % 60);
}
}  // namespace

std::string zone::name() const {
  switch (kind_) {
    case kind::floating: return {};
    case kind::fixed: return format_offset(offset_);
    case kind::iana: return std::string(tz_->name());
  }
  return {};
}

zone_lookup zone::lookup(local_time t) const {
  using std::chrono::duration_cast;
  zone_lookup out;
  switch (kind_) {
    case kind::floating:
      out.first = out.second = sys_time{t.time_since_epoch()};
      return out;
    case kind::fixed:
      out.first = out.second = sys_time{t.time_since_epoch() - duration_cast<duration>(offset_)};
      return out;
    case kind::iana: break;
  }
  const auto secs = date::floor<std::chrono::seconds>(t);
  const date::local_info info = tz_->get_info(secs);
  const auto as = [&](const date::sys_info& s) {
    return sys_time{t.time_since_epoch() - duration_cast<duration>(s.offset)};
  };
  switch (info.result) {
    case date::local_info::unique:
      out.first = out.second = as(info.first);
      break;
    case date::local_info::ambiguous:
      out.what = zone_lookup::kind::repeated;
      out.first = as(info.first);
      out.second = as(info.second);
      break;
    case date::local_info::nonexistent:
      out.what = zone_lookup::kind::skipped;
      out.first = out.second = sys_time{info.second.begin};
      break;
  }
  return out;
}

std::optional<std::chrono::minutes> zone::offset_at(local_time t) const {
  switch (kind_) {
    case kind::floating: return std::nullopt;
    case kind::fixed: return offset_;
    case kind::iana: break;
  }
  const auto l = lookup(t);
  return offset_at(l.first);
}

std::optional<std::chrono::minutes> zone::offset_at(sys_time t) const {
  switch (kind_) {
    case kind::floating: return std::nullopt;
    case kind::fixed: return offset_;
    case kind::iana: break;
  }
  const auto info = tz_->get_info(date::floor<std::chrono::seconds>(t));
  return std::chrono::duration_cast<std::chrono::minutes>(info.offset);
}

result<sys_time> zone::to_sys(local_time t, dst_policy p) const {
  if (kind_ == kind::floating)
    return fail(errc::invalid_argument, error::npos, "a floating time has no zone to convert with");
  const auto l = lookup(t);
  if (l.what != zone_lookup::kind::unique && p == dst_policy::reject)
    return fail(errc::nonexistent_time, error::npos,
                l.what == zone_lookup::kind::skipped
                    ? fmt::format("local time is skipped by a DST transition in {}", name())
                    : fmt::format("local time is repeated by a DST transition in {}", name()));
  return p == dst_policy::latest ? l.second : l.first;
}

local_time zone::to_local(sys_time t) const {
  switch (kind_) {
    case kind::floating: return local_time{t.time_since_epoch()};
    case kind::fixed:
      return local_time{t.time_since_epoch() + std::chrono::duration_cast<duration>(offset_)};
    case kind::iana: break;
  }
  const auto info = tz_->get_info(date::floor<std::chrono::seconds>(t));
  return local_time{t.time_since_epoch() + std::chrono::duration_cast<duration>(info.offset)};
}

result<zone> locate_zone(std::string_view iana_name) {
  // date::locate_zone throws for unknown names (and when the tz database is missing). Keep the
  // throw inside this function; this is not on any hot path.
  if (iana_name.empty() || iana_name.size() > 64)
    return fail(errc::unknown_zone, error::npos, "empty or over-long time-zone name");
  try {
    return zone::iana(date::locate_zone(iana_name));
  } catch (const std::exception&) {
    return fail(errc::unknown_zone, error::npos,
                fmt::format("unknown time zone '{}'", iana_name));
  }
}

}  // namespace annals
