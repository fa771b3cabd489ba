// The settings the desktop integration owns: break reminders, the routine a reminder starts,
// the full-screen player and whether the "still in the tray" notice was given. Stored in
// limber.conf (openSettings()); every field has a sensible default for a first run.
#pragma once

#include "reminder_rules.h"

#include <QString>

namespace limber {

struct DesktopSettings {
    ReminderRules reminders;
    QString reminderRoutine = QStringLiteral("office-break"); // what Start on a reminder plays
    bool fullScreenPlayer = false;
    bool trayNoticeShown = false;

    static DesktopSettings load();
    // False when the settings file could not be written.
    bool save() const;

    friend bool operator==(const DesktopSettings&, const DesktopSettings&) = default;
};

} // namespace limber
