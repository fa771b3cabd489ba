#include "control_style.h"

#include "player_style.h"

#include <QAbstractButton>
#include <QPainter>
#include <QProgressBar>
#include <QStyleOption>
#include <QVariant>

#include <algorithm>
#include <optional>

namespace limber {

namespace {

constexpr const char* primaryProperty = "limberPrimary";
constexpr qreal buttonRadius = 10;
constexpr qreal barRadius = 3;
// Room around a button's text: the padding and the one-pixel border.
constexpr int paddingX = 10 + 1;
constexpr int paddingY = 6 + 1;
// Around that, room for the focus ring, drawn only on the button with the keyboard focus: a
// ring in the accent, apart from the button by a gap of the window's colour, so it shows on a
// primary button filled with the accent as on any other. Always reserved, so that nothing
// moves when the focus does. With it a button is as wide as before there was a ring (the
// controls' row fits at 800 px), and 4 px taller.
constexpr int ringWidth = 2;
constexpr int ringGap = 2;
constexpr int ringRoom = ringWidth + ringGap;

struct ButtonLook {
    QColor fill;
    QColor text;
    QColor border;
    std::optional<QColor> ring; // the focus ring, on the button with the focus
};

ButtonLook buttonLook(const QStyleOption& option, bool primary)
{
    // The colours of an enabled window, whatever the button's state: a disabled button is
    // drawn from them here, not from the palette's own, paler, disabled group.
    QPalette palette = option.palette;
    palette.setCurrentColorGroup(QPalette::Active);
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    const QColor accent = accentColor(palette);
    const QColor button = blend(window, palette.color(QPalette::Base), 0.6);
    const QStyle::State state = option.state;
    if (!(state & QStyle::State_Enabled))
        return { window, blend(text, window, 0.6), blend(window, text, 0.10), std::nullopt };

    const bool down = state & QStyle::State_Sunken;
    const bool hovered = state & QStyle::State_MouseOver;
    const std::optional<QColor> ring
        = (state & QStyle::State_HasFocus) ? std::optional(accent) : std::nullopt;
    if (primary) {
        const QColor fill
            = down ? blend(accent, text, 0.30) : (hovered ? blend(accent, text, 0.15) : accent);
        return { fill, onAccentColor(palette), accent, ring };
    }
    const bool checked = state & QStyle::State_On;
    const QColor fill = (down || checked) ? blend(button, accent, 0.22)
                                          : (hovered ? blend(button, accent, 0.10) : button);
    return { fill, text, blend(window, text, 0.22), ring };
}

bool isPrimary(const QWidget* widget)
{
    return widget && widget->property(primaryProperty).toBool();
}

// The button inside its room for the focus ring.
QRect panelRect(const QRect& rect)
{
    return rect.adjusted(ringRoom, ringRoom, -ringRoom, -ringRoom);
}

void paintPanel(QPainter& painter, const QRect& rect, const ButtonLook& look)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // A pen is centred on the outline: inset by half its width to keep it inside the rect.
    if (look.ring) {
        constexpr qreal half = ringWidth / 2.0;
        painter.setPen(QPen(*look.ring, ringWidth));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect).adjusted(half, half, -half, -half),
            buttonRadius + ringRoom, buttonRadius + ringRoom);
    }
    painter.setPen(QPen(look.border, 1));
    painter.setBrush(look.fill);
    painter.drawRoundedRect(
        QRectF(panelRect(rect)).adjusted(0.5, 0.5, -0.5, -0.5), buttonRadius, buttonRadius);
    painter.restore();
}

// The label in the look's colour, drawn here: the base style would choose its own colour for
// each state, and a disabled label in its colours all but vanishes on the window colour.
void paintLabel(QPainter& painter, const QRect& rect, const QString& text, const ButtonLook& look,
    bool underlineShortcut)
{
    painter.save();
    painter.setPen(look.text);
    painter.drawText(rect,
        Qt::AlignCenter | Qt::TextShowMnemonic | (underlineShortcut ? 0 : Qt::TextHideMnemonic),
        text);
    painter.restore();
}

// The part of the bar filled: its fraction property if it has one, else its value.
double filledPart(const QStyleOptionProgressBar& bar, const QWidget* widget)
{
    const QVariant fraction = widget ? widget->property(fractionProperty) : QVariant();
    if (fraction.isValid())
        return std::clamp(fraction.toDouble(), 0.0, 1.0);
    const qint64 span = qint64(bar.maximum) - bar.minimum;
    return span > 0 ? double(qint64(bar.progress) - bar.minimum) / double(span) : 0.0;
}

void paintProgressBar(QPainter& painter, const QStyleOptionProgressBar& bar, double filled)
{
    const QPalette& palette = bar.palette;
    const QColor window = palette.color(QPalette::Window);
    const QRectF groove = bar.rect;
    const qreal radius = std::min(barRadius, groove.height() / 2);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(blend(window, palette.color(QPalette::WindowText), 0.10));
    painter.drawRoundedRect(groove, radius, radius);
    if (filled > 0) {
        QRectF chunk = groove;
        chunk.setWidth(groove.width() * filled);
        if (bar.direction == Qt::RightToLeft)
            chunk.moveRight(groove.right());
        painter.setBrush(accentColor(palette));
        painter.drawRoundedRect(chunk, radius, radius);
    }
    painter.restore();
}

} // namespace

void ControlStyle::applyTo(QWidget& root)
{
    for (QWidget* widget : root.findChildren<QWidget*>()) {
        if (qobject_cast<QAbstractButton*>(widget) || qobject_cast<QProgressBar*>(widget))
            widget->setStyle(this);
    }
}

void ControlStyle::polish(QWidget* widget)
{
    QProxyStyle::polish(widget);
    // Hover shading needs hover events, which not every base style asks for.
    if (qobject_cast<QAbstractButton*>(widget))
        widget->setAttribute(Qt::WA_Hover);
}

void ControlStyle::drawControl(ControlElement element, const QStyleOption* option,
    QPainter* painter, const QWidget* widget) const
{
    if (element == CE_PushButton) {
        if (const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option)) {
            const ButtonLook look = buttonLook(*button, isPrimary(widget));
            paintPanel(*painter, button->rect, look);
            paintLabel(*painter, button->rect, button->text, look,
                styleHint(SH_UnderlineShortcut, option, widget));
            return;
        }
    }
    if (element == CE_ProgressBar) {
        if (const auto* bar = qstyleoption_cast<const QStyleOptionProgressBar*>(option)) {
            paintProgressBar(*painter, *bar, filledPart(*bar, widget));
            return;
        }
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

void ControlStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
    QPainter* painter, const QWidget* widget) const
{
    if (control == CC_ToolButton) {
        if (const auto* button = qstyleoption_cast<const QStyleOptionToolButton*>(option)) {
            const ButtonLook look = buttonLook(*button, isPrimary(widget));
            painter->save();
            painter->setFont(button->font);
            paintPanel(*painter, button->rect, look);
            paintLabel(*painter, button->rect, button->text, look,
                styleHint(SH_UnderlineShortcut, option, widget));
            painter->restore();
            return;
        }
    }
    QProxyStyle::drawComplexControl(control, option, painter, widget);
}

QSize ControlStyle::sizeFromContents(ContentsType type, const QStyleOption* option,
    const QSize& contents, const QWidget* widget) const
{
    if (type == CT_PushButton || type == CT_ToolButton)
        return contents.grownBy(QMargins(
            paddingX + ringRoom, paddingY + ringRoom, paddingX + ringRoom, paddingY + ringRoom));
    return QProxyStyle::sizeFromContents(type, option, contents, widget);
}

void makePrimary(QWidget& button)
{
    button.setProperty(primaryProperty, true);
}

} // namespace limber
