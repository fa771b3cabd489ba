#include <limber/describe.h>

#include <algorithm>
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
    return describeDoseAndSides(exercise, exercise.dose);
}

std::string describeDoseAndSides(const Exercise& exercise, const Dose& dose)
{
    switch (exercise.sides) {
    case Sides::Each:
        return describeDose(dose) + " · each side";
    case Sides::Alternate:
        return describeDose(dose) + " · alternating sides";
    case Sides::None:
        break;
    }
    return describeDose(dose);
}

Dose plannedDose(const Plan& plan, std::size_t first, const Exercise& exercise)
{
    if (first >= plan.segments.size())
        return exercise.dose;
    const Segment& segment = plan.segments[first];
    if (segment.kind == SegmentKind::Set) {
        Reps reps
            = std::holds_alternative<Reps>(exercise.dose) ? std::get<Reps>(exercise.dose) : Reps {};
        reps.count = segment.reps;
        reps.sets = segment.sets;
        return reps;
    }
    if (segment.kind != SegmentKind::Hold)
        return exercise.dose;
    const std::int64_t breathMs = std::int64_t { plan.paceInMs } + plan.paceOutMs;
    if (std::holds_alternative<BreathHold>(exercise.dose) && breathMs > 0
        && segment.durationMs % breathMs == 0)
        return BreathHold { static_cast<int>(segment.durationMs / breathMs), {}, {} };
    return TimedHold { static_cast<int>(segment.durationMs / 1000), {}, {} };
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
