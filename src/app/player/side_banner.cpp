#include "side_banner.h"

#include "player_style.h"

#include <QPainter>

namespace limber {

SideBanner::SideBanner(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("side-banner"));
    styleText(*this, typeScale::large, QFont::DemiBold);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void SideBanner::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    setAccessibleName(text);
    updateGeometry();
    update();
}

QSize SideBanner::sizeHint() const
{
    const QFontMetrics metrics(font());
    const QString sample = m_text.isEmpty() ? tr("Right side") : m_text;
    return { metrics.horizontalAdvance(sample) + metrics.height() * 2, metrics.height() * 2 };
}

void SideBanner::paintEvent(QPaintEvent*)
{
    if (m_text.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF pill = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(Qt::NoPen);
    painter.setBrush(accentColor(palette()));
    painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter.setPen(onAccentColor(palette()));
    painter.drawText(pill, Qt::AlignCenter, m_text);
}

} // namespace limber
