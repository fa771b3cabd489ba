// A large countdown inside a ring that empties smoothly as the segment runs out. It only
// paints what it is given; the controller decides when. Drawn with QPainter at the
// screen's pixel density, so it stays crisp on high-DPI screens.
#pragma once

#include <QPixmap>
#include <QString>
#include <QWidget>

namespace limber {

class CountdownRing : public QWidget {
    Q_OBJECT

public:
    explicit CountdownRing(QWidget* parent = nullptr);

    // `remaining`: the part of the segment still to go, 1 (full ring) → 0 (empty).
    void setCountdown(const QString& text, const QString& caption, double remaining);

    QString text() const { return m_text; }
    // The ring's length in device pixels: how far the smooth animation has to travel.
    double arcLengthPx() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRectF ringRect() const;
    QRect arcEndRect(double remaining) const;
    const QPixmap& face() const;

    QString m_text;
    QString m_caption;
    double m_remaining = 1.0;
    mutable QPixmap m_face; // a cache of face(), for the key below
    mutable QString m_faceKey;
};

} // namespace limber
