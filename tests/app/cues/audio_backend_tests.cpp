// The real back-ends where there is no sound device (the test main makes sure of that): the
// player plays on silently, with one warning, and nothing waits for a sound that never ends.
#include "cue_test_support.h"
#include "cues/attach_cues.h"
#include "cues/audio_problem.h"
#include "cues/cue_director.h"
#include "cues/flite_library.h"
#include "cues/flite_voice_sink.h"
#include "cues/qt_sound_sink.h"
#include "cues/speech_synthesis.h"
#include "player/player_controller.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>

using limber::FliteVoiceSink;
using limber::PlayerController;
using limber::PlayerRoutine;
using limber::QtSoundSink;
using limber::SessionState;
using limber::Sound;
using limber::VoiceSink;
using limber::test::FakeClock;
using limber::test::LogCapture;

TEST_CASE("Without a sound device the sinks stay silent and say why once", "[backend]")
{
    REQUIRE_FALSE(limber::hasAudioOutput());
    limber::clearAudioProblem();
    LogCapture log;

    QtSoundSink sound;
    for (Sound s : limber::allSounds)
        sound.play(s);
    CHECK(sound.playingCount() == 0);
    sound.stop();

    FliteVoiceSink voice;
    QSignalSpy finished(&voice, &VoiceSink::finished);
    voice.say(QStringLiteral("Left side"));
    CHECK(finished.count() == 1); // at once: the queue behind it does not wait
    voice.say(QStringLiteral("Switch sides"));
    CHECK(finished.count() == 2);
    voice.stop();

    CHECK(log.warnings() == 1);
    CHECK(limber::audioProblem().contains(QStringLiteral("no audio output")));
}

TEST_CASE("Every sound can be made ahead, on a worker thread", "[backend]")
{
    QtSoundSink sound;
    CHECK(sound.readyCount() == 0);
    sound.prepare();
    // The event loop turns only until the worker hands its sounds over.
    const int all = static_cast<int>(std::size(limber::allSounds));
    QElapsedTimer waited;
    waited.start();
    while (sound.readyCount() < all && waited.elapsed() < 30'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    CHECK(sound.readyCount() == all);
}

TEST_CASE(
    "Without a sound device the office break plays through on the real back-ends", "[backend]")
{
    const limber::test::ScopedConfigHome firstRun;
    limber::clearAudioProblem();
    LogCapture log;
    QElapsedTimer wall;
    wall.start();

    FakeClock clock;
    const PlayerRoutine routine = limber::test::officeBreak();
    PlayerController controller(routine.plan, clock);
    QWidget window;
    limber::CueDirector* director = limber::attachCues(window, controller, clock, routine);
    REQUIRE(director);
    CHECK(director->parent() == &controller);
    CHECK(director->settings().voice); // a first run speaks

    const std::int64_t start = clock.nowMs();
    controller.start();
    // The lead-in's name waits for the window's first frame, then finds no device.
    CHECK(director->isSpeaking());
    CHECK(log.warnings() == 0);
    window.show();
    REQUIRE(QTest::qWaitFor([director] { return !director->isSpeaking(); }, 5'000));
    limber::test::playUntil(controller, clock, start, 150'000);
    controller.pause();
    controller.resume();
    limber::test::playUntil(controller, clock, start, routine.plan.totalMs + 1'000);

    CHECK(controller.state() == SessionState::Finished);
    CHECK(log.warnings() == 1);
    CHECK_FALSE(director->isSpeaking());
    CHECK(wall.elapsed() < 20'000); // nothing hung on a device that is not there
}

TEST_CASE("The voice is synthesised offline, in every voice and at every rate", "[backend]")
{
    const QStringList voices = limber::speechVoices();
    REQUIRE(voices.size() >= 2);
    CHECK(voices.front() == QStringLiteral("slt"));
    for (const QString& voice : voices) {
        INFO(voice.toStdString());
        const limber::SynthesisedSpeech speech
            = limber::synthesiseSpeech(QStringLiteral("Left side"), voice, 0.0);
        REQUIRE_FALSE(speech.isEmpty());
        CHECK(speech.sampleRate >= 8'000);
        CHECK(speech.durationMs() > 300);
        CHECK(speech.durationMs() < 2'500);
        const auto* samples = reinterpret_cast<const std::int16_t*>(speech.pcm.constData());
        const auto loudest = *std::max_element(samples, samples + speech.pcm.size() / 2);
        CHECK(loudest > 1'000); // not silence
    }
    // An unknown voice falls back to the default rather than failing.
    CHECK_FALSE(
        limber::synthesiseSpeech(QStringLiteral("Three"), QStringLiteral("nobody"), 0).isEmpty());

    const QString phrase = QStringLiteral("Breathe out, soften and turn a little further.");
    const auto slow = limber::synthesiseSpeech(phrase, {}, -1.0);
    const auto normal = limber::synthesiseSpeech(phrase, {}, 0.0);
    const auto fast = limber::synthesiseSpeech(phrase, {}, 1.0);
    CHECK(slow.durationMs() > normal.durationMs() * 2);
    CHECK(fast.durationMs() < normal.durationMs());
    // The cue tests' model of how long a phrase takes (playWithSpeech) is never too short.
    for (const QString& text : { phrase, QStringLiteral("Three"), QStringLiteral("Left side"),
             QStringLiteral("Shoulder-blade squeeze"),
             QStringLiteral("1. Squeeze your shoulder blades together.") }) {
        INFO(text.toStdString());
        CHECK(limber::synthesiseSpeech(text, {}, 0.0).durationMs()
            < limber::test::speechFixedMs + limber::test::speechMsPerCharacter * text.size());
    }
}

TEST_CASE("Without flite there is no speech, and a problem that names the library", "[backend]")
{
    limber::FliteLibrary missing(QStringLiteral("limber-test-no-such-flite"));
    const limber::SynthesisedSpeech speech
        = limber::synthesiseSpeech(missing, QStringLiteral("Left side"), {}, 0.0);
    CHECK(speech.isEmpty());
    CHECK(speech.problem.contains(QStringLiteral("libflite1) cannot be loaded")));
    CHECK(speech.problem.contains(QStringLiteral("limber-test-no-such-flite")));
    // Tried once: the next phrase fails the same way at once, with the same explanation.
    CHECK(limber::synthesiseSpeech(missing, QStringLiteral("Right side"), {}, 0.0).problem
        == speech.problem);
}

TEST_CASE("A flite voice is loaded once and kept, and a missing one says why", "[backend]")
{
    limber::FliteLibrary flite(QStringLiteral("flite"));
    CHECK(flite.problem().isEmpty());
    REQUIRE(flite.voice(QStringLiteral("slt")));
    CHECK(flite.voice(QStringLiteral("slt")) == flite.voice(QStringLiteral("slt"))); // kept
    CHECK_FALSE(flite.voice(QStringLiteral("nobody"))); // no such voice library
    CHECK(flite.problem().contains(QStringLiteral("nobody")));
}
