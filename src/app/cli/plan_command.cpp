// `limber --plan ROUTINE|FILE`: the compiled timeline, readable or as DATA-FORMAT JSON.
#include "cli_modes.h"
#include "command_line.h"
#include "plan_options.h"
#include "storage/library_loader.h"
#include "storage/routine_target.h"

#include <limber/plan.h>

#include <iostream>

namespace limber {

namespace {

void printProblems(const Diagnostics& problems)
{
    for (const Diagnostic& problem : problems)
        std::cerr << formatDiagnostic(problem) << '\n';
}

} // namespace

int runPlan(const CommandLine& line, const DataLocations& locations)
{
    const Library library = loadStandardLibrary(locations);
    const RoutineTarget target = findRoutineTarget(library, line.target);
    printProblems(target.problems);
    if (!target.routine)
        return target.found ? 1 : 2;

    const PlanResult result
        = compile(*target.routine, library, planOptionsFrom(line), target.source);
    printProblems(result.errors);
    if (!result)
        return 1;
    printProblems(result.plan->warnings);
    std::cout << (line.json ? planToJson(*result.plan) + "\n" : planToText(*result.plan));
    return 0;
}

} // namespace limber
