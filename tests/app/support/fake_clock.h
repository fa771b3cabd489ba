// The one fake clock of the app tests: a monotonic clock and a wall clock that stand still
// until a test moves them, so nothing depends on real time. A suspend moves only the wall
// clock, as a sleeping machine does.
#pragma once

#include "player/clock.h"

#include <QDateTime>

namespace limber::test {

class FakeClock final : public Clock {
public:
    std::int64_t nowMs() const override { return m_monotonicMs; }
    QDateTime wall() const { return m_wall; }

    // Moves both clocks by `ms`.
    void advance(std::int64_t ms)
    {
        m_monotonicMs += ms;
        m_wall = m_wall.addMSecs(ms);
    }
    // Moves both clocks to the monotonic time `ms`.
    void set(std::int64_t ms) { advance(ms - m_monotonicMs); }
    void suspend(std::int64_t ms) { m_wall = m_wall.addMSecs(ms); }

private:
    std::int64_t m_monotonicMs = 1'000'000; // an arbitrary origin: only differences matter
    QDateTime m_wall { QDate(2026, 11, 23), QTime(10, 0), Qt::UTC }; // a Monday
};

} // namespace limber::test
