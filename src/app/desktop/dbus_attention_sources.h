// Do-not-disturb from the desktop over D-Bus. Neither can see a fullscreen window.
//
// GNOME: an application that keeps the session from going idle (a film or a presentation asks
// the session manager, `org.gnome.SessionManager` InhibitedActions) counts as do-not-disturb.
// GNOME's own do-not-disturb switch (the notifications' show-banners setting) is not reachable
// over D-Bus: it lives in GSettings, and neither GNOME's nor GTK's desktop portal lists its
// schema among the settings they serve.
//
// XFCE: xfce4-notifyd's do-not-disturb switch, kept in xfconf (`org.xfce.Xfconf` GetProperty,
// channel xfce4-notifyd, property /do-not-disturb).
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
    // An idle inhibitor is there; nullopt when the session manager does not answer.
    std::optional<bool> doNotDisturb() override;

private:
    DBusQuery m_sessionManager;
};

class XfceAttentionSource final : public AttentionSource {
public:
    explicit XfceAttentionSource(const QDBusConnection& connection);

    std::optional<bool> fullscreenFocused() override { return std::nullopt; }
    std::optional<bool> doNotDisturb() override;

private:
    DBusQuery m_xfconf;
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
