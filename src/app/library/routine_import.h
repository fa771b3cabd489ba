// Importing a routine file: asked before anything is written. A routine with the id or the
// name of one the person has is asked about (replace it, keep both under a distinct name and
// id, or stop), then any stretch the import would change; nothing changes on Cancel.
#pragma once

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace limber {

class Dialogs;
class LibraryStore;

struct ImportedRoutine {
    QString routineId;
    QString message; // what to tell the person: what came in, and as what
};

// Called with the id of the routine an import is about to replace; false stops the import
// (e.g. the builder shows it with unsaved changes and the person cancels).
using LetGoOfRoutine = std::function<bool(const QString& routineId)>;

// Asks for the file and the questions above; nothing when nothing was imported (cancelled, or
// refused and said why in a dialog).
std::optional<ImportedRoutine> importRoutineAsking(
    QWidget* parent, Dialogs& dialogs, LibraryStore& store, const LetGoOfRoutine& letGoOf = {});

} // namespace limber
