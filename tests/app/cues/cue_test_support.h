// What the cue tests share: the built-in office break, a driver that plays a controller on
// the one fake clock, and the cues a plan should give, worked out from the plan.
#pragma once

#include "../support/fake_clock.h"
#include "cues/cue_settings.h"
#include "player/player_routine.h"
#include "recording_sinks.h"

#include <QByteArray>
#include <QTemporaryDir>

#include <cstdint>
#include <memory>
#include <spdlog/logger.h>
#include <spdlog/sinks/ringbuffer_sink.h>
#include <vector>

namespace limber {
class PlayerController;
}

namespace limber::test {

// Catches what is logged while it lives (it replaces spdlog's default logger).
class LogCapture {
public:
    LogCapture();
    ~LogCapture();
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    int warnings() const;

private:
    std::shared_ptr<spdlog::logger> m_previous;
    std::shared_ptr<spdlog::sinks::ringbuffer_sink_mt> m_sink;
};

// A settings folder of its own for one test (XDG_CONFIG_HOME), put back afterwards.
class ScopedConfigHome {
public:
    ScopedConfigHome();
    ~ScopedConfigHome();
    ScopedConfigHome(const ScopedConfigHome&) = delete;
    ScopedConfigHome& operator=(const ScopedConfigHome&) = delete;

private:
    QTemporaryDir m_dir;
    QByteArray m_previous;
};

// "office-break" from the built-in data compiled into the app, at the default pace.
PlayerRoutine officeBreak();

// Runs the controller's one timer by hand up to start + untilMs (the clock jumps to each due
// time and the controller refreshes), then sets the clock to exactly start + untilMs and
// refreshes once more.
void playUntil(
    PlayerController& controller, FakeClock& clock, std::int64_t start, std::int64_t untilMs);

// The same, with a lasting voice that takes `msPerCharacter` per character of each phrase
// plus speechFixedMs, and is told it has finished at exactly that time. Flite's phrases, cut
// to their sound, take less than 400 ms + 60 ms a character at the normal rate (checked in
// audio_backend_tests.cpp); the extra covers opening the output.
inline constexpr std::int64_t speechFixedMs = 400;
inline constexpr std::int64_t speechMsPerCharacter = 60;
void playWithSpeech(PlayerController& controller, FakeClock& clock, RecordingVoiceSink& voice,
    std::int64_t start, std::int64_t untilMs, std::int64_t msPerCharacter);

// Everything the cue layer should give for `routine` played straight through, in order, each
// at its planned millisecond, with a voice that never makes anything wait. Worked out from
// the plan by the rules in cue_director.h, independently of the director's code.
std::vector<Heard> expectedCues(const PlayerRoutine& routine, const CueSettings& settings);

} // namespace limber::test
