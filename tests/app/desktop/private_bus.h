// A D-Bus bus of the test's own: a dbus-daemon with a config written for it (no service it
// could start, so a name has an owner only when a test gives it one), stopped when the test
// ends. Nothing reaches the desktop's session bus, and no test depends on what runs there.
#pragma once

#include <QDBusConnection>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace desktop_test {

class PrivateBus {
public:
    PrivateBus();
    ~PrivateBus();
    PrivateBus(const PrivateBus&) = delete;
    PrivateBus& operator=(const PrivateBus&) = delete;

    // "" when the bus runs, else why not (no dbus-daemon: the test says it was skipped).
    const QString& problem() const { return m_problem; }
    // What DBUS_SESSION_BUS_ADDRESS would hold for a program on this bus.
    const QString& address() const { return m_address; }
    // A new connection to the bus, as a separate client would have.
    QDBusConnection connect();

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
    QString m_problem;
    QStringList m_connections;
};

} // namespace desktop_test
