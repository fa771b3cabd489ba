#include "qt_sound_sink.h"

#include "audio_problem.h"
#include "sound_synthesis.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QBuffer>
#include <QFutureWatcher>
#include <QMediaDevices>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace limber {

namespace {

QAudioFormat soundFormat()
{
    QAudioFormat format;
    format.setSampleRate(soundSampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    return format;
}

// What went wrong with an output, or empty when nothing did (running dry is how a sound ends).
QString problemOf(const QAudioSink& sink)
{
    switch (sink.error()) {
    case QAudio::NoError:
    case QAudio::UnderrunError:
        return {};
    case QAudio::OpenError:
        return QStringLiteral("the audio output could not be opened");
    case QAudio::IOError:
        return QStringLiteral("the audio output failed while playing");
    case QAudio::FatalError:
        return QStringLiteral("the audio output is not usable");
    }
    return {};
}

using SoundBank = std::map<Sound, QByteArray>;

// A sound shorter than this is followed by silence up to it. A 10 ms tick is less than what a
// PulseAudio stream buffers before it starts to play, and about one tick in thirty was then
// never heard: the stream ended before it began (found by the real-audio test).
constexpr int shortestOutputMs = 200;

QByteArray pcmOf(Sound sound)
{
    std::vector<std::int16_t> samples = synthesise(sound);
    const auto shortest = static_cast<std::size_t>(soundSampleRate * shortestOutputMs / 1000);
    if (samples.size() < shortest)
        samples.resize(shortest, 0);
    return QByteArray(reinterpret_cast<const char*>(samples.data()),
        static_cast<qsizetype>(samples.size() * sizeof(std::int16_t)));
}

SoundBank synthesiseAll()
{
    SoundBank bank;
    for (const Sound sound : allSounds)
        bank.emplace(sound, pcmOf(sound));
    return bank;
}

} // namespace

QtSoundSink::QtSoundSink(QObject* parent)
    : QObject(parent)
{
}

QtSoundSink::~QtSoundSink()
{
    m_whenQuiet.clear(); // whoever waited is going away with this
    stop();
}

void QtSoundSink::play(Sound sound)
{
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        reportAudioProblem(QStringLiteral("no audio output device was found"));
        return;
    }
    const QAudioFormat format = soundFormat();
    if (!device.isFormatSupported(format)) {
        reportAudioProblem(QStringLiteral("the audio output \"%1\" cannot play 16-bit mono sound")
                               .arg(device.description()));
        return;
    }
    // The same sound again (a tick a second later) replaces the one still ringing.
    const auto same = std::find_if(m_playing.begin(), m_playing.end(),
        [sound](const Playing& playing) { return playing.sound == sound; });
    if (same != m_playing.end())
        release(same->sink);

    auto* buffer = new QBuffer(this);
    buffer->setData(pcm(sound));
    buffer->open(QIODevice::ReadOnly);
    auto* sink = new QAudioSink(device, format, this);
    sink->setVolume(m_volume);
    m_playing.push_back({ sound, sink, buffer });
    connect(sink, &QAudioSink::stateChanged, this, [this, sink](QAudio::State state) {
        if (state != QAudio::IdleState && state != QAudio::StoppedState)
            return;
        if (const QString problem = problemOf(*sink); !problem.isEmpty())
            reportAudioProblem(problem);
        // Not from inside the sink's own signal.
        QMetaObject::invokeMethod(
            this, [this, sink] { release(sink); }, Qt::QueuedConnection);
    });
    // Should a sound server never report the end, the output is closed anyway.
    const auto lengthMs = static_cast<int>(pcm(sound).size() / 2 * 1000 / soundSampleRate);
    QTimer::singleShot(lengthMs + 2'000, sink, [this, sink] { release(sink); });
    sink->start(buffer);
    if (const QString problem = problemOf(*sink); !problem.isEmpty()) {
        reportAudioProblem(problem);
        release(sink);
    }
}

void QtSoundSink::stop()
{
    while (!m_playing.empty())
        release(m_playing.back().sink);
}

void QtSoundSink::whenQuiet(std::function<void()> done)
{
    if (m_playing.empty())
        return done();
    m_whenQuiet.push_back(std::move(done));
}

void QtSoundSink::setVolume(double linear)
{
    m_volume = std::clamp(linear, 0.0, 1.0);
}

void QtSoundSink::prepare()
{
    auto* watcher = new QFutureWatcher<SoundBank>(this);
    connect(watcher, &QFutureWatcher<SoundBank>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_pcm.merge(watcher->result()); // a sound made meanwhile is kept: it is the same
    });
    watcher->setFuture(QtConcurrent::run(synthesiseAll));
}

const QByteArray& QtSoundSink::pcm(Sound sound)
{
    auto found = m_pcm.find(sound);
    if (found == m_pcm.end())
        found = m_pcm.emplace(sound, pcmOf(sound)).first;
    return found->second;
}

// Closes one output; a second call for the same one (its end and a stop crossing) is a no-op.
void QtSoundSink::release(QAudioSink* sink)
{
    const auto found = std::find_if(m_playing.begin(), m_playing.end(),
        [sink](const Playing& playing) { return playing.sink == sink; });
    if (found == m_playing.end())
        return;
    QBuffer* buffer = found->buffer;
    m_playing.erase(found);
    sink->disconnect(this);
    sink->stop();
    sink->deleteLater();
    buffer->deleteLater();
    if (m_playing.empty())
        for (const auto& done : std::exchange(m_whenQuiet, {}))
            done();
}

} // namespace limber
