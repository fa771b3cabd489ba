// The routine builder: make, duplicate, rename and delete routines; add stretches from the
// library or the favourites, put them in order, set their holds, and see the total length and
// any problem as you go. Built-in routines are shown read-only; unsaved work is never dropped
// without asking.
#pragma once

#include "routine_check.h"
#include "routine_edits.h"

#include <limber/library.h>
#include <limber/plan.h>

#include <QWidget>

#include <cstdint>
#include <optional>

class QAction;

namespace limber {

class BuilderBanner;
class BuilderToolbar;
class Dialogs;
class ExerciseModel;
class Favourites;
class ItemEditor;
class LibraryStore;
class RoutineDocument;
class RoutineItemModel;
class RoutinePane;

class BuilderView : public QWidget {
    Q_OBJECT

public:
    BuilderView(LibraryStore& store, ExerciseModel& exercises, Favourites& favourites,
        Dialogs& dialogs, QWidget* parent = nullptr);

    // Each returns false when it did not happen (the user cancelled, or it failed and said why).
    // Those that leave the current routine first ask about unsaved changes.
    bool openRoutine(const QString& routineId);
    bool newRoutine();
    bool duplicateRoutine();
    bool renameRoutine();
    bool deleteRoutine();
    bool save();
    bool exportRoutine();
    void play();

    // Adds stretches after the selected item (at the end when none is). A built-in routine is
    // read-only, so adding to one starts a new routine.
    void addExercises(const QStringList& exerciseIds);
    void moveItem(int from, int before);
    void removeItem(int row);

    // Asks what to do with unsaved changes; true when it is fine to leave the routine now.
    bool maybeKeepChanges();

    // After the library was read again. A routine shown without unsaved changes then shows
    // what its file holds now (an import may have replaced it).
    void refresh();
    // Before the routine `routineId` is replaced by another (an import): when it is the one
    // shown with unsaved changes, asks to save or discard them; false when the person stops.
    bool letGoOf(const QString& routineId);
    // The pace and timing the total is planned with (the person's practice settings).
    void setPlanOptions(const PlanOptions& options);

    RoutineDocument& document() { return *m_document; }
    // For the window's Edit menu.
    QAction& undoAction() { return *m_undo; }
    QAction& redoAction() { return *m_redo; }
    QAction& saveAction() { return *m_saveAction; }

    // The length of the routine as shown, from the plan compiler; nothing when it does not compile.
    std::optional<std::int64_t> totalMs() const { return m_check.totalMs; }
    // The problems shown under the toolbar.
    const QStringList& problems() const { return m_check.problems; }

signals:
    void playRequested(const QString& routineId);
    void message(const QString& text);
    void modifiedChanged(bool modified);

private:
    void documentChanged();
    // Shows the library's version of the routine shown, if it has one; true when it did.
    bool showLibraryVersion();
    void showRoutineChoice();
    int currentRow() const;
    void editItem(const RoutineItem& item, int field);
    void insertExercises(const QStringList& exerciseIds, int at);
    RoutineEdits edits() const;
    // Makes `edit` on the document, undoably; nothing when there is none.
    void make(const std::optional<RoutineEdit>& edit);

    LibraryStore& m_store;
    ExerciseModel& m_exercises;
    Dialogs& m_dialogs;
    RoutineDocument* m_document = nullptr;
    RoutineItemModel* m_itemModel = nullptr;
    PlanOptions m_planOptions;
    RoutineCheck m_check; // of the routine as it is now
    int m_selectAfterChange = -1;

    BuilderToolbar* m_toolbar = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_saveAction = nullptr;
    BuilderBanner* m_banner = nullptr;
    RoutinePane* m_pane = nullptr;
    ItemEditor* m_editor = nullptr;
};

} // namespace limber
