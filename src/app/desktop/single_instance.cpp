#include "single_instance.h"

#include "cli/command_line.h"
#include "private_runtime_dir.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <spdlog/spdlog.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <unistd.h>

namespace limber {

namespace {

// The first bytes of a request, so a stray client is not taken for a launch.
constexpr quint32 requestMagic = 0x4c4d4252; // "LMBR"
constexpr quint8 acceptedReply = 1;
constexpr quint8 declinedReply = 0;
constexpr auto streamVersion = QDataStream::Qt_6_4;

bool isAnswering(const QString& serverName)
{
    QLocalSocket socket;
    socket.connectToServer(serverName);
    return socket.waitForConnected(1000);
}

// The user id of the process at the other end of a connected socket, from the kernel.
std::optional<uid_t> peerUid(const QLocalSocket& socket)
{
    ucred credentials {};
    socklen_t size = sizeof credentials;
    if (::getsockopt(static_cast<int>(socket.socketDescriptor()), SOL_SOCKET, SO_PEERCRED,
            &credentials, &size)
        != 0)
        return std::nullopt;
    return credentials.uid;
}

bool isThisUser(const QLocalSocket& socket, const char* role, const QString& serverName)
{
    const std::optional<uid_t> uid = peerUid(socket);
    if (uid == ::getuid())
        return true;
    spdlog::warn("the {} on the Limber socket {} is {}, not this user ({}): nothing is sent to "
                 "it or taken from it",
        role, serverName.toStdString(),
        uid ? "user id " + std::to_string(*uid) : std::string("of an unknown user"), ::getuid());
    return false;
}

// An exclusive flock on a file beside the socket, held while it lives; released by the
// kernel too should the process die holding it.
class InstanceLock {
public:
    explicit InstanceLock(const QString& path)
        : m_fd(::open(
            QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600))
    {
        if (m_fd < 0 || ::flock(m_fd, LOCK_EX) != 0)
            spdlog::warn("cannot lock {}: {}", path.toStdString(), std::strerror(errno));
    }
    ~InstanceLock()
    {
        if (m_fd >= 0)
            ::close(m_fd); // closing the last descriptor releases the lock
    }
    InstanceLock(const InstanceLock&) = delete;
    InstanceLock& operator=(const InstanceLock&) = delete;

private:
    int m_fd;
};

} // namespace

SingleInstance::SingleInstance(QString serverName, QObject* parent)
    : QObject(parent)
    , m_serverName(std::move(serverName))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
    const std::optional<QString> dir = privateRuntimeDir();
    return dir ? QDir(*dir).filePath(QStringLiteral("limber.socket")) : QString();
}

bool SingleInstance::handOff(const QStringList& arguments, int timeoutMs) const
{
    if (m_serverName.isEmpty())
        return false;
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    if (!isThisUser(socket, "server", m_serverName))
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
    if (m_serverName.isEmpty()) {
        spdlog::warn("not listening for other launches: there is no private folder for the "
                     "socket, so this Limber runs on its own");
        return false;
    }
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

SingleInstance::Claim SingleInstance::handOffOrListen(const QStringList& arguments)
{
    if (m_serverName.isEmpty()) {
        listen(); // says why not
        return Claim::OnItsOwn;
    }
    // Without the lock, two launches could both find no one answering, and the second to
    // listen would take the first's socket for a crashed one's and remove it.
    const InstanceLock lock(m_serverName + QStringLiteral(".lock"));
    if (handOff(arguments))
        return Claim::HandedOff;
    return listen() ? Claim::Listening : Claim::OnItsOwn;
}

void SingleInstance::setAcceptedRequests(std::function<bool(const LaunchRequest&)> accepts)
{
    m_accepts = std::move(accepts);
}

LaunchRequest SingleInstance::parseRequest(
    const QStringList& arguments, const QString& workingDirectory)
{
    CommandLine line = parseCommandLine(QStringList { QStringLiteral("limber") } + arguments);
    if (!line.target.isEmpty() && QFileInfo(line.target).isRelative()) {
        const QString resolved = QDir(workingDirectory).filePath(line.target);
        if (QFileInfo(resolved).isFile())
            line.target = QDir::cleanPath(resolved);
    }
    return launchRequestFrom(line, SessionOrigin::CommandLine);
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        if (!isThisUser(*socket, "client", m_serverName)) {
            socket->abort();
            continue;
        }
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
    const bool accepted = !m_accepts || m_accepts(parseRequest(arguments, workingDirectory));
    socket->putChar(static_cast<char>(accepted ? acceptedReply : declinedReply));
    socket->flush();
    if (!accepted) {
        spdlog::info("declined a launch that this Limber cannot take: {}",
            arguments.join(QLatin1Char(' ')).toStdString());
        return;
    }
    spdlog::info("another launch asked: {}", arguments.join(QLatin1Char(' ')).toStdString());
    // Queued: what it asks may open a dialog with an event loop of its own, which should not
    // run inside this socket's signal.
    QMetaObject::invokeMethod(
        this,
        [this, arguments, workingDirectory] { emit requestReceived(arguments, workingDirectory); },
        Qt::QueuedConnection);
}

} // namespace limber
