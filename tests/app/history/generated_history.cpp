#include "generated_history.h"

#include <array>
#include <cstdint>
#include <string>

namespace limber::testing {

namespace {

struct StretchSpec {
    const char* id;
    const char* name;
};

struct RoutineSpec {
    const char* id;
    const char* name;
    std::vector<StretchSpec> stretches;
    int weight; // how often it is picked, of 100
};

const std::array<RoutineSpec, 4>& routines()
{
    static const std::array<RoutineSpec, 4> specs { {
        { "office-break", "5-minute desk break",
            { { "shoulder-blade-squeeze", "Shoulder-blade squeeze" },
                { "seated-thoracic-twist", "Seated thoracic twist" },
                { "lateral-neck-flexion", "Lateral neck flexion" },
                { "chin-to-chest", "Chin to chest" },
                { "standing-side-reach", "Standing side reach" } },
            45 },
        { "neck-and-shoulders", "Neck and shoulders",
            { { "rounded-back-reach", "Rounded-back reach" },
                { "head-turn-down", "Head turn down" },
                { "lateral-neck-flexion", "Lateral neck flexion" },
                { "shoulder-blade-squeeze", "Shoulder-blade squeeze" } },
            25 },
        { "morning", "Morning",
            { { "cat-cow", "Cat-cow" }, { "thread-the-needle", "Thread the needle" },
                { "childs-pose", "Child's pose" }, { "cobra", "Cobra" },
                { "downward-dog", "Downward-facing dog" },
                { "standing-forward-fold", "Standing forward fold" } },
            15 },
        { "thoracic-mobility", "Thoracic mobility",
            { { "seated-thoracic-twist", "Seated thoracic twist" },
                { "seated-thoracic-rotation", "Seated thoracic rotation" } },
            15 },
    } };
    return specs;
}

// A small linear congruential generator: the same numbers on every machine and library.
class Dice {
public:
    explicit Dice(unsigned seed)
        : m_state(seed * 2654435761u + 1)
    {
    }
    int below(int bound)
    {
        m_state = m_state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<int>((m_state >> 33) % static_cast<std::uint64_t>(bound));
    }

private:
    std::uint64_t m_state;
};

LocalDate lastSundayOf(int year, int month)
{
    LocalDate last = addDays(LocalDate { month == 12 ? year + 1 : year, month % 12 + 1, 1 }, -1);
    return addDays(last, -(isoWeekday(last) % 7));
}

// Paris's offset on a day: +120 from the last Sunday of March to the last Sunday of October.
int parisOffsetMinutes(LocalDate date)
{
    const bool summer = !(date < lastSundayOf(date.year, 3)) && date < lastSundayOf(date.year, 10);
    return summer ? 120 : 60;
}

const RoutineSpec& pick(Dice& dice)
{
    int roll = dice.below(100);
    for (const RoutineSpec& spec : routines()) {
        if (roll < spec.weight)
            return spec;
        roll -= spec.weight;
    }
    return routines().front();
}

SessionRecord playedSession(Dice& dice, LocalDate day, int hour, std::int64_t id)
{
    constexpr std::int64_t minute = 60 * 1000;
    const RoutineSpec& spec = pick(dice);
    SessionRecord session;
    session.id = id;
    const int offset = parisOffsetMinutes(day);
    session.startOffsetMinutes = offset;
    session.startUtcMs = dayNumber(day) * 24 * 60 * minute + hour * 60 * minute
        + dice.below(60) * minute - offset * minute;
    session.routine = spec.id;
    session.routineName = spec.name;
    session.origin = static_cast<SessionOrigin>(dice.below(3)); // window, tray or reminder
    const int ending = dice.below(100);
    session.end = ending < 84 ? SessionEnd::Finished
        : ending < 97         ? SessionEnd::Stopped
                              : SessionEnd::Closed;
    const auto count = static_cast<int>(spec.stretches.size());
    const int reached = session.end == SessionEnd::Finished ? count : 1 + dice.below(count);
    for (int item = 0; item < count; ++item) {
        StretchRecord stretch;
        stretch.item = item;
        stretch.exercise = spec.stretches[static_cast<std::size_t>(item)].id;
        stretch.name = spec.stretches[static_cast<std::size_t>(item)].name;
        const std::int64_t planned = (45 + 5 * dice.below(7)) * 1000;
        session.plannedMs += planned + 5000;
        if (item < reached) {
            const bool skipped = dice.below(100) < 6;
            stretch.outcome = skipped ? StretchOutcome::Skipped : StretchOutcome::Done;
            stretch.playedMs = skipped ? planned / 4 : planned;
            if (session.end != SessionEnd::Finished && item == reached - 1)
                stretch.outcome = StretchOutcome::Skipped; // left part way
            session.playedMs += stretch.playedMs + 5000;
        }
        session.stretches.push_back(std::move(stretch));
    }
    session.endUtcMs = session.startUtcMs + session.playedMs + dice.below(30) * 1000;
    return session;
}

} // namespace

std::vector<SessionRecord> generatedHistory(LocalDate today, const HistoryShape& shape)
{
    Dice dice(shape.seed);
    std::vector<SessionRecord> sessions;
    sessions.reserve(static_cast<std::size_t>(shape.days) * 2);
    std::int64_t id = 1;
    for (int back = shape.days - 1; back >= 0; --back) {
        const LocalDate day = addDays(today, -back);
        int count = shape.sessionsPerDay;
        if (count == 0) {
            // Fewer days off on weekdays, when the desk calls for it.
            const bool weekend = isoWeekday(day) >= 6;
            if (dice.below(100) < (weekend ? 45 : 15))
                continue;
            count = dice.below(100) < 30 ? 2 : 1;
        }
        for (int i = 0; i < count; ++i) {
            const int hour = count == 1 ? 9 + dice.below(9) : 7 + (i * 12) / count;
            sessions.push_back(playedSession(dice, day, hour, id++));
        }
    }
    return sessions;
}

} // namespace limber::testing
