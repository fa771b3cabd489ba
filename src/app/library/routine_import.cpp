#include "routine_import.h"

#include "dialogs.h"
#include "shared/words.h"
#include "storage/library_store.h"

#include <QCoreApplication>
#include <QStringList>

namespace limber {

namespace {

// The main window's words, in the context they were translated in before they moved here.
QString tr(const char* text)
{
    return QCoreApplication::translate("limber::MainWindow", text);
}

} // namespace

std::optional<ImportedRoutine> importRoutineAsking(
    QWidget* parent, Dialogs& dialogs, LibraryStore& store, const LetGoOfRoutine& letGoOf)
{
    const QString file
        = dialogs.askOpenFile(parent, tr("Import a routine"), tr("Routine files (*.json)"));
    if (file.isEmpty())
        return std::nullopt;
    // Asked before anything is written: what would this import change of what is here?
    const ImportPlan preview = store.previewImport(file, ImportMode::ReplaceBuiltIns);
    if (!preview.errors.isEmpty()) {
        dialogs.showError(
            parent, tr("Nothing was imported"), preview.errors.join(QLatin1Char('\n')));
        return std::nullopt;
    }
    SameRoutineMode sameMode = SameRoutineMode::KeepBoth;
    if (preview.sameRoutine) {
        switch (dialogs.askSameRoutine(
            parent, preview.importedName, qs(preview.sameRoutine->name), preview.keptName)) {
        case Dialogs::SameRoutine::Replace:
            sameMode = SameRoutineMode::Replace;
            break;
        case Dialogs::SameRoutine::KeepBoth:
            break;
        case Dialogs::SameRoutine::Cancel:
            return std::nullopt;
        }
    }
    ImportMode mode = ImportMode::ReplaceBuiltIns;
    if (!preview.changes.isEmpty()) {
        switch (dialogs.askImportChanges(parent, preview.importedName, preview.changes)) {
        case Dialogs::ImportChoice::KeepMine:
            mode = ImportMode::KeepMine;
            break;
        case Dialogs::ImportChoice::Replace:
            break;
        case Dialogs::ImportChoice::Cancel:
            return std::nullopt;
        }
    }
    if (sameMode == SameRoutineMode::Replace && letGoOf && !letGoOf(qs(preview.sameRoutine->id)))
        return std::nullopt;
    const LibraryStore::ImportOutcome imported = store.importRoutine(file, mode, sameMode);
    if (!imported) {
        dialogs.showError(parent, tr("Nothing was imported"), imported.written.error);
        return std::nullopt;
    }
    const Routine* routine = store.library().findRoutine(imported.routineId.toStdString());
    const QString name = routine ? qs(routine->name) : imported.routineId;
    QString message = sameMode == SameRoutineMode::Replace
        ? tr("Imported “%1” in place of yours").arg(name)
        : tr("Imported “%1”").arg(name);
    if (mode == ImportMode::KeepMine)
        message += tr("; its own versions of stretches you have came in as copies");
    return ImportedRoutine { imported.routineId, message };
}

} // namespace limber
