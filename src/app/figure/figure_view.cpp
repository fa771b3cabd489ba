#include "figure/figure_view.h"

#include "figure/figure_description.h"
#include "figure/figure_painter.h"

#include <limber/exercise_figure.h>

#include <QEvent>
#include <QPaintEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <tuple>

namespace limber {

namespace {

// A frame is worth drawing once a joint can have moved this far, in device pixels.
constexpr double visibleStepPx = 1.5;

void extend(figure::Drawing& frame, const figure::Drawing& drawing, bool first)
{
    frame.minX = first ? drawing.minX : std::min(frame.minX, drawing.minX);
    frame.minY = first ? drawing.minY : std::min(frame.minY, drawing.minY);
    frame.maxX = first ? drawing.maxX : std::max(frame.maxX, drawing.maxX);
    frame.maxY = first ? drawing.maxY : std::max(frame.maxY, drawing.maxY);
}

// The same figure for its other side, seen from that side's view (figure::mirrored): its poses
// mirrored and written for that side, so a sided prop stands on it.
figure::ExerciseFigure seenFromOtherSide(const figure::ExerciseFigure& figure)
{
    const Side other = figure.firstSide == figure::BodySide::Left ? Side::Right : Side::Left;
    figure::ExerciseFigure result = figureForSide(figure, other);
    result.view = figure::mirrored(figure.view);
    return result;
}

// The bounds of every pose the figure may take on either side, the lead-in's neutral too, and
// when it `turns` (it has sides to switch), the views it turns through.
figure::Drawing frameOf(const figure::ExerciseFigure& figure, bool turns)
{
    const figure::ExerciseFigure otherSide = seenFromOtherSide(figure);
    std::vector<figure::Pose> poses { figure.start, figure::neutralFigure(figure.support).start };
    for (const auto& pose : { figure.hold, figure.in, figure.out })
        if (pose)
            poses.push_back(*pose);
    poses.insert(poses.end(), figure.phases.begin(), figure.phases.end());
    figure::Drawing frame;
    bool first = true;
    for (const figure::Pose& pose : poses) {
        extend(frame, figure::draw(figure, pose, std::nullopt), first);
        extend(frame, figure::draw(otherSide, figure::mirror(pose), std::nullopt), false);
        first = false;
    }
    if (!turns)
        return frame;
    // A switch turns the figure round in its start pose: the views on the way, both sides.
    figure::Moment turning;
    turning.stage = figure::Moment::Stage::Switch;
    for (const double progress : { 0.25, 0.5, 0.75 })
        for (const figure::BodySide side : { figure::BodySide::Left, figure::BodySide::Right }) {
            turning.progress = progress;
            turning.side = side;
            figure::ExerciseFigure seen = figure;
            seen.view = figure::viewAt(figure, turning);
            const double backrest = figure::sidewaysBackrestAt(turning);
            extend(frame, figure::draw(seen, figure.start, std::nullopt, backrest), false);
            extend(frame, figure::draw(seen, figure::mirror(figure.start), std::nullopt, backrest),
                false);
        }
    return frame;
}

double distance(const figure::Point3& a, const figure::Point3& b)
{
    return std::hypot(a.x - b.x, a.y - b.y, a.z - b.z);
}

// The farthest any joint (or the head) travels between two skeletons, in figure units.
double farthestTravel(const figure::Skeleton& from, const figure::Skeleton& to)
{
    double farthest = distance(from.headCentre, to.headCentre);
    for (std::size_t i = 0; i < from.joints.size(); ++i)
        farthest = std::max(farthest, distance(from.joints[i], to.joints[i]));
    return farthest;
}

// How far the view's turn from `from` to `to` carries the skeleton's farthest point from its
// pelvis's upright axis across the drawing, in figure units.
double turnTravel(
    const figure::View& from, const figure::View& to, const figure::Skeleton& skeleton)
{
    const figure::Point3& pelvis = skeleton.joints[0];
    double reach = std::hypot(skeleton.headCentre.x - pelvis.x, skeleton.headCentre.z - pelvis.z);
    for (const figure::Point3& joint : skeleton.joints)
        reach = std::max(reach, std::hypot(joint.x - pelvis.x, joint.z - pelvis.z));
    constexpr double degree = std::numbers::pi / 180;
    return reach * (std::abs(to.yaw - from.yaw) + std::abs(to.pitch - from.pitch)) * degree;
}

// The progress at which figure::ease (smoothstep) reaches `eased`, 0-1.
double inverseEase(double eased)
{
    return 0.5 - std::sin(std::asin(1 - 2 * eased) / 3);
}

// The side whose poses the figure shows: a switch's first half still eases on the side it
// leaves and its second on the new side, while the view turns over the whole switch
// (figure::viewAt) and a sideways chair's backrest swings round behind the person
// (figure::sidewaysBackrestAt). Still poses show the new side throughout.
figure::BodySide shownSide(const figure::Moment& moment, bool reduced)
{
    const bool leaving
        = moment.stage == figure::Moment::Stage::Switch && moment.progress < 0.5 && !reduced;
    if (!leaving)
        return moment.side;
    return moment.side == figure::BodySide::Left ? figure::BodySide::Right : figure::BodySide::Left;
}

bool sameShape(const figure::Shape& a, const figure::Shape& b)
{
    if (a.kind != b.kind || a.tone != b.tone)
        return false;
    switch (a.kind) {
    case figure::Shape::Kind::Capsule: {
        const figure::Capsule& p = a.capsule;
        const figure::Capsule& q = b.capsule;
        return std::tie(p.x1, p.y1, p.r1, p.x2, p.y2, p.r2)
            == std::tie(q.x1, q.y1, q.r1, q.x2, q.y2, q.r2);
    }
    case figure::Shape::Kind::Circle:
        return std::tie(a.circle.x, a.circle.y, a.circle.r)
            == std::tie(b.circle.x, b.circle.y, b.circle.r);
    case figure::Shape::Kind::Polygon:
        return a.polygon.points == b.polygon.points;
    }
    return false;
}

// What makes a new move (and the description change): not how far through it the figure is.
bool sameMove(const figure::Moment& a, const figure::Moment& b)
{
    return a.stage == b.stage && a.side == b.side && a.inBreath == b.inBreath && a.phase == b.phase
        && a.fromStart == b.fromStart;
}

} // namespace

FigureView::FigureView(QWidget* parent)
    : QWidget(parent)
    , m_palette(FigurePalette::fromPalette(palette()))
{
    setObjectName(QStringLiteral("figure-view"));
    setAccessibleName(tr("Figure"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void FigureView::setExercise(const Exercise* exercise)
{
    std::optional<figure::ExerciseFigure> figure
        = exercise ? std::optional(figureOf(*exercise)) : std::nullopt;
    // The same exercise may come back changed (a library reloaded in place): compare the figure.
    const bool hasSides = exercise && exercise->sides != Sides::None;
    if (exercise == m_exercise && figure == m_figure && hasSides == m_hasSides)
        return;
    m_exercise = exercise;
    m_hasSides = hasSides;
    m_figure = std::move(figure);
    m_otherSide = m_figure ? seenFromOtherSide(*m_figure) : figure::ExerciseFigure {};
    m_frame = m_figure ? frameOf(*m_figure, m_hasSides) : figure::Drawing {};
    m_drawing = {};
    if (m_figure) {
        m_moveTravel = moveTravel();
        showPose(poseFor(m_moment), true);
        setAccessibleDescription(describeFigure(*exercise, m_moment));
    } else {
        setAccessibleDescription({});
    }
    update();
}

void FigureView::setMoment(const figure::Moment& moment)
{
    const bool newMove = !sameMove(moment, m_moment);
    m_moment = moment;
    if (!m_figure)
        return;
    if (newMove) {
        // The move as it ends: a screen reader hears where the figure is going, once a move.
        figure::Moment end = moment;
        end.progress = 1;
        setAccessibleDescription(describeFigure(*m_exercise, end));
        m_moveTravel = moveTravel();
    }
    showPose(poseFor(moment), newMove);
}

void FigureView::setMotionReduced(bool reduced)
{
    if (reduced == m_reduced)
        return;
    m_reduced = reduced;
    if (m_figure) {
        m_moveTravel = moveTravel();
        showPose(poseFor(m_moment), true);
    }
}

figure::Pose FigureView::poseFor(const figure::Moment& moment) const
{
    return m_reduced ? figure::stillPoseAt(*m_figure, moment) : figure::poseAt(*m_figure, moment);
}

double FigureView::devicePxPerUnit() const
{
    return figureTransform(m_frame, rect()).m11() * devicePixelRatioF();
}

void FigureView::showPose(const figure::Pose& pose, bool newMove)
{
    const auto highlight = m_hasSides ? std::optional(m_moment.side) : std::nullopt;
    const bool redraw = newMove || highlight != m_highlight || m_drawing.shapes.empty();
    if (!redraw && pose == m_pose && figure::viewAt(*m_figure, m_moment, m_reduced) == m_view)
        return;
    figure::Skeleton skeleton = figure::solve(pose, m_figure->support);
    // Within a move, a frame whose joints have all moved less than a visible step would look
    // the same: the figure keeps the pose it shows until one has.
    const double turned
        = turnTravel(m_view, figure::viewAt(*m_figure, m_moment, m_reduced), m_skeleton);
    if (!redraw
        && std::max(farthestTravel(m_skeleton, skeleton), turned) * devicePxPerUnit()
            < visibleStepPx)
        return;
    m_pose = pose;
    m_skeleton = skeleton;
    m_highlight = highlight;
    // The side's own figure (its sided props), seen through the moment's view: a switch turns it.
    figure::ExerciseFigure shown
        = shownSide(m_moment, m_reduced) == m_figure->firstSide ? *m_figure : m_otherSide;
    shown.view = figure::viewAt(*m_figure, m_moment, m_reduced);
    m_view = shown.view;
    figure::Drawing drawing
        = figure::draw(shown, pose, highlight, figure::sidewaysBackrestAt(m_moment, m_reduced));
    drawing.minX = m_frame.minX;
    drawing.minY = m_frame.minY;
    drawing.maxX = m_frame.maxX;
    drawing.maxY = m_frame.maxY;
    update(changedRect(m_drawing, drawing));
    m_drawing = std::move(drawing);
}

// The part of the widget where `after` differs from `before`: shapes compared in their order
// (a change of order shows as a change at both places), so a turning chest repaints the chest
// and arms, not the legs and the chair.
QRect FigureView::changedRect(const figure::Drawing& before, const figure::Drawing& after) const
{
    if (before.shapes.size() != after.shapes.size())
        return rect();
    const QTransform transform = figureTransform(after, rect());
    QRect changed;
    for (std::size_t i = 0; i < after.shapes.size(); ++i) {
        if (sameShape(before.shapes[i], after.shapes[i]))
            continue;
        changed |= paintedRect(before.shapes[i], transform).toAlignedRect();
        changed |= paintedRect(after.shapes[i], transform).toAlignedRect();
    }
    return changed & rect();
}

QRectF FigureView::figureRect() const
{
    if (m_drawing.shapes.empty())
        return {};
    const QTransform transform = figureTransform(m_drawing, rect());
    return transform.mapRect(
        QRectF(QPointF(m_frame.minX, m_frame.minY), QPointF(m_frame.maxX, m_frame.maxY)));
}

// The move's two halves (a switch's are two moves of their own), each eased: the farthest a
// joint travels in either, in figure units. Worked out once a move, not once a frame.
double FigureView::moveTravel() const
{
    if (!m_figure || m_reduced)
        return 0;
    figure::Moment at = m_moment;
    std::array<figure::Skeleton, 3> skeletons;
    for (std::size_t i = 0; i < skeletons.size(); ++i) {
        at.progress = 0.5 * static_cast<double>(i);
        skeletons[i] = figure::solve(figure::poseAt(*m_figure, at), m_figure->support);
    }
    double travel = std::max(
        farthestTravel(skeletons[0], skeletons[1]), farthestTravel(skeletons[1], skeletons[2]));
    if (m_moment.stage == figure::Moment::Stage::Switch) {
        at.progress = 0;
        const figure::View from = figure::viewAt(*m_figure, at);
        at.progress = 0.5;
        travel = std::max(travel, turnTravel(from, figure::viewAt(*m_figure, at), skeletons[1]));
    }
    return travel;
}

std::optional<std::int64_t> FigureView::frameMs(std::int64_t moveMs) const
{
    if (!m_figure || m_reduced || moveMs <= 0 || m_drawing.shapes.empty())
        return std::nullopt;
    const double halfTravelPx = m_moveTravel * devicePxPerUnit();
    if (2 * halfTravelPx < visibleStepPx)
        return std::nullopt;
    // Where the figure is in its eased move: a switch eases each half on its own.
    const bool switching = m_moment.stage == figure::Moment::Stage::Switch;
    const double progress = std::clamp(m_moment.progress, 0.0, 1.0);
    const double local = switching ? std::fmod(2 * progress, 1.0) : progress;
    const double lengthMs = static_cast<double>(moveMs) / (switching ? 2 : 1);
    const double travelPx = switching ? halfTravelPx : 2 * halfTravelPx;
    // The eased position a visible step further on, and when the move reaches it.
    const double target = figure::ease(local) + visibleStepPx / travelPx;
    const double reached = target >= 1 ? 1.0 : inverseEase(target);
    const auto ms = static_cast<std::int64_t>(std::floor((reached - local) * lengthMs));
    return std::max<std::int64_t>(1, ms);
}

QImage FigureView::thumbnail(
    const Exercise& exercise, QSize size, qreal devicePixelRatio, const QPalette& palette)
{
    const figure::ExerciseFigure figure = figureOf(exercise);
    figure::Moment hold;
    hold.stage = figure::Moment::Stage::Hold;
    const bool hasSides = exercise.sides != Sides::None;
    hold.side = hasSides ? toBodySide(exercise.firstSide) : figure::BodySide::Left;
    const figure::Drawing drawing = figure::draw(figure, figure::stillPoseAt(figure, hold),
        hasSides ? std::optional(hold.side) : std::nullopt);
    return figureImage(
        drawing, size, devicePixelRatio, FigurePalette::fromPalette(palette), Qt::transparent);
}

QSize FigureView::sizeHint() const
{
    return { 360, 360 };
}

QSize FigureView::minimumSizeHint() const
{
    return { 120, 120 };
}

void FigureView::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    paintFigure(painter, m_drawing, rect(), m_palette, event->rect());
}

void FigureView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_palette = FigurePalette::fromPalette(palette());
        update();
    }
}

} // namespace limber
