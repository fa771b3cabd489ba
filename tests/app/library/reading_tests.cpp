// Reading the user's files: only regular files are read, nothing blocks on a FIFO, and every
// *.json a folder holds that does not load is listed with why, its name escaped to one line.
// Each read that could hang runs on another thread and fails the test after five seconds.
#include "../support/child.h"
#include "library/problems_view.h"
#include "storage/library_loader.h"
#include "storage/regular_file.h"
#include "storage/routine_transfer.h"
#include "test_support.h"

#include <limber/load.h>

#include <QLabel>

#include <catch2/catch.hpp>
#include <chrono>
#include <condition_variable>
#include <fcntl.h>
#include <future>
#include <mutex>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

using limber::test::child;

using namespace testing;

namespace {

QByteArray bytesOf(const QString& path)
{
    return QFile::encodeName(path);
}

void makeFifo(const QString& path)
{
    REQUIRE(::mkfifo(bytesOf(path).constData(), 0644) == 0);
}

void makeLink(const QString& target, const QString& link)
{
    REQUIRE(::symlink(bytesOf(target).constData(), bytesOf(link).constData()) == 0);
}

// A file whose name is given as raw bytes, which need not be UTF-8.
void writeRawNamed(const QByteArray& path, const QByteArray& bytes)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    REQUIRE(fd >= 0);
    REQUIRE(::write(fd, bytes.constData(), static_cast<std::size_t>(bytes.size())) == bytes.size());
    ::close(fd);
}

// Gives every FIFO in `fifos` a writer that closes at once, so a read stuck on one sees the
// end and the test can go on to fail instead of hanging.
void unblock(const QStringList& fifos)
{
    for (const QString& fifo : fifos) {
        const int fd = ::open(bytesOf(fifo).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd >= 0)
            ::close(fd);
    }
}

// Runs `work` on another thread; should it still be running after five seconds, the test
// fails and the FIFOs are unblocked.
template <typename Work> auto within5Seconds(Work work, const QStringList& fifos = {})
{
    auto result = std::async(std::launch::async, std::move(work));
    const bool finished = result.wait_for(std::chrono::seconds(5)) == std::future_status::ready;
    if (!finished)
        unblock(fifos);
    CHECK(finished);
    return result.get();
}

// For work that must stay on the GUI thread: unblocks the FIFOs after five seconds unless
// destroyed first, and says whether it had to.
class FifoWatchdog {
public:
    explicit FifoWatchdog(QStringList fifos)
        : m_thread([this, fifos = std::move(fifos)] {
            std::unique_lock lock(m_mutex);
            if (!m_done.wait_for(lock, std::chrono::seconds(5), [this] { return m_finished; })) {
                m_fired = true;
                unblock(fifos);
            }
        })
    {
    }
    ~FifoWatchdog()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_finished = true;
        }
        m_done.notify_all();
        m_thread.join();
    }
    FifoWatchdog(const FifoWatchdog&) = delete;
    FifoWatchdog& operator=(const FifoWatchdog&) = delete;

    bool fired()
    {
        const std::lock_guard lock(m_mutex);
        return m_fired;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_finished = false;
    bool m_fired = false;
    std::thread m_thread; // last: it starts once the members it uses exist
};

QStringList lines(const limber::Diagnostics& diagnostics)
{
    QStringList lines;
    for (const limber::Diagnostic& diagnostic : diagnostics)
        lines << QString::fromStdString(limber::formatDiagnostic(diagnostic));
    return lines;
}

limber::Library userLibraryOf(const QString& folder, const QStringList& fifos = {})
{
    return within5Seconds(
        [folder] {
            limber::Library library;
            limber::addFilesAt(library, folder, limber::Origin::User);
            return library;
        },
        fifos);
}

// A folder of hostile entries beside one good exercise, as exercises/ could hold them.
class HostileFolder {
public:
    explicit HostileFolder(const TestDirs& dirs)
        : folder(dirs.exercises())
        , fifo(folder + QStringLiteral("/pipe.json"))
        , m_notUtf8(bytesOf(folder) + "/caf\xe9.json")
    {
        QDir().mkpath(folder);
        writeFile(folder + QStringLiteral("/good.json"),
            exerciseJson(QStringLiteral("my-good"), QStringLiteral("Good")));
        makeFifo(fifo);
        makeLink(QStringLiteral("nowhere.json"), folder + QStringLiteral("/dangling.json"));
        makeLink(QStringLiteral("loop.json"), folder + QStringLiteral("/loop.json"));
        writeFile(folder + QStringLiteral("/two\nlines.json"), "{");
        writeFile(folder + QStringLiteral("/red\x1b[31m.json"), "{");
        writeRawNamed(m_notUtf8, exerciseJson(QStringLiteral("my-cafe"), QStringLiteral("Cafe")));
    }
    // By hand: QTemporaryDir cannot remove a name that Qt cannot decode.
    ~HostileFolder() { ::unlink(m_notUtf8.constData()); }
    HostileFolder(const HostileFolder&) = delete;
    HostileFolder& operator=(const HostileFolder&) = delete;

    const QString folder;
    const QString fifo;

private:
    QByteArray m_notUtf8;
};

} // namespace

TEST_CASE("a FIFO is refused at once, with its kind named, and never read")
{
    TestDirs dirs;
    const QString fifo = dirs.path() + QStringLiteral("/routine.json");
    makeFifo(fifo);
    const limber::RegularFileRead read
        = within5Seconds([fifo] { return limber::readRegularFile(fifo); }, { fifo });
    CHECK_FALSE(read.ok);
    CHECK_FALSE(read.regular);
    CHECK(read.error == QStringLiteral("is a FIFO (named pipe), not a regular file"));
    CHECK(read.bytes.isEmpty());
}

TEST_CASE("devices, sockets, folders, dangling links and loops are refused with their reason")
{
    TestDirs dirs;
    const auto problemOf = [](const QString& path) {
        return within5Seconds([path] { return limber::readRegularFile(path); }).error;
    };
    CHECK(problemOf(QStringLiteral("/dev/zero"))
        == QStringLiteral("is a device (character special file), not a regular file"));
    CHECK(problemOf(dirs.path()) == QStringLiteral("is a folder, not a file"));

    const QString socketPath = dirs.path() + QStringLiteral("/s.json");
    const int listening = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    REQUIRE(listening >= 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray socketBytes = bytesOf(socketPath);
    REQUIRE(static_cast<std::size_t>(socketBytes.size()) < sizeof address.sun_path);
    std::copy(socketBytes.begin(), socketBytes.end(), address.sun_path);
    REQUIRE(::bind(listening, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0);
    CHECK(problemOf(socketPath) == QStringLiteral("is a socket, not a regular file"));
    ::close(listening);

    makeLink(QStringLiteral("nowhere"), dirs.path() + QStringLiteral("/dangling.json"));
    CHECK(problemOf(dirs.path() + QStringLiteral("/dangling.json"))
        == QStringLiteral("is a symbolic link to something that does not exist"));
    makeLink(QStringLiteral("loop.json"), dirs.path() + QStringLiteral("/loop.json"));
    CHECK(problemOf(dirs.path() + QStringLiteral("/loop.json"))
        == QStringLiteral("is a symbolic link loop (it leads back to itself)"));
    CHECK(problemOf(dirs.path() + QStringLiteral("/missing.json"))
        == QStringLiteral("does not exist"));
}

TEST_CASE(
    "a regular file is read whole, a link to one too, and an oversized one just past the limit")
{
    TestDirs dirs;
    const QString small = dirs.path() + QStringLiteral("/small.json");
    writeFile(small, "{\"kind\": \"exercise\"}");
    makeLink(small, dirs.path() + QStringLiteral("/link.json"));
    for (const QString& path : { small, dirs.path() + QStringLiteral("/link.json") }) {
        const limber::RegularFileRead read = limber::readRegularFile(path);
        CHECK(read.ok);
        CHECK(read.regular);
        CHECK(read.bytes == "{\"kind\": \"exercise\"}");
    }

    const QString big = dirs.path() + QStringLiteral("/big.json");
    writeFile(big, QByteArray(static_cast<qsizetype>(limber::maxFileBytes) * 2, ' '));
    const limber::RegularFileRead read = limber::readRegularFile(big);
    CHECK(read.ok);
    CHECK(read.bytes.size() == static_cast<qsizetype>(limber::maxFileBytes) + 1);
}

TEST_CASE("a folder scan lists every *.json it did not load, each on one line with its reason")
{
    TestDirs dirs;
    const HostileFolder made(dirs);
    const limber::Library library = userLibraryOf(made.folder, { made.fifo });
    const QString f = made.folder;
    CHECK(lines(library.diagnostics())
        == QStringList {
            f
                + QStringLiteral("/caf\\xe9.json: cannot read: the name is not valid UTF-8 (rename "
                                 "the file to load it)"),
            f
                + QStringLiteral(
                    "/dangling.json: cannot read: is a symbolic link to something that "
                    "does not exist"),
            f
                + QStringLiteral(
                    "/loop.json: cannot read: is a symbolic link loop (it leads back to "
                    "itself)"),
            f
                + QStringLiteral("/pipe.json: cannot read: is a FIFO (named pipe), not a regular "
                                 "file"),
            f + QStringLiteral("/red\\x1b[31m.json:1:2: parse error: unexpected end of input"),
            f + QStringLiteral("/two\\nlines.json:1:2: parse error: unexpected end of input"),
        });
    // The good file beside them all loaded.
    CHECK(library.findExercise("my-good") != nullptr);
    CHECK(library.findExercise("my-cafe") == nullptr);
}

TEST_CASE("a folder reached twice through links is searched once, and a link back up is a loop")
{
    TestDirs dirs;
    const QString root = dirs.exercises();
    QDir().mkpath(root + QStringLiteral("/real"));
    writeFile(root + QStringLiteral("/real/mine.json"),
        exerciseJson(QStringLiteral("my-linked"), QStringLiteral("Linked")));
    makeLink(QStringLiteral("real"), root + QStringLiteral("/also"));
    makeLink(QStringLiteral(".."), root + QStringLiteral("/real/up"));
    const limber::Library library = userLibraryOf(root);
    CHECK(lines(library.diagnostics())
        == QStringList { root
            + QStringLiteral("/real/up: cannot read: is a symbolic link loop (it leads back to a "
                             "folder above it)") });
    CHECK(library.exercises().size() == 1);
}

TEST_CASE("a subfolder that cannot be read is reported, not skipped")
{
    TestDirs dirs;
    const QString root = dirs.exercises();
    const QString locked = root + QStringLiteral("/locked");
    QDir().mkpath(locked);
    writeFile(locked + QStringLiteral("/mine.json"),
        exerciseJson(QStringLiteral("my-locked"), QStringLiteral("Locked")));
    // Root reads a mode-000 folder all the same; as root the scan runs as "nobody", which
    // needs the folders above to be open to it.
    for (QString dir = root; dir.startsWith(dirs.path()); dir = QFileInfo(dir).path())
        ::chmod(bytesOf(dir).constData(), 0755);
    ::chmod(bytesOf(locked).constData(), 0);
    bool dropped = false;
    if (::geteuid() == 0) {
        dropped = ::seteuid(65534) == 0;
        if (!dropped)
            WARN("skipped: running as root and could not become nobody (uid 65534)");
    }
    if (::geteuid() != 0) {
        const limber::Library library = userLibraryOf(root);
        CHECK(lines(library.diagnostics())
            == QStringList { locked
                + QStringLiteral(": cannot read: permission denied, so no file in this folder "
                                 "was loaded") });
    }
    if (dropped)
        REQUIRE(::seteuid(0) == 0);
    ::chmod(bytesOf(locked).constData(), 0755);
}

TEST_CASE("the Problems tab lists each file that was not loaded and never says all loaded")
{
    TestDirs dirs;
    const HostileFolder made(dirs);
    FifoWatchdog watchdog({ made.fifo });
    Window w = openWindow(dirs);
    CHECK_FALSE(watchdog.fired());
    const QStringList shown = w->problems().lines();
    for (const QString& name : { QStringLiteral("/caf\\xe9.json"), QStringLiteral("/pipe.json"),
             QStringLiteral("/dangling.json"), QStringLiteral("/loop.json"),
             QStringLiteral("/two\\nlines.json") })
        CHECK(shown.filter(made.folder + name + QLatin1Char(':')).size() == 1);
    for (const QString& line : shown)
        CHECK_FALSE(line.contains(QLatin1Char('\n')));
    const auto& intro = child<QLabel>(w->problems(), QStringLiteral("problems-intro"));
    CHECK_FALSE(intro.text().contains(QStringLiteral("every file loaded")));
}

TEST_CASE("importing a FIFO says what it is at once instead of freezing")
{
    TestDirs dirs;
    const QString fifo = dirs.path() + QStringLiteral("/shared.json");
    makeFifo(fifo);
    Window w = openWindow(dirs);
    const limber::Library& library = w->library();
    const limber::ImportPlan plan = within5Seconds(
        [&] {
            return limber::planImport(
                fifo, library, dirs.locations(), limber::ImportMode::KeepMine);
        },
        { fifo });
    CHECK(plan.errors
        == QStringList {
            fifo + QStringLiteral(": cannot read: is a FIFO (named pipe), not a regular file") });
}
