// The break reminder as one of the desktop's own notifications (org.freedesktop.Notifications,
// as GNOME, KDE, XFCE and dunst provide): "Time for a stretch break" naming the routine, with
// Start and Snooze 10 min where the server shows actions. Each reminder replaces the one
// before instead of stacking up. Where no notification service runs, or it refuses the
// reminder, fallbackNeeded() asks for Limber's own notice instead. Every call is
// asynchronous: a slow or stuck server never holds up the app.
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>

class QDBusError;

namespace limber {

class DesktopNotifier : public QObject {
    Q_OBJECT

public:
    static constexpr int snoozeMinutes = 10;
    // The freedesktop spec's reasons in NotificationClosed.
    enum class CloseReason : uint { Expired = 1, Dismissed = 2, Closed = 3, Undefined = 4 };

    explicit DesktopNotifier(const QDBusConnection& bus, QObject* parent = nullptr);
    ~DesktopNotifier() override;

    // The session bus unless a test gives a private one.
    void setBus(const QDBusConnection& bus);
    // A notification service owns the name on the bus, or the bus can start one.
    bool isServiceAvailable() const;

    // Shows the reminder for the routine Start plays, in place of the last one.
    void showReminder(const QString& routineName);
    // Takes the reminder off the screen (a break began some other way, or Limber quits).
    void withdraw();
    // Where the desktop has no tray, a reminder is the one place left to quit from.
    void setQuitOffered(bool offered) { m_quitOffered = offered; }

    // The reminder on screen, 0 when none (for tests).
    uint shownId() const { return m_shownId; }

signals:
    void startRequested();
    void snoozeRequested(int minutes);
    void skipRequested();
    void quitRequested();
    // No service, an error, or a click on a server that shows no actions: Limber's own
    // notice should show this reminder.
    void fallbackNeeded(const QString& routineName);

private slots:
    void onActionInvoked(uint id, const QString& action);
    void onNotificationClosed(uint id, uint reason);

private:
    void connectSignals();
    void disconnectSignals();
    void notify(const QStringList& capabilities, unsigned request);
    void fail(const QDBusError& error);
    void closeNotification(uint id);

    QDBusConnection m_bus;
    QString m_routineName;
    // Each reminder and each withdrawal counts up, so answers to an older call are ignored.
    unsigned m_request = 0;
    uint m_shownId = 0; // the reminder on screen, until it is answered or closed
    uint m_lastId = 0; // what the next reminder replaces
    bool m_withActions = false;
    bool m_quitOffered = false;
};

} // namespace limber
