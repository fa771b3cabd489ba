#include <limber/history.h>

#include <array>

namespace limber {

namespace {

// Each enum's words, in the order of its values: the one table both directions read.
constexpr std::array originWords { "main-window", "tray", "reminder", "shortcut", "command-line" };
constexpr std::array endWords { "in-progress", "finished", "stopped", "closed" };
constexpr std::array outcomeWords { "done", "skipped", "not-reached" };

template <typename Enum, std::size_t N>
std::optional<Enum> fromWords(const std::array<const char*, N>& words, const std::string& text)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (text == words[i])
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

} // namespace

const char* toString(SessionOrigin origin)
{
    return originWords.at(static_cast<std::size_t>(origin));
}

std::optional<SessionOrigin> sessionOriginFromString(const std::string& text)
{
    return fromWords<SessionOrigin>(originWords, text);
}

const char* toString(SessionEnd end)
{
    return endWords.at(static_cast<std::size_t>(end));
}

std::optional<SessionEnd> sessionEndFromString(const std::string& text)
{
    return fromWords<SessionEnd>(endWords, text);
}

const char* toString(StretchOutcome outcome)
{
    return outcomeWords.at(static_cast<std::size_t>(outcome));
}

std::optional<StretchOutcome> stretchOutcomeFromString(const std::string& text)
{
    return fromWords<StretchOutcome>(outcomeWords, text);
}

} // namespace limber
