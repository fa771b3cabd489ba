// Secondary text (facts under a title, hints): the theme's text colour, lighter but readable.
#pragma once

class QWidget;

namespace limber {

void setMutedText(QWidget* widget);

} // namespace limber
