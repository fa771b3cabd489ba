#include "private_bus.h"

#include "desktop_test_support.h"

#include <QFile>

namespace desktop_test {

namespace {

// A session bus anyone on it may use fully, listening in the test's own folder.
QByteArray busConfig(const QString& folder)
{
    return QStringLiteral(R"(<!DOCTYPE busconfig PUBLIC
 "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=%1</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)")
        .arg(folder)
        .toUtf8();
}

int nextConnection = 0;

} // namespace

PrivateBus::PrivateBus()
{
    const QString daemon = findTool(QStringLiteral("dbus-daemon"));
    if (daemon.isEmpty()) {
        m_problem = QStringLiteral("dbus-daemon is not installed (.ci/install-deps installs dbus)");
        return;
    }
    REQUIRE(m_dir.isValid());
    QFile config(m_dir.filePath(QStringLiteral("bus.conf")));
    REQUIRE(config.open(QIODevice::WriteOnly));
    config.write(busConfig(m_dir.path()));
    config.close();

    m_daemon.start(daemon,
        { QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--nofork"),
            QStringLiteral("--print-address=1") });
    if (!m_daemon.waitForStarted(10'000)) {
        m_problem = QStringLiteral("dbus-daemon did not start: ") + m_daemon.errorString();
        return;
    }
    // The daemon prints its address once it listens.
    while (!m_daemon.canReadLine() && m_daemon.waitForReadyRead(10'000)) { }
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    if (m_address.isEmpty())
        m_problem = QStringLiteral("dbus-daemon gave no address: ")
            + QString::fromLocal8Bit(m_daemon.readAllStandardError());
}

PrivateBus::~PrivateBus()
{
    for (const QString& name : m_connections)
        QDBusConnection::disconnectFromBus(name);
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5'000))
            m_daemon.kill();
        m_daemon.waitForFinished(5'000);
    }
}

QDBusConnection PrivateBus::connect()
{
    const QString name = QStringLiteral("limber-test-bus-%1").arg(++nextConnection);
    m_connections << name;
    QDBusConnection connection = QDBusConnection::connectToBus(m_address, name);
    REQUIRE(connection.isConnected());
    return connection;
}

} // namespace desktop_test
