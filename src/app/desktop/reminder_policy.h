// What the person is doing decides whether a due reminder shows, as a plain value over the
// ReminderSchedule: it is given "now" and what the desktop lets Limber see, never reads either.
//
// Natural breaks: idle (no keyboard or mouse) for at least the rules' natural break is a break
// of its own. Nothing shows while the person is away, and on their return the interval starts
// again from their return, so they are not greeted with a reminder. A suspend counts as
// time away: the idle read before it plus the suspend itself, each counted once whether or not
// the desktop's idle counter ran on while the machine slept.
//
// Do not disturb: a reminder that comes due while a fullscreen window has the focus or the
// desktop's do-not-disturb is on is held until that ends, or until the rules' longest wait has
// passed, and then shows.
//
// What the desktop cannot say counts as "not away, nothing to wait for": reminders then come
// as the schedule alone says.
#pragma once

#include "reminder_schedule.h"

#include <cstdint>
#include <optional>

namespace limber {

// What the desktop showed at one moment; each part may be unknown on this desktop.
struct DesktopState {
    std::optional<std::int64_t> idleMs; // since the last keyboard or mouse input
    std::optional<bool> fullscreenFocused;
    std::optional<bool> doNotDisturb;

    bool asksForQuiet() const
    {
        return fullscreenFocused.value_or(false) || doNotDisturb.value_or(false);
    }
};

class ReminderPolicy {
public:
    // How often the desktop is looked at while the person is away or a reminder is held:
    // often enough that a held reminder shows soon after a presentation ends.
    static constexpr std::int64_t lookAgainMs = 5'000;

    // Call instead of schedule.check(): true when a reminder is to be shown now.
    bool check(ReminderSchedule& schedule, const ReminderNow& now, const DesktopState& desktop);

    // How long to wait before the next check, given how long until the schedule's next
    // reminder: sooner when the person would count as away by then, or is away, or a
    // reminder is held.
    std::int64_t waitMs(std::int64_t untilDueMs, const ReminderRules& rules) const;

    bool away() const { return m_away; }
    // The last check saw the person back from a natural break (or a suspend as long).
    bool cameBack() const { return m_cameBack; }
    // When the reminder now held back came due, or nullopt.
    std::optional<QDateTime> heldSince() const { return m_heldSince; }

    // A break taken, a snooze, a pause or new rules: no reminder is held any more.
    void forgetHeld() { m_heldSince.reset(); }

private:
    bool m_away = false;
    bool m_cameBack = false;
    std::optional<QDateTime> m_heldSince;
    std::optional<ReminderNow> m_lastCheck; // to measure a suspend between two checks
    std::optional<std::int64_t> m_lastIdleMs;
};

} // namespace limber
