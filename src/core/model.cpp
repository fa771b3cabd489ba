// Text forms of the model's enums, shared by the loader, the plan writer and the app.
#include <limber/model.h>

namespace limber {

const char* toString(Position position)
{
    switch (position) {
    case Position::Seated:
        return "seated";
    case Position::Standing:
        return "standing";
    case Position::Kneeling:
        return "kneeling";
    case Position::Floor:
        return "floor";
    case Position::Wall:
        return "wall";
    }
    return "";
}

const char* toString(Sides sides)
{
    switch (sides) {
    case Sides::None:
        return "none";
    case Sides::Each:
        return "each";
    case Sides::Alternate:
        return "alternate";
    }
    return "";
}

const char* toString(Side side)
{
    return side == Side::Left ? "left" : "right";
}

const char* toString(Breath breath)
{
    return breath == Breath::In ? "in" : "out";
}

Side otherSide(Side side)
{
    return side == Side::Left ? Side::Right : Side::Left;
}

bool isDeskFriendly(Position position)
{
    return position == Position::Seated || position == Position::Standing
        || position == Position::Wall;
}

} // namespace limber
