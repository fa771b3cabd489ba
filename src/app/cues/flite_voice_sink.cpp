#include "flite_voice_sink.h"

#include "audio_problem.h"
#include "speech_synthesis.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QBuffer>
#include <QFutureWatcher>
#include <QMediaDevices>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace limber {

namespace {

// Synthesis takes a fraction of the speech's length, and flite speaks about 15 characters a
// second at rate 0; this leaves room for the slowest rate.
int longestUtteranceMs(const QString& text)
{
    return 3'000 + 250 * static_cast<int>(text.size());
}

// A routine says few different phrases, most of them again and again ("Breathe in…"): each is
// synthesised once and kept, up to this many (a phrase is 30-100 KB), so that a hold costs the
// CPU of playing its cues and not of making them.
constexpr std::size_t phrasesKept = 32;

} // namespace

FliteVoiceSink::FliteVoiceSink(QObject* parent)
    : VoiceSink(parent)
{
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        closeOutput();
        finishUtterance();
    });
}

FliteVoiceSink::~FliteVoiceSink()
{
    closeOutput();
}

void FliteVoiceSink::say(const QString& text)
{
    closeOutput();
    m_speaking = true;
    const int utterance = ++m_utterance;
    if (m_held) {
        m_waiting = text;
        return;
    }
    if (QMediaDevices::defaultAudioOutput().isNull()) {
        reportAudioProblem(QStringLiteral("no audio output device was found"));
        return finishUtterance();
    }
    m_watchdog.start(longestUtteranceMs(text));
    if (const auto kept = m_phrases.find(text); kept != m_phrases.end())
        return play(utterance, kept->second);
    auto* watcher = new QFutureWatcher<SynthesisedSpeech>(this);
    connect(watcher, &QFutureWatcher<SynthesisedSpeech>::finished, this,
        [this, watcher, utterance, text, voice = m_voiceName, rate = m_rate] {
            watcher->deleteLater();
            const SynthesisedSpeech speech = watcher->result();
            if (!speech.isEmpty() && voice == m_voiceName && rate == m_rate) {
                if (m_phrases.size() >= phrasesKept)
                    m_phrases.clear();
                m_phrases.emplace(text, speech);
            }
            if (utterance == m_utterance && m_speaking)
                play(utterance, speech);
        });
    watcher->setFuture(QtConcurrent::run([text, voice = m_voiceName, rate = m_rate] {
        return synthesiseSpeech(text, voice, rate);
    }));
}

void FliteVoiceSink::stop()
{
    m_waiting.clear();
    m_speaking = false;
    ++m_utterance;
    m_watchdog.stop();
    closeOutput();
}

void FliteVoiceSink::hold()
{
    m_held = true;
}

void FliteVoiceSink::release()
{
    m_held = false;
    if (m_speaking && !m_waiting.isEmpty())
        say(std::exchange(m_waiting, {}));
}

void FliteVoiceSink::prepare()
{
    // Nothing waits for it: a phrase said meanwhile queues behind it on flite's lock.
    (void)QtConcurrent::run(prepareSpeech, m_voiceName);
}

void FliteVoiceSink::setVoiceName(const QString& name)
{
    if (name != m_voiceName)
        m_phrases.clear();
    m_voiceName = name;
}

void FliteVoiceSink::setRate(double rate)
{
    const double clamped = std::clamp(rate, -1.0, 1.0);
    if (clamped != m_rate)
        m_phrases.clear();
    m_rate = clamped;
}

void FliteVoiceSink::setVolume(double linear)
{
    m_volume = std::clamp(linear, 0.0, 1.0);
    if (m_output)
        m_output->setVolume(m_volume);
}

void FliteVoiceSink::play(int utterance, const SynthesisedSpeech& speech)
{
    if (speech.isEmpty()) {
        reportAudioProblem(speech.problem.isEmpty()
                ? QStringLiteral("the speech synthesiser produced nothing")
                : speech.problem);
        return finishUtterance();
    }
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    QAudioFormat format;
    format.setSampleRate(speech.sampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (device.isNull() || !device.isFormatSupported(format)) {
        reportAudioProblem(QStringLiteral("the audio output cannot play the voice"));
        return finishUtterance();
    }
    m_buffer = new QBuffer(this);
    m_buffer->setData(speech.pcm);
    m_buffer->open(QIODevice::ReadOnly);
    m_output = new QAudioSink(device, format, this);
    m_output->setVolume(m_volume);
    connect(m_output, &QAudioSink::stateChanged, this, [this, utterance](QAudio::State state) {
        if (state != QAudio::IdleState && state != QAudio::StoppedState)
            return;
        if (m_output && m_output->error() != QAudio::NoError
            && m_output->error() != QAudio::UnderrunError)
            reportAudioProblem(QStringLiteral("the audio output failed while speaking"));
        // Not from inside the output's own signal.
        QMetaObject::invokeMethod(
            this,
            [this, utterance] {
                if (utterance != m_utterance)
                    return;
                closeOutput();
                finishUtterance();
            },
            Qt::QueuedConnection);
    });
    m_watchdog.start(static_cast<int>(speech.durationMs()) + 2'000);
    m_output->start(m_buffer);
    if (m_output->error() == QAudio::OpenError || m_output->error() == QAudio::FatalError) {
        reportAudioProblem(QStringLiteral("the audio output could not be opened"));
        closeOutput();
        finishUtterance();
    }
}

void FliteVoiceSink::closeOutput()
{
    if (m_output) {
        m_output->disconnect(this);
        m_output->stop();
        m_output->deleteLater();
        m_output = nullptr;
    }
    if (m_buffer) {
        m_buffer->deleteLater();
        m_buffer = nullptr;
    }
}

void FliteVoiceSink::finishUtterance()
{
    if (!m_speaking)
        return;
    m_speaking = false;
    m_watchdog.stop();
    emit finished();
}

} // namespace limber
