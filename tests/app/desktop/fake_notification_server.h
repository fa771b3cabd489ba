// A notification service of the test's own (org.freedesktop.Notifications) on a private bus:
// it records every Notify and CloseNotification, answers GetCapabilities with what the test
// chose, and sends ActionInvoked and NotificationClosed when the test acts as the person.
#pragma once

#include <QDBusConnection>
#include <QDBusContext>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace desktop_test {

struct ReceivedNotification {
    QString appName;
    uint replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions; // key, label, key, label…
    QVariantMap hints;
    int expireTimeout = -1;
    uint id = 0; // what the server answered
};

class FakeNotificationServer : public QObject, protected QDBusContext {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    // Takes the name on `bus` (a connection of its own); REQUIREs that it could.
    FakeNotificationServer(QDBusConnection bus, QStringList capabilities);
    ~FakeNotificationServer() override;

    const QList<ReceivedNotification>& received() const { return m_received; }
    const QList<uint>& closed() const { return m_closed; }
    // Notify answers with an error from now on.
    void refuseNotifications() { m_refuse = true; }

    // The person clicks an action, or closes the notification (the spec's reasons).
    void invokeAction(uint id, const QString& action);
    void closeNotification(uint id, uint reason);

public slots:
    Q_SCRIPTABLE QStringList GetCapabilities();
    Q_SCRIPTABLE uint Notify(const QString& appName, uint replacesId, const QString& appIcon,
        const QString& summary, const QString& body, const QStringList& actions,
        const QVariantMap& hints, int expireTimeout);
    Q_SCRIPTABLE void CloseNotification(uint id);
    Q_SCRIPTABLE QString GetServerInformation(QString& vendor, QString& version, QString& spec);

private:
    void emitSignal(const QString& name, const QList<QVariant>& arguments);

    QDBusConnection m_bus;
    QStringList m_capabilities;
    QList<ReceivedNotification> m_received;
    QList<uint> m_closed;
    uint m_nextId = 1;
    bool m_refuse = false;
};

} // namespace desktop_test
