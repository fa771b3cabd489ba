// The real thing, where PulseAudio is installed: a server of the test's own with a null sink,
// the limber binary playing the office break into it, and the sink's monitor recorded and
// checked to sound at the planned moments. Skipped (with a warning) without pulseaudio and
// parec (Debian: pulseaudio, pulseaudio-utils).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>
#include <cstdint>
#include <cstdlib>
#include <vector>

namespace {

constexpr int captureRate = 8'000; // samples a second, mono
constexpr int frameMs = 10;
constexpr int frameSamples = captureRate * frameMs / 1000;
constexpr int soundThreshold = 500; // peak in a frame that counts as sound (about -36 dBFS)

bool havePulseAudio()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pulseaudio")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("parec")).isEmpty();
}

// Waits on the event loop (real time: this test is about real sound) until `done` or timeout.
template <typename Done> bool waitFor(Done done, int timeoutMs)
{
    for (int waited = 0; waited < timeoutMs; waited += 20) {
        if (done())
            return true;
        QTest::qWait(20);
    }
    return done();
}

class NullSinkServer {
public:
    NullSinkServer()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("runtime"));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_server.setProcessEnvironment(environment());
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        m_server.start(QStringLiteral("pulseaudio"),
            { QStringLiteral("-n"), QStringLiteral("--daemonize=no"),
                QStringLiteral("--exit-idle-time=-1"), QStringLiteral("--use-pid-file=no"),
                QStringLiteral("--disable-shm=yes"),
                QStringLiteral("--load=module-null-sink sink_name=limber_test"),
                QStringLiteral("--load=module-native-protocol-unix auth-anonymous=1 socket=")
                    + socket() });
    }
    ~NullSinkServer()
    {
        m_server.kill();
        m_server.waitForFinished(3'000);
    }
    NullSinkServer(const NullSinkServer&) = delete;
    NullSinkServer& operator=(const NullSinkServer&) = delete;

    bool waitUntilReady()
    {
        return waitFor([this] { return QFile::exists(socket()); }, 10'000);
    }
    QString output() { return QString::fromLocal8Bit(m_server.readAll()); }

    // For a client of this server only, with settings of its own.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PULSE_SERVER"), QStringLiteral("unix:") + socket());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("runtime")));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_dir.filePath(QStringLiteral("state")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

    void writeSettings(const QByteArray& cues) const
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("config/limber"));
        QFile file(m_dir.filePath(QStringLiteral("config/limber/limber.conf")));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("[cues]\n" + cues);
    }

private:
    QString socket() const { return m_dir.filePath(QStringLiteral("native")); }

    QTemporaryDir m_dir;
    QProcess m_server;
};

// Plays the office break for `seconds` while recording the sink; returns the recording's
// frames (peak of each 10 ms) from the moment limber was started.
std::vector<int> recordLimber(NullSinkServer& server, int seconds)
{
    QProcess recorder;
    recorder.setProcessEnvironment(server.environment());
    recorder.start(QStringLiteral("parec"),
        { QStringLiteral("--device=limber_test.monitor"), QStringLiteral("--raw"),
            QStringLiteral("--format=s16le"), QStringLiteral("--channels=1"),
            QStringLiteral("--rate=%1").arg(captureRate), QStringLiteral("--latency-msec=10") });
    REQUIRE(waitFor([&recorder] { return recorder.bytesAvailable() >= captureRate / 5; }, 10'000));
    const QByteArray before = recorder.readAllStandardOutput();
    (void)before; // what was recorded before limber started

    QProcess limber;
    limber.setProcessEnvironment(server.environment());
    limber.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    limber.start(QStringLiteral(LIMBER_EXECUTABLE),
        { QStringLiteral("--routine"), QStringLiteral("office-break"), QStringLiteral("--start") });
    QByteArray recording;
    waitFor(
        [&] {
            recording += recorder.readAllStandardOutput();
            return recording.size() >= seconds * captureRate * 2;
        },
        seconds * 1'000 + 10'000);
    limber.kill();
    limber.waitForFinished(3'000);
    recorder.kill();
    recorder.waitForFinished(3'000);

    std::vector<int> frames;
    const auto* samples = reinterpret_cast<const std::int16_t*>(recording.constData());
    const auto count = recording.size() / 2;
    for (qsizetype start = 0; start + frameSamples <= count; start += frameSamples) {
        int peak = 0;
        for (qsizetype i = start; i < start + frameSamples; ++i)
            peak = std::max(peak, std::abs(static_cast<int>(samples[i])));
        frames.push_back(peak);
    }
    return frames;
}

struct Burst {
    int startMs;
    int lengthMs;
};

// Runs of sound, split where there are at least 150 ms of silence.
std::vector<Burst> burstsIn(const std::vector<int>& frames)
{
    std::vector<Burst> bursts;
    int quiet = 1'000;
    for (std::size_t f = 0; f < frames.size(); ++f) {
        const int at = static_cast<int>(f) * frameMs;
        if (frames[f] < soundThreshold) {
            quiet += frameMs;
            continue;
        }
        if (quiet >= 150 || bursts.empty())
            bursts.push_back({ at, 0 });
        bursts.back().lengthMs = at + frameMs - bursts.back().startMs;
        quiet = 0;
    }
    return bursts;
}

} // namespace

TEST_CASE(
    "Through a real sound server the chimes and ticks sound at the planned moments", "[real-audio]")
{
    if (!havePulseAudio()) {
        WARN("pulseaudio and parec are not installed: the real-audio test is skipped");
        return;
    }
    NullSinkServer server;
    REQUIRE(server.waitUntilReady());
    // Sounds only and loud: the lead-in's ticks at 2, 3 and 4 s, the set's chime at 5 s.
    server.writeSettings("sounds=true\nvolume=100\nvoice=false\nbreath_tones=false\n");
    const std::vector<int> frames = recordLimber(server, 8);
    const std::vector<Burst> bursts = burstsIn(frames);
    INFO(server.output().toStdString());
    for (const Burst& burst : bursts)
        UNSCOPED_INFO("sound at " << burst.startMs << " ms for " << burst.lengthMs << " ms");
    REQUIRE(bursts.size() >= 4);

    // Start-up takes a moment, so the plan is matched from the first tick on. Each sound opens
    // an output of its own and a loaded machine (CI, builds) delays a refresh now and then:
    // within a quarter of a second counts as on time (the voice's limit is a second).
    const int origin = bursts[0].startMs;
    CHECK(origin >= 1'500);
    CHECK(origin <= 5'000);
    for (std::size_t i = 1; i < 4; ++i)
        CHECK(std::abs(bursts[i].startMs - origin - static_cast<int>(i) * 1'000) <= 250);
    for (std::size_t i = 0; i < 3; ++i)
        CHECK(bursts[i].lengthMs <= 150); // a tick is a click
    CHECK(bursts[3].lengthMs >= 500); // the chime rings
}

TEST_CASE("Through a real sound server the voice names the first stretch", "[real-audio]")
{
    if (!havePulseAudio()) {
        WARN("pulseaudio and parec are not installed: the real-audio test is skipped");
        return;
    }
    NullSinkServer server;
    REQUIRE(server.waitUntilReady());
    server.writeSettings("sounds=false\nvolume=100\nvoice=true\n");
    const std::vector<Burst> bursts = burstsIn(recordLimber(server, 4));
    REQUIRE_FALSE(bursts.empty());
    // "Shoulder-blade squeeze" when the lead-in starts, well over half a second of speech.
    int spoken = 0;
    for (const Burst& burst : bursts) {
        UNSCOPED_INFO("sound at " << burst.startMs << " ms for " << burst.lengthMs << " ms");
        if (burst.startMs < bursts[0].startMs + 2'000)
            spoken += burst.lengthMs;
    }
    CHECK(bursts[0].startMs <= 3'500);
    CHECK(spoken >= 600);
}
