// The favourite star, drawn as a shape so it looks the same with any font or theme.
#pragma once

#include <QIcon>
#include <QRectF>

class QPainter;

namespace limber {

// A five-pointed star in `box`: filled gold when `filled`, an outline in `outline` otherwise.
void paintStar(QPainter& painter, const QRectF& box, bool filled, const QColor& outline);

// The star as an icon, for buttons.
QIcon starIcon(bool filled, const QColor& outline);

} // namespace limber
