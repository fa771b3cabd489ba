#include "keyboard_focus.h"

#include "looks.h"

#include <QApplication>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>

namespace limber {

namespace {

constexpr qreal ringWidth = 2.0; // the band QFocusFrame leaves outside the widget
constexpr qreal ringRadius = 4.0;

} // namespace

void FocusRing::paintEvent(QPaintEvent*)
{
    if (!widget())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(focusColor(palette()), ringWidth);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const qreal half = ringWidth / 2;
    painter.drawRoundedRect(
        QRectF(rect()).adjusted(half, half, -half, -half), ringRadius, ringRadius);
}

KeyboardFocus::KeyboardFocus(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_ring(new FocusRing(window))
{
    m_ring->setObjectName(QStringLiteral("focus-ring"));
    // Focus events go to the focused widget, not its window: watch them all, keep ours.
    qApp->installEventFilter(this);
}

QWidget* KeyboardFocus::ringedWidget() const
{
    return m_ring->widget();
}

bool KeyboardFocus::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::FocusIn:
        if (auto* widget = qobject_cast<QWidget*>(watched); widget && widget->window() == m_window)
            focusEntered(widget, static_cast<QFocusEvent*>(event)->reason());
        break;
    case QEvent::MouseButtonPress:
        // A click says the pointer is in use: no ring until the keyboard moves the focus again.
        if (auto* widget = qobject_cast<QWidget*>(watched);
            widget && widget->window() == m_window) {
            m_byKeyboard = false;
            m_ring->setWidget(nullptr);
        }
        break;
    case QEvent::KeyPress: {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        if (enter && plain && pressFocusedButton(qobject_cast<QWidget*>(watched)))
            return true;
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void KeyboardFocus::focusEntered(QWidget* widget, Qt::FocusReason reason)
{
    switch (reason) {
    case Qt::TabFocusReason:
    case Qt::BacktabFocusReason:
    case Qt::ShortcutFocusReason:
        m_byKeyboard = true;
        break;
    case Qt::MouseFocusReason:
        m_byKeyboard = false;
        break;
    default: // back from a popup, a menu or another window: as it was
        break;
    }
    m_ring->setWidget(m_byKeyboard ? widget : nullptr);
}

bool KeyboardFocus::pressFocusedButton(QWidget* widget)
{
    if (!widget || widget->window() != m_window || !widget->hasFocus() || !widget->isEnabled())
        return false;
    // Outside dialogs a push button ignores Enter unless it is a default button; a tool
    // button always does. Buttons with a menu open it their own way.
    if (auto* push = qobject_cast<QPushButton*>(widget); push && !push->menu()) {
        if (push->autoDefault() || push->isDefault())
            return false;
        push->click();
        return true;
    }
    if (auto* tool = qobject_cast<QToolButton*>(widget); tool && !tool->menu()) {
        tool->click();
        return true;
    }
    return false;
}

} // namespace limber
