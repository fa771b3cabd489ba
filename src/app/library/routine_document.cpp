#include "routine_document.h"

#include "routine_edit_command.h"

#include <QUndoStack>

namespace limber {

RoutineDocument::RoutineDocument(QObject* parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this,
        [this](bool clean) { emit modifiedChanged(!clean); });
}

bool RoutineDocument::isModified() const
{
    // A routine never saved holds work as soon as it has a stretch, whatever its history says.
    return !m_undo->isClean() || (!m_readOnly && m_path.isEmpty() && !m_routine.items.empty());
}

void RoutineDocument::open(Routine routine, QString path, bool readOnly)
{
    const bool wasModified = isModified();
    m_undo->clear();
    m_routine = std::move(routine);
    m_path = std::move(path);
    m_readOnly = readOnly;
    emit changed();
    if (wasModified)
        emit modifiedChanged(false);
}

void RoutineDocument::edit(const QString& text, Routine after, int mergeKey)
{
    if (m_readOnly)
        return;
    after.id = m_routine.id;
    if (after == m_routine)
        return;
    m_undo->push(new RoutineEditCommand(*this, m_routine, std::move(after), text, mergeKey));
}

void RoutineDocument::markSaved(const QString& path)
{
    m_path = path;
    m_undo->setClean();
}

void RoutineDocument::setId(const std::string& id)
{
    m_routine.id = id;
}

void RoutineDocument::replace(const Routine& routine)
{
    const std::string id = m_routine.id;
    m_routine = routine;
    m_routine.id = id;
    emit changed();
}

} // namespace limber
