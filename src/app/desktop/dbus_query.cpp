#include "dbus_query.h"

#include <QDBusMessage>
#include <QDBusVariant>

namespace limber {

DBusQuery::DBusQuery(QDBusConnection connection, DBusAddress address)
    : m_connection(std::move(connection))
    , m_address(std::move(address))
{
}

std::optional<QVariant> DBusQuery::call(const QString& method, const QVariantList& arguments) const
{
    return send(m_address.interface, method, arguments);
}

std::optional<QVariant> DBusQuery::property(const QString& name) const
{
    return send(QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"),
        { m_address.interface, name });
}

std::optional<QVariant> DBusQuery::send(
    const QString& interface, const QString& method, const QVariantList& arguments) const
{
    if (!m_connection.isConnected())
        return std::nullopt;
    QDBusMessage message
        = QDBusMessage::createMethodCall(m_address.service, m_address.path, interface, method);
    message.setArguments(arguments);
    message.setAutoStartService(false);
    const QDBusMessage reply = m_connection.call(message, QDBus::Block, timeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return std::nullopt;
    QVariant value = reply.arguments().constFirst();
    // Properties come in a variant.
    if (value.userType() == qMetaTypeId<QDBusVariant>())
        value = qvariant_cast<QDBusVariant>(value).variant();
    return value;
}

} // namespace limber
