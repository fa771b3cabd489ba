#include <limber/describe.h>

#include <cstdio>

namespace limber {

namespace {

struct DoseText {
    std::string operator()(const TimedHold& hold) const
    {
        return std::to_string(hold.seconds) + " s hold";
    }
    std::string operator()(const BreathHold& hold) const
    {
        return std::to_string(hold.breaths) + (hold.breaths == 1 ? " breath" : " breaths");
    }
    std::string operator()(const Reps& reps) const
    {
        const std::string count = std::to_string(reps.count) + (reps.count == 1 ? " rep" : " reps");
        return reps.sets == 1 ? count : std::to_string(reps.sets) + " × " + count;
    }
};

} // namespace

std::string describeDose(const Dose& dose)
{
    return std::visit(DoseText {}, dose);
}

std::string describeDoseAndSides(const Exercise& exercise)
{
    switch (exercise.sides) {
    case Sides::Each:
        return describeDose(exercise.dose) + " · each side";
    case Sides::Alternate:
        return describeDose(exercise.dose) + " · alternating sides";
    case Sides::None:
        break;
    }
    return describeDose(exercise.dose);
}

std::string formatMinutesSeconds(std::int64_t ms)
{
    const std::int64_t seconds = ms <= 0 ? 0 : (ms + 999) / 1000;
    char text[32];
    std::snprintf(text, sizeof text, "%lld:%02lld", static_cast<long long>(seconds / 60),
        static_cast<long long>(seconds % 60));
    return text;
}

} // namespace limber
