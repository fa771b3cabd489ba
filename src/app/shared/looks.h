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
// Secondary text in the player: the window text blended toward the window colour.
QColor mutedTextColor(const QPalette& palette);
// Secondary text in the main window (facts under a title, hints): the theme's text colour,
// lighter but readable, set on `widget`'s palette.
void setMutedText(QWidget* widget);

} // namespace limber
