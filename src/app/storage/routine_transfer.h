// Sharing routines as files: what an export writes and what an import would add, worked out
// before anything is written, so a bad import changes nothing. The format is documented in
// docs/DATA-FORMAT.md under "Sharing routines".
#pragma once

#include <limber/library.h>
#include <limber/model.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace limber {

struct DataLocations;

struct FileToWrite {
    QString path;
    QByteArray bytes;
};

// What to do with an imported exercise that differs from a built-in or user exercise with
// the same id: keep what the person has and bring the import in under a new id (the imported
// routine then uses that id), or let the imported one replace the built-in.
enum class ImportMode { KeepMine, ReplaceBuiltIns };

struct ImportPlan {
    Routine routine; // with the id it will have in the user's library
    std::vector<FileToWrite> files; // the new user exercises first, the routine last
    QStringList errors; // when not empty, nothing may be written
    // With ReplaceBuiltIns, what the import would change of what the person has, one line
    // each: the built-ins it replaces, and the routines that would play differently or no
    // longer load. Empty when nothing of theirs changes.
    QStringList changes;
    // With KeepMine, the exercises brought in under a new id: "cat-cow → cat-cow-2".
    QStringList renamed;
};

struct ExportPlan {
    std::vector<FileToWrite> files; // the routine first, then its user exercises
    QStringList errors;
};

// An id made of `name`'s letters and digits, lowercase, words joined by '-'.
QString idFromName(const QString& name);

// The routine file at `file`, and each EXERCISE-ID.json beside it that the routine uses and
// the library does not already have as it is.
ImportPlan planImport(
    const QString& file, const Library& library, const DataLocations& locations, ImportMode mode);

// The routine as `file`, and each user exercise it uses as EXERCISE-ID.json in the same folder.
ExportPlan planExport(const Routine& routine, const Library& library, const QString& file);

} // namespace limber
