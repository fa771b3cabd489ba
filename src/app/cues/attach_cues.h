// Gives a player its chimes and voice: a CueDirector on the real back-ends (QtSoundSink,
// FliteVoiceSink) with the saved CueSettings, read again each time the session starts or
// resumes so that changes made in the settings meanwhile apply. Owned by the controller.
#pragma once

namespace limber {

class Clock;
class CueDirector;
class PlayerController;
struct PlayerRoutine;

CueDirector* attachCues(
    PlayerController& controller, const Clock& clock, const PlayerRoutine& routine);

} // namespace limber
