#include "steady_clock.h"

namespace limber {

SteadyClock::SteadyClock()
{
    m_timer.start();
}

std::int64_t SteadyClock::nowMs() const
{
    return m_timer.elapsed();
}

} // namespace limber
