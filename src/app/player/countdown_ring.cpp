#include "countdown_ring.h"

#include "player_style.h"

#include <QAccessible>
#include <QFontMetricsF>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace limber {

namespace {

constexpr double penShare = 0.05; // of the ring's diameter

// Whether every rect of `region` lies inside the circle of `radius` about `centre`.
bool insideCircle(const QRegion& region, QPointF centre, double radius)
{
    for (const QRect& rect : region) {
        const QRectF r(rect);
        for (const QPointF corner : { r.topLeft(), r.topRight(), r.bottomLeft(), r.bottomRight() })
            if (std::hypot(corner.x() - centre.x(), corner.y() - centre.y()) >= radius)
                return false;
    }
    return true;
}

} // namespace

CountdownRing::CountdownRing(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("countdown-ring"));
    setAccessibleName(tr("Time left in this step"));
    setMinimumSize(smallestSide, smallestSide);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void CountdownRing::setCountdown(const QString& text, const QString& caption, double remaining)
{
    remaining = std::clamp(remaining, 0.0, 1.0);
    if (text == m_text && caption == m_caption && remaining == m_remaining)
        return;
    if (text != m_text) {
        setAccessibleDescription(text + QLatin1Char(' ') + caption);
        QAccessibleValueChangeEvent event(this, text);
        QAccessible::updateAccessibility(&event);
    }
    // Between two seconds only the arc's moving end changes: repaint just around it, so an
    // animation frame costs a few hundred pixels rather than the whole dial.
    const bool onlyArc = text == m_text && caption == m_caption;
    const QRect arcEnds = onlyArc ? arcEndRect(m_remaining) | arcEndRect(remaining) : QRect();
    m_text = text;
    m_caption = caption;
    m_remaining = remaining;
    if (onlyArc)
        update(arcEnds);
    else
        update();
}

QRect CountdownRing::arcEndRect(double remaining) const
{
    const QRectF ring = ringRect();
    // The arc runs clockwise from 12 o'clock over `remaining` of the circle.
    const double angle = std::numbers::pi / 2 - remaining * 2 * std::numbers::pi;
    const QPointF end = ring.center()
        + QPointF(std::cos(angle) * ring.width() / 2, -std::sin(angle) * ring.height() / 2);
    const double reach = ring.width() * penShare / 2 + 2;
    return QRectF(end.x() - reach, end.y() - reach, 2 * reach, 2 * reach).toAlignedRect();
}

double CountdownRing::arcLengthPx() const
{
    return ringRect().width() * std::numbers::pi * devicePixelRatioF();
}

QSize CountdownRing::sizeHint() const
{
    return { 340, 340 };
}

QRectF CountdownRing::ringIn(QRectF area)
{
    const double side = std::min(area.width(), area.height());
    const double inset = side * penShare / 2 + 1;
    QRectF square(0, 0, side, side);
    square.moveCenter(area.center());
    return square.adjusted(inset, inset, -inset, -inset);
}

QRectF CountdownRing::ringRect() const
{
    return ringIn(QRectF(rect()));
}

CountdownRing::TextLayout CountdownRing::textLayout(const QRectF& ring) const
{
    const double diameter = ring.width();
    TextLayout layout;
    layout.number = scaledFont(1.0, QFont::DemiBold);
    layout.number.setPixelSize(
        std::max(12, static_cast<int>(diameter * (m_text.size() > 2 ? 0.26 : 0.32))));
    layout.numberBox = ring;
    layout.numberBox.setHeight(ring.height() * 0.62);
    layout.caption = scaledFont(1.0);
    layout.caption.setPixelSize(std::max(10, static_cast<int>(diameter * 0.065)));
    layout.captionBox = ring;
    layout.captionBox.setTop(ring.top() + ring.height() * 0.64);
    return layout;
}

double CountdownRing::textReachShare() const
{
    const QString key = m_text + QLatin1Char('|') + m_caption;
    if (key != m_reachKey) {
        m_reachKey = key;
        m_reach = measureTextReach();
    }
    return m_reach;
}

double CountdownRing::measureTextReach() const
{
    // Measured on a large ring, where the type's smallest sizes do not come into it; the ink of
    // each glyph, where drawText puts it.
    constexpr double side = 1000;
    const QRectF ring = ringIn(QRectF(0, 0, side, side));
    const TextLayout layout = textLayout(ring);
    const QFontMetricsF number(layout.number);
    const QFontMetricsF caption(layout.caption);
    const QRectF numberInk = number.tightBoundingRect(m_text).translated(
        layout.numberBox.center().x() - number.horizontalAdvance(m_text) / 2,
        layout.numberBox.bottom() - number.descent());
    const QRectF captionInk = caption.tightBoundingRect(m_caption).translated(
        layout.captionBox.center().x() - caption.horizontalAdvance(m_caption) / 2,
        layout.captionBox.top() + caption.ascent());
    double reach = 0;
    for (const QRectF& ink : { numberInk, captionInk }) {
        if (ink.isEmpty())
            continue;
        for (const QPointF corner :
            { ink.topLeft(), ink.topRight(), ink.bottomLeft(), ink.bottomRight() })
            reach = std::max(
                reach, std::hypot(corner.x() - ring.center().x(), corner.y() - ring.center().y()));
    }
    return reach / side;
}

void CountdownRing::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    painter.drawPixmap(0, 0, face());
    if (m_remaining <= 0)
        return;
    const QRectF ring = ringRect();
    // The pacer under the ring repaints inside it every frame: the arc is not there.
    const double innerEdge = ring.width() * (1 - penShare) / 2 - 1;
    if (insideCircle(event->region(), ring.center(), innerEdge))
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(
        QPen(accentColor(palette()), ring.width() * penShare, Qt::SolidLine, Qt::RoundCap));
    // Qt angles are in 1/16 degree, counter-clockwise from 3 o'clock: start at 12 and sweep
    // clockwise, so the ring empties from its start toward 12 o'clock.
    const int span = -static_cast<int>(std::lround(m_remaining * 360 * 16));
    painter.drawArc(ring, 90 * 16, span);
}

// Everything but the moving arc: the track, the number and its caption. It changes once a
// second at most, while the arc may move every frame, and a number this large is drawn as
// outlines (too big for the glyph cache): so it is drawn once, at the screen's own pixel
// density, and each frame copies just the part it needs.
const QPixmap& CountdownRing::face() const
{
    const qreal ratio = devicePixelRatioF();
    const QString key = QStringLiteral("%1x%2@%3|%4|%5|%6")
                            .arg(width())
                            .arg(height())
                            .arg(ratio)
                            .arg(m_text, m_caption)
                            .arg(palette().cacheKey());
    if (key == m_faceKey)
        return m_face;
    m_faceKey = key;
    m_face = QPixmap(size() * ratio);
    m_face.setDevicePixelRatio(ratio);
    m_face.fill(Qt::transparent);

    QPainter painter(&m_face);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF ring = ringRect();
    const double diameter = ring.width();
    painter.setPen(
        QPen(blend(palette().color(QPalette::Window), palette().color(QPalette::WindowText), 0.12),
            diameter * penShare));
    painter.drawEllipse(ring);

    const TextLayout layout = textLayout(ring);
    painter.setFont(layout.number);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(layout.numberBox, Qt::AlignHCenter | Qt::AlignBottom, m_text);
    painter.setFont(layout.caption);
    painter.setPen(mutedTextColor(palette()));
    painter.drawText(layout.captionBox, Qt::AlignHCenter | Qt::AlignTop, m_caption);
    return m_face;
}

} // namespace limber
