#include "app_settings.h"

#include <QStandardPaths>

namespace limber {

std::unique_ptr<QSettings> openSettings()
{
    // An explicit path, because QSettings() works out its default path once per process.
    const QString path = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/limber/limber.conf");
    return std::make_unique<QSettings>(path, QSettings::IniFormat);
}

} // namespace limber
