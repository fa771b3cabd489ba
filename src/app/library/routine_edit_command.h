// One undoable change to the routine in the builder, kept as the routine before and after.
// Whole values are small (a routine has at most 100 items), and snapshots cannot drift.
#pragma once

#include <limber/model.h>

#include <QUndoCommand>

namespace limber {

class RoutineDocument;

class RoutineEditCommand : public QUndoCommand {
public:
    RoutineEditCommand(RoutineDocument& document, Routine before, Routine after,
        const QString& text, int mergeKey);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    RoutineDocument& m_document;
    Routine m_before;
    Routine m_after;
    int m_mergeKey;
};

} // namespace limber
