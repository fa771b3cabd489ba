#include "single_instance.h"

#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

namespace limber {

namespace {

// The first bytes of a request, so a stray client is not taken for a launch.
constexpr quint32 requestMagic = 0x4c4d4252; // "LMBR"
constexpr quint8 acceptedReply = 1;
constexpr auto streamVersion = QDataStream::Qt_6_4;

bool isAnswering(const QString& serverName)
{
    QLocalSocket socket;
    socket.connectToServer(serverName);
    return socket.waitForConnected(1000);
}

} // namespace

SingleInstance::SingleInstance(QString serverName, QObject* parent)
    : QObject(parent)
    , m_serverName(std::move(serverName))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
    // The runtime dir is private to the user and emptied at logout; without one, the socket
    // goes in the temporary dir under a name of its own per user.
    QString dir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        return QDir::temp().filePath(
            QStringLiteral("limber-%1.socket")
                .arg(qEnvironmentVariable("USER", QStringLiteral("user"))));
    return QDir(dir).filePath(QStringLiteral("limber.socket"));
}

bool SingleInstance::handOff(const QStringList& arguments, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;

    QByteArray request;
    QDataStream out(&request, QIODevice::WriteOnly);
    out.setVersion(streamVersion);
    out << requestMagic << arguments << QDir::currentPath();
    socket.write(request);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // Wait for the running instance to say it took the request.
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    char reply = 0;
    socket.getChar(&reply);
    socket.disconnectFromServer();
    return static_cast<quint8>(reply) == acceptedReply;
}

bool SingleInstance::listen()
{
    if (isListening())
        return true;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    bool listening = m_server->listen(m_serverName);
    if (!listening && m_server->serverError() == QAbstractSocket::AddressInUseError
        && !isAnswering(m_serverName)) {
        // The socket file is there but nobody answers on it: left by a Limber that crashed.
        spdlog::info("removing a stale instance socket at {}", m_serverName.toStdString());
        QLocalServer::removeServer(m_serverName);
        listening = m_server->listen(m_serverName);
    }
    if (listening) {
        spdlog::debug("listening for other launches at {}", m_serverName.toStdString());
        return true;
    }
    spdlog::warn("cannot listen for other launches at {}: {}", m_serverName.toStdString(),
        m_server->errorString().toStdString());
    return false;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

CommandLine SingleInstance::parseRequest(
    const QStringList& arguments, const QString& workingDirectory)
{
    CommandLine line = parseCommandLine(QStringList { QStringLiteral("limber") } + arguments);
    if (!line.target.isEmpty() && QFileInfo(line.target).isRelative()) {
        const QString resolved = QDir(workingDirectory).filePath(line.target);
        if (QFileInfo(resolved).isFile())
            line.target = QDir::cleanPath(resolved);
    }
    return line;
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        if (socket->bytesAvailable() > 0)
            readRequest(socket);
    }
}

void SingleInstance::readRequest(QLocalSocket* socket)
{
    QDataStream in(socket);
    in.setVersion(streamVersion);
    in.startTransaction();
    quint32 magic = 0;
    QStringList arguments;
    QString workingDirectory;
    in >> magic >> arguments >> workingDirectory;
    if (!in.commitTransaction())
        return; // not all there yet: readyRead comes again
    if (magic != requestMagic) {
        socket->abort();
        return;
    }
    socket->putChar(static_cast<char>(acceptedReply));
    socket->flush();
    spdlog::info("another launch asked: {}", arguments.join(QLatin1Char(' ')).toStdString());
    emit requestReceived(arguments, workingDirectory);
}

} // namespace limber
