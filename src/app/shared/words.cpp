#include "words.h"

#include <QCoreApplication>

namespace limber {

namespace {

// The context the player's words were translated in before they moved here.
QString tr(const char* text)
{
    return QCoreApplication::translate("limber::PlayerDisplay", text);
}

} // namespace

QString positionWord(Position position)
{
    switch (position) {
    case Position::Seated:
        return tr("Seated");
    case Position::Standing:
        return tr("Standing");
    case Position::Kneeling:
        return tr("Kneeling");
    case Position::Floor:
        return tr("On the floor");
    case Position::Wall:
        return tr("At a wall");
    }
    return {};
}

QString sideWord(Side side)
{
    return side == Side::Left ? tr("left") : tr("right");
}

QString sideTitle(Side side)
{
    return side == Side::Left ? tr("Left side") : tr("Right side");
}

} // namespace limber
