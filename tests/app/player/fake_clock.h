// A clock that stands still until a test moves it, so nothing depends on real time.
#pragma once

#include "player/clock.h"

namespace limber::test {

class FakeClock final : public Clock {
public:
    std::int64_t nowMs() const override { return m_now; }

    void set(std::int64_t now) { m_now = now; }
    void advance(std::int64_t ms) { m_now += ms; }

private:
    std::int64_t m_now = 1'000'000; // an arbitrary origin: only differences matter
};

} // namespace limber::test
