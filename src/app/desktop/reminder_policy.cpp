#include "reminder_policy.h"

#include <algorithm>

namespace limber {

namespace {

// How long the machine slept between two checks: the wall clock runs on through a suspend,
// the monotonic clock does not.
std::int64_t suspendedMs(const std::optional<ReminderNow>& before, const ReminderNow& now)
{
    if (!before || !before->wall.isValid() || !now.wall.isValid())
        return 0;
    const std::int64_t wallMs = before->wall.msecsTo(now.wall);
    const std::int64_t steadyMs = now.monotonicMs - before->monotonicMs;
    return std::max<std::int64_t>(0, wallMs - steadyMs);
}

} // namespace

bool ReminderPolicy::check(
    ReminderSchedule& schedule, const ReminderNow& now, const DesktopState& desktop)
{
    const std::int64_t sleptMs = suspendedMs(m_lastCheck, now);
    const std::int64_t idleBeforeMs = m_lastIdleMs.value_or(0);
    m_lastCheck = now;
    m_lastIdleMs = desktop.idleMs;
    m_cameBack = false;
    const ReminderRules& rules = schedule.rules();

    if (desktop.idleMs) {
        const std::int64_t breakMs = std::int64_t { rules.naturalBreakSeconds } * 1000;
        const std::int64_t idleMs = std::max<std::int64_t>(0, *desktop.idleMs);
        if (idleMs >= breakMs) {
            m_away = true;
            m_heldSince.reset();
            return false;
        }
        // The idle read before a suspend plus the suspend: the sleep is counted once, whether
        // or not the idle counter ran through it (the reading before it cannot hold it).
        if (m_away || idleBeforeMs + sleptMs >= breakMs) {
            // Back from a natural break: a full interval from their latest input, which the
            // idle time dates to the millisecond however late this check comes.
            m_away = false;
            m_cameBack = true;
            m_heldSince.reset();
            schedule.restartFrom(now, idleMs);
            return false;
        }
    }

    if (m_heldSince) {
        const std::int64_t longestMs = rules.longestWaitMinutes * ReminderSchedule::minuteMs;
        if (desktop.asksForQuiet() && m_heldSince->msecsTo(now.wall) < longestMs)
            return false;
        // Shown now: the next interval counts from here, not from when it came due.
        m_heldSince.reset();
        schedule.restart(now);
        return true;
    }

    if (!schedule.check(now))
        return false;
    if (desktop.asksForQuiet() && rules.longestWaitMinutes > 0) {
        m_heldSince = now.wall;
        return false;
    }
    return true;
}

std::int64_t ReminderPolicy::waitMs(std::int64_t untilDueMs, const ReminderRules& rules) const
{
    // While away the schedule's time has no meaning: the count starts again on the return.
    if (m_away || m_heldSince)
        return lookAgainMs;
    std::int64_t wait = std::max<std::int64_t>(0, untilDueMs);
    if (m_lastIdleMs) {
        // Look when they would have been idle for a natural break, so a short one is seen.
        const std::int64_t breakMs = std::int64_t { rules.naturalBreakSeconds } * 1000;
        wait = std::min(wait, std::max<std::int64_t>(0, breakMs - *m_lastIdleMs));
    }
    return wait;
}

} // namespace limber
