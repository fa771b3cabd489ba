// The real clock: monotonic milliseconds since this object was made.
#pragma once

#include "clock.h"

#include <QElapsedTimer>

namespace limber {

class SteadyClock final : public Clock {
public:
    SteadyClock();

    std::int64_t nowMs() const override;

private:
    QElapsedTimer m_timer;
};

} // namespace limber
