#include "launch_failure.h"

#include "shared/words.h"

#include <QMessageBox>
#include <QStringList>

#include <unistd.h>

namespace limber {

bool launchFailureNeedsWindow()
{
    if (isatty(STDIN_FILENO) || isatty(STDERR_FILENO))
        return false;
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    if (platform.startsWith(QLatin1String("offscreen"))
        || platform.startsWith(QLatin1String("minimal")))
        return false;
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

void showLaunchFailure(const QString& target, const Diagnostics& problems)
{
    QStringList lines;
    for (const Diagnostic& problem : problems)
        lines << qs(formatDiagnostic(problem));
    QMessageBox box(QMessageBox::Warning, QObject::tr("Limber cannot play this routine"),
        QObject::tr("Limber cannot play \"%1\".").arg(target));
    box.setObjectName(QStringLiteral("launch-failure"));
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    box.setStandardButtons(QMessageBox::Close);
    box.exec();
}

} // namespace limber
