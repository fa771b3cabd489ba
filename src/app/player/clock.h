// The one monotonic clock the app reads "now" from. The session engine never reads a clock;
// whoever drives it asks this, so tests can swap in a fake and step time by hand.
#pragma once

#include <cstdint>

namespace limber {

class Clock {
public:
    virtual ~Clock() = default;

    // Milliseconds on a monotonic clock with an arbitrary origin; never goes backwards.
    virtual std::int64_t nowMs() const = 0;
};

} // namespace limber
