#include "main_window.h"

#include "builder_view.h"
#include "dialogs.h"
#include "exercise_model.h"
#include "history/history_summary.h"
#include "history/history_view.h"
#include "home_view.h"
#include "keyboard_reference.h"
#include "library_view.h"
#include "problems_view.h"
#include "routine_document.h"
#include "routine_import.h"
#include "shared/keyboard_focus.h"
#include "shared/standard_keys.h"
#include "shared/words.h"
#include "storage/app_settings.h"
#include "storage/favourites.h"
#include "storage/library_store.h"
#include "storage/practice_settings.h"

#include <QAction>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMetaMethod>
#include <QScreen>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabWidget>

#include <spdlog/spdlog.h>

namespace limber {

namespace {

constexpr int HomeTab = static_cast<int>(MainWindow::Page::Home);
constexpr int BuilderTab = static_cast<int>(MainWindow::Page::Builder);
// Every page comes back at the next launch but Problems, which may be gone by then.
constexpr int LastRestoredTab = static_cast<int>(MainWindow::Page::History);
constexpr int ProblemsTab = static_cast<int>(MainWindow::Page::Problems);

const QString geometryKey = QStringLiteral("window/geometry");
// Roomy where the screen allows it; on a small or scaled screen, the screen's free area less a
// margin for the window's frame and title.
constexpr QSize roomySize(1180, 760);
constexpr double screenShare = 0.92;
const QString tabKey = QStringLiteral("window/tab");

// A page in a scroll area of its own, so that a page that needs more room than a small or
// scaled screen has scrolls, rather than pushing the window past the screen's edges.
QScrollArea* scrolling(QWidget* page)
{
    auto* area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    // The page's own controls take the focus; the area is no tab stop of its own.
    area->setFocusPolicy(Qt::NoFocus);
    return area;
}

} // namespace

MainWindow::MainWindow(Library library, QWidget* parent)
    : MainWindow(new LibraryStore(std::move(library), DataLocations::standard()), nullptr, parent)
{
}

MainWindow::MainWindow(
    const DataLocations& locations, std::unique_ptr<Dialogs> dialogs, QWidget* parent)
    : MainWindow(new LibraryStore(locations), std::move(dialogs), parent)
{
}

MainWindow::MainWindow(LibraryStore* store, std::unique_ptr<Dialogs> dialogs, QWidget* parent)
    : QMainWindow(parent)
    , m_dialogs(dialogs ? std::move(dialogs) : std::make_unique<Dialogs>())
    , m_store(store)
{
    setWindowTitle(tr("Limber[*]"));
    m_store->setParent(this);
    m_favourites = new Favourites(this);
    m_exercises = new ExerciseModel(m_store->library(), *m_favourites, this);

    const PlanOptions planOptions = PracticeSettings::load().planOptions();
    m_home = new HomeView(m_store->library(), planOptions);
    m_libraryView = new LibraryView(m_store->library(), *m_exercises, *m_favourites);
    m_builder = new BuilderView(*m_store, *m_exercises, *m_favourites, *m_dialogs);
    m_builder->setPlanOptions(planOptions);
    m_history = new HistoryView;
    m_problems = new ProblemsView;

    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scrolling(m_home), tr("&Home"));
    m_tabs->addTab(scrolling(m_libraryView), tr("&Library"));
    m_tabs->addTab(scrolling(m_builder), tr("&Builder"));
    m_tabs->addTab(scrolling(m_history), tr("Histor&y"));
    m_tabs->addTab(scrolling(m_problems), tr("&Problems"));
    setCentralWidget(m_tabs);

    // Where the keyboard is, whatever the style, and Enter on any focused button.
    new KeyboardFocus(this);
    createMenus();
    connectViews();
    refreshProblems();
    statusBar()->showMessage(tr("%1 exercises and %2 routines loaded")
                                 .arg(m_store->library().exercises().size())
                                 .arg(m_store->library().routines().size()));
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::setPlanOptions(const PlanOptions& options)
{
    m_home->setPlanOptions(options);
    m_builder->setPlanOptions(options);
}

const Library& MainWindow::library() const
{
    return m_store->library();
}

void MainWindow::createMenus()
{
    QMenu* file = m_fileMenu = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New routine"), QKeySequence::New, this, [this] {
        if (m_builder->newRoutine())
            showPage(Page::Builder);
    });
    file->addAction(&m_builder->saveAction());
    file->addSeparator();
    file->addAction(tr("&Import routine…"), QKeySequence(Qt::CTRL | Qt::Key_I), this,
        &MainWindow::importRoutine);
    file->addAction(tr("&Export routine…"), QKeySequence(Qt::CTRL | Qt::Key_E), m_builder,
        &BuilderView::exportRoutine);
    file->addSeparator();
    file->addAction(tr("Re&load files"), QKeySequence::Refresh, m_store, &LibraryStore::reload);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcuts(keysFor(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, [this] {
        // Quitting is the desktop's to do when it keeps Limber running in the tray; a window on
        // its own just closes.
        if (isSignalConnected(QMetaMethod::fromSignal(&MainWindow::quitRequested)))
            emit quitRequested();
        else
            close();
    });

    QMenu* edit = m_editMenu = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(&m_builder->undoAction());
    edit->addAction(&m_builder->redoAction());

    QMenu* go = m_goMenu = menuBar()->addMenu(tr("&Go"));
    const QStringList names { tr("Home"), tr("Library"), tr("Builder"), tr("History"),
        tr("Problems") };
    for (int tab = 0; tab < names.size(); ++tab)
        go->addAction(names[tab], QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + tab)),
            this, [this, tab] { showPage(static_cast<Page>(tab)); });

    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_toolsMenu->menuAction()->setVisible(false);

    QMenu* help = m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard reference"));
    keys->setObjectName(QStringLiteral("keyboard-reference-action"));
    keys->setShortcuts(keysFor(QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)));
    connect(keys, &QAction::triggered, this, &MainWindow::showKeyboardReference);
}

void MainWindow::showKeyboardReference()
{
    if (m_keyboardReference) {
        m_keyboardReference->raise();
        m_keyboardReference->activateWindow();
        return;
    }
    // Read when it opens: the Tools menu fills after the window is made.
    QList<QAction*> actions;
    for (QMenu* menu : { m_fileMenu, m_editMenu, m_goMenu, m_toolsMenu, m_helpMenu })
        actions << menu->actions();
    auto* reference = new KeyboardReference(actions, this);
    reference->setAttribute(Qt::WA_DeleteOnClose);
    m_keyboardReference = reference;
    reference->show();
}

void MainWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_tabs->currentIndex());
}

void MainWindow::addMenuActions(MenuId id, const QList<QAction*>& actions)
{
    QMenu* menu = nullptr;
    switch (id) {
    case MenuId::File:
        menu = m_fileMenu;
        break;
    case MenuId::Edit:
        menu = m_editMenu;
        break;
    case MenuId::Go:
        menu = m_goMenu;
        break;
    case MenuId::Tools:
        menu = m_toolsMenu;
        break;
    }
    for (QAction* action : actions) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
    menu->menuAction()->setVisible(!menu->isEmpty());
}

void MainWindow::connectViews()
{
    connect(m_store, &LibraryStore::libraryChanged, this, &MainWindow::libraryChanged);
    connect(m_store, &LibraryStore::problemsChanged, this, &MainWindow::refreshProblems);
    connect(m_favourites, &Favourites::saveFailed, this, [this](const QString& message) {
        m_dialogs->showError(this, tr("Cannot save the favourites"), message);
    });

    connect(m_home, &HomeView::startRequested, this,
        [this](const QString& id) { emit routineActivated(id, true); });
    connect(m_home, &HomeView::editRequested, this, [this](const QString& id) {
        if (m_builder->openRoutine(id))
            showPage(Page::Builder);
    });
    connect(m_home, &HomeView::newRoutineRequested, this, [this] {
        if (m_builder->newRoutine())
            showPage(Page::Builder);
    });
    connect(m_home, &HomeView::importRequested, this, &MainWindow::importRoutine);

    // Home shows the history at a glance, as the History page sums it up.
    auto* glance = new HistorySummary;
    m_home->setHistorySummary(glance);
    // Until the history says otherwise (it is read once the window is on screen): a new user.
    m_home->setHistoryStarted(false);
    connect(
        m_history, &HistoryView::glanceChanged, glance, [this, glance](const HistoryGlance& sums) {
            glance->setGlance(sums, m_history->goal());
            m_home->setHistoryStarted(
                sums.today.sessions > 0 || sums.streakDays > 0 || sums.thisWeek.sessions > 0);
        });
    connect(glance, &HistorySummary::historyRequested, this, [this] { showPage(Page::History); });

    connect(m_libraryView, &LibraryView::addToRoutineRequested, this, [this](const QString& id) {
        m_builder->addExercises({ id });
        statusBar()->showMessage(
            tr("Added to “%1” (see Builder)").arg(qs(m_builder->document().routine().name)), 5000);
    });

    connect(m_builder, &BuilderView::playRequested, this,
        [this](const QString& id) { emit routineActivated(id, false); });
    connect(m_builder, &BuilderView::message, this,
        [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_builder, &BuilderView::modifiedChanged, this, [this](bool modified) {
        setWindowModified(modified);
        m_tabs->setTabText(BuilderTab, modified ? tr("&Builder •") : tr("&Builder"));
    });
}

bool MainWindow::importRoutine()
{
    const std::optional<ImportedRoutine> imported = importRoutineAsking(
        this, *m_dialogs, *m_store, [this](const QString& id) { return m_builder->letGoOf(id); });
    if (!imported)
        return false;
    statusBar()->showMessage(imported->message, 8000);
    showPage(Page::Home);
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_builder->maybeKeepChanges()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::libraryChanged()
{
    // The model first: the views read it when they refresh.
    m_exercises->refresh();
    m_home->refresh();
    m_libraryView->refresh();
    m_builder->refresh();
}

void MainWindow::refreshProblems()
{
    const Library& library = m_store->library();
    m_problems->setProblems(library.diagnostics(), m_store->sessionProblems(),
        m_store->locations().userRoutines.section(QLatin1Char('/'), 0, -2));
    const int count = m_problems->count();
    m_tabs->setTabText(ProblemsTab, count > 0 ? tr("&Problems (%1)").arg(count) : tr("&Problems"));
}

MainWindow::SavedPlace MainWindow::readSavedPlace(AppSettings& file)
{
    SavedPlace place;
    place.geometry = file.bytes(geometryKey);
    place.tab = file.integer(tabKey, { HomeTab, LastRestoredTab }, HomeTab);
    return place;
}

void MainWindow::restoreSettings()
{
    AppSettings file = AppSettings::load();
    const SavedPlace place = readSavedPlace(file);
    // Qt keeps a restored window on the screen's free area; a first window is sized to fit it.
    if (!restoreGeometry(place.geometry)) {
        const QSize available = screen()->availableGeometry().size();
        resize(roomySize.boundedTo(available * screenShare));
    }
    m_tabs->setCurrentIndex(place.tab);
}

void MainWindow::saveSettings() const
{
    AppSettings file = AppSettings::load();
    file.setBytes(geometryKey, saveGeometry());
    file.setInteger(
        tabKey, m_tabs->currentIndex() == ProblemsTab ? HomeTab : m_tabs->currentIndex());
    // The window is closing: the log is the place left to say so.
    if (const WriteOutcome saved = file.save(); !saved)
        spdlog::warn("the window's size and tab were not saved: {}", saved.error.toStdString());
}

} // namespace limber
