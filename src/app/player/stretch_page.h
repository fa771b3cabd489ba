// The page shown while a routine plays: the figure doing the stretch, the countdown ring with
// the breath pacer inside it under the figure, and beside them what to do now. During a switch it
// turns into an unmistakable "Switch sides" screen.
#pragma once

#include <QWidget>

#include <cstdint>
#include <optional>

class QLabel;

namespace limber {

class BreathPacer;
class CountdownRing;
class FigureView;
class SideBanner;
struct PlayerDisplay;

class StretchPage : public QWidget {
    Q_OBJECT

public:
    explicit StretchPage(QWidget* parent = nullptr);

    void showMoment(const PlayerDisplay& display);
    // Still poses instead of movement ("reduce motion").
    void setMotionReduced(bool reduced);
    // How long the ring, the pacer or the figure takes, from where each is now, to move a
    // visible step of one or two device pixels: a frame sooner than that would show next to
    // nothing new. Eased movements slow where they turn, and so do the frames.
    std::optional<std::int64_t> frameMs(const PlayerDisplay& display) const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QWidget* createVisual();
    QWidget* createDial();
    QWidget* createTextColumn();
    void setSwitching(bool switching);

    FigureView* m_figure = nullptr;
    CountdownRing* m_ring = nullptr;
    BreathPacer* m_pacer = nullptr;
    QLabel* m_stage = nullptr;
    QLabel* m_name = nullptr;
    SideBanner* m_side = nullptr;
    QLabel* m_rep = nullptr;
    QLabel* m_cue = nullptr;
    QLabel* m_stepLabel = nullptr;
    QLabel* m_step = nullptr;
    QLabel* m_setup = nullptr;
    QLabel* m_about = nullptr;
    QLabel* m_next = nullptr;
    bool m_switching = false;
};

} // namespace limber
