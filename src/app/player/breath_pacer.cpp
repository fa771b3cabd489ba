#include "breath_pacer.h"

#include "countdown_ring.h"
#include "player_style.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace limber {

namespace {

// Radii as a share of the widget's shorter side: inside the countdown ring drawn over it.
constexpr double smallest = 0.17;
constexpr double largest = 0.41;
// Between the text to keep clear and the smallest circle's edge.
constexpr double clearMargin = 0.02;
// The least the circle moves, however much it must keep clear.
constexpr double leastTravel = 0.08;

} // namespace

BreathPacer::BreathPacer(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("breath-pacer"));
    setMinimumSize(CountdownRing::smallestSide, CountdownRing::smallestSide);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void BreathPacer::setBreath(std::optional<Breath> breath, double position)
{
    position = std::clamp(position, 0.0, 1.0);
    if (breath == m_breath && position == m_position)
        return;
    const double before = m_breath ? radiusAt(openness()) : 0;
    m_breath = breath;
    m_position = position;
    const double after = m_breath ? radiusAt(openness()) : 0;
    // Only the ring between the old and the new edge changes (and the edge's stroke):
    // repainting just that keeps a breathing frame to a few thousand pixels.
    const double margin = edgeWidth(std::max(before, after)) + 2;
    update(annulus(QRectF(rect()).center(), std::min(before, after) - margin,
        std::max(before, after) + margin));
}

double BreathPacer::edgeWidth(double radius)
{
    return std::max(1.5, radius * 0.015);
}

// The region between two circles, as horizontal bands of whole rectangles that cover it.
QRegion BreathPacer::annulus(QPointF centre, double inner, double outer)
{
    constexpr int band = 8;
    QRegion region;
    const int top = static_cast<int>(std::floor(centre.y() - outer));
    const int bottom = static_cast<int>(std::ceil(centre.y() + outer));
    for (int y = top; y < bottom; y += band) {
        // Distances from the centre's row to the band's nearest and farthest rows.
        const double a = std::abs(y - centre.y());
        const double b = std::abs(y + band - centre.y());
        const double near = (y <= centre.y() && centre.y() <= y + band) ? 0 : std::min(a, b);
        const double far = std::max(a, b);
        const double outerHalf = std::sqrt(std::max(0.0, outer * outer - near * near));
        const double innerHalf = far < inner ? std::sqrt(inner * inner - far * far) : 0;
        const int left = static_cast<int>(std::floor(centre.x() - outerHalf));
        const int right = static_cast<int>(std::ceil(centre.x() + outerHalf));
        if (innerHalf < 1) {
            region += QRect(left, y, right - left, band);
            continue;
        }
        const int holeLeft = static_cast<int>(std::ceil(centre.x() - innerHalf));
        const int holeRight = static_cast<int>(std::floor(centre.x() + innerHalf));
        region += QRect(left, y, holeLeft - left, band);
        region += QRect(holeRight, y, right - holeRight, band);
    }
    return region;
}

double BreathPacer::openness() const
{
    const double eased = (1 - std::cos(std::numbers::pi * m_position)) / 2;
    return m_breath == Breath::Out ? 1 - eased : eased;
}

double BreathPacer::travelPx() const
{
    return (radiusAt(1) - radiusAt(0)) * devicePixelRatioF();
}

std::optional<std::int64_t> BreathPacer::msToMove(double stepPx, std::int64_t breathMs) const
{
    const double travel = travelPx();
    if (!m_breath || travel <= 0 || breathMs <= 0)
        return std::nullopt;
    // The edge is at eased(position) of its travel, eased = (1 - cos(pi p)) / 2, whichever way
    // the breath goes: find the position where it is `stepPx` further on.
    const double eased = (1 - std::cos(std::numbers::pi * m_position)) / 2;
    const double target = eased + stepPx / travel;
    const double position = target >= 1 ? 1.0 : std::acos(1 - 2 * target) / std::numbers::pi;
    const auto ms = static_cast<std::int64_t>(
        std::ceil((position - m_position) * static_cast<double>(breathMs)));
    return std::max<std::int64_t>(1, ms);
}

void BreathPacer::setClearShare(double share)
{
    if (share == m_clearShare)
        return;
    m_clearShare = share;
    update();
}

double BreathPacer::radiusAt(double open) const
{
    const double side = std::min(width(), height());
    const double from = std::max(smallest, m_clearShare + clearMargin);
    const double to = std::max(largest, from + leastTravel);
    return side * (from + (to - from) * open);
}

void BreathPacer::paintEvent(QPaintEvent*)
{
    if (!m_breath)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF centre = QRectF(rect()).center();
    const double radius = radiusAt(openness());

    // A flat, faint fill with a firmer edge: the edge shows the movement, and the number
    // drawn over the fill keeps its full contrast.
    QColor fill = accentColor(palette());
    fill.setAlphaF(0.16F);
    QColor edge = accentColor(palette());
    edge.setAlphaF(0.6F);
    painter.setPen(QPen(edge, edgeWidth(radius)));
    painter.setBrush(fill);
    painter.drawEllipse(centre, radius, radius);
}

} // namespace limber
