#include "player_routine.h"

#include "storage/routine_target.h"

namespace limber {

const Exercise* PlayerRoutine::exercise(std::string_view id) const
{
    const auto found = exercises.find(id);
    return found == exercises.end() ? nullptr : &found->second;
}

PreparedRoutine prepareRoutine(
    const Library& library, const QString& target, const PlanOptions& options)
{
    PreparedRoutine prepared;
    RoutineTarget found = findRoutineTarget(library, target);
    prepared.problems = std::move(found.problems);
    if (!found.routine)
        return prepared;

    PlanResult compiled = compile(*found.routine, library, options, found.source);
    prepared.problems.insert(
        prepared.problems.end(), compiled.errors.begin(), compiled.errors.end());
    if (!compiled)
        return prepared;
    prepared.problems.insert(
        prepared.problems.end(), compiled.plan->warnings.begin(), compiled.plan->warnings.end());

    PlayerRoutine routine;
    routine.name = found.routine->name;
    routine.summary = found.routine->summary;
    for (const Segment& segment : compiled.plan->segments) {
        if (const Exercise* exercise = library.findExercise(segment.exercise))
            routine.exercises.emplace(exercise->id, *exercise);
    }
    routine.plan = std::move(*compiled.plan);
    prepared.routine = std::move(routine);
    return prepared;
}

} // namespace limber
