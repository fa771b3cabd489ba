// Speaks offline: flite synthesises each phrase on a worker thread (speech_synthesis.h), just
// once for a phrase said again, and a short-lived QAudioSink plays it on the default output;
// finished() follows when it has been heard. With no output device, or no flite, it says nothing
// and reports why once (audio_problem.h); a phrase that never reports its end is given up after a
// generous time, so the queue behind it never hangs.
#pragma once

#include "speech_synthesis.h"
#include "voice_sink.h"

#include <QByteArray>
#include <QTimer>

#include <map>

class QAudioSink;
class QBuffer;

namespace limber {

class FliteVoiceSink final : public VoiceSink {
    Q_OBJECT

public:
    explicit FliteVoiceSink(QObject* parent = nullptr);
    ~FliteVoiceSink() override;

    void say(const QString& text) override;
    void stop() override;
    // While held, a phrase waits instead of being synthesised, and the audio back end is not
    // started: the player holds its voice until its first frame is on the screen, which the
    // synthesis on a second core and the sound server's start would otherwise delay.
    void hold();
    // Says the phrase that waited, if any, late by the time it waited.
    void release();
    // Loads flite and the voice in the background, so that the first phrase does not wait
    // for them (a fraction of a second); what cannot be loaded is reported when it is said.
    void prepare();

    void setVoiceName(const QString& name); // one of speechVoices(); empty for the default
    void setRate(double rate); // -1 to 1
    void setVolume(double linear); // 0-1

private:
    void play(int utterance, const SynthesisedSpeech& speech);
    void closeOutput();
    void finishUtterance();

    QString m_voiceName;
    double m_rate = 0.0;
    double m_volume = 1.0;
    bool m_held = false;
    QString m_waiting; // the phrase said while held
    bool m_speaking = false;
    int m_utterance = 0; // which say() a synthesis belongs to, so a stopped one is not played
    std::map<QString, SynthesisedSpeech> m_phrases; // synthesised in this voice and rate
    QAudioSink* m_output = nullptr;
    QBuffer* m_buffer = nullptr;
    QTimer m_watchdog;
};

} // namespace limber
