// A monotonic clock and a wall clock that stand still until a test moves them; a suspend
// moves only the wall clock, as a sleeping machine does.
#pragma once

#include "player/clock.h"

#include <QDateTime>

namespace desktop_test {

class FakeClocks final : public limber::Clock {
public:
    std::int64_t nowMs() const override { return m_monotonicMs; }
    QDateTime wall() const { return m_wall; }
    void advance(std::int64_t ms)
    {
        m_monotonicMs += ms;
        m_wall = m_wall.addMSecs(ms);
    }
    void suspend(std::int64_t ms) { m_wall = m_wall.addMSecs(ms); }

private:
    std::int64_t m_monotonicMs = 42'000;
    QDateTime m_wall { QDate(2026, 11, 23), QTime(10, 0), Qt::UTC }; // a Monday
};

} // namespace desktop_test
