// The plan as a readable timeline for `limber --plan`: one line per segment, then the total.
#include <limber/plan.h>

#include <algorithm>
#include <cstdio>

namespace limber {

namespace {

std::string padded(std::string text, std::size_t width)
{
    text.resize(std::max(text.size(), width), ' ');
    return text;
}

std::string cueCount(std::size_t count)
{
    return std::to_string(count) + (count == 1 ? " cue" : " cues");
}

} // namespace

std::string formatDuration(std::int64_t ms)
{
    const std::int64_t seconds = ms / 1000;
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%02lld:%02lld", static_cast<long long>(seconds / 60),
        static_cast<long long>(seconds % 60));
    std::string text = buffer;
    if (ms % 1000 != 0) {
        std::snprintf(buffer, sizeof buffer, ".%03lld", static_cast<long long>(ms % 1000));
        text += buffer;
    }
    return text;
}

std::string planToText(const Plan& plan)
{
    // Columns are as wide as their longest entry, so the timeline reads as a table.
    std::size_t timeWidth = 0;
    std::size_t exerciseWidth = 0;
    std::size_t cuesWidth = 0;
    for (const Segment& segment : plan.segments) {
        timeWidth = std::max(timeWidth, formatDuration(segment.startMs).size());
        exerciseWidth = std::max(exerciseWidth, segment.exercise.size());
        cuesWidth = std::max(cuesWidth, cueCount(segment.cues.size()).size());
    }
    constexpr std::size_t kindWidth = 7; // "lead-in"
    constexpr std::size_t sideWidth = 5; // "right"

    std::string text;
    for (const Segment& segment : plan.segments) {
        std::string line = padded(formatDuration(segment.startMs), timeWidth) + "  "
            + padded(toString(segment.kind), kindWidth) + "  "
            + padded(segment.exercise, exerciseWidth) + "  "
            + padded(segment.side ? toString(*segment.side) : "-", sideWidth) + "  "
            + padded(cueCount(segment.cues.size()), cuesWidth);
        if (!segment.cues.empty())
            line += "  " + segment.cues.front().text;
        else
            line.erase(line.find_last_not_of(' ') + 1);
        text += line + "\n";
    }
    text += "total " + formatDuration(plan.totalMs) + " in " + std::to_string(plan.segments.size())
        + " segments\n";
    return text;
}

} // namespace limber
