// Plays the synthesised sounds on the default audio output, each through a short-lived
// QAudioSink of its own, so overlapping sounds are mixed by the sound server and nothing is
// open (or costs CPU) between sounds. With no output device it stays silent (audio_problem.h).
#pragma once

#include "sound_sink.h"

#include <QByteArray>
#include <QObject>

#include <map>
#include <vector>

class QAudioSink;
class QBuffer;

namespace limber {

class QtSoundSink : public QObject, public SoundSink {
    Q_OBJECT

public:
    explicit QtSoundSink(QObject* parent = nullptr);
    ~QtSoundSink() override;

    void play(Sound sound) override;
    void stop() override;
    void whenQuiet(std::function<void()> done) override;

    void setVolume(double linear); // 0-1, for the sounds that start after this
    // Synthesises every sound on a worker thread, so none is made on the GUI thread when it is
    // due (the closing chime takes a few hundred milliseconds to make). A sound played before
    // that is done is made then, as without it.
    void prepare();
    // How many sounds are made and ready to play without a pause.
    int readyCount() const { return static_cast<int>(m_pcm.size()); }
    int playingCount() const { return static_cast<int>(m_playing.size()); }

private:
    struct Playing {
        Sound sound;
        QAudioSink* sink;
        QBuffer* buffer;
    };

    const QByteArray& pcm(Sound sound);
    void release(QAudioSink* sink);

    std::map<Sound, QByteArray> m_pcm; // synthesised on first use
    std::vector<Playing> m_playing;
    double m_volume = 1.0;
    std::vector<std::function<void()>> m_whenQuiet;
};

} // namespace limber
