#include "figure/figure_view.h"

#include "figure/figure_description.h"
#include "figure/figure_painter.h"
#include "player/figure_moment.h"

#include <limber/exercise_figure.h>

#include <QEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace limber {

namespace {

// A frame is worth drawing once a joint can have moved this far, in device pixels.
constexpr double visibleStepPx = 1.5;
// Smoothstep's steepest slope: an eased move peaks at 1.5 times its mean speed.
constexpr double easedPeakSpeed = 1.5;
// Enough for every stretch at the few sizes and palettes the lists use.
constexpr std::size_t thumbnailCacheLimit = 512;

figure::BodySide bodySide(Side side)
{
    return side == Side::Left ? figure::BodySide::Left : figure::BodySide::Right;
}

void extend(figure::Drawing& frame, const figure::Drawing& drawing, bool first)
{
    frame.minX = first ? drawing.minX : std::min(frame.minX, drawing.minX);
    frame.minY = first ? drawing.minY : std::min(frame.minY, drawing.minY);
    frame.maxX = first ? drawing.maxX : std::max(frame.maxX, drawing.maxX);
    frame.maxY = first ? drawing.maxY : std::max(frame.maxY, drawing.maxY);
}

// The bounds of every pose the figure may take on either side, the lead-in's neutral too.
figure::Drawing frameOf(const figure::ExerciseFigure& figure)
{
    std::vector<figure::Pose> poses { figure.start, figure::neutralFigure(figure.support).start };
    for (const auto& pose : { figure.hold, figure.in, figure.out })
        if (pose)
            poses.push_back(*pose);
    poses.insert(poses.end(), figure.phases.begin(), figure.phases.end());
    figure::Drawing frame;
    bool first = true;
    for (const figure::Pose& pose : poses) {
        for (const figure::Pose& sided : { pose, figure::mirror(pose) }) {
            extend(frame, figure::draw(figure, sided, std::nullopt), first);
            first = false;
        }
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

// What makes the description change: the move, not how far through it the figure is.
bool sameMove(const figure::Moment& a, const figure::Moment& b)
{
    return a.stage == b.stage && a.side == b.side && a.inBreath == b.inBreath && a.phase == b.phase;
}

} // namespace

FigureView::FigureView(QWidget* parent)
    : QWidget(parent)
    , m_palette(FigurePalette::fromPalette(palette()))
{
    setObjectName(QStringLiteral("figureView"));
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
    m_frame = m_figure ? frameOf(*m_figure) : figure::Drawing {};
    m_drawing = {};
    if (m_figure) {
        showPose(poseFor(m_moment));
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
    }
    showPose(poseFor(moment));
}

void FigureView::setMotionReduced(bool reduced)
{
    if (reduced == m_reduced)
        return;
    m_reduced = reduced;
    if (m_figure)
        showPose(poseFor(m_moment));
}

figure::Pose FigureView::poseFor(const figure::Moment& moment) const
{
    return m_reduced ? stillPoseAt(*m_figure, moment) : figure::poseAt(*m_figure, moment);
}

void FigureView::showPose(const figure::Pose& pose)
{
    const auto highlight = m_hasSides ? std::optional(m_moment.side) : std::nullopt;
    if (pose == m_pose && highlight == m_highlight && !m_drawing.shapes.empty())
        return;
    m_pose = pose;
    m_highlight = highlight;
    m_drawing = figure::draw(*m_figure, pose, highlight);
    m_drawing.minX = m_frame.minX;
    m_drawing.minY = m_frame.minY;
    m_drawing.maxX = m_frame.maxX;
    m_drawing.maxY = m_frame.maxY;
    update();
}

QRectF FigureView::figureRect() const
{
    if (m_drawing.shapes.empty())
        return {};
    const QTransform transform = figureTransform(m_drawing, rect());
    return transform.mapRect(
        QRectF(QPointF(m_frame.minX, m_frame.minY), QPointF(m_frame.maxX, m_frame.maxY)));
}

std::optional<std::int64_t> FigureView::frameMs(std::int64_t moveMs) const
{
    if (!m_figure || m_reduced || moveMs <= 0 || m_drawing.shapes.empty())
        return std::nullopt;
    // The move's two halves (a switch's are two moves of their own), each eased.
    figure::Moment at = m_moment;
    std::array<figure::Skeleton, 3> skeletons;
    for (std::size_t i = 0; i < skeletons.size(); ++i) {
        at.progress = 0.5 * static_cast<double>(i);
        skeletons[i] = figure::solve(figure::poseAt(*m_figure, at), m_figure->support);
    }
    const double halfTravel = std::max(
        farthestTravel(skeletons[0], skeletons[1]), farthestTravel(skeletons[1], skeletons[2]));
    const double pxPerUnit = figureTransform(m_drawing, rect()).m11() * devicePixelRatioF();
    const double travelPx = halfTravel * pxPerUnit;
    if (2 * travelPx < visibleStepPx)
        return std::nullopt;
    const double fastestPxPerMs = easedPeakSpeed * travelPx / (static_cast<double>(moveMs) / 2);
    return static_cast<std::int64_t>(std::floor(visibleStepPx / fastestPxPerMs));
}

QImage FigureView::thumbnail(
    const Exercise& exercise, QSize size, qreal devicePixelRatio, const QPalette& palette)
{
    using Key = std::tuple<std::string, int, int, qreal, qint64>;
    struct Entry {
        figure::ExerciseFigure figure;
        QImage image;
    };
    // The lists paint every visible row on every repaint; a figure is drawn once per look.
    static std::map<Key, Entry> cache;
    const Key key { exercise.id, size.width(), size.height(), devicePixelRatio,
        palette.cacheKey() };
    figure::ExerciseFigure figure = figureOf(exercise);
    if (const auto found = cache.find(key); found != cache.end() && found->second.figure == figure)
        return found->second.image;

    figure::Moment hold;
    hold.stage = figure::Moment::Stage::Hold;
    const bool hasSides = exercise.sides != Sides::None;
    hold.side = hasSides ? bodySide(exercise.firstSide) : figure::BodySide::Left;
    const figure::Drawing drawing = figure::draw(
        figure, stillPoseAt(figure, hold), hasSides ? std::optional(hold.side) : std::nullopt);
    QImage image = figureImage(
        drawing, size, devicePixelRatio, FigurePalette::fromPalette(palette), Qt::transparent);
    if (cache.size() >= thumbnailCacheLimit)
        cache.clear();
    cache.insert_or_assign(key, Entry { std::move(figure), image });
    return image;
}

QSize FigureView::sizeHint() const
{
    return { 360, 360 };
}

QSize FigureView::minimumSizeHint() const
{
    return { 120, 120 };
}

void FigureView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paintFigure(painter, m_drawing, rect(), m_palette);
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
