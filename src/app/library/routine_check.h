// What the builder shows about the routine being edited, worked out once per edit from one
// compile: its problems (for the banner and per item), its total and each item's length.
// A plain function over the model, so it is tested without widgets.
#pragma once

#include <limber/library.h>
#include <limber/plan.h>

#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace limber {

struct RoutineCheck {
    QStringList problems; // one line each, items named by their number
    QStringList itemProblems; // one per item; empty where the item is fine
    bool onlyNeedsStretches = false; // the one problem is that it has no stretches yet
    std::optional<std::int64_t> totalMs; // when it compiles
    std::vector<std::int64_t> itemMs; // each item's length, when it compiles

    bool canPlay() const { return problems.isEmpty(); }
};

RoutineCheck checkEditedRoutine(
    const Routine& routine, const Library& library, const PlanOptions& options);

} // namespace limber
