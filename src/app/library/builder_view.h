// The routine builder: make, duplicate, rename and delete routines; add stretches from the
// library or the favourites, put them in order, set their holds, and see the total length and
// any problem as you go. Built-in routines are shown read-only; unsaved work is never dropped
// without asking.
#pragma once

#include <limber/library.h>
#include <limber/plan.h>

#include <QWidget>

#include <cstdint>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSpinBox;

namespace limber {

class Dialogs;
class ExerciseFilter;
class ExerciseModel;
class Favourites;
class ItemEditor;
class LibraryStore;
class RoutineDocument;
class RoutineItemModel;

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

    // After the library was read again.
    void refresh();
    // The pace and timing the total is planned with (the person's practice settings).
    void setPlanOptions(const PlanOptions& options);

    RoutineDocument& document() { return *m_document; }
    QListView& itemList() { return *m_items; }
    ItemEditor& itemEditor() { return *m_editor; }
    QSpinBox& leadIn() { return *m_leadIn; }
    QSpinBox& switchTime() { return *m_switch; }
    ExerciseFilter& pickerFilter() { return *m_pickerFilter; }
    QAction& undoAction() { return *m_undo; }
    QAction& redoAction() { return *m_redo; }
    QAction& saveAction() { return *m_saveAction; }

    // The length of the routine as shown, from the plan compiler; nothing when it does not compile.
    std::optional<std::int64_t> totalMs() const { return m_totalMs; }
    // The problems shown under the toolbar.
    const QStringList& problems() const { return m_problems; }

protected:
    // Ctrl+Up/Down and Delete on the routine's list.
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void playRequested(const QString& routineId);
    void message(const QString& text);
    void modifiedChanged(bool modified);

private:
    QWidget* createToolbar();
    QWidget* createPicker(Favourites& favourites);
    QWidget* createRoutinePane();
    void documentChanged();
    void fillRoutineChooser();
    void selectRow(int row);
    int currentRow() const;
    void editItem(const RoutineItem& item, int field);
    void addSelectedFromPicker();
    void insertExercises(const QStringList& exerciseIds, int at);
    QStringList validate(QStringList& itemProblems);
    QString uniqueName(const QString& wanted) const;

    LibraryStore& m_store;
    ExerciseModel& m_exercises;
    Dialogs& m_dialogs;
    RoutineDocument* m_document = nullptr;
    RoutineItemModel* m_itemModel = nullptr;
    ExerciseFilter* m_pickerFilter = nullptr;
    std::optional<std::int64_t> m_totalMs;
    PlanOptions m_planOptions;
    QStringList m_problems;
    int m_selectAfterChange = -1;
    bool m_updating = false; // documentChanged() is running

    QComboBox* m_chooser = nullptr;
    QPushButton* m_duplicate = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_play = nullptr;
    QPushButton* m_export = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_saveAction = nullptr;
    QLabel* m_readOnlyNote = nullptr;
    QLabel* m_problemLabel = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_total = nullptr;
    QLineEdit* m_pickerSearch = nullptr;
    QCheckBox* m_pickerFavourites = nullptr;
    QListView* m_picker = nullptr;
    QListView* m_items = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_remove = nullptr;
    QSpinBox* m_leadIn = nullptr;
    QSpinBox* m_switch = nullptr;
    ItemEditor* m_editor = nullptr;
};

} // namespace limber
