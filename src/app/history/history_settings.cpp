#include "history_settings.h"

#include "storage/app_settings.h"

namespace limber {

namespace {

const QString enabledKey = QStringLiteral("history/enabled");
// A yes/no rather than a word, so that the file's own typed reads check it.
const QString goalInSessionsKey = QStringLiteral("history/goal_in_sessions");
const QString goalMinutesKey = QStringLiteral("history/goal_minutes");
const QString goalSessionsKey = QStringLiteral("history/goal_sessions");
const QString skipRemindersKey = QStringLiteral("history/skip_reminders_when_goal_met");

} // namespace

HistorySettings HistorySettings::load()
{
    AppSettings file = AppSettings::load();
    return read(file);
}

HistorySettings HistorySettings::read(AppSettings& file)
{
    HistorySettings loaded;
    loaded.enabled = file.boolean(enabledKey, loaded.enabled);
    loaded.goalKind
        = file.boolean(goalInSessionsKey, false) ? GoalKind::Sessions : GoalKind::Minutes;
    loaded.goalMinutes = file.integer(goalMinutesKey, goalMinutesRange, loaded.goalMinutes);
    loaded.goalSessions = file.integer(goalSessionsKey, goalSessionsRange, loaded.goalSessions);
    loaded.skipRemindersWhenGoalMet
        = file.boolean(skipRemindersKey, loaded.skipRemindersWhenGoalMet);
    return loaded;
}

WriteOutcome HistorySettings::save() const
{
    AppSettings file = AppSettings::load();
    file.setBoolean(enabledKey, enabled);
    file.setBoolean(goalInSessionsKey, goalKind == GoalKind::Sessions);
    file.setInteger(goalMinutesKey, goalMinutes);
    file.setInteger(goalSessionsKey, goalSessions);
    file.setBoolean(skipRemindersKey, skipRemindersWhenGoalMet);
    return file.save();
}

} // namespace limber
