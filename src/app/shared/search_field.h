// A search field with a clear button that a screen reader can name: Qt's own clear button is a
// nameless tool button inside the line edit.
#pragma once

#include <QString>

class QLineEdit;

namespace limber {

// A line edit named `objectName`, its placeholder, its accessible name, and a clear button
// whose accessible name and tooltip are `clearName` ("Clear the search").
QLineEdit* searchField(const QString& objectName, const QString& placeholder,
    const QString& accessibleName, const QString& clearName);

} // namespace limber
