// The cue layer: turns what the session reports into sounds and speech, as the settings ask.
// It listens to the controller's sessionEvent and stateChanged signals and drives a SoundSink
// and a VoiceSink; it reads the player's clock only to tell how late a cue is.
//
// What each event gives (sounds when on; phrases when the voice is on):
//   lead-in starts     the exercise's name
//   hold or set starts start chime; "Left side" / "Right side" on a side, "Set 2 of 3" when
//                      there are several sets (joined: "Right side, set 1 of 2")
//   rest starts        "Rest"
//   side switch        side-switch sound; "Switch sides"
//   cue                breath tone (when breath tones are on); the rep number at the first
//                      phase of each rep ("3.", alternating: "Left, 3.") when rep counts are
//                      on, then the cue's text when breath cues are on, as one phrase
//   countdown 3, 2, 1  tick; "Three", "Two", "One"
//   routine done       closing chime; "Done"; then closingCuesDone() once both are over
// A cue more than a second late is neither played nor said. Phrases wait for the voice to
// finish (SpeechQueue decides which still matter); pausing or stopping silences both sinks
// and forgets what was waiting, and resuming carries on with the next cue.
#pragma once

#include "cue_settings.h"
#include "sound.h"
#include "speech_queue.h"

#include <limber/session.h>

#include <QObject>

#include <map>
#include <string>

namespace limber {

class Clock;
class PlayerController;
class SoundSink;
class VoiceSink;
struct PlayerRoutine;

class CueDirector : public QObject {
    Q_OBJECT

public:
    // How much a phrase matters when several compete for the voice (SpeechQueue).
    enum Priority : int {
        CuePriority = 1,
        CountdownPriority = 2,
        NamePriority = 3, // an exercise's name, "Rest"
        SidePriority = 4, // "Left side", "Switch sides", "Set 2 of 3"
        DonePriority = 5,
    };

    // The sinks must outlive this; the routine gives the exercises' names.
    CueDirector(PlayerController& controller, const Clock& clock, const PlayerRoutine& routine,
        SoundSink& sound, VoiceSink& voice, QObject* parent = nullptr);

    const CueSettings& settings() const { return m_settings; }
    // Applies from the next event on; switching the voice off also silences it now.
    void setSettings(const CueSettings& settings);

    const SpeechQueue& queue() const { return m_queue; }
    bool isSpeaking() const { return m_speaking; }

signals:
    // The routine is over and so are its closing chime and "Done" (at once when they are off
    // or came too late to give): a player that quits when done waits for this, so neither is
    // cut off.
    void closingCuesDone();

private:
    void onEvent(const SessionEvent& event);
    void onStateChanged(SessionState state);
    void onSegmentStarted(const Segment& segment, std::int64_t atMs);
    void onCue(const Segment& segment, int index, std::int64_t atMs);
    void play(Sound sound);
    void speak(const QString& text, int priority, std::int64_t dueMs);
    void speakNext();
    void onVoiceFinished();
    void silence();
    void finishClosing();

    PlayerController& m_controller;
    const Clock& m_clock;
    SoundSink& m_sound;
    VoiceSink& m_voice;
    std::map<std::string, QString, std::less<>> m_names; // exercise id → name
    CueSettings m_settings;
    SpeechQueue m_queue;
    bool m_speaking = false;
    bool m_closing = false; // the routine is done; its closing cues are still to finish
};

} // namespace limber
