#include "routine_edit_command.h"

#include "routine_document.h"

namespace limber {

RoutineEditCommand::RoutineEditCommand(
    RoutineDocument& document, Routine before, Routine after, const QString& text, int mergeKey)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{
}

void RoutineEditCommand::undo()
{
    m_document.replace(m_before);
}

void RoutineEditCommand::redo()
{
    m_document.replace(m_after);
}

bool RoutineEditCommand::mergeWith(const QUndoCommand* other)
{
    // Only commands with this id() reach here, and only this class makes them.
    const auto* next = static_cast<const RoutineEditCommand*>(other);
    m_after = next->m_after;
    // Spun back to where it started: no step at all.
    Routine before = m_before;
    before.id = m_after.id;
    setObsolete(before == m_after);
    return true;
}

} // namespace limber
