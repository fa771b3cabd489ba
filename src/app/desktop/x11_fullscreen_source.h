// Whether the focused window is fullscreen on X11, as an EWMH window manager says:
// `_NET_ACTIVE_WINDOW` on the root window, and `_NET_WM_STATE_FULLSCREEN` in that window's
// `_NET_WM_STATE`. Do-not-disturb is not something X11 has.
#pragma once

#include "attention_source.h"

#include <cstdint>

struct xcb_connection_t;

namespace limber {

class X11FullscreenSource final : public AttentionSource {
public:
    // `connection` stays the caller's (the app passes Qt's); its first screen is watched.
    explicit X11FullscreenSource(xcb_connection_t* connection);

    // nullopt when no window manager publishes the active window (a bare X server, or one
    // that does not follow EWMH).
    std::optional<bool> fullscreenFocused() override;
    std::optional<bool> doNotDisturb() override { return std::nullopt; }

private:
    std::uint32_t atom(const char* name) const;

    xcb_connection_t* m_connection = nullptr;
    std::uint32_t m_root = 0;
    std::uint32_t m_activeWindow = 0;
    std::uint32_t m_state = 0;
    std::uint32_t m_fullscreen = 0;
};

} // namespace limber
