#include "desktop_settings.h"

#include "storage/app_settings.h"

#include <QVariant>

#include <algorithm>

namespace limber {

namespace {

const QString enabledKey = QStringLiteral("reminders/enabled");
const QString intervalKey = QStringLiteral("reminders/interval_minutes");
const QString daysKey = QStringLiteral("reminders/days");
const QString startKey = QStringLiteral("reminders/start");
const QString endKey = QStringLiteral("reminders/end");
const QString routineKey = QStringLiteral("reminders/routine");
const QString fullScreenKey = QStringLiteral("player/full_screen");
const QString trayNoticeKey = QStringLiteral("desktop/tray_notice_shown");

const QString timeFormat = QStringLiteral("HH:mm");

QTime readTime(const QSettings& settings, const QString& key, QTime fallback)
{
    const QTime time = QTime::fromString(settings.value(key).toString(), timeFormat);
    return time.isValid() ? time : fallback;
}

} // namespace

DesktopSettings DesktopSettings::load()
{
    const auto settings = openSettings();
    DesktopSettings loaded;
    ReminderRules& rules = loaded.reminders;
    rules.enabled = settings->value(enabledKey, rules.enabled).toBool();
    rules.intervalMinutes = std::clamp(settings->value(intervalKey, rules.intervalMinutes).toInt(),
        ReminderRules::minInterval, ReminderRules::maxInterval);
    rules.days = settings->value(daysKey, rules.days).toInt() & ReminderRules::everyDay;
    rules.start = readTime(*settings, startKey, rules.start);
    rules.end = readTime(*settings, endKey, rules.end);
    const QString routine = settings->value(routineKey).toString();
    if (!routine.isEmpty())
        loaded.reminderRoutine = routine;
    loaded.fullScreenPlayer = settings->value(fullScreenKey, loaded.fullScreenPlayer).toBool();
    loaded.trayNoticeShown = settings->value(trayNoticeKey, loaded.trayNoticeShown).toBool();
    return loaded;
}

bool DesktopSettings::save() const
{
    const auto settings = openSettings();
    settings->setValue(enabledKey, reminders.enabled);
    settings->setValue(intervalKey, reminders.intervalMinutes);
    settings->setValue(daysKey, reminders.days);
    settings->setValue(startKey, reminders.start.toString(timeFormat));
    settings->setValue(endKey, reminders.end.toString(timeFormat));
    settings->setValue(routineKey, reminderRoutine);
    settings->setValue(fullScreenKey, fullScreenPlayer);
    settings->setValue(trayNoticeKey, trayNoticeShown);
    settings->sync();
    return settings->status() == QSettings::NoError;
}

} // namespace limber
