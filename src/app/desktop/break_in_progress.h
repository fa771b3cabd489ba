// Whether a break is being played at this moment: a player window on screen whose routine is
// running. A reminder that comes due then is not shown, so a short interval never interrupts
// the very break it asked for (its count starts again from that moment instead).
#pragma once

namespace limber {

bool isBreakInProgress();

} // namespace limber
