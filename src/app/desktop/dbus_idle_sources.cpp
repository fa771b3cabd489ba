#include "dbus_idle_sources.h"

namespace limber {

namespace {

std::optional<std::int64_t> milliseconds(const std::optional<QVariant>& value)
{
    bool ok = false;
    const qlonglong ms = value ? value->toLongLong(&ok) : 0;
    if (!ok || ms < 0)
        return std::nullopt;
    return std::int64_t { ms };
}

} // namespace

MutterIdleSource::MutterIdleSource(const QDBusConnection& connection)
    : m_monitor(connection,
        { QStringLiteral("org.gnome.Mutter.IdleMonitor"),
            QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core"),
            QStringLiteral("org.gnome.Mutter.IdleMonitor") })
{
}

std::optional<std::int64_t> MutterIdleSource::idleMs()
{
    return milliseconds(m_monitor.call(QStringLiteral("GetIdletime")));
}

ScreenSaverIdleSource::ScreenSaverIdleSource(const QDBusConnection& connection)
    : m_screenSaver(connection,
        { QStringLiteral("org.freedesktop.ScreenSaver"),
            QStringLiteral("/org/freedesktop/ScreenSaver"),
            QStringLiteral("org.freedesktop.ScreenSaver") })
{
}

std::optional<std::int64_t> ScreenSaverIdleSource::idleMs()
{
    return milliseconds(m_screenSaver.call(QStringLiteral("GetSessionIdleTime")));
}

} // namespace limber
