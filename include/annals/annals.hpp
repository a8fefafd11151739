// annals/annals.hpp — everything, in pipeline order.
//
//   zone.hpp       civil time, absolute time, zones and the abbreviation table
//   timex.hpp      the temporal value model (TIMEX3 type/value, interval, grain, mods)
//   calendar.hpp   calendar periods and their TIMEX3 values
//   holidays.hpp   named days
//   reference.hpp  the reference time
//   parse.hpp      one expression → temporal_value
//   render.hpp     ISO 8601, TIMEX3 and JSON text
#pragma once

#include "annals/calendar.hpp"
#include "annals/holidays.hpp"
#include "annals/parse.hpp"
#include "annals/reference.hpp"
#include "annals/render.hpp"
#include "annals/result.hpp"
#include "annals/timex.hpp"
#include "annals/zone.hpp"
