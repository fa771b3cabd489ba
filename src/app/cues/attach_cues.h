// Gives a player its chimes and voice: a CueDirector on the real back-ends (QtSoundSink,
// FliteVoiceSink) with the saved CueSettings, read again each time the session starts or
// resumes so that changes made in the settings meanwhile apply. Owned by the controller.
// With the voice on, flite is loaded just after `window`'s first frame, ahead of the first
// phrase that needs it.
#pragma once

class QWidget;

namespace limber {

class Clock;
class CueDirector;
class PlayerController;
struct PlayerRoutine;

CueDirector* attachCues(QWidget& window, PlayerController& controller, const Clock& clock,
    const PlayerRoutine& routine);

} // namespace limber
