#include "reminders.h"

#include "attention_source.h"
#include "idle_source.h"
#include "player/clock.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <spdlog/spdlog.h>

namespace limber {

namespace {

QString timeText(const QDateTime& time, const QDateTime& now)
{
    // Hours and minutes, never seconds (the C locale's short format has them).
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[:.]s+")));
    const QString clock = QLocale().toString(time.time(), format);
    const qint64 days = now.date().daysTo(time.date());
    if (days == 0)
        return clock;
    if (days == 1)
        return Reminders::tr("tomorrow at %1").arg(clock);
    return Reminders::tr("%1 at %2")
        .arg(QLocale().dayName(time.date().dayOfWeek(), QLocale::LongFormat), clock);
}

} // namespace

Reminders::Reminders(const Clock& clock, WallClock wallClock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_wallClock(std::move(wallClock))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Reminders::check);
    m_schedule = ReminderSchedule(ReminderRules {}, now());
}

void Reminders::watch(IdleSource* idle, AttentionSource* attention)
{
    m_idle = idle;
    m_attention = attention;
    // A first look now: an absence that begins before the first timer is seen too.
    check();
}

void Reminders::setRules(const ReminderRules& rules)
{
    if (rules == m_schedule.rules())
        return;
    m_schedule.setRules(rules, now());
    m_policy.forgetHeld();
    // Reminders just switched on look at the desktop at once, as on starting.
    check();
}

std::optional<QDateTime> Reminders::next() const
{
    return m_schedule.next(now());
}

std::optional<QDateTime> Reminders::pausedUntil() const
{
    return m_schedule.pausedUntil(now());
}

QString Reminders::status() const
{
    const ReminderNow time = now();
    if (!rules().enabled)
        return tr("Break reminders are off");
    if (const auto until = m_schedule.pausedUntil(time))
        return tr("Reminders paused until %1").arg(timeText(*until, time.wall));
    if (m_policy.heldSince())
        return tr("A break is waiting for the fullscreen window or do-not-disturb to end");
    if (m_policy.away())
        return tr("Away: the next break counts from your return");
    if (const auto next = m_schedule.next(time)) {
        const QDateTime at = std::max(*next, time.wall);
        // Whole minutes, rounded up: "in 0 min" would be a break already due.
        const qint64 minutes = (time.wall.secsTo(at) + 59) / 60;
        if (minutes < 60)
            return tr("Next break at %1 (in %2 min)").arg(timeText(at, time.wall)).arg(minutes);
        return tr("Next break at %1").arg(timeText(at, time.wall));
    }
    return tr("No day chosen for reminders");
}

void Reminders::breakTaken()
{
    m_policy.forgetHeld();
    m_schedule.restart(now());
    update();
}

void Reminders::snooze(int minutes)
{
    m_policy.forgetHeld();
    m_schedule.snooze(now(), minutes);
    // To the millisecond in the log, so "exactly 10 minutes" can be checked by hand.
    spdlog::info("reminder snoozed for {} min: next at {}", minutes, nextText());
    update();
}

void Reminders::pauseForAnHour()
{
    m_policy.forgetHeld();
    m_schedule.pauseForAnHour(now());
    update();
}

void Reminders::pauseUntilTomorrow()
{
    m_policy.forgetHeld();
    m_schedule.pauseUntilTomorrow(now());
    update();
}

void Reminders::resume()
{
    m_schedule.resume(now());
    update();
}

void Reminders::check()
{
    const DesktopState desktop = desktopState();
    const bool wasAway = m_policy.away();
    const bool wasHeld = m_policy.heldSince().has_value();
    const bool due = m_policy.check(m_schedule, now(), desktop);
    logChange(desktop, wasAway, wasHeld);
    arm();
    // The next time changes when a reminder fires or one missed while asleep is dropped.
    emit changed();
    if (m_policy.cameBack())
        emit naturalBreakEnded();
    if (due) {
        spdlog::info("reminder due; the next at {}", nextText());
        emit reminderDue();
    }
}

std::string Reminders::nextText() const
{
    const std::optional<QDateTime> time = next();
    return time ? time->toString(Qt::ISODateWithMs).toStdString() : std::string("none");
}

ReminderNow Reminders::now() const
{
    return { m_clock.nowMs(), m_wallClock() };
}

DesktopState Reminders::desktopState() const
{
    // Only while reminders are on: nothing is asked of the desktop otherwise.
    DesktopState state;
    if (!rules().enabled)
        return state;
    if (m_idle)
        state.idleMs = m_idle->idleMs();
    if (m_attention) {
        state.fullscreenFocused = m_attention->fullscreenFocused();
        state.doNotDisturb = m_attention->doNotDisturb();
    }
    return state;
}

void Reminders::logChange(const DesktopState& desktop, bool wasAway, bool wasHeld) const
{
    if (m_policy.away() && !wasAway)
        spdlog::info("away from keyboard and mouse for {} s: no reminder until the return",
            desktop.idleMs.value_or(0) / 1000);
    else if (m_policy.cameBack())
        spdlog::info(
            "back {} ms ago: the next reminder at {}", desktop.idleMs.value_or(0), nextText());
    if (m_policy.heldSince() && !wasHeld)
        spdlog::info("reminder held: {}",
            desktop.fullscreenFocused.value_or(false) ? "a fullscreen window has the focus"
                                                      : "do-not-disturb is on");
}

void Reminders::arm()
{
    const ReminderNow time = now();
    const std::optional<QDateTime> next = m_schedule.next(time);
    if (!next) {
        m_timer.stop();
        return;
    }
    const qint64 wait
        = std::clamp<qint64>(m_policy.waitMs(time.wall.msecsTo(*next), rules()), 0, maxWaitMs);
    m_timer.start(static_cast<int>(wait));
}

void Reminders::update()
{
    arm();
    emit changed();
}

} // namespace limber
