// Speaks offline: flite synthesises each phrase on a worker thread (speech_synthesis.h) and a
// short-lived QAudioSink plays it on the default output; finished() follows when it has been
// heard. With no output device it says nothing and reports why once (audio_problem.h); a
// phrase that never reports its end is given up after a generous time, so the queue behind
// it never hangs.
#pragma once

#include "voice_sink.h"

#include <QByteArray>
#include <QTimer>

class QAudioSink;
class QBuffer;

namespace limber {

struct SynthesisedSpeech;

class FliteVoiceSink final : public VoiceSink {
    Q_OBJECT

public:
    explicit FliteVoiceSink(QObject* parent = nullptr);
    ~FliteVoiceSink() override;

    void say(const QString& text) override;
    void stop() override;

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
    bool m_speaking = false;
    int m_utterance = 0; // which say() a synthesis belongs to, so a stopped one is not played
    QAudioSink* m_output = nullptr;
    QBuffer* m_buffer = nullptr;
    QTimer m_watchdog;
};

} // namespace limber
