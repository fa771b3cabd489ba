// The questions the main window asks the user. One object answers them all, so tests can give
// scripted answers where a person would click in a modal dialog.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace limber {

class Dialogs {
public:
    enum class Unsaved { Save, Discard, Cancel };
    enum class ImportChoice { KeepMine, Replace, Cancel };
    enum class SameRoutine { Replace, KeepBoth, Cancel };

    virtual ~Dialogs() = default;

    // The routine `name` has changes that are not saved: save them, throw them away, or stop.
    virtual Unsaved askUnsaved(QWidget* parent, const QString& name);
    // A line of text (e.g. a routine's new name); nothing when cancelled.
    virtual std::optional<QString> askText(
        QWidget* parent, const QString& title, const QString& label, const QString& initial);
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text);
    // Importing the routine `name` would change what the person has (`changes`, one each):
    // keep theirs and bring the new stretches in as copies, let them be replaced, or stop.
    virtual ImportChoice askImportChanges(
        QWidget* parent, const QString& name, const QStringList& changes);
    // The person already has `existing`, a routine with the id or the name of the imported
    // `name`: replace theirs with it, keep both (the import then comes in as `keptName`), or
    // stop.
    virtual SameRoutine askSameRoutine(
        QWidget* parent, const QString& name, const QString& existing, const QString& keptName);
    // A file to read or to write; empty when cancelled.
    virtual QString askOpenFile(QWidget* parent, const QString& title, const QString& filter);
    virtual QString askSaveFile(
        QWidget* parent, const QString& title, const QString& suggested, const QString& filter);
    // `text` in a box wide enough for a file's path on one line, selectable to copy.
    virtual void showError(QWidget* parent, const QString& title, const QString& text);
};

} // namespace limber
