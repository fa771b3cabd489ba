#include "desktop_integration.h"

#include "autostart.h"
#include "cues/sound_settings_page.h"
#include "desktop_notifier.h"
#include "desktop_watch.h"
#include "general_settings_page.h"
#include "launcher.h"
#include "library/main_window.h"
#include "no_tray_notice.h"
#include "player/practice_settings_page.h"
#include "player_launcher.h"
#include "reminder_notice.h"
#include "reminder_settings_page.h"
#include "reminders.h"
#include "routine_shortcuts.h"
#include "settings_dialog.h"
#include "settings_problems.h"
#include "shared/standard_keys.h"
#include "shared/words.h"
#include "shortcut_dialog.h"
#include "single_instance.h"
#include "storage/library_store.h"
#include "storage/player_settings.h"
#include "tray_icon.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace limber {

DesktopIntegration::DesktopIntegration(
    MainWindow& window, const PlayerLauncher& players, const Clock& clock, QObject* parent)
    : DesktopIntegration(window, players, clock,
        Surroundings { [] { return QDateTime::currentDateTime(); } }, parent)
{
    m_watch = DesktopWatch::forThisDesktop();
    m_reminders->watch(m_watch.get(), m_watch.get());
}

DesktopIntegration::DesktopIntegration(MainWindow& window, const PlayerLauncher& players,
    const Clock& clock, Surroundings surroundings, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_players(players)
    , m_settings(DesktopSettings::load())
    , m_watch(DesktopWatch::none())
    , m_trayAssumed(surroundings.trayAssumed)
{
    // Once per run; the settings dialog lists them again each time it opens.
    SettingsProblems::check().log();
    m_reminders = new Reminders(clock, std::move(surroundings.wallClock), this);
    m_reminders->setRules(m_settings.reminders);
    m_reminders->setObjectName(QStringLiteral("reminders"));
    m_tray = new TrayIcon(*m_reminders, this);
    m_tray->setObjectName(QStringLiteral("tray"));
    m_notice = new ReminderNotice;
    m_notifier = new DesktopNotifier(QDBusConnection::sessionBus(), this);
    m_notifier->setObjectName(QStringLiteral("desktop-notifier"));

    m_settingsAction = new QAction(tr("S&ettings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("action-settings"));
    // Ctrl+, under every theme (plain X11 has no Preferences key), and the theme's own too.
    m_settingsAction->setShortcuts(
        keysFor(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, [this] { openSettings(); });
    m_shortcutAction = new QAction(tr("Create desktop &shortcut…"), this);
    m_shortcutAction->setObjectName(QStringLiteral("action-shortcut"));
    m_shortcutAction->setToolTip(tr("A launcher that starts a routine at once, in your "
                                    "applications menu or on your Desktop"));
    connect(m_shortcutAction, &QAction::triggered, this, [this] { openShortcutDialog(); });
    m_window.addMenuActions(
        MainWindow::MenuId::Tools, { m_shortcutAction, nullptr, m_settingsAction });

    addSettingsPages();

    m_removeShortcutsQuestion = [this](const QStringList& names) {
        return QMessageBox::question(&m_window, tr("Remove the shortcuts?"),
                   tr("These routines were deleted, but their shortcuts are still in your "
                      "applications menu or on your Desktop:\n\n%1\n\nRemove the shortcuts?")
                       .arg(names.join(QLatin1Char('\n'))))
            == QMessageBox::Yes;
    };

    connect(m_tray, &TrayIcon::startRequested, this,
        [this](const QString& id) { play(id, SessionOrigin::Tray); });
    connect(m_tray, &TrayIcon::openRequested, this, [this] { showWindow(); });
    connect(m_tray, &TrayIcon::settingsRequested, this, [this] { openSettings(); });
    connect(m_tray, &TrayIcon::quitRequested, this, &DesktopIntegration::quit);
    connect(&m_window, &MainWindow::quitRequested, this, &DesktopIntegration::quit);

    connect(m_reminders, &Reminders::reminderDue, this, &DesktopIntegration::reminderDue);
    // Back from a natural break: the reminder left waiting is no longer wanted.
    connect(m_reminders, &Reminders::naturalBreakEnded, m_notice, &ReminderNotice::hide);
    connect(m_reminders, &Reminders::naturalBreakEnded, m_notifier, &DesktopNotifier::withdraw);
    // The tray's on/off switch changes the rules directly: keep the settings in step.
    connect(m_reminders, &Reminders::changed, this, [this] {
        if (m_reminders->rules() == m_settings.reminders)
            return;
        m_settings.reminders = m_reminders->rules();
        saveSettings();
        applyQuitPolicy();
    });
    connect(m_notice, &ReminderNotice::startRequested, this,
        [this] { play(m_settings.reminderRoutine, SessionOrigin::Reminder); });
    connect(m_notice, &ReminderNotice::snoozeRequested, m_reminders, &Reminders::snooze);
    connect(m_notice, &ReminderNotice::skipRequested, m_reminders, &Reminders::breakTaken);
    connect(m_notice, &ReminderNotice::quitRequested, this, &DesktopIntegration::quit);
    connect(m_notifier, &DesktopNotifier::startRequested, this,
        [this] { play(m_settings.reminderRoutine, SessionOrigin::Reminder); });
    connect(m_notifier, &DesktopNotifier::snoozeRequested, m_reminders, &Reminders::snooze);
    connect(m_notifier, &DesktopNotifier::skipRequested, m_reminders, &Reminders::breakTaken);
    connect(m_notifier, &DesktopNotifier::fallbackNeeded, m_notice, &ReminderNotice::showFor);
    connect(m_notifier, &DesktopNotifier::quitRequested, this, &DesktopIntegration::quit);

    // A routine started from the window is a break too.
    connect(&m_window, &MainWindow::routineActivated, m_reminders, &Reminders::breakTaken);
    connect(&m_window.store(), &LibraryStore::libraryChanged, this,
        &DesktopIntegration::libraryChanged);
    m_window.installEventFilter(this);

    const auto list = routines();
    for (const auto& routine : list)
        m_knownRoutines.insert(routine.first);
    m_tray->setRoutines(list);
    m_tray->show();
    applyQuitPolicy();
}

DesktopIntegration::~DesktopIntegration()
{
    m_window.removeEventFilter(this);
    delete m_notice;
}

void DesktopIntegration::showWindow(const WindowRequest& request)
{
    if (request.openBuilder)
        m_window.showPage(MainWindow::Page::Builder);
    if (request.startInTray && hasTray()) {
        m_startedInTray = true;
        applyQuitPolicy();
        return;
    }
    if (m_window.isMinimized())
        m_window.showNormal();
    else
        m_window.show();
    m_window.raise();
    m_window.activateWindow();
}

void DesktopIntegration::handleRequest(
    const QStringList& arguments, const QString& workingDirectory)
{
    const LaunchRequest request = SingleInstance::parseRequest(arguments, workingDirectory);
    if (!request.error.isEmpty()) {
        spdlog::warn(
            "another launch asked for something not understood: {}", request.error.toStdString());
        return;
    }
    if (request.play) {
        spdlog::info("opening {} from another launch", request.play->target.toStdString());
        m_reminders->breakTaken();
        emit playRequested(*request.play);
    } else {
        showWindow(request.window);
    }
}

bool DesktopIntegration::hasTray() const
{
    return m_tray->isVisible() || m_trayAssumed;
}

bool DesktopIntegration::keepsRunningInTray() const
{
    return hasTray() && (m_settings.reminders.enabled || m_startedInTray);
}

bool DesktopIntegration::keepsRunningWhenClosed() const
{
    // With no tray, quitting would end the reminders without a word (stock GNOME has none).
    return keepsRunningInTray() || (!hasTray() && m_settings.reminders.enabled);
}

SettingsDialog* DesktopIntegration::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->show();
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return m_settingsDialog;
    }
    auto* dialog = m_settingsPages.make(&m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog = dialog;
    dialog->show();
    return dialog;
}

void DesktopIntegration::addSettingsPages()
{
    m_settingsPages.addPage(tr("Practice"), [this](SettingsDialog& dialog) {
        auto* practice = new PracticeSettingsPage;
        connect(
            practice, &PracticeSettingsPage::saveFailed, &dialog, &SettingsDialog::showSaveProblem);
        connect(practice, &PracticeSettingsPage::settingsChanged, &m_window,
            [this](const PracticeSettings& settings) {
                m_window.setPlanOptions(settings.planOptions());
            });
        return practice;
    });
    // The player reads the cue settings again whenever it starts or resumes.
    m_settingsPages.addPage(tr("Sound and voice"), [](SettingsDialog& dialog) {
        auto* sound = new SoundSettingsPage;
        connect(sound, &SoundSettingsPage::saveFailed, &dialog, &SettingsDialog::showSaveProblem);
        return sound;
    });
    m_settingsPages.addPage(tr("Reminders"), [this](SettingsDialog&) {
        auto* reminders = new ReminderSettingsPage(
            m_settings.reminders, m_settings.reminderRoutine, routines());
        reminders->showSeen(m_watch->seen());
        connect(reminders, &ReminderSettingsPage::rulesChanged, this,
            &DesktopIntegration::setReminderRules);
        connect(reminders, &ReminderSettingsPage::routineChanged, this,
            &DesktopIntegration::setReminderRoutine);
        // The tray can switch reminders on or off while the dialog is open.
        connect(m_reminders, &Reminders::changed, reminders,
            [this, reminders] { reminders->showEnabled(m_settings.reminders.enabled); });
        return reminders;
    });
    m_settingsPages.addPage(tr("Desktop"), [this](SettingsDialog&) {
        auto* general = new GeneralSettingsPage(
            isAutostartEnabled(), PlayerSettings::load().fullScreen, hasTray());
        connect(general, &GeneralSettingsPage::autostartChanged, this,
            [this, general](bool enabled) { general->showOutcome(setAutostart(enabled)); });
        connect(general, &GeneralSettingsPage::fullScreenPlayerChanged, this,
            &DesktopIntegration::setFullScreenPlayer);
        return general;
    });
}

ShortcutDialog* DesktopIntegration::openShortcutDialog(const QString& routineId)
{
    if (m_shortcutDialog)
        m_shortcutDialog->close();
    auto* dialog
        = new ShortcutDialog(RoutineShortcuts(ShortcutFolders::standard(), launcherProgram()),
            routines(), routineId, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_shortcutDialog = dialog;
    dialog->show();
    return dialog;
}

void DesktopIntegration::setRemoveShortcutsQuestion(
    std::function<bool(const QStringList&)> question)
{
    m_removeShortcutsQuestion = std::move(question);
}

void DesktopIntegration::setReminderRules(const ReminderRules& rules)
{
    m_settings.reminders = rules;
    saveSettings();
    m_reminders->setRules(rules);
    applyQuitPolicy();
}

void DesktopIntegration::setReminderRoutine(const QString& routineId)
{
    m_settings.reminderRoutine = routineId;
    saveSettings();
}

void DesktopIntegration::saveSettings()
{
    reportSaveProblem(m_settings.save());
}

void DesktopIntegration::reportSaveProblem(const WriteOutcome& saved)
{
    if (saved)
        return;
    spdlog::warn("{}", saved.error.toStdString());
    const QString message = tr("Your change was not saved: %1").arg(saved.error);
    if (m_settingsDialog)
        m_settingsDialog->showSaveProblem(message);
    else if (m_window.isVisible())
        m_window.statusBar()->showMessage(message, 15000);
}

void DesktopIntegration::setFullScreenPlayer(bool fullScreen)
{
    PlayerSettings settings = PlayerSettings::load(); // keeping the remembered size
    settings.fullScreen = fullScreen;
    reportSaveProblem(settings.save());
}

WriteOutcome DesktopIntegration::setAutostart(bool enabled)
{
    return setAutostartEnabled(enabled, launcherProgram());
}

bool DesktopIntegration::eventFilter(QObject* watched, QEvent* event)
{
    // Look after the window has handled its close (it may refuse, to keep unsaved changes).
    if (watched == &m_window && event->type() == QEvent::Close && !m_quitting)
        QTimer::singleShot(0, this, &DesktopIntegration::windowClosed);
    return QObject::eventFilter(watched, event);
}

void DesktopIntegration::play(const QString& routineId, SessionOrigin origin)
{
    PlayRequest request;
    request.target = routineId;
    request.start = true;
    request.origin = origin;
    m_notice->hide();
    m_notifier->withdraw();
    m_reminders->breakTaken();
    emit playRequested(request);
}

void DesktopIntegration::setReminderQuietWhen(std::function<bool()> quiet)
{
    m_reminderQuiet = std::move(quiet);
}

void DesktopIntegration::reminderDue()
{
    // Not in the middle of a break (an interval shorter than the routine): the count has
    // started again, so the next reminder comes one interval from now.
    if (m_players.isBreakInProgress()) {
        spdlog::info("reminder not shown: a break is playing");
        return;
    }
    if (m_reminderQuiet && m_reminderQuiet()) {
        spdlog::info("reminder not shown: today's goal is met");
        return;
    }
    // The desktop's own notification where a service runs; else Limber's notice.
    m_notifier->showReminder(routineName(m_settings.reminderRoutine));
}

void DesktopIntegration::libraryChanged()
{
    const auto list = routines();
    m_tray->setRoutines(list);
    QSet<QString> ids;
    for (const auto& routine : list)
        ids.insert(routine.first);
    const QSet<QString> deleted = m_knownRoutines - ids;
    m_knownRoutines = ids;
    if (deleted.isEmpty())
        return;

    // Offer to remove the shortcuts of the routines deleted just now (older ones are listed
    // in the shortcut dialog).
    const RoutineShortcuts shortcuts(ShortcutFolders::standard(), launcherProgram());
    QList<RoutineShortcut> orphans;
    QStringList names;
    for (const RoutineShortcut& shortcut : shortcuts.existing()) {
        if (!deleted.contains(shortcut.routineId))
            continue;
        orphans << shortcut;
        if (!names.contains(shortcut.name))
            names << shortcut.name;
    }
    if (!orphans.isEmpty() && m_removeShortcutsQuestion(names)) {
        if (const WriteOutcome removed = shortcuts.remove(orphans); !removed) {
            spdlog::warn("{}", removed.error.toStdString());
            m_window.statusBar()->showMessage(
                tr("The shortcuts were not all removed: %1").arg(removed.error), 15000);
        }
    }
}

void DesktopIntegration::windowClosed()
{
    if (m_window.isVisible())
        return;
    if (!hasTray() && keepsRunningWhenClosed() && !m_settings.noTrayNoticeShown) {
        m_settings.noTrayNoticeShown = true;
        saveSettings();
        auto* box = new NoTrayNotice;
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &NoTrayNotice::quitRequested, this, &DesktopIntegration::quit);
        box->open();
        emit keptRunningWithoutTray();
        return;
    }
    if (!keepsRunningInTray() || m_settings.trayNoticeShown)
        return;
    m_settings.trayNoticeShown = true;
    saveSettings();
    auto* box = new QMessageBox(QMessageBox::Information, tr("Limber is still running"),
        tr("Limber keeps running in the tray so that it can remind you to take breaks.\n\n"
           "To open it again, click its icon in the tray. To quit, choose Quit from that icon's "
           "menu. To have Limber quit when its window closes, turn break reminders off."),
        QMessageBox::Ok);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit keptInTray();
}

void DesktopIntegration::quit()
{
    m_quitting = true;
    m_notice->hide();
    m_notifier->withdraw();
    // The window may still ask about unsaved changes, and may be told to stay.
    if (!m_window.close()) {
        m_quitting = false;
        showWindow();
        return;
    }
    QCoreApplication::quit();
}

void DesktopIntegration::applyQuitPolicy()
{
    QApplication::setQuitOnLastWindowClosed(!keepsRunningWhenClosed());
    // With no tray, a reminder is the one place left to quit from.
    m_notice->setQuitOffered(!hasTray());
    m_notifier->setQuitOffered(!hasTray());
}

QList<std::pair<QString, QString>> DesktopIntegration::routines() const
{
    QList<std::pair<QString, QString>> list;
    for (const auto& entry : m_window.library().routines())
        list.append({ qs(entry.value.id), qs(entry.value.name) });
    return list;
}

QString DesktopIntegration::routineName(const QString& id) const
{
    for (const auto& [routineId, name] : routines())
        if (routineId == id)
            return name;
    return id;
}

} // namespace limber
