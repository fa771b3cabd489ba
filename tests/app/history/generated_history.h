// A made-up but lifelike history for the history view's tests, screenshots and bench: the
// built-in routines played on most days in a European time zone (summer time included), now and
// then stopped part way, over `days` days up to `today`. The same seed gives the same history.
#pragma once

#include <limber/history.h>
#include <limber/history_stats.h>

#include <vector>

namespace limber::testing {

struct HistoryShape {
    int days = 120;
    // Sessions on a day of practice; 0 for a lifelike 1 or 2, with days off.
    int sessionsPerDay = 0;
    unsigned seed = 1;
};

std::vector<SessionRecord> generatedHistory(LocalDate today, const HistoryShape& shape);

} // namespace limber::testing
