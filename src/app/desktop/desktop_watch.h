// What Limber can see of the person on this desktop, chosen at run time: idle time, a
// fullscreen window with the focus and do-not-disturb, each from the first source that answers
// at the moment of asking (a desktop service may start after Limber does). The reminders ask it
// at each check; the settings page shows what it sees.
//
// X11's sources are used only in an X11 session: under XWayland the X server sees only the
// input and windows of X clients, so its idle time would grow while the person types into a
// Wayland window.
#pragma once

#include "attention_source.h"
#include "idle_source.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace limber {

template <class Source> struct NamedSource {
    QString name; // shown in the settings: "X11", "GNOME", …
    std::unique_ptr<Source> source;
};

class DesktopWatch final : public IdleSource, public AttentionSource {
public:
    // Qt's own X11 connection in an X11 session, and the session bus.
    static std::unique_ptr<DesktopWatch> forThisDesktop();
    // Sees nothing: reminders come as the schedule alone says (tests of the app use it).
    static std::unique_ptr<DesktopWatch> none();

    // Sources to ask, in order of preference.
    DesktopWatch(std::vector<NamedSource<IdleSource>> idle,
        std::vector<NamedSource<AttentionSource>> attention);

    std::optional<std::int64_t> idleMs() override;
    std::optional<bool> fullscreenFocused() override;
    // On when any source that can see it says so.
    std::optional<bool> doNotDisturb() override;

    // One line each for idle time, fullscreen and do-not-disturb: "Idle time: watched (X11)",
    // "Do not disturb: not visible on this desktop".
    QStringList seen();

private:
    std::vector<NamedSource<IdleSource>> m_idle;
    std::vector<NamedSource<AttentionSource>> m_attention;
};

} // namespace limber
