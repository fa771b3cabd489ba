// The command a launcher, a shortcut or the autostart entry runs to start this Limber:
// plain "limber" when that is the program on PATH (an installed Limber), else the full path
// of the running binary (a build run from its folder).
#pragma once

#include <QString>

namespace limber {

QString launcherProgram();
// For tests: decides for a given running binary.
QString launcherProgramFor(const QString& runningBinary);

} // namespace limber
