#include "fake_notification_server.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>

#include <catch2/catch.hpp>

namespace desktop_test {

namespace {

const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");

} // namespace

FakeNotificationServer::FakeNotificationServer(QDBusConnection bus, QStringList capabilities)
    : m_bus(std::move(bus))
    , m_capabilities(std::move(capabilities))
{
    REQUIRE(m_bus.registerObject(path, this, QDBusConnection::ExportScriptableSlots));
    REQUIRE(m_bus.registerService(service));
}

FakeNotificationServer::~FakeNotificationServer()
{
    m_bus.unregisterService(service);
    m_bus.unregisterObject(path);
}

QStringList FakeNotificationServer::GetCapabilities()
{
    return m_capabilities;
}

uint FakeNotificationServer::Notify(const QString& appName, uint replacesId, const QString& appIcon,
    const QString& summary, const QString& body, const QStringList& actions,
    const QVariantMap& hints, int expireTimeout)
{
    if (m_refuse) {
        sendErrorReply(QDBusError::Failed, QStringLiteral("the test refuses notifications"));
        return 0;
    }
    // As the spec says: a notification replaced keeps its id.
    const uint id = replacesId != 0 ? replacesId : m_nextId++;
    m_received.append(
        { appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout, id });
    return id;
}

void FakeNotificationServer::CloseNotification(uint id)
{
    m_closed.append(id);
    closeNotification(id, 3);
}

QString FakeNotificationServer::GetServerInformation(
    QString& vendor, QString& version, QString& spec)
{
    vendor = QStringLiteral("Limber's tests");
    version = QStringLiteral("1");
    spec = QStringLiteral("1.2");
    return QStringLiteral("fake");
}

void FakeNotificationServer::invokeAction(uint id, const QString& action)
{
    emitSignal(QStringLiteral("ActionInvoked"), { id, action });
    // As real servers do, the notification closes after its action.
    closeNotification(id, 2);
}

void FakeNotificationServer::closeNotification(uint id, uint reason)
{
    emitSignal(QStringLiteral("NotificationClosed"), { id, reason });
}

void FakeNotificationServer::emitSignal(const QString& name, const QList<QVariant>& arguments)
{
    QDBusMessage message = QDBusMessage::createSignal(path, service, name);
    message.setArguments(arguments);
    REQUIRE(m_bus.send(message));
}

} // namespace desktop_test
