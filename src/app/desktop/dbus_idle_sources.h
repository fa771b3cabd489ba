// Idle time from the desktop over D-Bus, where X11 cannot tell it (Wayland) or as well:
// GNOME's `org.gnome.Mutter.IdleMonitor` (GetIdletime, milliseconds), and the freedesktop
// screen saver KDE and others serve (`org.freedesktop.ScreenSaver` GetSessionIdleTime, which
// KDE answers in milliseconds).
#pragma once

#include "dbus_query.h"
#include "idle_source.h"

namespace limber {

class MutterIdleSource final : public IdleSource {
public:
    explicit MutterIdleSource(const QDBusConnection& connection);
    std::optional<std::int64_t> idleMs() override;

private:
    DBusQuery m_monitor;
};

class ScreenSaverIdleSource final : public IdleSource {
public:
    explicit ScreenSaverIdleSource(const QDBusConnection& connection);
    std::optional<std::int64_t> idleMs() override;

private:
    DBusQuery m_screenSaver;
};

} // namespace limber
