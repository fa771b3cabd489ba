// The words both windows (and the command line) use for the model's values, defined once:
// text from the core as a QString, positions, sides.
#pragma once

#include <limber/model.h>

#include <QString>

#include <string>

namespace limber {

// The core's UTF-8 text as Qt's.
inline QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

// "Seated", "Standing", "On the floor"…: where an exercise is done.
QString positionWord(Position position);
// "left" / "right" in a sentence, "Left side" / "Right side" on a banner.
QString sideWord(Side side);
QString sideTitle(Side side);

} // namespace limber
