// Do-not-disturb from the desktop over D-Bus. Neither can see a fullscreen window.
//
// GNOME: do-not-disturb is the notifications' show-banners setting turned off, read through the
// desktop portal's settings (`org.freedesktop.portal.Settings`, which GNOME's portal serves
// from GSettings); and an application that keeps the session from going idle (a presentation or
// a film asks the session manager, `org.gnome.SessionManager` InhibitedActions) counts too.
//
// KDE and other freedesktop notification servers: `org.freedesktop.Notifications`' Inhibited
// property, true while the person has notifications turned off.
#pragma once

#include "attention_source.h"
#include "dbus_query.h"

namespace limber {

class GnomeAttentionSource final : public AttentionSource {
public:
    explicit GnomeAttentionSource(const QDBusConnection& connection);

    std::optional<bool> fullscreenFocused() override { return std::nullopt; }
    // True when either says so; nullopt when neither answers.
    std::optional<bool> doNotDisturb() override;

    std::optional<bool> bannersOff() const;
    std::optional<bool> idleInhibited() const;

private:
    DBusQuery m_portalSettings;
    DBusQuery m_sessionManager;
};

class NotificationsAttentionSource final : public AttentionSource {
public:
    explicit NotificationsAttentionSource(const QDBusConnection& connection);

    std::optional<bool> fullscreenFocused() override { return std::nullopt; }
    std::optional<bool> doNotDisturb() override;

private:
    DBusQuery m_notifications;
};

} // namespace limber
