// Work that may wait until a window is on the screen: it runs once, queued just after the
// window's first frame has been painted, so it neither delays that frame nor competes with it
// for a core. A window that is never painted (hidden, on another desktop) runs it after a
// short deadline instead; a window closed before then never runs it.
#pragma once

#include <functional>

class QWidget;

namespace limber {

void afterFirstFrame(QWidget& window, std::function<void()> work);

} // namespace limber
