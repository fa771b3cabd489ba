#include "launcher.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

namespace limber {

QString launcherProgram()
{
    return launcherProgramFor(QCoreApplication::applicationFilePath());
}

QString launcherProgramFor(const QString& runningBinary)
{
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("limber"));
    const QString running = QFileInfo(runningBinary).canonicalFilePath();
    if (!onPath.isEmpty() && QFileInfo(onPath).canonicalFilePath() == running)
        return QStringLiteral("limber");
    return running.isEmpty() ? QStringLiteral("limber") : running;
}

} // namespace limber
