// The builder's changes to a routine, worked out as values without widgets: each gives the
// routine after the change, the name of its undo step, the row to select afterwards and the key
// that merges it with a like change just before it. The builder hands them to
// RoutineDocument::edit.
#pragma once

#include "routine_document.h"

#include <limber/library.h>
#include <limber/model.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace limber {

struct RoutineEdit {
    Routine after;
    QString text; // the undo step's name: "Add “Neck tilt”", "Change lead-in"…
    int selectRow = -1; // the row to select once it is made; -1 keeps the one selected
    int mergeKey = mergeKeys::none;
    // Some stretches asked for were left out: a routine has at most limits::maxRoutineItems.
    bool full = false;
};

// Stretches are named as `library` names their exercises (by id when it has none).
class RoutineEdits {
    Q_DECLARE_TR_FUNCTIONS(RoutineEdits)

public:
    explicit RoutineEdits(const Library& library)
        : m_library(library)
    {
    }

    // The exercises `exerciseIds` as new stretches before row `at` (clamped to the routine);
    // nothing when there are none.
    std::optional<RoutineEdit> insert(
        const Routine& routine, const QStringList& exerciseIds, int at) const;
    // Row `from` moved before row `before` (the row count for the end); nothing when either is
    // out of range or it stays where it is.
    std::optional<RoutineEdit> move(const Routine& routine, int from, int before) const;
    // Nothing when `row` is out of range.
    std::optional<RoutineEdit> remove(const Routine& routine, int row) const;
    // Row `row` replaced by `item` after a change of its `field` (ItemEditor::Field).
    std::optional<RoutineEdit> change(
        const Routine& routine, int row, const RoutineItem& item, int field) const;

    static RoutineEdit leadIn(const Routine& routine, int seconds);
    static RoutineEdit switchTime(const Routine& routine, int seconds);

private:
    QString nameOf(const std::string& exerciseId) const;

    const Library& m_library;
};

} // namespace limber
