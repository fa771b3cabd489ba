// The library the windows show, and every change to the user's files that alters it: saving,
// removing, importing and exporting routines. After each change the library is read again
// from the files, so what the windows show is what a restart would show.
#pragma once

#include "data_locations.h"
#include "routine_transfer.h"
#include "user_files.h"

#include <limber/library.h>

#include <QObject>
#include <QStringList>

namespace limber {

class LibraryStore : public QObject {
    Q_OBJECT

public:
    // Reads the built-in data and the user's files under `locations`.
    explicit LibraryStore(DataLocations locations, QObject* parent = nullptr);
    // Starts from a library already read from `locations`.
    LibraryStore(Library library, DataLocations locations, QObject* parent = nullptr);

    const Library& library() const { return m_library; }
    const DataLocations& locations() const { return m_locations; }

    // What went wrong with the user's files during this session (writes, imports), newest last.
    const QStringList& sessionProblems() const { return m_sessionProblems; }

    // The file a user routine was loaded from; empty for built-in or unknown ids.
    QString userRoutinePath(const QString& routineId) const;
    bool isUserRoutine(const QString& routineId) const
    {
        return !userRoutinePath(routineId).isEmpty();
    }

    // An id made from `name` that no routine and no loadable file in the user's folder has yet,
    // and the path a new routine with that id would be saved to.
    QString newRoutineId(const QString& name) const;
    QString newRoutinePath(const QString& routineId) const;

    // Writes `routine` to `path` (its own file, or newRoutinePath for a new one) and reads the
    // library again. A failure is recorded in sessionProblems and nothing else changes.
    [[nodiscard]] WriteOutcome saveRoutine(const Routine& routine, const QString& path);
    [[nodiscard]] WriteOutcome removeRoutine(const QString& routineId);

    // What importing `file` in `mode` would write and change, worked out without writing; a
    // file that cannot be imported is recorded in sessionProblems as a failed import is.
    ImportPlan previewImport(const QString& file, ImportMode mode,
        SameRoutineMode sameRoutineMode = SameRoutineMode::KeepBoth);
    // Reads a routine file and the user exercises beside it (see docs/DATA-FORMAT.md, "Sharing
    // routines"), and adds them to the user's folders. On any problem nothing is written and
    // the returned outcome's error lists every problem.
    struct ImportOutcome {
        WriteOutcome written;
        QString routineId; // of the routine brought in, once written
        explicit operator bool() const { return written.ok; }
    };
    [[nodiscard]] ImportOutcome importRoutine(const QString& file, ImportMode mode,
        SameRoutineMode sameRoutineMode = SameRoutineMode::KeepBoth);
    // The files an export of `routine` as `file` writes: the routine, then each user exercise
    // it uses, beside it.
    ExportPlan previewExport(const Routine& routine, const QString& file) const;
    // Writes them; stops at the first that fails and says which.
    [[nodiscard]] WriteOutcome exportRoutine(const Routine& routine, const QString& file);

    // Reads every file again.
    void reload();

signals:
    // The library was read again; anything that shows it should refresh.
    void libraryChanged();
    void problemsChanged();

private:
    WriteOutcome recorded(WriteOutcome outcome);

    DataLocations m_locations;
    Library m_library;
    QStringList m_sessionProblems;
};

} // namespace limber
