// Limber on the desktop, around the main window: the tray, break reminders and their
// notice, launches handed over by a second Limber, desktop shortcuts, autostart and the
// settings dialog. main.cpp makes one after the main window and opens players when asked.
#pragma once

#include "desktop_settings.h"
#include "launch_request.h"
#include "settings_dialog_factory.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>
#include <utility>

class QAction;

namespace limber {

class Clock;
class DesktopNotifier;
class DesktopWatch;
class MainWindow;
class PlayerLauncher;
class ReminderNotice;
class Reminders;
class SettingsDialog;
class ShortcutDialog;
class TrayIcon;

class DesktopIntegration : public QObject {
    Q_OBJECT

public:
    using WallClock = std::function<QDateTime()>;

    // `players` says whether a break is in progress, when a reminder comes due.
    DesktopIntegration(MainWindow& window, const PlayerLauncher& players, const Clock& clock,
        QObject* parent = nullptr);
    // What tests decide in place of the desktop: the wall clock, and whether there is a tray
    // (the offscreen platform has none). Then the desktop's idle time, fullscreen windows and
    // do-not-disturb are not watched.
    struct Surroundings {
        WallClock wallClock;
        bool trayAssumed = false;
    };
    DesktopIntegration(MainWindow& window, const PlayerLauncher& players, const Clock& clock,
        Surroundings surroundings, QObject* parent);
    ~DesktopIntegration() override;

    // Shows the main window as the launch asked: on the builder for --builder, and not at
    // all for --tray when the tray is there to come back from.
    void showWindow(const WindowRequest& request = {});
    // A launch handed over by a second Limber (SingleInstance::requestReceived).
    void handleRequest(const QStringList& arguments, const QString& workingDirectory);

    bool hasTray() const;
    // Closing the window leaves Limber running: reminders are on and the tray is there.
    bool keepsRunningInTray() const;
    // Closing the window leaves Limber running: in the tray, or with no tray for reminders.
    bool keepsRunningWhenClosed() const;
    const DesktopSettings& settings() const { return m_settings; }
    // The reminder notice: a window of its own, which findChild cannot reach from here.
    ReminderNotice& notice() const { return *m_notice; }

    // For the main window's menus: "Settings…" and "Create desktop shortcut…".
    // The pages of the settings dialog; a part adds its own here.
    SettingsDialogFactory& settingsPages() { return m_settingsPages; }
    // Opens (or raises) the dialogs, not modal; returned for tests.
    SettingsDialog* openSettings();
    ShortcutDialog* openShortcutDialog(const QString& routineId = {});

    // Asked when routines with shortcuts were deleted: true removes the shortcuts. The
    // default asks with a message box; tests answer for the user.
    void setRemoveShortcutsQuestion(std::function<bool(const QStringList& names)> question);
    // Asked when a reminder comes due: true keeps it quiet (the person asked for no reminders
    // once today's goal is met, and it is). The history sets it; none asks nothing.
    void setReminderQuietWhen(std::function<bool()> quiet);

    // Applies changed settings at once, saves them (the settings dialog calls these).
    void setReminderRules(const ReminderRules& rules);
    void setReminderRoutine(const QString& routineId);
    void setFullScreenPlayer(bool fullScreen);
    // Writes or removes the autostart entry.
    [[nodiscard]] WriteOutcome setAutostart(bool enabled);

signals:
    // Open the player as asked (the PlayerLauncher owns the player windows).
    void playRequested(const limber::PlayRequest& request);
    // The notice that Limber stays in the tray was given (once per user, ever).
    void keptInTray();
    // The notice that Limber keeps running with no tray for its reminders was given.
    void keptRunningWithoutTray();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void play(const QString& routineId, SessionOrigin origin);
    void reminderDue();
    void libraryChanged();
    void windowClosed();
    void quit();
    void applyQuitPolicy();
    // Saves m_settings; a failure is logged and shown in the settings dialog or the window.
    void saveSettings();
    void reportSaveProblem(const WriteOutcome& saved);
    void addSettingsPages();
    QList<std::pair<QString, QString>> routines() const;
    QString routineName(const QString& id) const;

    MainWindow& m_window;
    const PlayerLauncher& m_players;
    DesktopSettings m_settings;
    std::unique_ptr<DesktopWatch> m_watch;
    Reminders* m_reminders = nullptr;
    TrayIcon* m_tray = nullptr;
    ReminderNotice* m_notice = nullptr;
    DesktopNotifier* m_notifier = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_shortcutAction = nullptr;
    SettingsDialogFactory m_settingsPages;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<ShortcutDialog> m_shortcutDialog;
    QSet<QString> m_knownRoutines;
    bool m_startedInTray = false;
    bool m_trayAssumed = false;
    bool m_quitting = false;
    std::function<bool(const QStringList&)> m_removeShortcutsQuestion;
    std::function<bool()> m_reminderQuiet;
};

} // namespace limber
