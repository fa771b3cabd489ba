// A large countdown inside a ring that empties smoothly as the segment runs out. It only
// paints what it is given; the controller decides when. Drawn with QPainter at the
// screen's pixel density, so it stays crisp on high-DPI screens.
#pragma once

#include <QFont>
#include <QPixmap>
#include <QString>
#include <QWidget>

namespace limber {

class CountdownRing : public QWidget {
    Q_OBJECT

public:
    explicit CountdownRing(QWidget* parent = nullptr);

    // The smallest it is drawn at. The breath pacer under it keeps to the same, so that the
    // two, sharing one cell, stay the same size and concentric however short the window.
    static constexpr int smallestSide = 120;

    // `remaining`: the part of the segment still to go, 1 (full ring) → 0 (empty).
    void setCountdown(const QString& text, const QString& caption, double remaining);

    QString text() const { return m_text; }
    // The ring's length in device pixels: how far the smooth animation has to travel.
    double arcLengthPx() const;

    // How far from the centre the number and its caption reach, as a share of the widget's
    // shorter side (the type grows with the ring): a breath circle wider than this never
    // crosses them.
    double textReachShare() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct TextLayout {
        QFont number;
        QRectF numberBox; // the number at its bottom, centred
        QFont caption;
        QRectF captionBox; // the caption at its top, centred
    };
    TextLayout textLayout(const QRectF& ring) const;
    double measureTextReach() const;
    static QRectF ringIn(QRectF area);
    QRectF ringRect() const;
    QRect arcEndRect(double remaining) const;
    const QPixmap& face() const;

    QString m_text;
    QString m_caption;
    double m_remaining = 1.0;
    mutable QPixmap m_face; // a cache of face(), for the key below
    mutable QString m_faceKey;
    mutable double m_reach = 0; // textReachShare(), for the text and caption of m_reachKey
    mutable QString m_reachKey;
};

} // namespace limber
