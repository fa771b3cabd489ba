#include "history_text.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace limber {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("limber::History", text);
}

} // namespace

QDate toQDate(LocalDate date)
{
    return { date.year, date.month, date.day };
}

LocalDate fromQDate(QDate date)
{
    return { date.year(), date.month(), date.day() };
}

QString durationText(std::int64_t ms)
{
    if (ms <= 0)
        return tr("0 min");
    if (ms < 60 * 1000)
        return tr("%1 s").arg((ms + 500) / 1000);
    const std::int64_t minutes = (ms + 30 * 1000) / (60 * 1000);
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString longDateText(LocalDate date)
{
    return QLocale().toString(toQDate(date), QStringLiteral("dddd d MMMM yyyy"));
}

QString sessionStartText(const SessionRecord& session)
{
    // The wall clock where it was played: UTC moved by the offset it had then.
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(
        session.startUtcMs + std::int64_t { session.startOffsetMinutes } * 60 * 1000,
        QTimeZone::utc());
    return QLocale().toString(local, QStringLiteral("d MMM yyyy, HH:mm"));
}

QString outcomeText(StretchOutcome outcome)
{
    switch (outcome) {
    case StretchOutcome::Done:
        return tr("done");
    case StretchOutcome::Skipped:
        return tr("skipped");
    case StretchOutcome::NotReached:
        return tr("not reached");
    }
    return {};
}

QString endText(SessionEnd end)
{
    switch (end) {
    case SessionEnd::Finished:
        return tr("finished");
    case SessionEnd::InProgress:
    case SessionEnd::Stopped:
        return tr("stopped");
    case SessionEnd::Closed:
        return tr("closed");
    }
    return {};
}

QString originText(SessionOrigin origin)
{
    switch (origin) {
    case SessionOrigin::MainWindow:
        return tr("the main window");
    case SessionOrigin::Tray:
        return tr("the tray");
    case SessionOrigin::Reminder:
        return tr("a reminder");
    case SessionOrigin::Shortcut:
        return tr("a desktop shortcut");
    case SessionOrigin::CommandLine:
        return tr("the command line");
    }
    return {};
}

QString goalText(const DailyGoal& goal)
{
    if (goal.kind == GoalKind::Minutes)
        return tr("%1 min a day").arg(goal.amount);
    return goal.amount == 1 ? tr("1 session a day") : tr("%1 sessions a day").arg(goal.amount);
}

QString daysText(int days)
{
    return days == 1 ? tr("1 day") : tr("%1 days").arg(days);
}

QString sessionsText(int sessions)
{
    return sessions == 1 ? tr("1 session") : tr("%1 sessions").arg(sessions);
}

} // namespace limber
