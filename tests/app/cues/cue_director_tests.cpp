// The cue layer on the real controller and the built-in office break, with a clock moved by
// hand and recording sinks: what is heard, in what order, at which millisecond.
#include "cue_test_support.h"
#include "cues/cue_director.h"
#include "player/player_controller.h"
#include "recording_sinks.h"

#include <QSignalSpy>

#include <algorithm>
#include <catch2/catch.hpp>
#include <iostream>

using limber::CueDirector;
using limber::CueSettings;
using limber::PlayerController;
using limber::PlayerRoutine;
using limber::test::CueLog;
using limber::test::expectedCues;
using limber::test::FakeClock;
using limber::test::Heard;
using limber::test::officeBreak;
using limber::test::playUntil;
using limber::test::playWithSpeech;
using limber::test::RecordingSoundSink;
using limber::test::RecordingVoiceSink;

namespace {

using Mode = RecordingVoiceSink::Mode;

CueSettings everythingOn()
{
    CueSettings settings;
    settings.sounds = true;
    settings.breathTones = true;
    settings.voice = true;
    settings.speakBreathCues = true;
    settings.speakRepCounts = true;
    return settings;
}

// A player of the office break with the cue layer on recording sinks.
struct CuedPlayer {
    explicit CuedPlayer(Mode mode, const CueSettings& settings = everythingOn())
        : voice(log, mode)
        , director(controller, clock, routine, sound, voice)
    {
        director.setSettings(settings);
    }

    void start()
    {
        start_ = clock.nowMs();
        log.setOrigin(start_);
        controller.start();
    }
    void playTo(std::int64_t ms) { playUntil(controller, clock, start_, ms); }
    // Lets a lasting voice finish everything it has to say, at once.
    void finishSpeech()
    {
        while (voice.isSpeaking())
            voice.finishSpeaking();
    }
    // Moves the clock without letting the controller notice (a stalled event loop).
    void stallTo(std::int64_t ms) { clock.set(start_ + ms); }

    FakeClock clock;
    PlayerRoutine routine = officeBreak();
    PlayerController controller { routine.plan, clock };
    CueLog log { clock };
    RecordingSoundSink sound { log };
    RecordingVoiceSink voice;
    CueDirector director;
    std::int64_t start_ = 0;
};

// Reports the first difference with its neighbours, rather than two walls of text.
void checkSameSequence(const std::vector<Heard>& actual, const std::vector<Heard>& expected)
{
    const std::size_t common = std::min(actual.size(), expected.size());
    for (std::size_t i = 0; i < common; ++i) {
        if (actual[i] == expected[i])
            continue;
        INFO("first difference at entry " << i << " of " << expected.size());
        INFO("expected: " << expected[i]);
        INFO("heard:    " << actual[i]);
        if (i > 0)
            INFO("after:    " << expected[i - 1]);
        FAIL_CHECK("the cue sequences differ");
        return;
    }
    CHECK(actual.size() == expected.size());
}

std::vector<Heard> withPrefix(const std::vector<Heard>& heard, const char* prefix)
{
    std::vector<Heard> kept;
    std::copy_if(heard.begin(), heard.end(), std::back_inserter(kept),
        [prefix](const Heard& h) { return h.what.startsWith(QLatin1String(prefix)); });
    return kept;
}

std::size_t countOf(const std::vector<Heard>& heard, const QString& what)
{
    return static_cast<std::size_t>(std::count_if(
        heard.begin(), heard.end(), [&what](const Heard& h) { return h.what == what; }));
}

} // namespace

TEST_CASE("The office break gives exactly the planned cues, in order, at the planned milliseconds",
    "[cues][office-break]")
{
    CuedPlayer player(Mode::Instant);
    player.start();
    player.playTo(player.routine.plan.totalMs + 1'000);

    const std::vector<Heard> expected = expectedCues(player.routine, everythingOn());
    checkSameSequence(player.log.heard(), expected);

    // The same plan read by a person: how the break begins and ends.
    const std::vector<Heard> opening = {
        { 0, QStringLiteral("say Shoulder-blade squeeze") },
        { 2'000, QStringLiteral("sound tick") },
        { 2'000, QStringLiteral("say Three") },
        { 3'000, QStringLiteral("sound tick") },
        { 3'000, QStringLiteral("say Two") },
        { 4'000, QStringLiteral("sound tick") },
        { 4'000, QStringLiteral("say One") },
        { 5'000, QStringLiteral("sound start-chime") },
        { 5'000, QStringLiteral("sound breath-in") },
        { 5'000, QStringLiteral("say 1. Squeeze your shoulder blades together.") },
        { 8'000, QStringLiteral("sound breath-out") },
        { 8'000, QStringLiteral("say Release and let them rest.") },
        { 11'000, QStringLiteral("sound breath-in") },
        { 11'000, QStringLiteral("say 2. Squeeze your shoulder blades together.") },
    };
    const std::vector<Heard>& heard = player.log.heard();
    REQUIRE(heard.size() > opening.size());
    checkSameSequence(
        std::vector<Heard>(heard.begin(), heard.begin() + std::ssize(opening)), opening);
    CHECK(heard[heard.size() - 2] == Heard { 300'000, QStringLiteral("sound closing-chime") });
    CHECK(heard.back() == Heard { 300'000, QStringLiteral("say Done") });

    // Five stretches, three of them on both sides: one set and seven holds begin.
    CHECK(countOf(heard, QStringLiteral("sound start-chime")) == 8);
    CHECK(countOf(heard, QStringLiteral("sound side-switch")) == 3);
    CHECK(countOf(heard, QStringLiteral("say Switch sides")) == 3);
    CHECK(countOf(heard, QStringLiteral("say Left side")) == 3);
    CHECK(countOf(heard, QStringLiteral("say Right side")) == 3);
    CHECK(countOf(heard, QStringLiteral("say Seated thoracic twist")) == 1);
    // Ticks in the last three seconds of 5 lead-ins, 1 set and 7 holds.
    CHECK(countOf(heard, QStringLiteral("sound tick")) == 3 * 13);
    CHECK(player.voice.overlaps() == 0);
}

TEST_CASE(
    "With the first-run settings the office break has no breath tones", "[cues][office-break]")
{
    const CueSettings defaults;
    CHECK_FALSE(defaults.breathTones);
    CuedPlayer player(Mode::Instant, defaults);
    player.start();
    player.playTo(player.routine.plan.totalMs);
    checkSameSequence(player.log.heard(), expectedCues(player.routine, defaults));
    CHECK(countOf(player.log.heard(), QStringLiteral("sound breath-in")) == 0);
}

TEST_CASE("Each setting switches its own part of the guidance off", "[cues][settings]")
{
    CueSettings settings = everythingOn();
    SECTION("sounds off")
    {
        settings.sounds = false;
    }
    SECTION("voice off")
    {
        settings.voice = false;
    }
    SECTION("breath cues not spoken")
    {
        settings.speakBreathCues = false;
    }
    SECTION("reps not counted")
    {
        settings.speakRepCounts = false;
    }
    SECTION("neither breath cues nor rep counts")
    {
        settings.speakBreathCues = false;
        settings.speakRepCounts = false;
    }
    CuedPlayer player(Mode::Instant, settings);
    player.start();
    player.playTo(player.routine.plan.totalMs);
    checkSameSequence(player.log.heard(), expectedCues(player.routine, settings));
    if (!settings.sounds)
        CHECK(withPrefix(player.log.heard(), "sound ").empty());
    if (!settings.voice)
        CHECK(withPrefix(player.log.heard(), "say ").empty());
}

TEST_CASE("A cue more than a second late is neither played nor said", "[cues][stale]")
{
    CuedPlayer player(Mode::Instant);
    player.start();
    player.log.clear();

    // The event loop stalls through the lead-in's countdown: "Three" (due at 2 s) is 1.5 s
    // late when the controller next looks, "Two" (3 s) half a second.
    player.stallTo(3'500);
    player.controller.refresh();
    CHECK(player.log.heard()
        == std::vector<Heard> {
            { 3'500, QStringLiteral("sound tick") }, { 3'500, QStringLiteral("say Two") } });

    // Exactly one second late still counts as on time: the set's start and first cue, due at
    // 5 s, are heard at 6 s; the lead-in's "One", due at 4 s, is not.
    player.log.clear();
    player.stallTo(6'000);
    player.controller.refresh();
    CHECK(player.log.heard()
        == std::vector<Heard> {
            { 6'000, QStringLiteral("sound start-chime") },
            { 6'000, QStringLiteral("sound breath-in") },
            { 6'000, QStringLiteral("say 1. Squeeze your shoulder blades together.") },
        });
}

TEST_CASE("A phrase that waited too long for the voice is dropped, not said late", "[cues][stale]")
{
    CuedPlayer player(Mode::Lasting);
    player.start();
    player.playTo(4'500);
    player.finishSpeech();
    player.playTo(5'000); // the set starts: "1. Squeeze…" is being said
    REQUIRE(
        player.voice.lastPhrase() == QStringLiteral("1. Squeeze your shoulder blades together."));
    player.playTo(8'000); // "Release…" is due and waits
    REQUIRE(player.director.queue().waiting().size() == 1);

    player.log.clear();
    player.stallTo(9'001); // the first phrase ends 1001 ms after the second was due
    player.voice.finishSpeaking();
    CHECK(player.log.heard().empty());
    CHECK_FALSE(player.voice.isSpeaking());
    CHECK(player.director.queue().waiting().empty());

    // Had it ended a little earlier, the waiting phrase would have been said at once.
    CuedPlayer sooner(Mode::Lasting);
    sooner.start();
    sooner.playTo(4'500);
    sooner.finishSpeech();
    sooner.playTo(8'000);
    sooner.log.clear();
    sooner.stallTo(8'900);
    sooner.voice.finishSpeaking();
    CHECK(sooner.log.heard()
        == std::vector<Heard> { { 8'900, QStringLiteral("say Release and let them rest.") } });
}

TEST_CASE("A newer phrase replaces the waiting ones that matter no more than it", "[cues][queue]")
{
    CuedPlayer player(Mode::Lasting);
    player.start(); // "Shoulder-blade squeeze" is being said through the lead-in
    REQUIRE(player.voice.isSpeaking());

    player.playTo(2'000);
    REQUIRE(player.director.queue().waiting().size() == 1);
    CHECK(player.director.queue().waiting().front().text == QStringLiteral("Three"));
    player.playTo(3'000);
    REQUIRE(player.director.queue().waiting().size() == 1);
    CHECK(player.director.queue().waiting().front().text == QStringLiteral("Two"));

    player.log.clear();
    player.stallTo(3'300);
    player.voice.finishSpeaking();
    CHECK(player.log.heard() == std::vector<Heard> { { 3'300, QStringLiteral("say Two") } });
    player.voice.finishSpeaking();

    // A side change outranks what waits: behind a long phrase, the countdown replaces the
    // breath cue and "Switch sides" the countdown; at the next hold the side and its first
    // breath cue wait together, the more important first.
    player.playTo(70'000); // the twist's left hold: "Left side", then its first breath cue
    player.voice.finishSpeaking();
    REQUIRE(player.voice.lastPhrase() == QStringLiteral("Left side"));
    player.voice.finishSpeaking();
    REQUIRE(player.voice.lastPhrase() == QStringLiteral("Breathe in deep into your belly."));
    player.playTo(97'000);
    REQUIRE(player.director.queue().waiting().size() == 1);
    CHECK(player.director.queue().waiting().front().text == QStringLiteral("Three"));
    player.playTo(100'000);
    REQUIRE(player.director.queue().waiting().size() == 1);
    CHECK(player.director.queue().waiting().front().text == QStringLiteral("Switch sides"));
    player.voice.finishSpeaking();
    CHECK(player.voice.lastPhrase() == QStringLiteral("Switch sides"));
    player.playTo(105'000);
    const auto& waiting = player.director.queue().waiting();
    REQUIRE(waiting.size() == 2);
    CHECK(waiting[0].text == QStringLiteral("Right side"));
    CHECK(waiting[1].text == QStringLiteral("Breathe in deep into your belly."));
}

TEST_CASE("Pausing silences the cues and resuming carries on with the next one", "[cues][pause]")
{
    CuedPlayer player(Mode::Lasting);
    player.start();
    player.playTo(8'500); // "1. Squeeze…" still being said, "Release…" waiting
    REQUIRE(player.voice.isSpeaking());
    REQUIRE_FALSE(player.director.queue().waiting().empty());

    player.log.clear();
    player.controller.pause();
    CHECK(player.log.heard()
        == std::vector<Heard> { { 8'500, QStringLiteral("silence voice") },
            { 8'500, QStringLiteral("silence sounds") } });
    CHECK_FALSE(player.director.isSpeaking());
    CHECK(player.director.queue().waiting().empty());

    // Nothing is heard while paused, however long.
    player.playTo(68'500);
    CHECK(player.log.heard().size() == 2);

    // Resumed with the set 3.5 s in: its next cue (rep 2 at 6 s) comes 2.5 s later.
    player.log.clear();
    player.controller.resume();
    player.playTo(71'000);
    CHECK(player.log.heard()
        == std::vector<Heard> { { 71'000, QStringLiteral("sound breath-in") },
            { 71'000, QStringLiteral("say 2. Squeeze your shoulder blades together.") } });
}

TEST_CASE("Stopping silences the cues but the end of the routine does not", "[cues][pause]")
{
    SECTION("stop")
    {
        CuedPlayer player(Mode::Lasting);
        player.start();
        player.playTo(1'000);
        player.log.clear();
        player.controller.stop();
        CHECK(player.log.heard()
            == std::vector<Heard> { { 1'000, QStringLiteral("silence voice") },
                { 1'000, QStringLiteral("silence sounds") } });
        player.playTo(10'000);
        CHECK(player.log.heard().size() == 2);
    }
    SECTION("finish")
    {
        CuedPlayer player(Mode::Lasting);
        player.start();
        player.playTo(296'000);
        player.voice.finishSpeaking();
        player.log.clear();
        player.playTo(300'000);
        const auto silences = withPrefix(player.log.heard(), "silence");
        CHECK(silences.empty());
        CHECK(
            player.log.heard().back() == Heard { 300'000, QStringLiteral("sound closing-chime") });
        REQUIRE_FALSE(player.director.queue().waiting().empty());
        CHECK(player.director.queue().waiting().back().text == QStringLiteral("Done"));
    }
}

TEST_CASE("The closing cues report their end only once the voice has said Done", "[cues][closing]")
{
    SECTION("with the voice")
    {
        CuedPlayer player(Mode::Lasting);
        QSignalSpy done(&player.director, &limber::CueDirector::closingCuesDone);
        player.start();
        player.playTo(299'000);
        CHECK(done.isEmpty());
        player.playTo(300'000);
        CHECK(done.isEmpty()); // "One" and then "Done" are still to be said
        player.finishSpeech();
        CHECK(done.size() == 1);
        CHECK(player.log.heard().back().what == QStringLiteral("say Done"));
    }
    SECTION("with the voice off")
    {
        CueSettings soundsOnly = everythingOn();
        soundsOnly.voice = false;
        CuedPlayer player(Mode::Lasting, soundsOnly);
        QSignalSpy done(&player.director, &limber::CueDirector::closingCuesDone);
        player.start();
        player.playTo(299'999);
        CHECK(done.isEmpty());
        player.playTo(300'000);
        CHECK(done.size() == 1);
    }
    SECTION("when the end came too late to be given")
    {
        CuedPlayer player(Mode::Lasting);
        QSignalSpy done(&player.director, &limber::CueDirector::closingCuesDone);
        player.start();
        player.playTo(296'000);
        player.finishSpeech();
        player.stallTo(302'000);
        player.controller.refresh();
        player.finishSpeech();
        CHECK(done.size() == 1);
        CHECK(withPrefix(player.log.heard(), "sound closing").empty());
    }
}

TEST_CASE("Switching the voice off mid-phrase silences it at once", "[cues][settings]")
{
    CuedPlayer player(Mode::Lasting);
    player.start();
    player.playTo(3'000);
    REQUIRE(player.voice.isSpeaking());
    CueSettings quiet = everythingOn();
    quiet.voice = false;
    player.director.setSettings(quiet);
    CHECK_FALSE(player.voice.isSpeaking());
    CHECK(player.director.queue().waiting().empty());
    player.log.clear();
    player.playTo(6'000);
    CHECK(withPrefix(player.log.heard(), "say ").empty());
    CHECK_FALSE(withPrefix(player.log.heard(), "sound ").empty());
}

TEST_CASE("With speech that takes time, the voice never overlaps and is never over a second late",
    "[cues][office-break]")
{
    CuedPlayer player(Mode::Lasting);
    player.start();
    playWithSpeech(player.controller, player.clock, player.voice, player.start_,
        player.routine.plan.totalMs + 5'000, limber::test::speechMsPerCharacter);
    CHECK(player.voice.overlaps() == 0);

    const std::vector<Heard> expected = expectedCues(player.routine, everythingOn());
    const std::vector<Heard> heard = player.log.heard();
    // Sounds never wait for anything.
    checkSameSequence(withPrefix(heard, "sound "), withPrefix(expected, "sound "));
    // Every phrase said was planned, and said within a second of when it was due.
    for (const Heard& said : withPrefix(heard, "say ")) {
        const bool planned = std::any_of(expected.begin(), expected.end(), [&said](const Heard& e) {
            return e.what == said.what && e.atMs <= said.atMs && said.atMs - e.atMs <= 1'000;
        });
        INFO(said);
        CHECK(planned);
    }
    // What matters most is always said: every name, side, switch and the end.
    for (const QString& phrase :
        { QStringLiteral("say Left side"), QStringLiteral("say Right side"),
            QStringLiteral("say Switch sides"), QStringLiteral("say Done"),
            QStringLiteral("say Shoulder-blade squeeze"),
            QStringLiteral("say Seated thoracic twist"), QStringLiteral("say Lateral neck flexion"),
            QStringLiteral("say Chin to chest"), QStringLiteral("say Standing side reach") })
        CHECK(countOf(heard, phrase) == countOf(expected, phrase));
}

// Not run by default: prints what a person hears during the office break with the first-run
// settings, with speech at flite's pace (`limber_cues_tests "[.transcript]"`).
TEST_CASE("Transcript of the office break", "[.transcript]")
{
    CuedPlayer player(Mode::Lasting, CueSettings {});
    player.start();
    playWithSpeech(player.controller, player.clock, player.voice, player.start_,
        player.routine.plan.totalMs + 5'000, limber::test::speechMsPerCharacter);
    for (const Heard& heard : player.log.heard())
        std::cout << heard.atMs / 1000 << '.' << (heard.atMs % 1000) / 100 << " s  "
                  << heard.what.toStdString() << '\n';
    SUCCEED();
}
