#include "dbus_attention_sources.h"

namespace limber {

namespace {

// The session manager's flag for "do not let the session go idle" (GsmInhibitorFlag).
constexpr unsigned inhibitIdle = 8;

std::optional<bool> boolean(const std::optional<QVariant>& value)
{
    if (!value || value->typeId() != QMetaType::Bool)
        return std::nullopt;
    return value->toBool();
}

} // namespace

GnomeAttentionSource::GnomeAttentionSource(const QDBusConnection& connection)
    : m_sessionManager(connection,
        { QStringLiteral("org.gnome.SessionManager"), QStringLiteral("/org/gnome/SessionManager"),
            QStringLiteral("org.gnome.SessionManager") })
{
}

std::optional<bool> GnomeAttentionSource::doNotDisturb()
{
    const std::optional<QVariant> actions
        = m_sessionManager.property(QStringLiteral("InhibitedActions"));
    bool ok = false;
    const uint flags = actions ? actions->toUInt(&ok) : 0;
    if (!ok)
        return std::nullopt;
    return (flags & inhibitIdle) != 0;
}

XfceAttentionSource::XfceAttentionSource(const QDBusConnection& connection)
    : m_xfconf(connection,
        { QStringLiteral("org.xfce.Xfconf"), QStringLiteral("/org/xfce/Xfconf"),
            QStringLiteral("org.xfce.Xfconf") })
{
}

std::optional<bool> XfceAttentionSource::doNotDisturb()
{
    return boolean(m_xfconf.call(QStringLiteral("GetProperty"),
        { QStringLiteral("xfce4-notifyd"), QStringLiteral("/do-not-disturb") }));
}

NotificationsAttentionSource::NotificationsAttentionSource(const QDBusConnection& connection)
    : m_notifications(connection,
        { QStringLiteral("org.freedesktop.Notifications"),
            QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.Notifications") })
{
}

std::optional<bool> NotificationsAttentionSource::doNotDisturb()
{
    return boolean(m_notifications.property(QStringLiteral("Inhibited")));
}

} // namespace limber
