// Where Limber reads whether the person asked not to be interrupted: a fullscreen window with
// the focus (a presentation, a film, a game) or the desktop's do-not-disturb. One small
// interface with a source per desktop and a fake in the tests; a source that cannot see one of
// the two says so with nullopt.
#pragma once

#include <optional>

namespace limber {

class AttentionSource {
public:
    virtual ~AttentionSource() = default;
    virtual std::optional<bool> fullscreenFocused() = 0;
    virtual std::optional<bool> doNotDisturb() = 0;
};

} // namespace limber
