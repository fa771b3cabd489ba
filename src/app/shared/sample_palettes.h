// The palettes Limber is shown with in pictures and headless renders: light and dark. A
// headless render (`limber --figure --png`) has no QGuiApplication and so no platform theme,
// and a screenshot or a pixel test must come out the same on every machine, so neither may
// take its colours from the machine's theme: they take them from here. The app itself, on a
// desktop, follows the person's theme.
#pragma once

#include <QPalette>

namespace limber {

// A cool near-white window with near-black text and the accent as the selection.
QPalette sampleLightPalette();
// The dark one the dark screenshots show: a blue-grey window with near-white text.
QPalette sampleDarkPalette();

} // namespace limber
