// The main window: Home (routines to start), Library (exercises, details, favourites), Builder
// (the user's routines) and Problems (files that did not load). It composes the views and
// routes their requests; the views do the work.
#pragma once

#include "dialogs.h"
#include "storage/data_locations.h"

#include <limber/library.h>
#include <limber/plan.h>

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDialog;
class QMenu;
class QTabWidget;

namespace limber {

class AppSettings;
class BuilderView;
class ExerciseModel;
class Favourites;
class HistoryView;
class HomeView;
class LibraryStore;
class LibraryView;
class ProblemsView;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // Over a library already read from the standard locations (the XDG data dir).
    explicit MainWindow(Library library, QWidget* parent = nullptr);
    // Reads the library from `locations`; `dialogs` answers the window's questions (tests
    // script it), null for the real dialogs.
    MainWindow(const DataLocations& locations, std::unique_ptr<Dialogs> dialogs,
        QWidget* parent = nullptr);
    ~MainWindow() override;

    // The library as it is now: read again after every change to the user's files.
    const Library& library() const;

    LibraryStore& store() { return *m_store; }
    Favourites& favourites() { return *m_favourites; }
    HomeView& home() { return *m_home; }
    LibraryView& libraryView() { return *m_libraryView; }
    BuilderView& builder() { return *m_builder; }
    ProblemsView& problems() { return *m_problems; }
    // The History page; the history's keeper (history/history_keeper.h) feeds it.
    HistoryView& history() { return *m_history; }

    // The window's pages, in the order of its tabs (and of the saved window/tab key).
    enum class Page { Home, Library, Builder, History, Problems };
    void showPage(Page page);
    Page currentPage() const;

    // The window's menus, which it owns and orders; others add their actions to them.
    enum class MenuId { File, Edit, Go, Tools };
    // Appends `actions` to the menu, a null action as a separator; the Tools menu is shown
    // once something is in it.
    void addMenuActions(MenuId menu, const QList<QAction*>& actions);

    // The pace and timing routines are planned with on Home and in the builder; from the
    // practice settings at first.
    void setPlanOptions(const PlanOptions& options);

    // Asks for a routine file and imports it; false when cancelled or refused (and said why).
    bool importRoutine();
    // The keys of this window and of the player (F1).
    void showKeyboardReference();

    // The window's size, place and tab as saved when it last closed; bad values are problems
    // of `file`.
    struct SavedPlace {
        QByteArray geometry;
        int tab = 0;
    };
    static SavedPlace readSavedPlace(AppSettings& file);

signals:
    // The user asked to play a routine: Play on Home, whose card is the routine's start page,
    // so it starts at once; or Play in the builder, which opens the player's start page.
    void routineActivated(const QString& routineId, bool startAtOnce);
    // File > Quit (Ctrl+Q): the desktop integration quits Limber; unconnected, the window
    // closes.
    void quitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    MainWindow(LibraryStore* store, std::unique_ptr<Dialogs> dialogs, QWidget* parent);
    void createMenus();
    void connectViews();
    void libraryChanged();
    void refreshProblems();
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Dialogs> m_dialogs;
    LibraryStore* m_store = nullptr;
    Favourites* m_favourites = nullptr;
    ExerciseModel* m_exercises = nullptr;
    QTabWidget* m_tabs = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_goMenu = nullptr;
    QMenu* m_toolsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    HomeView* m_home = nullptr;
    LibraryView* m_libraryView = nullptr;
    BuilderView* m_builder = nullptr;
    HistoryView* m_history = nullptr;
    ProblemsView* m_problems = nullptr;
    QPointer<QDialog> m_keyboardReference;
};

} // namespace limber
