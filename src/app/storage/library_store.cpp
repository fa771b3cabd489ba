#include "library_store.h"

#include "library_loader.h"
#include "routine_transfer.h"
#include "shared/words.h"

#include <limber/save.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace limber {

LibraryStore::LibraryStore(DataLocations locations, QObject* parent)
    : QObject(parent)
    , m_locations(std::move(locations))
    , m_library(loadStandardLibrary(m_locations))
{
}

LibraryStore::LibraryStore(Library library, DataLocations locations, QObject* parent)
    : QObject(parent)
    , m_locations(std::move(locations))
    , m_library(std::move(library))
{
}

QString LibraryStore::userRoutinePath(const QString& routineId) const
{
    const LibraryEntry<Routine>* entry = m_library.findRoutineEntry(routineId.toStdString());
    if (!entry || entry->origin != Origin::User)
        return {};
    return qs(entry->source);
}

QString LibraryStore::newRoutineId(const QString& name) const
{
    const QString stem = idFromName(name);
    QString id = stem;
    for (int n = 2;
         m_library.findRoutine(id.toStdString()) || !isFreeForNewFile(newRoutinePath(id)); ++n)
        id = stem + QLatin1Char('-') + QString::number(n);
    return id;
}

QString LibraryStore::newRoutinePath(const QString& routineId) const
{
    return m_locations.userRoutines + QLatin1Char('/') + routineId + QStringLiteral(".json");
}

WriteOutcome LibraryStore::saveRoutine(const Routine& routine, const QString& path)
{
    WriteOutcome outcome = writeUserFile(path, QByteArray::fromStdString(toJson(routine)));
    if (outcome)
        reload();
    return recorded(std::move(outcome));
}

WriteOutcome LibraryStore::removeRoutine(const QString& routineId)
{
    const QString path = userRoutinePath(routineId);
    if (path.isEmpty())
        return recorded({ false, tr("\"%1\" is not one of your routines").arg(routineId), {} });
    WriteOutcome outcome = removeUserFile(path);
    if (outcome)
        reload();
    return recorded(std::move(outcome));
}

ImportPlan LibraryStore::previewImport(
    const QString& file, ImportMode mode, SameRoutineMode sameRoutineMode)
{
    ImportPlan plan = planImport(file, m_library, m_locations, mode, sameRoutineMode);
    if (!plan.errors.isEmpty())
        recorded({ false, plan.errors.join(QLatin1Char('\n')), {} });
    return plan;
}

LibraryStore::ImportOutcome LibraryStore::importRoutine(
    const QString& file, ImportMode mode, SameRoutineMode sameRoutineMode)
{
    const ImportPlan plan = planImport(file, m_library, m_locations, mode, sameRoutineMode);
    if (!plan.errors.isEmpty())
        return { recorded({ false, plan.errors.join(QLatin1Char('\n')), {} }), {} };

    WriteOutcome outcome { true, {}, {} };
    QStringList written;
    for (const FileToWrite& target : plan.files) {
        WriteOutcome step = writeUserFile(target.path, target.bytes);
        if (!step) {
            // Take back what this import wrote, so a failed import leaves nothing behind.
            for (const QString& path : written)
                QFile::remove(path);
            outcome = step;
            break;
        }
        written << target.path;
        if (!step.movedAsideTo.isEmpty())
            outcome.movedAsideTo = step.movedAsideTo;
    }
    if (!outcome)
        return { recorded(std::move(outcome)), {} };
    reload();
    return { recorded(std::move(outcome)), qs(plan.routine.id) };
}

ExportPlan LibraryStore::previewExport(const Routine& routine, const QString& file) const
{
    return planExport(routine, m_library, file);
}

WriteOutcome LibraryStore::exportRoutine(const Routine& routine, const QString& file)
{
    const ExportPlan plan = planExport(routine, m_library, file);
    if (!plan.errors.isEmpty())
        return recorded({ false, plan.errors.join(QLatin1Char('\n')), {} });
    for (const FileToWrite& target : plan.files) {
        WriteOutcome step = writeUserFile(target.path, target.bytes);
        if (!step)
            return recorded(std::move(step));
    }
    return { true, {}, {} };
}

void LibraryStore::reload()
{
    m_library = loadStandardLibrary(m_locations);
    emit libraryChanged();
    emit problemsChanged();
}

WriteOutcome LibraryStore::recorded(WriteOutcome outcome)
{
    if (!outcome.error.isEmpty()) {
        m_sessionProblems << outcome.error;
        emit problemsChanged();
    }
    if (!outcome.movedAsideTo.isEmpty()) {
        m_sessionProblems << tr("%1: did not load, so it was moved aside before saving over it")
                                 .arg(QDir::toNativeSeparators(outcome.movedAsideTo));
        emit problemsChanged();
    }
    return outcome;
}

} // namespace limber
