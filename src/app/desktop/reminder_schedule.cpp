#include "reminder_schedule.h"

#include <algorithm>

namespace limber {

namespace {

// A wall-clock time on `date` at `time`, in the same kind of time (local, UTC, offset) as
// `like`, so a schedule fed UTC times in tests reads its hours in UTC.
QDateTime at(QDate date, QTime time, const QDateTime& like)
{
    if (like.timeSpec() == Qt::OffsetFromUTC)
        return QDateTime(date, time, Qt::OffsetFromUTC, like.offsetFromUtc());
    return QDateTime(date, time, like.timeSpec());
}

} // namespace

ReminderSchedule::ReminderSchedule(const ReminderRules& rules, const ReminderNow& now)
    : m_rules(rules)
{
    restart(now);
}

void ReminderSchedule::setRules(const ReminderRules& rules, const ReminderNow& now)
{
    const bool sameTimetable = rules.enabled == m_rules.enabled
        && rules.intervalMinutes == m_rules.intervalMinutes && rules.days == m_rules.days
        && rules.start == m_rules.start && rules.end == m_rules.end;
    m_rules = rules;
    // The natural break and the longest wait do not move the next reminder.
    if (sameTimetable)
        return;
    if (const auto until = pausedUntil(now))
        startCount(now, *until, intervalMs());
    else
        restart(now);
}

std::optional<QDateTime> ReminderSchedule::next(const ReminderNow& now) const
{
    if (!m_rules.enabled || (m_rules.days & ReminderRules::everyDay) == 0 || !now.wall.isValid())
        return std::nullopt;
    // The larger of the two: the wall clock runs on through a suspend, the monotonic one
    // through the wall clock being set back.
    const std::int64_t elapsed
        = std::max<std::int64_t>(now.monotonicMs - m_anchorMs, m_anchorWall.msecsTo(now.wall));
    const QDateTime due = now.wall.addMSecs(m_lengthMs - elapsed);
    if (m_snoozed)
        return due;
    return placed(due);
}

bool ReminderSchedule::check(const ReminderNow& now)
{
    const std::optional<QDateTime> due = next(now);
    if (!due || *due > now.wall)
        return false;
    const bool onTime = due->msecsTo(now.wall) <= graceMs;
    const bool hoursStillOn = inHours(*due) && inHours(now.wall) && due->date() == now.wall.date();
    if (onTime || hoursStillOn) {
        // Fires once however much time was missed: the count starts again from now.
        restart(now);
        return true;
    }
    // Missed while asleep, and its hours have ended since: no stale reminder on waking.
    m_snoozed = false;
    if (inHours(now.wall)) {
        startCount(now, now.wall, intervalMs());
    } else if (const auto opening = nextOpening(now.wall)) {
        startCount(now, *opening, intervalMs());
    }
    return false;
}

void ReminderSchedule::restart(const ReminderNow& now)
{
    if (pausedUntil(now))
        return;
    m_pausedUntil.reset();
    m_snoozed = false;
    startCount(now, now.wall, intervalMs());
}

void ReminderSchedule::restartFrom(const ReminderNow& now, std::int64_t msAgo)
{
    if (pausedUntil(now))
        return;
    m_pausedUntil.reset();
    m_snoozed = false;
    startCount(now, now.wall.addMSecs(-msAgo), intervalMs());
}

void ReminderSchedule::snooze(const ReminderNow& now, int minutes)
{
    m_pausedUntil.reset();
    m_snoozed = true;
    startCount(now, now.wall, minutes * minuteMs);
}

void ReminderSchedule::pauseUntil(const ReminderNow& now, const QDateTime& until)
{
    m_pausedUntil = until;
    m_snoozed = false;
    startCount(now, until, intervalMs());
}

void ReminderSchedule::pauseForAnHour(const ReminderNow& now)
{
    pauseUntil(now, now.wall.addSecs(3600));
}

void ReminderSchedule::pauseUntilTomorrow(const ReminderNow& now)
{
    pauseUntil(now, at(now.wall.date().addDays(1), QTime(0, 0), now.wall));
}

void ReminderSchedule::resume(const ReminderNow& now)
{
    m_pausedUntil.reset();
    restart(now);
}

std::optional<QDateTime> ReminderSchedule::pausedUntil(const ReminderNow& now) const
{
    if (m_pausedUntil && *m_pausedUntil > now.wall)
        return m_pausedUntil;
    return std::nullopt;
}

std::optional<QDateTime> ReminderSchedule::placed(const QDateTime& due) const
{
    if (inHours(due))
        return due;
    // Outside the hours: the count starts again when they next begin.
    const std::optional<QDateTime> opening = nextOpening(due);
    if (!opening)
        return std::nullopt;
    return std::min(opening->addMSecs(intervalMs()), closing(*opening));
}

std::optional<QDateTime> ReminderSchedule::nextOpening(const QDateTime& after) const
{
    const QTime opens = m_rules.allDay() ? QTime(0, 0) : m_rules.start;
    // Eight days: the same weekday a week later is the furthest an opening can be.
    for (qint64 day = 0; day <= 7; ++day) {
        const QDate date = after.date().addDays(day);
        if (!m_rules.hasDay(date.dayOfWeek()))
            continue;
        const QDateTime opening = at(date, opens, after);
        if (opening > after)
            return opening;
    }
    return std::nullopt;
}

bool ReminderSchedule::inHours(const QDateTime& time) const
{
    if (!m_rules.hasDay(time.date().dayOfWeek()))
        return false;
    if (m_rules.allDay())
        return true;
    return time.time() >= m_rules.start && time.time() < m_rules.end;
}

QDateTime ReminderSchedule::closing(const QDateTime& time) const
{
    if (m_rules.allDay())
        return at(time.date().addDays(1), QTime(0, 0), time);
    return at(time.date(), m_rules.end, time);
}

void ReminderSchedule::startCount(
    const ReminderNow& now, const QDateTime& from, std::int64_t lengthMs)
{
    m_anchorWall = from;
    m_anchorMs = now.monotonicMs + now.wall.msecsTo(from);
    m_lengthMs = lengthMs;
}

} // namespace limber
