// Why Limber cannot make a sound (no output device, no speech engine, a broken sound server).
// The player plays on silently: the first problem is logged once as a warning, and the
// settings page shows it; later ones go to the debug log only.
#pragma once

#include <QString>

namespace limber {

void reportAudioProblem(const QString& problem);

// The first problem reported in this process; empty when there was none.
QString audioProblem();

// Whether a sound can be played at all right now: there is an audio output device.
bool hasAudioOutput();

// For tests: forgets the reported problem, so the next one is warned about again.
void clearAudioProblem();

} // namespace limber
