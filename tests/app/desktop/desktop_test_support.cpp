#include "desktop_test_support.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>

namespace desktop_test {

limber::ReminderRules everyMinutes(int minutes)
{
    limber::ReminderRules rules;
    rules.enabled = true;
    rules.intervalMinutes = minutes;
    rules.days = limber::ReminderRules::everyDay;
    rules.start = rules.end = QTime(0, 0);
    return rules;
}

RunResult run(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    RunResult result;
    result.started = process.waitForStarted(10'000);
    if (!result.started)
        return result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5'000);
    }
    result.output = QString::fromUtf8(process.readAll());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

QString findTool(const QString& tool)
{
    return QStandardPaths::findExecutable(tool);
}

} // namespace desktop_test
