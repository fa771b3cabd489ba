// Keyboard use of a window, the same whatever the style: a ring in the accent colour around the
// widget that has the keyboard focus (shown once the keyboard moved it, hidden after a click),
// and Enter or Return pressing the focused button, as Space does.
#pragma once

#include <QFocusFrame>
#include <QObject>

namespace limber {

// The ring itself: drawn around the widget it is set on, above its neighbours.
class FocusRing : public QFocusFrame {
    Q_OBJECT

public:
    using QFocusFrame::QFocusFrame;

protected:
    void paintEvent(QPaintEvent* event) override;
};

class KeyboardFocus : public QObject {
    Q_OBJECT

public:
    // Looks after `window` (and is its child): the widgets in it and those added later.
    explicit KeyboardFocus(QWidget* window);

    // The widget the ring is drawn around, or null when it is hidden.
    QWidget* ringedWidget() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void focusEntered(QWidget* widget, Qt::FocusReason reason);
    bool pressFocusedButton(QWidget* widget);

    QWidget* m_window;
    FocusRing* m_ring;
    bool m_byKeyboard = false; // the focus last moved by Tab, a shortcut or a popup's keys
};

} // namespace limber
