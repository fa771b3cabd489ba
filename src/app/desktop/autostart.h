// Starting Limber at login: an XDG autostart entry (~/.config/autostart) that starts it in
// the tray, so break reminders run without a window. The file is the setting.
#pragma once

#include "storage/atomic_write.h"

#include <QString>

namespace limber {

QString autostartPath();
bool isAutostartEnabled();
// Writes or removes the entry.
[[nodiscard]] WriteOutcome setAutostartEnabled(bool enabled, const QString& program);

} // namespace limber
