// One exercise's figure at the moment it is told: it has no timer or clock of its own, so it
// moves exactly with whoever feeds it (the player, from the session's time). It repaints only
// when the pose it shows has moved a visible step, and only the shapes that moved.
#pragma once

#include "figure/figure_palette.h"

#include <limber/figure.h>
#include <limber/model.h>

#include <QWidget>

#include <cstdint>
#include <optional>

namespace limber {

class FigureView : public QWidget {
    Q_OBJECT

public:
    explicit FigureView(QWidget* parent = nullptr);

    // The exercise's figure, or its position's neutral one; null shows nothing. The view keeps
    // a copy of the figure, not the pointer.
    void setExercise(const Exercise* exercise);
    // The pose at `moment`, or its still pose (figure.h) while motion is reduced.
    void setMoment(const figure::Moment& moment);
    void setMotionReduced(bool reduced);

    const figure::Pose& pose() const { return m_pose; }
    // The view the pose is drawn through: a switch turns it from one side's to the other's.
    const figure::View& view() const { return m_view; }
    // Where the figure's drawing lands in the view's rect, for tests and the layout.
    QRectF figureRect() const;
    // When the next frame is worth drawing during the current move, which lasts `moveMs`: the
    // time the fastest joint takes from the moment shown to move a visible step in device
    // pixels (long where an eased move turns, short mid-way). Nullopt when the pose stands
    // still (motion reduced, a still move, or one too small to see).
    std::optional<std::int64_t> frameMs(std::int64_t moveMs) const;

    // The hold pose of `exercise` (its first side), on a transparent image of `size`
    // device-independent pixels, for the lists and cards; drawn each call (a list keeps them in
    // its FigureThumbnails).
    static QImage thumbnail(
        const Exercise& exercise, QSize size, qreal devicePixelRatio, const QPalette& palette);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // `newMove`: draw it even if it is within a visible step of the pose shown.
    void showPose(const figure::Pose& pose, bool newMove);
    figure::Pose poseFor(const figure::Moment& moment) const;
    QRect changedRect(const figure::Drawing& before, const figure::Drawing& after) const;
    double moveTravel() const;
    double devicePxPerUnit() const;

    std::optional<figure::ExerciseFigure> m_figure;
    figure::ExerciseFigure m_otherSide; // m_figure through the other side's mirrored view
    const Exercise* m_exercise = nullptr;
    bool m_hasSides = false;
    bool m_reduced = false;
    figure::Moment m_moment;
    figure::Pose m_pose; // the pose drawn
    figure::View m_view; // the view it is drawn through (a switch turns it)
    figure::Skeleton m_skeleton; // its joints, to tell when the next pose is a visible step on
    double m_moveTravel = 0; // moveTravel() of the current move
    std::optional<figure::BodySide> m_highlight; // the working side, as last drawn
    figure::Drawing m_drawing;
    // The bounds of every pose the exercise takes, so the figure keeps one scale and place
    // while it moves instead of being refitted frame by frame.
    figure::Drawing m_frame;
    FigurePalette m_palette;
};

} // namespace limber
