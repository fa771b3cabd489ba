#include "desktop_test_support.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>

namespace desktop_test {

namespace {

const QList<std::pair<QByteArray, QString>> variables {
    { "HOME", QStringLiteral("home") },
    { "XDG_CONFIG_HOME", QStringLiteral("config") },
    { "XDG_DATA_HOME", QStringLiteral("data") },
    { "XDG_STATE_HOME", QStringLiteral("state") },
    { "XDG_RUNTIME_DIR", QStringLiteral("runtime") },
};

} // namespace

TestDirs::TestDirs()
{
    REQUIRE(m_dir.isValid());
    for (const auto& [name, folder] : variables) {
        m_saved[name] = qgetenv(name.constData());
        const QString path = m_dir.filePath(folder);
        QDir().mkpath(path);
        // The runtime dir must be private, or Qt refuses it.
        QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv(name.constData(), path.toLocal8Bit());
    }
}

TestDirs::~TestDirs()
{
    for (const auto& [name, value] : m_saved) {
        if (value.isEmpty())
            qunsetenv(name.constData());
        else
            qputenv(name.constData(), value);
    }
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
