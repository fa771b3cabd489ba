// The looks both windows share, defined once: the palette's light or dark, the one accent
// colour, blending, muted (secondary) text, and the colours of problems and boxed notes.
#pragma once

#include <QColor>
#include <QString>

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
// Sets the colour of `widget`'s own text: its window text, and the text it edits or lists.
void setTextColor(QWidget& widget, const QColor& color);
// Makes `widget`'s own text muted, on its palette.
void setMutedText(QWidget* widget);

// Text that says something went wrong (a setting that was not saved, a file that cannot be
// read), in both windows: a red that keeps its contrast on the palette's window and base,
// lighter on dark palettes.
QColor problemColor(const QPalette& palette);

// What a boxed note says: a problem to fix, something to be careful of, a plain fact, or a
// next step.
enum class NoteTone { Problem, Caution, Info, Hint };
// The style sheet of a boxed note (a QLabel): a faint tint of the tone on the palette's base,
// a border in the tone and the palette's own text, so that it reads on light and dark themes.
// A hint has no tone of its own: the palette's alternate base and mid.
QString noteStyleSheet(const QPalette& palette, NoteTone tone);

} // namespace limber
