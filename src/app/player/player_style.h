// The player's look: the shared looks (shared/looks.h) and a type scale that follows the
// window's size (the controls' shapes are ControlStyle's).
#pragma once

#include "shared/looks.h"

#include <QColor>
#include <QFont>

class QPalette;
class QWidget;

namespace limber {

// The player's type scale, in multiples of the application's font. Every text is one of these
// sizes, at Normal or DemiBold (titles Bold): each size and weight is a font engine that Qt
// loads and fontconfig matches when the window is first laid out, a large part of its start-up.
namespace typeScale {
constexpr double caption = 1.15;
constexpr double body = 1.35;
constexpr double large = 1.6;
constexpr double display = 2.2;
constexpr double title = 3.0;
} // namespace typeScale

// The application's font scaled by `scale`, at `weight`.
QFont scaledFont(double scale, QFont::Weight weight = QFont::Normal);
// Gives a widget its place in the type scale (its font: the application's × `scale`) and,
// when `muted`, the secondary text colour. applyTypeScale() resizes it with its window.
void styleText(
    QWidget& widget, double scale, QFont::Weight weight = QFont::Normal, bool muted = false);
// `root` and every styled widget under it at its scale × `typeScale`.
void applyTypeScale(QWidget& root, double typeScale);

} // namespace limber
