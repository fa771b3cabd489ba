// An idle source and an attention source whose answers the test sets; nullopt is "this desktop
// cannot say".
#pragma once

#include "desktop/attention_source.h"
#include "desktop/idle_source.h"

namespace desktop_test {

class FakeIdleSource final : public limber::IdleSource {
public:
    std::optional<std::int64_t> idle;
    int asked = 0;
    std::optional<std::int64_t> idleMs() override
    {
        ++asked;
        return idle;
    }
};

class FakeAttentionSource final : public limber::AttentionSource {
public:
    std::optional<bool> fullscreen;
    std::optional<bool> quiet;
    std::optional<bool> fullscreenFocused() override { return fullscreen; }
    std::optional<bool> doNotDisturb() override { return quiet; }
};

} // namespace desktop_test
