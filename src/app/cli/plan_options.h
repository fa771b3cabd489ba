// The plan options the command line asked for (--scale, --minutes, --pace-in, --pace-out),
// over `options` (the defaults, or the person's practice settings).
#pragma once

#include "command_line.h"

#include <limber/plan.h>

#include <optional>

namespace limber {

// What a launch changes in how a routine plays; what it leaves unset stays as it was.
struct PlanChanges {
    std::optional<double> scale;
    std::optional<double> minutes;
    std::optional<int> paceInMs;
    std::optional<int> paceOutMs;

    PlanOptions over(PlanOptions options) const
    {
        options.scale = scale.value_or(options.scale);
        if (minutes)
            options.minutes = minutes;
        options.paceInMs = paceInMs.value_or(options.paceInMs);
        options.paceOutMs = paceOutMs.value_or(options.paceOutMs);
        return options;
    }

    friend bool operator==(const PlanChanges&, const PlanChanges&) = default;
};

inline PlanChanges planChangesFrom(const CommandLine& line)
{
    return { line.scale, line.minutes, line.paceInMs, line.paceOutMs };
}

inline PlanOptions planOptionsFrom(const CommandLine& line, PlanOptions options = {})
{
    return planChangesFrom(line).over(options);
}

} // namespace limber
