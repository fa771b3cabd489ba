// Break reminders in the running app: the ReminderSchedule fed by the app's monotonic clock
// and the wall clock, and the ReminderPolicy fed by what the desktop shows of the person (idle
// time, a fullscreen window, do-not-disturb), woken by a timer at the next reminder (and at
// least once a minute, so a machine waking from suspend is noticed soon), saying when a
// reminder is due.
#pragma once

#include "reminder_policy.h"
#include "reminder_schedule.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <string>

namespace limber {

class AttentionSource;
class Clock;
class IdleSource;

class Reminders : public QObject {
    Q_OBJECT

public:
    using WallClock = std::function<QDateTime()>;
    static constexpr int maxWaitMs = 60'000;

    // Tests pass fake clocks and call check() themselves.
    Reminders(const Clock& clock, WallClock wallClock, QObject* parent = nullptr);

    // Where the person's idle time and wish for quiet are read (the app's DesktopWatch, a
    // test's fakes), not owned; null: reminders come as the schedule alone says.
    void watch(IdleSource* idle, AttentionSource* attention);

    const ReminderRules& rules() const { return m_schedule.rules(); }
    void setRules(const ReminderRules& rules);

    std::optional<QDateTime> next() const;
    std::optional<QDateTime> pausedUntil() const;
    // What the tray shows: "Next break at 14:50", "Paused until 15:30", "Break reminders are off",
    // "A break is waiting for the fullscreen window or do-not-disturb to end".
    QString status() const;
    // How long the timer waits now (for tests); -1 when it is stopped.
    int waitMs() const { return m_timer.isActive() ? m_timer.interval() : -1; }

    // A break was taken, or the reminder skipped: a full interval from now.
    void breakTaken();
    void snooze(int minutes);
    void pauseForAnHour();
    void pauseUntilTomorrow();
    void resume();

    // Reads the clocks: emits reminderDue once when a reminder is due, then waits again.
    void check();

signals:
    void reminderDue();
    // The person came back from a natural break: a reminder still on screen is out of date.
    void naturalBreakEnded();
    void changed(); // the rules, the next time or the pause changed

private:
    ReminderNow now() const;
    DesktopState desktopState() const;
    void logChange(const DesktopState& desktop, bool wasAway, bool wasHeld) const;
    std::string nextText() const; // the next time for the log
    void arm();
    void update();

    const Clock& m_clock;
    WallClock m_wallClock;
    ReminderSchedule m_schedule;
    ReminderPolicy m_policy;
    IdleSource* m_idle = nullptr;
    AttentionSource* m_attention = nullptr;
    QTimer m_timer;
};

} // namespace limber
