// One running Limber per user session. A second launch hands its request (its arguments and
// working folder) to the running one over a local socket and exits; the running one says
// what it was asked through requestReceived. A socket left by a crashed Limber is removed.
#pragma once

#include "cli/command_line.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace limber {

class SingleInstance : public QObject {
    Q_OBJECT

public:
    // The default name is a socket in the user's runtime dir (XDG_RUNTIME_DIR).
    explicit SingleInstance(QString serverName = defaultServerName(), QObject* parent = nullptr);
    ~SingleInstance() override;

    static QString defaultServerName();
    QString serverName() const { return m_serverName; }

    // Gives `arguments` (without the program name) to a running instance: true when it took
    // them (this process may exit), false when none runs or it did not answer in time.
    bool handOff(const QStringList& arguments, int timeoutMs = 3000) const;
    // Becomes the running instance; recovers the socket of one that crashed. False when
    // the socket cannot be made (Limber then simply runs on its own).
    bool listen();
    bool isListening() const;

    // A request as a running instance reads it: relative paths (a routine file) resolved
    // against the folder the second launch was started from.
    static CommandLine parseRequest(const QStringList& arguments, const QString& workingDirectory);

signals:
    void requestReceived(const QStringList& arguments, const QString& workingDirectory);

private:
    void acceptConnections();
    void readRequest(QLocalSocket* socket);

    QString m_serverName;
    QLocalServer* m_server = nullptr;
};

} // namespace limber
