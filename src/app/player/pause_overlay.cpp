#include "pause_overlay.h"

#include "player_style.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace limber {

PauseOverlay::PauseOverlay(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("pause-overlay"));
    setAccessibleName(tr("Paused"));
    styleText(*this, 1.0);
    // Only a veil: clicks go through to nothing, keys to the window's controls.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    hide();
}

// A strong veil over everything, and a card in the middle so "Paused" never sits on top of
// the texts beneath it.
void PauseOverlay::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor window = palette().color(QPalette::Window);
    QColor veil = window;
    veil.setAlphaF(0.8F);
    painter.fillRect(rect(), veil);

    QFont title = font();
    title.setPointSizeF(font().pointSizeF() * 4.0);
    title.setWeight(QFont::Bold);
    QFont hint = font();
    hint.setPointSizeF(font().pointSizeF() * 1.6);
    const QFontMetrics titleMetrics(title);
    const QFontMetrics hintMetrics(hint);
    const QString titleText = tr("Paused");
    const QString hintText = tr("Press Space to resume");
    const int padding = hintMetrics.height() * 2;
    const int cardWidth = std::max(titleMetrics.horizontalAdvance(titleText),
                              hintMetrics.horizontalAdvance(hintText))
        + padding * 2;
    const int cardHeight = titleMetrics.height() + hintMetrics.height() + padding * 2;
    QRect card(0, 0, std::min(cardWidth, width() - 16), cardHeight);
    card.moveCenter(rect().center());

    painter.setPen(QPen(blend(window, palette().color(QPalette::WindowText), 0.15), 1));
    painter.setBrush(blend(window, palette().color(QPalette::Base), 0.7));
    painter.drawRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 18, 18);

    const QRect inside = card.adjusted(padding, padding, -padding, -padding);
    painter.setFont(title);
    painter.setPen(accentColor(palette()));
    painter.drawText(QRect(inside.left(), inside.top(), inside.width(), titleMetrics.height()),
        Qt::AlignCenter, titleText);
    painter.setFont(hint);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(inside.left(), inside.top() + titleMetrics.height(), inside.width(),
                         hintMetrics.height()),
        Qt::AlignCenter, hintText);
}

} // namespace limber
