#include "cue_director.h"

#include "player/clock.h"
#include "player/player_controller.h"
#include "player/player_routine.h"
#include "shared/words.h"
#include "sound_sink.h"
#include "voice_sink.h"

#include <spdlog/spdlog.h>

namespace limber {

namespace {

using Kind = SessionEvent::Kind;

QString sideName(Side side)
{
    return side == Side::Left ? CueDirector::tr("Left") : CueDirector::tr("Right");
}

QString countWord(int count)
{
    switch (count) {
    case 3:
        return CueDirector::tr("Three");
    case 2:
        return CueDirector::tr("Two");
    case 1:
        return CueDirector::tr("One");
    default:
        return QString::number(count);
    }
}

// The first phase of a rep: the first cue of its set, or one whose rep (or side) differs
// from the cue before it.
bool startsRep(const Segment& segment, std::size_t index)
{
    const Cue& cue = segment.cues[index];
    if (!cue.rep)
        return false;
    if (index == 0)
        return true;
    const Cue& before = segment.cues[index - 1];
    return before.rep != cue.rep || before.side != cue.side;
}

} // namespace

CueDirector::CueDirector(PlayerController& controller, const Clock& clock,
    const PlayerRoutine& routine, SoundSink& sound, VoiceSink& voice, QObject* parent)
    : QObject(parent)
    , m_controller(controller)
    , m_clock(clock)
    , m_sound(sound)
    , m_voice(voice)
{
    for (const auto& [id, exercise] : routine.exercises)
        m_names.emplace(id, qs(exercise.name));
    connect(&controller, &PlayerController::sessionEvent, this, &CueDirector::onEvent);
    connect(&controller, &PlayerController::stateChanged, this, &CueDirector::onStateChanged);
    connect(&voice, &VoiceSink::finished, this, &CueDirector::onVoiceFinished);
}

void CueDirector::setSettings(const CueSettings& settings)
{
    m_settings = settings;
    if (!m_settings.voice) {
        m_queue.clear();
        if (m_speaking) {
            m_speaking = false;
            m_voice.stop();
        }
    }
}

void CueDirector::onEvent(const SessionEvent& event)
{
    if (event.kind == Kind::RoutineDone)
        m_closing = true;
    const Plan& plan = m_controller.session().plan();
    if (event.segment < 0 || static_cast<std::size_t>(event.segment) >= plan.segments.size())
        return finishClosing();
    if (SpeechQueue::isStale(event.atMs, m_clock.nowMs())) {
        spdlog::debug("cues: skipped an event {} ms late", m_clock.nowMs() - event.atMs);
        return finishClosing();
    }
    const Segment& segment = plan.segments[static_cast<std::size_t>(event.segment)];
    switch (event.kind) {
    case Kind::SegmentStarted:
        return onSegmentStarted(segment, event.atMs);
    case Kind::SideSwitch:
        play(Sound::SideSwitch);
        return speak(tr("Switch sides"), SidePriority, event.atMs);
    case Kind::Cue:
        return onCue(segment, event.cue, event.atMs);
    case Kind::Countdown:
        play(Sound::Tick);
        return speak(countWord(event.count), CountdownPriority, event.atMs);
    case Kind::ExerciseDone:
        return;
    case Kind::RoutineDone:
        play(Sound::ClosingChime);
        speak(tr("Done"), DonePriority, event.atMs);
        return finishClosing();
    }
}

void CueDirector::onStateChanged(SessionState state)
{
    // A finished routine still has its closing chime and "Done" to give.
    if (state == SessionState::Paused || state == SessionState::Stopped)
        silence();
}

void CueDirector::onSegmentStarted(const Segment& segment, std::int64_t atMs)
{
    switch (segment.kind) {
    case SegmentKind::LeadIn: {
        const auto name = m_names.find(segment.exercise);
        return speak(
            name != m_names.end() ? name->second : qs(segment.exercise), NamePriority, atMs);
    }
    case SegmentKind::Hold:
    case SegmentKind::Set: {
        play(Sound::StartChime);
        QString text;
        if (segment.side && segment.sets > 1)
            text = tr("%1 side, set %2 of %3")
                       .arg(sideName(*segment.side))
                       .arg(segment.set)
                       .arg(segment.sets);
        else if (segment.side)
            text = tr("%1 side").arg(sideName(*segment.side));
        else if (segment.sets > 1)
            text = tr("Set %1 of %2").arg(segment.set).arg(segment.sets);
        if (!text.isEmpty())
            speak(text, SidePriority, atMs);
        return;
    }
    case SegmentKind::Rest:
        return speak(tr("Rest"), NamePriority, atMs);
    case SegmentKind::Switch:
        return; // the SideSwitch event that follows says it
    }
}

void CueDirector::onCue(const Segment& segment, int index, std::int64_t atMs)
{
    if (index < 0 || static_cast<std::size_t>(index) >= segment.cues.size())
        return;
    const Cue& cue = segment.cues[static_cast<std::size_t>(index)];
    if (cue.breath && m_settings.breathTones)
        play(*cue.breath == Breath::In ? Sound::BreathIn : Sound::BreathOut);

    QStringList parts;
    if (m_settings.speakRepCounts && startsRep(segment, static_cast<std::size_t>(index))) {
        parts << (cue.side ? tr("%1, %2.").arg(sideName(*cue.side)).arg(*cue.rep)
                           : tr("%1.").arg(*cue.rep));
    }
    if (m_settings.speakBreathCues && !cue.text.empty())
        parts << qs(cue.text);
    if (!parts.isEmpty())
        speak(parts.join(QLatin1Char(' ')), CuePriority, atMs);
}

void CueDirector::play(Sound sound)
{
    if (!m_settings.sounds)
        return;
    spdlog::debug("cues: sound {}", toString(sound));
    m_sound.play(sound);
}

void CueDirector::speak(const QString& text, int priority, std::int64_t dueMs)
{
    if (!m_settings.voice)
        return;
    m_queue.push({ text, priority, dueMs }, m_clock.nowMs());
    speakNext();
}

void CueDirector::speakNext()
{
    if (m_speaking)
        return;
    const std::optional<Phrase> phrase = m_queue.take(m_clock.nowMs());
    if (!phrase)
        return;
    m_speaking = true;
    spdlog::debug("cues: say \"{}\" ({} ms after due)", phrase->text.toStdString(),
        m_clock.nowMs() - phrase->dueMs);
    m_voice.say(phrase->text); // may report finished() before it returns
}

void CueDirector::onVoiceFinished()
{
    m_speaking = false;
    speakNext();
    finishClosing();
}

void CueDirector::finishClosing()
{
    if (!m_closing || m_speaking)
        return;
    m_closing = false;
    m_sound.whenQuiet([this] { emit closingCuesDone(); });
}

void CueDirector::silence()
{
    m_queue.clear();
    m_speaking = false;
    m_voice.stop();
    m_sound.stop();
}

} // namespace limber
