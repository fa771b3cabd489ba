// Compiles a routine into its plan: applies each item's overrides, picks the scale (given, or
// fitted to --minutes) and lays the segments and their cues end to end.
#include <limber/load.h>
#include <limber/plan.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <variant>

namespace limber {

namespace {

constexpr std::int64_t msPerSecond = 1000;
using optionLimits::maxPaceMs;
using optionLimits::maxScale;
using optionLimits::minPaceMs;
using optionLimits::minScale;
constexpr double maxMinutes = 600.0;
constexpr const char* defaultBreathIn = "Breathe in…";
constexpr const char* defaultBreathOut = "Breathe out, go a little further";

// An item with its overrides applied: the dose it will actually be done with.
struct ResolvedItem {
    const Exercise* exercise = nullptr;
    int index = 0;
    Dose dose;
};

// The routine- and person-wide lengths every item shares.
struct Layout {
    std::int64_t leadInMs = 0;
    std::int64_t switchMs = 0;
    std::int64_t paceInMs = 0;
    std::int64_t paceOutMs = 0;
};

// How holds are scaled: by a factor and, for --minutes only, clamped to their bounds.
struct Scaling {
    double factor = 1.0;
    bool clampToBounds = false;
};

std::string formatNumber(double value)
{
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    return std::string(buffer, end);
}

// A hold's seconds or breaths after scaling. The bounds are widened to take in the unscaled
// amount, so an override outside them still plays as written when no scaling is needed.
int scaledAmount(int base, std::optional<int> minimum, std::optional<int> maximum, Scaling scaling)
{
    int amount = std::max(1, static_cast<int>(std::round(base * scaling.factor)));
    if (scaling.clampToBounds) {
        if (minimum)
            amount = std::max(amount, std::min(*minimum, base));
        if (maximum)
            amount = std::min(amount, std::max(*maximum, base));
    }
    return amount;
}

std::int64_t breathMs(const Layout& layout)
{
    return layout.paceInMs + layout.paceOutMs;
}

std::int64_t holdMs(const TimedHold& hold, Scaling scaling)
{
    return scaledAmount(hold.seconds, hold.minSeconds, hold.maxSeconds, scaling) * msPerSecond;
}

std::int64_t holdMs(const BreathHold& hold, Scaling scaling, const Layout& layout)
{
    return scaledAmount(hold.breaths, hold.minBreaths, hold.maxBreaths, scaling) * breathMs(layout);
}

std::int64_t repMs(const Reps& reps)
{
    std::int64_t ms = 0;
    for (const Phase& phase : reps.phases)
        ms += phase.durationMs;
    return ms;
}

// Alternate exercises do every rep once per side within the set.
std::int64_t setMs(const Reps& reps, Sides sides)
{
    return reps.count * repMs(reps) * (sides == Sides::Alternate ? 2 : 1);
}

std::int64_t restMs(const Reps& reps)
{
    return std::max(0, reps.restSeconds) * msPerSecond;
}

// One side's dose (the whole pass for alternate exercises).
std::int64_t doseMs(const ResolvedItem& item, Scaling scaling, const Layout& layout)
{
    if (const auto* timed = std::get_if<TimedHold>(&item.dose))
        return holdMs(*timed, scaling);
    if (const auto* breaths = std::get_if<BreathHold>(&item.dose))
        return holdMs(*breaths, scaling, layout);
    const Reps& reps = std::get<Reps>(item.dose);
    return reps.sets * setMs(reps, item.exercise->sides) + (reps.sets - 1) * restMs(reps);
}

std::int64_t totalMs(const std::vector<ResolvedItem>& items, Scaling scaling, const Layout& layout)
{
    std::int64_t total = 0;
    for (const ResolvedItem& item : items) {
        const std::int64_t dose = doseMs(item, scaling, layout);
        total += layout.leadInMs
            + (item.exercise->sides == Sides::Each ? 2 * dose + layout.switchMs : dose);
    }
    return total;
}

// Continues a hold's breath cues after its last one (from an in-breath at 0 when it has none),
// alternating in and out at the pace while they start before the hold's end.
void addBreathCues(Segment& hold, std::int64_t paceInMs, std::int64_t paceOutMs)
{
    auto paceOf = [&](Breath breath) { return breath == Breath::In ? paceInMs : paceOutMs; };
    std::int64_t at = 0;
    Breath breath = Breath::In;
    if (!hold.cues.empty()) {
        const Cue& last = hold.cues.back();
        at = last.atMs + paceOf(*last.breath);
        breath = *last.breath == Breath::In ? Breath::Out : Breath::In;
    }
    const BreathTexts& texts = *hold.breathTexts;
    for (; at < hold.durationMs;
         at += paceOf(breath), breath = breath == Breath::In ? Breath::Out : Breath::In)
        hold.cues.push_back({ at, breath, breath == Breath::In ? texts.in : texts.out, {}, {} });
}

// Appends the segments of one item to a plan; the arithmetic mirrors doseMs() and totalMs().
class PlanBuilder {
public:
    PlanBuilder(Plan& plan, const Layout& layout, Scaling scaling)
        : m_plan(plan)
        , m_layout(layout)
        , m_scaling(scaling)
    {
    }

    void addItem(const ResolvedItem& item)
    {
        m_item = &item;
        const Exercise& exercise = *item.exercise;
        addPause(SegmentKind::LeadIn, m_layout.leadInMs, std::nullopt);
        if (exercise.sides == Sides::Each) {
            addDose(exercise.firstSide);
            addPause(SegmentKind::Switch, m_layout.switchMs, otherSide(exercise.firstSide));
            addDose(otherSide(exercise.firstSide));
        } else {
            addDose(std::nullopt);
        }
    }

private:
    Segment segment(SegmentKind kind, std::int64_t durationMs, std::optional<Side> side) const
    {
        Segment s;
        s.kind = kind;
        s.exercise = m_item->exercise->id;
        s.item = m_item->index;
        s.side = side;
        s.durationMs = durationMs;
        return s;
    }

    // Zero-length lead-ins, switches and rests are left out rather than shown for no time.
    void add(Segment s)
    {
        if (s.durationMs <= 0)
            return;
        s.startMs = m_plan.totalMs;
        m_plan.totalMs += s.durationMs;
        m_plan.segments.push_back(std::move(s));
    }

    void addPause(SegmentKind kind, std::int64_t ms, std::optional<Side> side)
    {
        add(segment(kind, ms, side));
    }

    void addDose(std::optional<Side> side)
    {
        if (const auto* timed = std::get_if<TimedHold>(&m_item->dose))
            addHold(holdMs(*timed, m_scaling), side);
        else if (const auto* breaths = std::get_if<BreathHold>(&m_item->dose))
            addHold(holdMs(*breaths, m_scaling, m_layout), side);
        else
            addSets(std::get<Reps>(m_item->dose), side);
    }

    // Texts of an exercise without sides still get {side} filled, from its first side.
    Side textSide(std::optional<Side> side) const
    {
        return side.value_or(m_item->exercise->firstSide);
    }

    void addHold(std::int64_t ms, std::optional<Side> side)
    {
        const std::optional<BreathTexts>& texts = m_item->exercise->breath;
        Segment hold = segment(SegmentKind::Hold, ms, side);
        hold.breathTexts
            = BreathTexts { fillSides(texts ? texts->in : defaultBreathIn, textSide(side)),
                  fillSides(texts ? texts->out : defaultBreathOut, textSide(side)) };
        addBreathCues(hold, m_layout.paceInMs, m_layout.paceOutMs);
        add(std::move(hold));
    }

    // A set does every rep once on its side or, for alternate exercises, once on the first side
    // and once on the other. The phase texts are filled once per side, not per rep.
    void addSets(const Reps& reps, std::optional<Side> side)
    {
        struct Pass {
            std::optional<Side> cueSide;
            std::vector<std::string> texts;
        };
        std::vector<Pass> passes;
        const Exercise& exercise = *m_item->exercise;
        if (exercise.sides == Sides::Alternate) {
            for (const Side pass : { exercise.firstSide, otherSide(exercise.firstSide) })
                passes.push_back({ pass, phaseTexts(reps, pass) });
        } else {
            passes.push_back({ std::nullopt, phaseTexts(reps, textSide(side)) });
        }

        for (int set = 1; set <= reps.sets; ++set) {
            Segment s = segment(SegmentKind::Set, setMs(reps, exercise.sides), side);
            s.set = set;
            s.sets = reps.sets;
            s.reps = reps.count;
            s.cues.reserve(
                static_cast<std::size_t>(reps.count) * passes.size() * reps.phases.size());
            std::int64_t at = 0;
            for (int rep = 1; rep <= reps.count; ++rep) {
                for (const Pass& pass : passes) {
                    for (std::size_t k = 0; k < reps.phases.size(); ++k) {
                        s.cues.push_back(
                            { at, reps.phases[k].breath, pass.texts[k], rep, pass.cueSide });
                        at += reps.phases[k].durationMs;
                    }
                }
            }
            add(std::move(s));
            if (set < reps.sets)
                addPause(SegmentKind::Rest, restMs(reps), side);
        }
    }

    static std::vector<std::string> phaseTexts(const Reps& reps, Side side)
    {
        std::vector<std::string> texts;
        for (const Phase& phase : reps.phases)
            texts.push_back(fillSides(phase.cue, side));
        return texts;
    }

    Plan& m_plan;
    Layout m_layout;
    Scaling m_scaling;
    const ResolvedItem* m_item = nullptr;
};

Diagnostic error(const std::string& source, std::string pointer, std::string message)
{
    return { Severity::Error, source, std::move(pointer), 0, 0, std::move(message) };
}

// Applies an item's overrides to its exercise's dose; wrong-kind overrides are errors at the
// item field's pointer.
std::optional<ResolvedItem> resolve(const RoutineItem& item, int index,
    const ExerciseLookup& findExercise, const std::string& source, Diagnostics& errors)
{
    const std::string at = "/items/" + std::to_string(index) + "/";
    const Exercise* exercise = findExercise(item.exercise);
    if (!exercise) {
        errors.push_back(
            error(source, at + "exercise", "no exercise with id \"" + item.exercise + "\""));
        return std::nullopt;
    }
    const std::size_t errorsBefore = errors.size();
    const std::string quotedId = "\"" + exercise->id + "\"";
    auto fail = [&](const char* field, const std::string& message) {
        errors.push_back(error(source, at + field, message));
    };
    auto misplaced = [&](const char* field, const std::optional<int>& value, const char* kind) {
        if (value)
            fail(field, std::string("does not apply: ") + quotedId + " is " + kind);
    };
    auto atLeast = [&](const char* field, const std::optional<int>& value, int minimum) {
        if (value && *value < minimum)
            fail(field,
                "must be at least " + std::to_string(minimum) + ", got " + std::to_string(*value));
    };

    ResolvedItem resolved { exercise, index, exercise->dose };
    if (auto* reps = std::get_if<Reps>(&resolved.dose)) {
        misplaced("seconds", item.seconds, "done in reps");
        misplaced("breaths", item.breaths, "done in reps");
        atLeast("reps", item.reps, 1);
        atLeast("sets", item.sets, 1);
        atLeast("rest_seconds", item.restSeconds, 0);
        reps->count = item.reps.value_or(reps->count);
        reps->sets = item.sets.value_or(reps->sets);
        reps->restSeconds = item.restSeconds.value_or(reps->restSeconds);
        if (reps->phases.empty())
            fail("exercise", quotedId + " has no phases to its reps");
    } else {
        misplaced("reps", item.reps, "a hold");
        misplaced("sets", item.sets, "a hold");
        misplaced("rest_seconds", item.restSeconds, "a hold");
        if (exercise->sides == Sides::Alternate)
            fail("exercise", quotedId + " alternates sides, which only reps can do");
        if (item.seconds && item.breaths)
            fail("breaths", "give seconds or breaths, not both");
        // An override keeps the bounds of a hold of its own kind and drops the other kind's.
        if (item.seconds) {
            TimedHold timed = std::holds_alternative<TimedHold>(resolved.dose)
                ? std::get<TimedHold>(resolved.dose)
                : TimedHold {};
            timed.seconds = *item.seconds;
            resolved.dose = timed;
        } else if (item.breaths) {
            BreathHold breaths = std::holds_alternative<BreathHold>(resolved.dose)
                ? std::get<BreathHold>(resolved.dose)
                : BreathHold {};
            breaths.breaths = *item.breaths;
            resolved.dose = breaths;
        }
    }
    if (errors.size() != errorsBefore)
        return std::nullopt;
    return resolved;
}

void checkOptions(const PlanOptions& options, const std::string& source, Diagnostics& errors)
{
    auto checkPace = [&](const char* which, int ms) {
        if (ms < minPaceMs || ms > maxPaceMs)
            errors.push_back(error(source, "",
                std::string("the ") + which
                    + "-breath pace must be between 0.5 and 30 seconds, got "
                    + formatNumber(ms / 1000.0)));
    };
    checkPace("in", options.paceInMs);
    checkPace("out", options.paceOutMs);
    // The same bounds as the routine fields they replace.
    auto checkSeconds = [&](const char* what, std::optional<int> seconds, IntRange range) {
        if (seconds && (*seconds < range.min || *seconds > range.max))
            errors.push_back(error(source, "",
                std::string("the ") + what + " must be between " + std::to_string(range.min)
                    + " and " + std::to_string(range.max) + " seconds, got "
                    + std::to_string(*seconds)));
    };
    checkSeconds("lead-in", options.leadInSeconds, limits::leadInSeconds);
    checkSeconds("side switch", options.switchSeconds, limits::switchSeconds);
    // Written as !(in range) so that NaN is refused too.
    if (options.minutes) {
        if (!(*options.minutes > 0 && *options.minutes <= maxMinutes))
            errors.push_back(error(source, "",
                "minutes must be more than 0 and at most 600, got "
                    + formatNumber(*options.minutes)));
    } else if (!(options.scale >= minScale && options.scale <= maxScale)) {
        errors.push_back(error(
            source, "", "scale must be between 0.25 and 4, got " + formatNumber(options.scale)));
    }
}

// The scale in [0.25, 4] whose total (holds clamped to their bounds) is closest to the target.
// The total never decreases as the scale grows, so bisection finds the two scales either side
// of the target, whatever steps the rounding makes.
double fitScale(const std::vector<ResolvedItem>& items, const Layout& layout, double minutes,
    const std::string& source, Diagnostics& warnings)
{
    const auto target = static_cast<std::int64_t>(std::llround(minutes * 60'000.0));
    auto total = [&](double factor) { return totalMs(items, Scaling { factor, true }, layout); };
    const std::int64_t shortest = total(minScale);
    const std::int64_t longest = total(maxScale);

    double best = minScale;
    if (longest <= target) {
        best = maxScale;
    } else if (shortest < target) {
        double below = minScale; // total(below) < target <= total(above)
        double above = maxScale;
        for (int i = 0; i < 64; ++i) {
            const double middle = (below + above) / 2;
            (total(middle) < target ? below : above) = middle;
        }
        best = target - total(below) <= total(above) - target ? below : above;
    }

    const std::int64_t fitted = total(best);
    if (std::llabs(fitted - target) * 50 > target) {
        const std::string why = longest < target
            ? "holds at their maximum give " + formatDuration(longest)
            : shortest > target
            ? "holds at their minimum give " + formatDuration(shortest)
            : "the closest the holds' whole seconds and breaths allow is " + formatDuration(fitted);
        warnings.push_back({ Severity::Warning, source, "", 0, 0,
            "cannot fit " + formatNumber(minutes) + " minutes: " + why
                + "; reps, lead-ins, switches and rests are not scaled" });
    }
    return best;
}

} // namespace

const char* toString(SegmentKind kind)
{
    switch (kind) {
    case SegmentKind::LeadIn:
        return "lead-in";
    case SegmentKind::Hold:
        return "hold";
    case SegmentKind::Set:
        return "set";
    case SegmentKind::Switch:
        return "switch";
    case SegmentKind::Rest:
        return "rest";
    }
    return "";
}

void extendSegment(Plan& plan, std::size_t index, std::int64_t ms)
{
    if (index >= plan.segments.size())
        return;
    Segment& extended = plan.segments[index];
    extended.durationMs += ms;
    if (extended.kind == SegmentKind::Hold && extended.breathTexts)
        addBreathCues(extended, plan.paceInMs, plan.paceOutMs);
    for (std::size_t i = index + 1; i < plan.segments.size(); ++i)
        plan.segments[i].startMs += ms;
    plan.totalMs += ms;
}

std::string fillSides(std::string_view text, Side side)
{
    constexpr std::string_view sidePlaceholder = "{side}";
    constexpr std::string_view otherPlaceholder = "{other}";
    std::string filled;
    filled.reserve(text.size());
    for (std::size_t brace = text.find('{'); brace != std::string_view::npos;
         brace = text.find('{')) {
        filled += text.substr(0, brace);
        text.remove_prefix(brace);
        if (text.starts_with(sidePlaceholder)) {
            filled += toString(side);
            text.remove_prefix(sidePlaceholder.size());
        } else if (text.starts_with(otherPlaceholder)) {
            filled += toString(otherSide(side));
            text.remove_prefix(otherPlaceholder.size());
        } else {
            filled += '{';
            text.remove_prefix(1);
        }
    }
    filled += text;
    return filled;
}

PlanResult compile(const Routine& routine, const ExerciseLookup& findExercise,
    const PlanOptions& options, const std::string& sourceName)
{
    PlanResult result;
    checkOptions(options, sourceName, result.errors);
    std::vector<ResolvedItem> items;
    for (std::size_t i = 0; i < routine.items.size(); ++i) {
        if (auto item = resolve(
                routine.items[i], static_cast<int>(i), findExercise, sourceName, result.errors))
            items.push_back(std::move(*item));
    }
    if (!result.errors.empty())
        return result;

    Plan plan;
    plan.routine = routine.id;
    plan.paceInMs = options.paceInMs;
    plan.paceOutMs = options.paceOutMs;
    const int leadInSeconds = options.leadInSeconds.value_or(routine.leadInSeconds);
    const int switchSeconds = options.switchSeconds.value_or(routine.switchSeconds);
    const Layout layout { std::max(0, leadInSeconds) * msPerSecond,
        std::max(0, switchSeconds) * msPerSecond, options.paceInMs, options.paceOutMs };
    Scaling scaling { options.scale, false };
    if (options.minutes)
        scaling = { fitScale(items, layout, *options.minutes, sourceName, plan.warnings), true };
    plan.scale = scaling.factor;

    PlanBuilder builder(plan, layout, scaling);
    for (const ResolvedItem& item : items)
        builder.addItem(item);
    result.plan = std::move(plan);
    return result;
}

} // namespace limber
