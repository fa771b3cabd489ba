#include "desktop_watch.h"

#include "dbus_attention_sources.h"
#include "dbus_idle_sources.h"
#include "x11_fullscreen_source.h"
#include "x11_idle_source.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QGuiApplication>

namespace limber {

namespace {

bool isX11Session()
{
    return QGuiApplication::platformName() == QLatin1String("xcb")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qgetenv("XDG_SESSION_TYPE") != "wayland";
}

QString watchedBy(const QStringList& names)
{
    if (names.isEmpty())
        return QCoreApplication::translate("limber::DesktopWatch", "not visible on this desktop");
    return QCoreApplication::translate("limber::DesktopWatch", "watched (%1)")
        .arg(names.join(QStringLiteral(", ")));
}

} // namespace

std::unique_ptr<DesktopWatch> DesktopWatch::forThisDesktop()
{
    std::vector<NamedSource<IdleSource>> idle;
    std::vector<NamedSource<AttentionSource>> attention;
    if (isX11Session()) {
        if (const auto* x11 = qGuiApp->nativeInterface<QNativeInterface::QX11Application>()) {
            idle.push_back(
                { QStringLiteral("X11"), std::make_unique<X11IdleSource>(x11->connection()) });
            attention.push_back({ QStringLiteral("X11"),
                std::make_unique<X11FullscreenSource>(x11->connection()) });
        }
    }
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        idle.push_back({ QStringLiteral("GNOME"), std::make_unique<MutterIdleSource>(bus) });
        idle.push_back({ QStringLiteral("freedesktop screen saver"),
            std::make_unique<ScreenSaverIdleSource>(bus) });
        attention.push_back(
            { QStringLiteral("GNOME"), std::make_unique<GnomeAttentionSource>(bus) });
        attention.push_back({ QStringLiteral("XFCE"), std::make_unique<XfceAttentionSource>(bus) });
        attention.push_back({ QStringLiteral("notifications"),
            std::make_unique<NotificationsAttentionSource>(bus) });
    }
    return std::make_unique<DesktopWatch>(std::move(idle), std::move(attention));
}

std::unique_ptr<DesktopWatch> DesktopWatch::none()
{
    return std::make_unique<DesktopWatch>(
        std::vector<NamedSource<IdleSource>> {}, std::vector<NamedSource<AttentionSource>> {});
}

DesktopWatch::DesktopWatch(
    std::vector<NamedSource<IdleSource>> idle, std::vector<NamedSource<AttentionSource>> attention)
    : m_idle(std::move(idle))
    , m_attention(std::move(attention))
{
}

std::optional<std::int64_t> DesktopWatch::idleMs()
{
    for (const auto& idle : m_idle)
        if (const auto ms = idle.source->idleMs())
            return ms;
    return std::nullopt;
}

std::optional<bool> DesktopWatch::fullscreenFocused()
{
    for (const auto& attention : m_attention)
        if (const auto fullscreen = attention.source->fullscreenFocused())
            return fullscreen;
    return std::nullopt;
}

std::optional<bool> DesktopWatch::doNotDisturb()
{
    std::optional<bool> quiet;
    for (const auto& attention : m_attention) {
        if (const auto on = attention.source->doNotDisturb()) {
            if (*on)
                return true;
            quiet = false;
        }
    }
    return quiet;
}

QStringList DesktopWatch::seen()
{
    QStringList idleBy;
    for (const auto& idle : m_idle) {
        if (idle.source->idleMs()) {
            idleBy << idle.name;
            break; // only the first that answers is used
        }
    }
    QStringList fullscreenBy;
    QStringList quietBy;
    for (const auto& attention : m_attention) {
        if (fullscreenBy.isEmpty() && attention.source->fullscreenFocused())
            fullscreenBy << attention.name;
        if (attention.source->doNotDisturb())
            quietBy << attention.name;
    }
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("limber::DesktopWatch", text);
    };
    return { tr("Idle time: %1").arg(watchedBy(idleBy)),
        tr("Fullscreen: %1").arg(watchedBy(fullscreenBy)),
        tr("Do not disturb: %1").arg(watchedBy(quietBy)) };
}

} // namespace limber
