#include "figure/figure_description.h"

#include <limber/exercise_figure.h>

#include <QCoreApplication>
#include <QStringList>

namespace limber {

namespace {

// Below these the spine reads as straight: a breath's few degrees are not a new shape.
constexpr double turnDegrees = 15;
constexpr double sideBendDegrees = 12;
constexpr double forwardDegrees = 25;
constexpr double backDegrees = 10;

QString tr(const char* text)
{
    return QCoreApplication::translate("limber::FigureDescription", text);
}

QString supportWords(figure::Support support)
{
    switch (support) {
    case figure::Support::Standing:
        return tr("Standing");
    case figure::Support::Seated:
        return tr("Seated");
    case figure::Support::Kneeling:
        return tr("Kneeling");
    case figure::Support::AllFours:
        return tr("On all fours");
    case figure::Support::LyingFaceDown:
        return tr("Lying face down");
    }
    return {};
}

bool isUpright(figure::Support support)
{
    return support == figure::Support::Standing || support == figure::Support::Seated
        || support == figure::Support::Kneeling;
}

// The whole spine's bend, the lumbar and thoracic parts together.
figure::Rotation spineOf(const figure::Pose& pose)
{
    const figure::Rotation& lower = pose[figure::Joint::LowerSpine];
    const figure::Rotation& upper = pose[figure::Joint::UpperSpine];
    return { lower.flex + upper.flex, lower.side + upper.side, lower.twist + upper.twist };
}

QStringList shapeWords(const figure::Rotation& spine, figure::Support support)
{
    QStringList words;
    if (spine.twist >= turnDegrees)
        words << tr("turning to the left");
    else if (spine.twist <= -turnDegrees)
        words << tr("turning to the right");
    if (spine.side >= sideBendDegrees)
        words << tr("leaning to the left");
    else if (spine.side <= -sideBendDegrees)
        words << tr("leaning to the right");
    const bool onHands = support == figure::Support::AllFours;
    if (spine.flex >= forwardDegrees)
        words << (onHands ? tr("back rounded") : tr("bending forward"));
    else if (spine.flex <= -backDegrees)
        words << (onHands ? tr("back arched") : tr("leaning back"));
    return words.mid(0, 2);
}

} // namespace

QString describeFigure(const Exercise& exercise, const figure::Moment& moment)
{
    const figure::ExerciseFigure figure = figureOf(exercise);
    const QString support = supportWords(figure.support);
    if (moment.stage == figure::Moment::Stage::Switch)
        return tr("%1, changing to the %2 side")
            .arg(support, moment.side == figure::BodySide::Left ? tr("left") : tr("right"));
    const QStringList shape = shapeWords(spineOf(figure::poseAt(figure, moment)), figure.support);
    if (shape.isEmpty())
        return tr("%1, %2").arg(support, isUpright(figure.support) ? tr("upright") : tr("at rest"));
    return tr("%1, %2").arg(support, shape.join(tr(" and ")));
}

} // namespace limber
