// Idle time on X11, from the MIT-SCREEN-SAVER extension (the server's own count of the time
// since the last input event), through xcb.
#pragma once

#include "idle_source.h"

#include <cstdint>

struct xcb_connection_t;

namespace limber {

class X11IdleSource final : public IdleSource {
public:
    // `connection` stays the caller's (the app passes Qt's); its first screen is watched.
    explicit X11IdleSource(xcb_connection_t* connection);

    // The server offers the extension.
    bool available() const { return m_available; }
    std::optional<std::int64_t> idleMs() override;

private:
    xcb_connection_t* m_connection = nullptr;
    std::uint32_t m_root = 0;
    bool m_available = false;
};

} // namespace limber
