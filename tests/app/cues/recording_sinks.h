// Sinks that write down what the cue layer asks of them, with the time on a test clock, into
// one shared log so sounds and speech can be checked in their true order.
#pragma once

#include "cues/sound_sink.h"
#include "cues/voice_sink.h"
#include "player/clock.h"

#include <QString>

#include <cstdint>
#include <ostream>
#include <vector>

namespace limber::test {

// One thing heard: "sound tick", "say Left side", "silence sounds", "silence voice".
struct Heard {
    std::int64_t atMs = 0; // since the log's origin (the routine's start)
    QString what;

    bool operator==(const Heard&) const = default;
};

inline std::ostream& operator<<(std::ostream& out, const Heard& heard)
{
    return out << heard.atMs << " " << heard.what.toStdString();
}

class CueLog {
public:
    explicit CueLog(const Clock& clock)
        : m_clock(clock)
        , m_origin(clock.nowMs())
    {
    }

    void setOrigin(std::int64_t origin) { m_origin = origin; }
    void add(const QString& what) { m_heard.push_back({ m_clock.nowMs() - m_origin, what }); }
    const std::vector<Heard>& heard() const { return m_heard; }
    void clear() { m_heard.clear(); }

private:
    const Clock& m_clock;
    std::int64_t m_origin;
    std::vector<Heard> m_heard;
};

class RecordingSoundSink final : public SoundSink {
public:
    explicit RecordingSoundSink(CueLog& log)
        : m_log(log)
    {
    }

    void play(Sound sound) override
    {
        m_log.add(QStringLiteral("sound ") + QLatin1String(toString(sound)));
    }
    void stop() override { m_log.add(QStringLiteral("silence sounds")); }
    // Sounds take no time here.
    void whenQuiet(std::function<void()> done) override { done(); }

private:
    CueLog& m_log;
};

// Instant: every phrase is over as soon as it is begun (finished() from inside say()).
// Lasting: a phrase goes on until the test calls finishSpeaking().
class RecordingVoiceSink final : public VoiceSink {
public:
    enum class Mode { Instant, Lasting };

    RecordingVoiceSink(CueLog& log, Mode mode)
        : m_log(log)
        , m_mode(mode)
    {
    }

    void say(const QString& text) override
    {
        if (m_speaking)
            ++m_overlaps; // talking over itself
        m_log.add(QStringLiteral("say ") + text);
        m_lastPhrase = text;
        ++m_said;
        m_speaking = true;
        if (m_mode == Mode::Instant)
            finishSpeaking();
    }

    void stop() override
    {
        m_log.add(QStringLiteral("silence voice"));
        m_speaking = false;
    }

    void finishSpeaking()
    {
        m_speaking = false;
        emit finished();
    }

    bool isSpeaking() const { return m_speaking; }
    int overlaps() const { return m_overlaps; }
    int saidCount() const { return m_said; }
    const QString& lastPhrase() const { return m_lastPhrase; }

private:
    CueLog& m_log;
    Mode m_mode;
    bool m_speaking = false;
    int m_overlaps = 0;
    int m_said = 0;
    QString m_lastPhrase;
};

} // namespace limber::test
