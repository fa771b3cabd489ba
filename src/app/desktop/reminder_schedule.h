// The break-reminder timetable as a plain value: given "now" on two clocks it says when the
// next reminder is due and whether it is due now. It never reads a clock itself.
//
// Intervals run on the monotonic clock (immune to the wall clock being set) but are checked
// against the wall clock, which keeps running while the machine sleeps: a reminder that came
// due during a suspend fires once on waking, if its day's hours are still on, and otherwise
// the count starts again. Reminders outside the chosen days and hours move to the next
// opening plus one interval.
#pragma once

#include "reminder_rules.h"

#include <QDateTime>

#include <cstdint>
#include <optional>

namespace limber {

struct ReminderNow {
    std::int64_t monotonicMs = 0; // a steady clock: stops while the machine is suspended
    QDateTime wall; // local time: goes on during a suspend, may be set by hand
};

class ReminderSchedule {
public:
    static constexpr std::int64_t minuteMs = 60'000;
    // How late a check may come and still count as on time (timers are not exact).
    static constexpr std::int64_t graceMs = 90'000;

    ReminderSchedule() = default;
    ReminderSchedule(const ReminderRules& rules, const ReminderNow& now);

    const ReminderRules& rules() const { return m_rules; }
    // New rules; the count starts again from now (a pause goes on) when the timetable changed.
    void setRules(const ReminderRules& rules, const ReminderNow& now);

    // When the next reminder is due (may be in the past until check() runs); nullopt when
    // reminders are off or no day is chosen.
    std::optional<QDateTime> next(const ReminderNow& now) const;

    // Call whenever a timer fires or the clocks may have jumped: true exactly once per
    // reminder, and the count starts again from now. A reminder missed while asleep whose
    // hours have ended since is dropped, and the count starts again from now (or from the
    // next opening).
    bool check(const ReminderNow& now);

    // A break was taken or the reminder skipped: a full interval from now.
    void restart(const ReminderNow& now);
    // The person came back from a natural break `msAgo` before now: a full interval from their
    // return (a pause goes on; a snooze is over, the break was taken).
    void restartFrom(const ReminderNow& now, std::int64_t msAgo);
    // Remind again exactly `minutes` from now, even past the day's hours; ends a pause.
    void snooze(const ReminderNow& now, int minutes);
    // No reminder before `until`; then a full interval from there.
    void pauseUntil(const ReminderNow& now, const QDateTime& until);
    void pauseForAnHour(const ReminderNow& now);
    // Until midnight: tomorrow's first reminder comes one interval after its hours begin.
    void pauseUntilTomorrow(const ReminderNow& now);
    // Ends a pause: a full interval from now.
    void resume(const ReminderNow& now);
    // The end of the pause, or nullopt when not paused (or the pause is over).
    std::optional<QDateTime> pausedUntil(const ReminderNow& now) const;

private:
    std::optional<QDateTime> placed(const QDateTime& due) const;
    std::optional<QDateTime> nextOpening(const QDateTime& after) const;
    bool inHours(const QDateTime& time) const;
    QDateTime closing(const QDateTime& time) const;
    void startCount(const ReminderNow& now, const QDateTime& from, std::int64_t lengthMs);
    std::int64_t intervalMs() const { return m_rules.intervalMinutes * minuteMs; }

    ReminderRules m_rules;
    // The count runs from the anchor (given on both clocks) for m_lengthMs.
    std::int64_t m_anchorMs = 0;
    QDateTime m_anchorWall;
    std::int64_t m_lengthMs = 50 * minuteMs;
    bool m_snoozed = false; // a snooze keeps its exact time, whatever the hours
    std::optional<QDateTime> m_pausedUntil;
};

} // namespace limber
