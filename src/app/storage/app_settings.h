// Limber's settings file, ~/.config/limber/limber.conf (XDG_CONFIG_HOME honoured each time it
// is opened, so tests can point it at a temporary dir). QSettings saves it atomically.
#pragma once

#include <QSettings>

#include <memory>

namespace limber {

std::unique_ptr<QSettings> openSettings();

} // namespace limber
