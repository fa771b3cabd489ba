// What the main-window tests share: the private folders of each test (TestDirs), scripted
// answers to the window's questions, and small ways to reach into the views.
#pragma once

#include "../support/test_dirs.h"
#include "library/dialogs.h"
#include "library/item_editor.h"
#include "library/main_window.h"
#include "storage/data_locations.h"

#include <limber/library.h>
#include <limber/model.h>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <deque>
#include <map>
#include <memory>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

namespace testing {

using limber::test::TestDirs;

// Answers in the order given; a question nobody scripted fails the test.
class ScriptedDialogs : public limber::Dialogs {
public:
    std::deque<Unsaved> unsaved;
    std::deque<std::optional<QString>> texts;
    std::deque<bool> confirms;
    QStringList confirmTexts; // every confirm() question, "title: text"
    std::deque<ImportChoice> importChoices;
    QStringList importChanges; // the changes of the last askImportChanges()
    std::deque<SameRoutine> sameRoutineChoices;
    QStringList sameRoutineQuestions; // every askSameRoutine(): "NAME|EXISTING|KEPT NAME"
    std::deque<QString> files;
    QStringList suggestedFiles; // every askSaveFile() suggestion
    QStringList errors; // every error shown, "title: text"
    int questionsAsked = 0;

    Unsaved askUnsaved(QWidget*, const QString& name) override;
    std::optional<QString> askText(
        QWidget*, const QString&, const QString&, const QString&) override;
    bool confirm(QWidget*, const QString& title, const QString& text) override;
    ImportChoice askImportChanges(QWidget*, const QString&, const QStringList& changes) override;
    SameRoutine askSameRoutine(
        QWidget*, const QString& name, const QString& existing, const QString& keptName) override;
    QString askOpenFile(QWidget*, const QString&, const QString&) override;
    QString askSaveFile(QWidget*, const QString&, const QString&, const QString&) override;
    void showError(QWidget*, const QString& title, const QString& text) override;
};

// A main window over the test's folders, with scripted dialogs it owns.
struct Window {
    std::unique_ptr<limber::MainWindow> window;
    ScriptedDialogs* dialogs = nullptr;

    limber::MainWindow* operator->() const { return window.get(); }
};
Window openWindow(const TestDirs& dirs);

void writeFile(const QString& path, const QByteArray& bytes);
QByteArray readFile(const QString& path);
// Every file under `folder` with its bytes, to show that nothing changed.
std::map<QString, QByteArray> snapshot(const QString& folder);

// Picks `measure` ("Seconds", "Breaths"…) in the item editor's list as a person does: the
// editor hears it through the combo box's activated signal, not through its index alone.
void chooseMeasure(limber::ItemEditor& editor, const QString& measure);

// The built-in exercises and routines alone, resolved: for the builder's checks and edits, which
// need no window and no user files.
limber::Library builtInLibrary();

// A small user exercise file.
QByteArray exerciseJson(const QString& id, const QString& name, const QString& extra = {});

} // namespace testing
