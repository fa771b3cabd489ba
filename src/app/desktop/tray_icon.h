// Limber in the tray: start any routine, see when the next break is, snooze or pause the
// reminders, open the window, settings, quit. The menu exists even where the desktop has no
// tray (and tests drive it there); the icon is shown only where there is one.
#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <utility>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace limber {

class Reminders;

class TrayIcon : public QObject {
    Q_OBJECT

public:
    explicit TrayIcon(Reminders& reminders, QObject* parent = nullptr);
    ~TrayIcon() override;

    static bool isAvailable();
    // True when the icon is on screen (there is a tray and show() was called).
    bool isVisible() const;
    void show();

    // The routines in "Start a routine", as (id, name) in the order to show them.
    void setRoutines(const QList<std::pair<QString, QString>>& routines);
    // A balloon from the tray icon; nothing where there is no tray.
    void showMessage(const QString& title, const QString& text);

    QMenu& menu() const { return *m_menu; }

signals:
    void startRequested(const QString& routineId);
    void openRequested();
    void settingsRequested();
    void quitRequested();

private:
    void refresh();

    Reminders& m_reminders;
    QMenu* m_menu = nullptr;
    QMenu* m_routines = nullptr;
    QAction* m_status = nullptr;
    QAction* m_enabled = nullptr;
    QList<QAction*> m_whileOn; // snooze and pause: only while reminders are on and not paused
    QAction* m_resume = nullptr;
    QSystemTrayIcon* m_icon = nullptr;
};

} // namespace limber
