// Exporting a routine from the builder: refused with its problems while it has any, then to
// the file the person chooses, asking before replacing the exercise files written beside it.
#pragma once

#include <limber/model.h>

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace limber {

class Dialogs;
class LibraryStore;

// What to tell the person once the files are written (which files), or nullopt when nothing
// was: cancelled, or refused and said why in a dialog.
std::optional<QString> exportRoutineAsking(QWidget* parent, Dialogs& dialogs, LibraryStore& store,
    Routine routine, const QStringList& problems);

} // namespace limber
