// The plan options the command line asked for, over `options` (the defaults, or the
// person's practice settings).
#pragma once

#include "command_line.h"

#include <limber/plan.h>

namespace limber {

inline PlanOptions planOptionsFrom(const CommandLine& line, PlanOptions options = {})
{
    options.scale = line.scale.value_or(options.scale);
    if (line.minutes)
        options.minutes = line.minutes;
    options.paceInMs = line.paceInMs.value_or(options.paceInMs);
    options.paceOutMs = line.paceOutMs.value_or(options.paceOutMs);
    return options;
}

} // namespace limber
