#include "star.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <cmath>
#include <numbers>

namespace limber {

void paintStar(QPainter& painter, const QRectF& box, bool filled, const QColor& outline)
{
    const double size = std::min(box.width(), box.height());
    const QPointF centre = box.center() + QPointF(0, size * 0.04);
    const double outer = size * 0.48;
    const double inner = outer * 0.45;
    QPainterPath path;
    for (int i = 0; i < 10; ++i) {
        const double radius = i % 2 == 0 ? outer : inner;
        const double angle = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
        const QPointF point = centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    path.closeSubpath();

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (filled) {
        painter.setPen(QPen(QColor(0xc7, 0x8a, 0x00), 1.2));
        painter.setBrush(QColor(0xf5, 0xb3, 0x01));
    } else {
        painter.setPen(QPen(outline, 1.2));
        painter.setBrush(Qt::NoBrush);
    }
    painter.drawPath(path);
    painter.restore();
}

QIcon starIcon(bool filled, const QColor& outline)
{
    QIcon icon;
    for (const int size : { 16, 24, 32, 48 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paintStar(painter, QRectF(1, 1, size - 2, size - 2), filled, outline);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace limber
