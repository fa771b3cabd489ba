#include "reminders.h"

#include "player/clock.h"

#include <QLocale>

#include <algorithm>
#include <spdlog/spdlog.h>

namespace limber {

namespace {

QString timeText(const QDateTime& time, const QDateTime& now)
{
    const QString clock = QLocale().toString(time.time(), QLocale::ShortFormat);
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

void Reminders::setRules(const ReminderRules& rules)
{
    if (rules == m_schedule.rules())
        return;
    m_schedule.setRules(rules, now());
    update();
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
    if (const auto next = m_schedule.next(time))
        return tr("Next break at %1").arg(timeText(std::max(*next, time.wall), time.wall));
    return tr("No day chosen for reminders");
}

void Reminders::breakTaken()
{
    m_schedule.restart(now());
    update();
}

void Reminders::snooze(int minutes)
{
    m_schedule.snooze(now(), minutes);
    // To the millisecond in the log, so "exactly 10 minutes" can be checked by hand.
    spdlog::info("reminder snoozed for {} min: next at {}", minutes, nextText());
    update();
}

void Reminders::pauseForAnHour()
{
    m_schedule.pauseForAnHour(now());
    update();
}

void Reminders::pauseUntilTomorrow()
{
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
    const bool due = m_schedule.check(now());
    arm();
    // The next time changes when a reminder fires or one missed while asleep is dropped.
    emit changed();
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

void Reminders::arm()
{
    const ReminderNow time = now();
    const std::optional<QDateTime> next = m_schedule.next(time);
    if (!next) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(time.wall.msecsTo(*next), 0, maxWaitMs);
    m_timer.start(static_cast<int>(wait));
}

void Reminders::update()
{
    arm();
    emit changed();
}

} // namespace limber
