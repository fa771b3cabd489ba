#include "routine_export.h"

#include "dialogs.h"
#include "shared/words.h"
#include "storage/library_store.h"
#include "storage/routine_transfer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace limber {

namespace {

// The builder's words, in the context they were translated in before they moved here.
QString tr(const char* text)
{
    return QCoreApplication::translate("limber::BuilderView", text);
}

} // namespace

std::optional<QString> exportRoutineAsking(QWidget* parent, Dialogs& dialogs, LibraryStore& store,
    Routine routine, const QStringList& problems)
{
    if (!problems.isEmpty()) {
        dialogs.showError(parent, tr("“%1” cannot be exported yet").arg(qs(routine.name)),
            problems.join(QLatin1Char('\n')));
        return std::nullopt;
    }
    if (routine.id.empty())
        routine.id = idFromName(qs(routine.name)).toStdString();
    // Named after the routine as it is called now: a renamed routine keeps its first id.
    const QString file = dialogs.askSaveFile(parent, tr("Export routine"),
        QDir::homePath() + QLatin1Char('/') + idFromName(qs(routine.name))
            + QStringLiteral(".json"),
        tr("Routine files (*.json)"));
    if (file.isEmpty())
        return std::nullopt;
    // The file dialog asked about the routine's own file; the exercises beside it are asked
    // about here, since a person's own file there may share a name with one of them.
    const ExportPlan plan = store.previewExport(routine, file);
    QStringList written;
    QStringList existing;
    for (const FileToWrite& target : plan.files) {
        written << QDir::toNativeSeparators(target.path);
        if (target.path != file && QFileInfo::exists(target.path))
            existing << QDir::toNativeSeparators(target.path);
    }
    if (!existing.isEmpty()
        && !dialogs.confirm(parent, tr("Replace files?"),
            tr("These files already exist and would be replaced:\n%1")
                .arg(existing.join(QLatin1Char('\n')))))
        return std::nullopt;
    const WriteOutcome outcome = store.exportRoutine(routine, file);
    if (!outcome) {
        dialogs.showError(parent, tr("Cannot export “%1”").arg(qs(routine.name)), outcome.error);
        return std::nullopt;
    }
    return tr("Exported “%1”: wrote %2").arg(qs(routine.name), written.join(QStringLiteral(", ")));
}

} // namespace limber
