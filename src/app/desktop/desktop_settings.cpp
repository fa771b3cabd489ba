#include "desktop_settings.h"

#include "storage/app_settings.h"

namespace limber {

namespace {

const QString enabledKey = QStringLiteral("reminders/enabled");
const QString intervalKey = QStringLiteral("reminders/interval_minutes");
const QString daysKey = QStringLiteral("reminders/days");
const QString startKey = QStringLiteral("reminders/start");
const QString endKey = QStringLiteral("reminders/end");
const QString naturalBreakKey = QStringLiteral("reminders/natural_break_seconds");
const QString longestWaitKey = QStringLiteral("reminders/longest_wait_minutes");
const QString routineKey = QStringLiteral("reminders/routine");
const QString trayNoticeKey = QStringLiteral("desktop/tray_notice_shown");
const QString noTrayNoticeKey = QStringLiteral("desktop/no_tray_notice_shown");

} // namespace

DesktopSettings DesktopSettings::load()
{
    AppSettings file = AppSettings::load();
    return read(file);
}

DesktopSettings DesktopSettings::read(AppSettings& file)
{
    DesktopSettings loaded;
    ReminderRules& rules = loaded.reminders;
    rules.enabled = file.boolean(enabledKey, rules.enabled);
    rules.intervalMinutes = file.integer(intervalKey,
        { ReminderRules::minInterval, ReminderRules::maxInterval }, rules.intervalMinutes);
    rules.days = file.integer(daysKey, { 0, ReminderRules::everyDay }, rules.days);
    rules.start = file.time(startKey, rules.start);
    rules.end = file.time(endKey, rules.end);
    rules.naturalBreakSeconds = file.integer(naturalBreakKey,
        { ReminderRules::minNaturalBreakSeconds, ReminderRules::maxNaturalBreakSeconds },
        rules.naturalBreakSeconds);
    rules.longestWaitMinutes = file.integer(
        longestWaitKey, { 0, ReminderRules::maxLongestWait }, rules.longestWaitMinutes);
    loaded.reminderRoutine = file.id(routineKey, loaded.reminderRoutine);
    loaded.trayNoticeShown = file.boolean(trayNoticeKey, loaded.trayNoticeShown);
    loaded.noTrayNoticeShown = file.boolean(noTrayNoticeKey, loaded.noTrayNoticeShown);
    return loaded;
}

WriteOutcome DesktopSettings::save() const
{
    AppSettings file = AppSettings::load();
    file.setBoolean(enabledKey, reminders.enabled);
    file.setInteger(intervalKey, reminders.intervalMinutes);
    file.setInteger(daysKey, reminders.days);
    file.setText(startKey, reminders.start.toString(QStringLiteral("HH:mm")));
    file.setText(endKey, reminders.end.toString(QStringLiteral("HH:mm")));
    file.setInteger(naturalBreakKey, reminders.naturalBreakSeconds);
    file.setInteger(longestWaitKey, reminders.longestWaitMinutes);
    file.setText(routineKey, reminderRoutine);
    file.setBoolean(trayNoticeKey, trayNoticeShown);
    file.setBoolean(noTrayNoticeKey, noTrayNoticeShown);
    return file.save();
}

} // namespace limber
