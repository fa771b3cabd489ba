// The settings the desktop integration owns: break reminders, the routine a reminder starts
// and whether the "still in the tray" (or, with no tray, "keeps reminding you") notice was
// given. Stored in
// limber.conf (AppSettings); every field has a sensible default for a first run, and a bad
// value in the file gives that default.
#pragma once

#include "reminder_rules.h"
#include "storage/atomic_write.h"

#include <QString>

namespace limber {

class AppSettings;

struct DesktopSettings {
    ReminderRules reminders;
    QString reminderRoutine = QStringLiteral("office-break"); // what Start on a reminder plays
    bool trayNoticeShown = false;
    bool noTrayNoticeShown = false; // "Limber keeps reminding you" with no tray

    static DesktopSettings load();
    // Reads from a file already loaded; bad values become problems of `file`.
    static DesktopSettings read(AppSettings& file);
    // Writes these fields into the settings file, keeping every other key.
    [[nodiscard]] WriteOutcome save() const;

    friend bool operator==(const DesktopSettings&, const DesktopSettings&) = default;
};

} // namespace limber
