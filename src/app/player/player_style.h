// The player's look in one place: the system palette with one calm accent colour, a type
// scale that follows the window's size, and the controls' shapes.
#pragma once

#include <QColor>
#include <QFont>
#include <QString>

class QPalette;
class QWidget;

namespace limber {

bool isDarkPalette(const QPalette& palette);
// A calm teal, lighter on dark palettes so it keeps its contrast with the text behind it.
QColor accentColor(const QPalette& palette);
// Text on an accent-filled shape.
QColor onAccentColor(const QPalette& palette);
// Secondary text: the window text blended toward the window colour.
QColor mutedTextColor(const QPalette& palette);
QColor blend(const QColor& from, const QColor& to, double amount);

// The application's font scaled by `scale`, at `weight`.
QFont scaledFont(double scale, QFont::Weight weight = QFont::Normal);
// Gives a widget its place in the type scale (its font: the application's × `scale`) and,
// when `muted`, the secondary text colour. applyTypeScale() resizes it with its window.
void styleText(
    QWidget& widget, double scale, QFont::Weight weight = QFont::Normal, bool muted = false);
// Every styled widget under `root` at its scale × `typeScale`.
void applyTypeScale(QWidget& root, double typeScale);
void setTextColor(QWidget& widget, const QColor& color);

// Rounded buttons from the palette; a button with the property primary=true is filled with
// the accent. Also the thin progress bar.
QString controlStyleSheet(const QPalette& palette);
void makePrimary(QWidget& button);

} // namespace limber
