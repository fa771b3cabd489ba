// When break reminders come: every N minutes within chosen days and hours, starting again
// after a natural break and waiting out a fullscreen window or do-not-disturb. A plain value,
// read from and written to the settings by DesktopSettings.
#pragma once

#include <QTime>

namespace limber {

struct ReminderRules {
    static constexpr int minInterval = 1;
    static constexpr int maxInterval = 240;
    static constexpr int weekdays = 0b0011111; // Monday (bit 0) to Friday
    static constexpr int everyDay = 0b1111111;
    static constexpr int minNaturalBreakSeconds = 30;
    static constexpr int maxNaturalBreakSeconds = 3600;
    static constexpr int maxLongestWait = 240;

    bool enabled = false;
    int intervalMinutes = 50;
    int days = weekdays; // bit (Qt::DayOfWeek - 1): Monday is bit 0, Sunday bit 6
    // Reminders come from `start` until `end` on each chosen day; start >= end means all day.
    QTime start { 9, 0 };
    QTime end { 18, 0 };
    // Away from keyboard and mouse this long is a break of its own: the interval starts again
    // from the return. Seconds, so that a short threshold can be tried by hand.
    int naturalBreakSeconds = 300;
    // How long a reminder due during a fullscreen window or do-not-disturb waits for it to end
    // before it shows anyway; 0 shows it at once.
    int longestWaitMinutes = 30;

    bool hasDay(int dayOfWeek) const { return (days >> (dayOfWeek - 1) & 1) != 0; }
    bool allDay() const { return start >= end; }

    friend bool operator==(const ReminderRules&, const ReminderRules&) = default;
};

} // namespace limber
