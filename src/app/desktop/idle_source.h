// Where Limber reads how long the person has left the keyboard and mouse alone: one small
// interface with a source per desktop (X11, GNOME, freedesktop) and a fake in the tests.
#pragma once

#include <cstdint>
#include <optional>

namespace limber {

class IdleSource {
public:
    virtual ~IdleSource() = default;
    // Milliseconds since the last keyboard or mouse input; nullopt when the desktop does not
    // answer just now.
    virtual std::optional<std::int64_t> idleMs() = 0;
};

} // namespace limber
