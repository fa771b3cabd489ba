// A soft disc that grows through each in-breath and shrinks through each out-breath. It is
// told where in the breath the engine is, so it can never drift from the cues.
#pragma once

#include <limber/model.h>

#include <QRegion>
#include <QWidget>

#include <cstdint>
#include <optional>

namespace limber {

class BreathPacer : public QWidget {
    Q_OBJECT

public:
    explicit BreathPacer(QWidget* parent = nullptr);

    // `position`: 0 → 1 through the current breath; no breath: nothing is drawn.
    void setBreath(std::optional<Breath> breath, double position);

    std::optional<Breath> breath() const { return m_breath; }
    double position() const { return m_position; }
    // How open the shape is: 0 fully out, 1 fully in, eased so it slows at both ends.
    double openness() const;
    // How far the edge moves through one breath, in device pixels.
    double travelPx() const;
    // The circle never gets smaller than this share of the shorter side: what the countdown
    // drawn over it needs clear (CountdownRing::textReachShare), so its edge never crosses
    // the number or its caption.
    void setClearShare(double share);
    double radiusNow() const { return radiusAt(openness()); }
    // How long from where it is now the edge takes to move `stepPx` device pixels, through a
    // breath of `breathMs`: short mid-breath, long where the breath turns, and the rest of the
    // breath when it ends sooner. Nullopt without a breath or a size.
    std::optional<std::int64_t> msToMove(double stepPx, std::int64_t breathMs) const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double radiusAt(double openness) const;
    static double edgeWidth(double radius);
    static QRegion annulus(QPointF centre, double inner, double outer);

    std::optional<Breath> m_breath;
    double m_position = 0;
    double m_clearShare = 0;
};

} // namespace limber
