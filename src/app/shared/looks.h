// The looks both windows share, defined once: the palette's light or dark, the one accent
// colour, blending, and muted (secondary) text.
#pragma once

#include <QColor>

class QPalette;
class QWidget;

namespace limber {

bool isDarkPalette(const QPalette& palette);
// A calm teal, lighter on dark palettes so it keeps its contrast with the text behind it.
QColor accentColor(const QPalette& palette);
// The ring around the widget with the keyboard focus (keyboard_focus.h), in both windows: the
// accent, which keeps its contrast with the window and with the buttons it surrounds.
QColor focusColor(const QPalette& palette);
// Text on an accent-filled shape.
QColor onAccentColor(const QPalette& palette);
QColor blend(const QColor& from, const QColor& to, double amount);
// Secondary text (facts under a title, hints, the player's smaller words), in both windows: a
// text colour blended a third of the way toward the background it is drawn on. Blended rather
// than the theme's disabled colour, which in many themes is too faint to read.
QColor mutedTextColor(const QColor& text, const QColor& background);
// The same for text on the window: its window text toward the window colour.
QColor mutedTextColor(const QPalette& palette);
// Makes `widget`'s own text muted, on its palette.
void setMutedText(QWidget* widget);

} // namespace limber
