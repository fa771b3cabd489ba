// A routine file's fields, in the order DATA-FORMAT.md lists them.
#include "routine_reader.h"

namespace limber::loader {

namespace {

using enum Presence;

RoutineItem readItem(ObjectReader& item)
{
    RoutineItem result;
    result.exercise = item.id("exercise", Required).value_or("");
    result.seconds = item.integer("seconds", Optional, limits::holdSeconds);
    result.breaths = item.integer("breaths", Optional, limits::holdBreaths);
    result.reps = item.integer("reps", Optional, limits::repCount);
    result.sets = item.integer("sets", Optional, limits::sets);
    result.restSeconds = item.integer("rest_seconds", Optional, limits::restSeconds);
    // Either may replace a hold's measure, but one hold cannot last both ways at once.
    if (item.has("seconds") && item.has("breaths"))
        item.report().error(
            item.pointer(), "must have only one of \"seconds\" or \"breaths\", not both");
    return result;
}

} // namespace

Routine readRoutine(ObjectReader& root)
{
    Routine routine;
    routine.id = root.id("id", Required).value_or("");
    routine.name = root.text("name", Required).value_or("");
    routine.summary = root.text("summary", Optional).value_or("");
    routine.leadInSeconds = root.integer("lead_in_seconds", Optional, limits::leadInSeconds)
                                .value_or(routine.leadInSeconds);
    routine.switchSeconds = root.integer("switch_seconds", Optional, limits::switchSeconds)
                                .value_or(routine.switchSeconds);
    routine.items
        = root.objects<RoutineItem>("items", Required, { 1, limits::maxRoutineItems }, readItem);
    root.warnAboutUnknownFields();
    return routine;
}

} // namespace limber::loader
