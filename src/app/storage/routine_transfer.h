// Sharing routines as files: what an export writes and what an import would add, worked out
// before anything is written, so a bad import changes nothing. The format is documented in
// docs/DATA-FORMAT.md under "Sharing routines".
#pragma once

#include <limber/library.h>
#include <limber/model.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
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

// What to do when the person already has a routine with the imported one's id or name: put
// the import in its place (its file, its id), or bring it in beside it under an id and a name
// of its own, so that two routines never share a name.
enum class SameRoutineMode { KeepBoth, Replace };

// The person's routine (or a built-in) that an import shares its id or, failing that, its name
// with.
struct ExistingRoutine {
    std::string id;
    std::string name;
    QString path; // its file; empty for a built-in
};

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
    // The routine the import would replace or come in beside, the name the import has in its
    // file, and the name it comes in under with KeepBoth.
    std::optional<ExistingRoutine> sameRoutine;
    QString importedName;
    QString keptName;
};

struct ExportPlan {
    std::vector<FileToWrite> files; // the routine first, then its user exercises
    QStringList errors;
};

// An id made of `name`'s letters and digits, lowercase, words joined by '-'.
QString idFromName(const QString& name);

// The routine other than `exceptId` called `name`, ignoring case and spaces at either end:
// names that differ only so cannot be told apart in a list.
const LibraryEntry<Routine>* routineNamed(
    const Library& library, const QString& name, const std::string& exceptId = {});
// `wanted`, or else "wanted (2)", "wanted (3)"…: the first that no routine is called.
QString distinctRoutineName(const Library& library, const QString& wanted);

// The routine file at `file`, and each EXERCISE-ID.json beside it that the routine uses and
// the library does not already have as it is.
ImportPlan planImport(const QString& file, const Library& library, const DataLocations& locations,
    ImportMode mode, SameRoutineMode sameRoutineMode = SameRoutineMode::KeepBoth);

// The routine as `file`, and each user exercise it uses as EXERCISE-ID.json in the same folder.
ExportPlan planExport(const Routine& routine, const Library& library, const QString& file);

} // namespace limber
