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

namespace limber {

namespace {

// Synthesis takes a fraction of the speech's length, and flite speaks about 15 characters a
// second at rate 0; this leaves room for the slowest rate.
int longestUtteranceMs(const QString& text)
{
    return 3'000 + 250 * static_cast<int>(text.size());
}

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
    if (QMediaDevices::defaultAudioOutput().isNull()) {
        reportAudioProblem(QStringLiteral("no audio output device was found"));
        return finishUtterance();
    }
    m_watchdog.start(longestUtteranceMs(text));
    auto* watcher = new QFutureWatcher<SynthesisedSpeech>(this);
    connect(
        watcher, &QFutureWatcher<SynthesisedSpeech>::finished, this, [this, watcher, utterance] {
            watcher->deleteLater();
            if (utterance == m_utterance && m_speaking)
                play(utterance, watcher->result());
        });
    watcher->setFuture(QtConcurrent::run(synthesiseSpeech, text, m_voiceName, m_rate));
}

void FliteVoiceSink::stop()
{
    m_speaking = false;
    ++m_utterance;
    m_watchdog.stop();
    closeOutput();
}

void FliteVoiceSink::setVoiceName(const QString& name)
{
    m_voiceName = name;
}

void FliteVoiceSink::setRate(double rate)
{
    m_rate = std::clamp(rate, -1.0, 1.0);
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
        reportAudioProblem(QStringLiteral("the speech synthesiser produced nothing"));
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
