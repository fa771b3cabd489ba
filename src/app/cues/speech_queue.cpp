#include "speech_queue.h"

#include <algorithm>

namespace limber {

bool SpeechQueue::push(Phrase phrase, std::int64_t nowMs)
{
    if (isStale(phrase.dueMs, nowMs))
        return false;
    std::erase_if(m_waiting,
        [&phrase](const Phrase& waiting) { return waiting.priority <= phrase.priority; });
    m_waiting.push_back(std::move(phrase));
    return true;
}

std::optional<Phrase> SpeechQueue::take(std::int64_t nowMs)
{
    while (!m_waiting.empty()) {
        Phrase phrase = std::move(m_waiting.front());
        m_waiting.pop_front();
        if (!isStale(phrase.dueMs, nowMs))
            return phrase;
    }
    return std::nullopt;
}

} // namespace limber
