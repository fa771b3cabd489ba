// The words and numbers of the history pages: durations, days, outcomes, how a session ended.
#pragma once

#include <limber/history.h>
#include <limber/history_stats.h>

#include <QDate>
#include <QString>

namespace limber {

QDate toQDate(LocalDate date);
LocalDate fromQDate(QDate date);
// "45 s", "12 min", "1 h 05 min": stretching time, rounded to the minute from a minute on.
QString durationText(std::int64_t ms);
// "Tuesday 3 March 2026" in the person's locale.
QString longDateText(LocalDate date);
// "3 Mar 2026, 08:15", the local time where the session was played.
QString sessionStartText(const SessionRecord& session);
// "done", "skipped", "not reached".
QString outcomeText(StretchOutcome outcome);
// "finished", "stopped", "closed"; a session never ended reads as stopped.
QString endText(SessionEnd end);
// "the main window", "the tray", …
QString originText(SessionOrigin origin);
// "5 min a day", "2 sessions a day".
QString goalText(const DailyGoal& goal);
// "4 days", "1 day".
QString daysText(int days);
// "3 sessions", "1 session".
QString sessionsText(int sessions);

} // namespace limber
