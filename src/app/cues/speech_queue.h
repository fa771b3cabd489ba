// What the voice has still to say, kept so that it never talks over itself and never lags
// the session: a phrase more than staleAfterMs late is dropped rather than spoken, and a newer
// phrase replaces every waiting one that matters no more than it does. So the waiting
// phrases always run from most to least important, and there are never more than a few.
#pragma once

#include <QString>

#include <cstdint>
#include <deque>
#include <optional>

namespace limber {

struct Phrase {
    QString text;
    int priority = 0; // higher matters more
    std::int64_t dueMs = 0; // when the session wanted it said, on the player's clock

    bool operator==(const Phrase&) const = default;
};

class SpeechQueue {
public:
    static constexpr std::int64_t staleAfterMs = 1'000;

    static bool isStale(std::int64_t dueMs, std::int64_t nowMs)
    {
        return nowMs - dueMs > staleAfterMs;
    }

    // Queues `phrase` behind the more important ones still waiting; those of its priority or
    // lower are dropped (it is newer news). A phrase already stale is dropped instead; then
    // this returns false.
    bool push(Phrase phrase, std::int64_t nowMs);
    // The phrase to say now, skipping (and dropping) any that went stale while waiting.
    std::optional<Phrase> take(std::int64_t nowMs);
    void clear() { m_waiting.clear(); }

    const std::deque<Phrase>& waiting() const { return m_waiting; }

private:
    std::deque<Phrase> m_waiting;
};

} // namespace limber
