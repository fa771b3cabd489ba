#include "cue_test_support.h"

#include "player/player_controller.h"
#include "storage/library_loader.h"

#include <limber/library.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <limits>
#include <spdlog/spdlog.h>
#include <tuple>

namespace limber::test {

LogCapture::LogCapture()
    : m_previous(spdlog::default_logger())
    , m_sink(std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(1'000))
{
    auto logger = std::make_shared<spdlog::logger>("cues-test", m_sink);
    logger->set_level(spdlog::level::debug);
    spdlog::set_default_logger(logger);
}

LogCapture::~LogCapture()
{
    spdlog::set_default_logger(m_previous);
}

int LogCapture::warnings() const
{
    int count = 0;
    for (const auto& message : m_sink->last_raw())
        count += message.level == spdlog::level::warn ? 1 : 0;
    return count;
}

ScopedConfigHome::ScopedConfigHome()
    : m_previous(qgetenv("XDG_CONFIG_HOME"))
{
    REQUIRE(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.path()));
}

ScopedConfigHome::~ScopedConfigHome()
{
    qputenv("XDG_CONFIG_HOME", m_previous);
}

PlayerRoutine officeBreak()
{
    Library library;
    addBuiltInData(library);
    library.resolve();
    PreparedRoutine prepared = prepareRoutine(library, QStringLiteral("office-break"), {});
    REQUIRE(prepared.routine);
    return std::move(*prepared.routine);
}

void playUntil(
    PlayerController& controller, FakeClock& clock, std::int64_t start, std::int64_t untilMs)
{
    int fired = 0;
    while (controller.isTimerArmed() && *controller.timerDueAt() <= start + untilMs) {
        clock.set(*controller.timerDueAt());
        controller.refresh();
        REQUIRE(++fired < 1'000'000);
    }
    clock.set(start + untilMs);
    controller.refresh();
}

void playWithSpeech(PlayerController& controller, FakeClock& clock, RecordingVoiceSink& voice,
    std::int64_t start, std::int64_t untilMs, std::int64_t msPerCharacter)
{
    constexpr std::int64_t never = std::numeric_limits<std::int64_t>::max();
    const std::int64_t until = start + untilMs;
    auto lengthOf = [msPerCharacter](const QString& phrase) {
        return speechFixedMs + msPerCharacter * phrase.size();
    };
    // A phrase begun before this was called (by start(), say) began just now.
    std::int64_t speechEnd
        = voice.isSpeaking() ? clock.nowMs() + lengthOf(voice.lastPhrase()) : never;
    int steps = 0;
    for (;;) {
        const std::int64_t timerDue = controller.isTimerArmed() ? *controller.timerDueAt() : never;
        const std::int64_t next = std::min(timerDue, speechEnd);
        if (next > until)
            break;
        clock.set(next);
        const int said = voice.saidCount();
        if (next == speechEnd) {
            speechEnd = never;
            voice.finishSpeaking();
        } else {
            controller.refresh();
        }
        if (voice.saidCount() != said)
            speechEnd = clock.nowMs() + lengthOf(voice.lastPhrase());
        else if (!voice.isSpeaking())
            speechEnd = never;
        REQUIRE(++steps < 1'000'000);
    }
    clock.set(until);
    controller.refresh();
}

namespace {

// Orders like the session: by plan time, then segment, then the kind of event.
struct Planned {
    std::int64_t atMs;
    std::size_t segment;
    int rank; // start, side switch, cue, countdown, routine done
    std::size_t order; // within one event: sound before speech, as given
    QString what;
};

QString sideWord(Side side)
{
    return side == Side::Left ? QStringLiteral("Left") : QStringLiteral("Right");
}

} // namespace

std::vector<Heard> expectedCues(const PlayerRoutine& routine, const CueSettings& settings)
{
    std::vector<Planned> planned;
    auto add = [&](std::int64_t at, std::size_t segment, int rank, const QString& what) {
        if (what.startsWith(QLatin1String("sound ")) && !settings.sounds)
            return;
        if (what.startsWith(QLatin1String("say ")) && !settings.voice)
            return;
        planned.push_back({ at, segment, rank, planned.size(), what });
    };
    const Plan& plan = routine.plan;
    for (std::size_t index = 0; index < plan.segments.size(); ++index) {
        const Segment& s = plan.segments[index];
        switch (s.kind) {
        case SegmentKind::LeadIn:
            add(s.startMs, index, 0,
                QStringLiteral("say ")
                    + QString::fromStdString(routine.exercise(s.exercise)->name));
            break;
        case SegmentKind::Hold:
        case SegmentKind::Set: {
            add(s.startMs, index, 0, QStringLiteral("sound start-chime"));
            QString words;
            if (s.side)
                words = sideWord(*s.side) + QStringLiteral(" side");
            if (s.sets > 1)
                words += (words.isEmpty() ? QStringLiteral("Set %1 of %2")
                                          : QStringLiteral(", set %1 of %2"))
                             .arg(s.set)
                             .arg(s.sets);
            if (!words.isEmpty())
                add(s.startMs, index, 0, QStringLiteral("say ") + words);
            break;
        }
        case SegmentKind::Rest:
            add(s.startMs, index, 0, QStringLiteral("say Rest"));
            break;
        case SegmentKind::Switch:
            add(s.startMs, index, 1, QStringLiteral("sound side-switch"));
            add(s.startMs, index, 1, QStringLiteral("say Switch sides"));
            break;
        }
        for (std::size_t c = 0; c < s.cues.size(); ++c) {
            const Cue& cue = s.cues[c];
            const std::int64_t at = s.startMs + cue.atMs;
            if (cue.breath && settings.breathTones)
                add(at, index, 2,
                    *cue.breath == Breath::In ? QStringLiteral("sound breath-in")
                                              : QStringLiteral("sound breath-out"));
            QStringList words;
            const bool firstPhase = cue.rep
                && (c == 0 || s.cues[c - 1].rep != cue.rep || s.cues[c - 1].side != cue.side);
            if (settings.speakRepCounts && firstPhase)
                words << (cue.side ? sideWord(*cue.side) + QStringLiteral(", %1.").arg(*cue.rep)
                                   : QStringLiteral("%1.").arg(*cue.rep));
            if (settings.speakBreathCues)
                words << QString::fromStdString(cue.text);
            if (!words.isEmpty())
                add(at, index, 2, QStringLiteral("say ") + words.join(QLatin1Char(' ')));
        }
        const bool counts = s.kind == SegmentKind::Hold || s.kind == SegmentKind::Set
            || s.kind == SegmentKind::LeadIn;
        const QString words[]
            = { {}, QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three") };
        for (int count = 3; counts && count >= 1; --count) {
            if (count * 1000 >= s.durationMs)
                continue;
            add(s.endMs() - count * 1000, index, 3, QStringLiteral("sound tick"));
            add(s.endMs() - count * 1000, index, 3, QStringLiteral("say ") + words[count]);
        }
    }
    if (!plan.segments.empty()) {
        add(plan.totalMs, plan.segments.size() - 1, 4, QStringLiteral("sound closing-chime"));
        add(plan.totalMs, plan.segments.size() - 1, 4, QStringLiteral("say Done"));
    }
    std::stable_sort(planned.begin(), planned.end(), [](const Planned& a, const Planned& b) {
        return std::tie(a.atMs, a.segment, a.rank, a.order)
            < std::tie(b.atMs, b.segment, b.rank, b.order);
    });
    std::vector<Heard> heard;
    for (const Planned& p : planned)
        heard.push_back({ p.atMs, p.what });
    return heard;
}

} // namespace limber::test
