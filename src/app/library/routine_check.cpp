#include "routine_check.h"

#include "shared/words.h"
#include "storage/routine_transfer.h"

#include <limber/load.h>

#include <QObject>

#include <string>

namespace limber {

namespace {

// "/items/3/seconds" → 3; -1 for a pointer outside the items.
int itemOfPointer(const std::string& pointer)
{
    static const std::string prefix = "/items/";
    if (pointer.rfind(prefix, 0) != 0)
        return -1;
    try {
        return std::stoi(pointer.substr(prefix.size()));
    } catch (...) {
        return -1;
    }
}

} // namespace

RoutineCheck checkEditedRoutine(
    const Routine& routine, const Library& library, const PlanOptions& options)
{
    RoutineCheck check;
    for (std::size_t i = 0; i < routine.items.size(); ++i)
        check.itemProblems << QString();
    const QString name = qs(routine.name);
    if (name.trimmed().isEmpty())
        check.problems << QObject::tr("The routine needs a name: use Rename.");
    // Two routines of one name cannot be told apart in a list (one may have come in by an
    // import while this one was being made).
    else if (const LibraryEntry<Routine>* other = routineNamed(library, name, routine.id))
        check.problems << QObject::tr("Another routine is called “%1”: use Rename.")
                              .arg(qs(other->value.name));
    if (routine.items.empty()) {
        check.problems << QObject::tr("Add at least one stretch: double-click one on the left, "
                                      "drag it here, or select it and press Add.");
        check.onlyNeedsStretches = check.problems.size() == 1;
    }
    if (routine.items.size() > limits::maxRoutineItems)
        check.problems
            << QObject::tr("A routine has at most %1 stretches.").arg(limits::maxRoutineItems);

    Diagnostics found = library.checkRoutine(routine, routine.name);
    if (!hasErrors(found) && !routine.items.empty()) {
        const PlanResult plan = compile(routine, library, options, routine.name);
        found.insert(found.end(), plan.errors.begin(), plan.errors.end());
        if (plan) {
            check.totalMs = plan.plan->totalMs;
            check.itemMs.assign(routine.items.size(), 0);
            for (const Segment& segment : plan.plan->segments) {
                if (segment.item >= 0
                    && static_cast<std::size_t>(segment.item) < check.itemMs.size())
                    check.itemMs[static_cast<std::size_t>(segment.item)] += segment.durationMs;
            }
        }
    }
    for (const Diagnostic& d : found) {
        if (d.severity != Severity::Error)
            continue;
        const QString message = qs(d.message);
        const int item = itemOfPointer(d.pointer);
        if (item >= 0 && item < check.itemProblems.size()) {
            check.itemProblems[item] = message;
            check.problems << QObject::tr("Stretch %1: %2").arg(item + 1).arg(message);
        } else {
            check.problems << message;
        }
    }
    return check;
}

} // namespace limber
