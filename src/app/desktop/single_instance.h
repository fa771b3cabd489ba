// One running Limber per user session. A second launch hands its request (its arguments and
// working folder) to the running one over a local socket and exits; the running one says
// what it was asked through requestReceived. A socket left by a crashed Limber is removed.
// Only a Limber of the same user is ever talked to: the socket lives in a private folder and
// each end checks the other's user id (SO_PEERCRED) before reading or sending anything.
#pragma once

#include "launch_request.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QLocalServer;
class QLocalSocket;

namespace limber {

class SingleInstance : public QObject {
    Q_OBJECT

public:
    // The default name is a socket in the user's private runtime dir; "" when there is none,
    // and then this instance neither hands off nor listens.
    explicit SingleInstance(QString serverName = defaultServerName(), QObject* parent = nullptr);
    ~SingleInstance() override;

    static QString defaultServerName();
    QString serverName() const { return m_serverName; }

    // Gives `arguments` (without the program name) to a running instance of this user: true
    // when it took them (this process may exit), false when none runs, it is another user's,
    // it declined them or it did not answer in time.
    bool handOff(const QStringList& arguments, int timeoutMs = 10'000) const;
    // Becomes the running instance; recovers the socket of one that crashed. False when
    // the socket cannot be made (Limber then simply runs on its own).
    bool listen();
    bool isListening() const;

    enum class Claim { HandedOff, Listening, OnItsOwn };
    // handOff, else listen, under a lock shared by every launch of this user: of two launches
    // started together exactly one listens and the other hands off to it.
    Claim handOffOrListen(const QStringList& arguments);

    // Which requests this instance takes (all, unless set): the others are declined, and the
    // launch that sent one goes on by itself.
    void setAcceptedRequests(std::function<bool(const LaunchRequest&)> accepts);

    // A request as a running instance reads it: relative paths (a routine file) resolved
    // against the folder the second launch was started from; what it plays comes from the
    // command line.
    static LaunchRequest parseRequest(
        const QStringList& arguments, const QString& workingDirectory);

signals:
    // Emitted from the event loop, after the request was answered.
    void requestReceived(const QStringList& arguments, const QString& workingDirectory);

private:
    void acceptConnections();
    void readRequest(QLocalSocket* socket);

    QString m_serverName;
    QLocalServer* m_server = nullptr;
    std::function<bool(const LaunchRequest&)> m_accepts;
};

} // namespace limber
