#include "data_locations.h"

#include <QDir>
#include <QStandardPaths>

namespace limber {

namespace {

// Qt 6.4 has no StateLocation (it came in 6.7), so XDG_STATE_HOME is read by hand.
QString stateHome()
{
    const QString fromEnv = qEnvironmentVariable("XDG_STATE_HOME");
    if (QDir::isAbsolutePath(fromEnv))
        return fromEnv;
    return QDir::homePath() + QStringLiteral("/.local/state");
}

} // namespace

DataLocations DataLocations::standard()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/limber");
    return { data + QStringLiteral("/exercises"), data + QStringLiteral("/routines"),
        stateHome() + QStringLiteral("/limber"), data + QStringLiteral("/history.sqlite") };
}

} // namespace limber
