#include "search_field.h"

#include <QAction>
#include <QLineEdit>
#include <QToolButton>

namespace limber {

QLineEdit* searchField(const QString& objectName, const QString& placeholder,
    const QString& accessibleName, const QString& clearName)
{
    auto* field = new QLineEdit;
    field->setObjectName(objectName);
    field->setPlaceholderText(placeholder);
    field->setAccessibleName(accessibleName);
    field->setClearButtonEnabled(true);
    // The clear action is Qt's, found by the name Qt gives it; its button shows the action,
    // so the text and tooltip reach the button, and the button gets the name outright.
    if (auto* clear = field->findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction"))) {
        clear->setText(clearName);
        clear->setToolTip(clearName);
    }
    for (QToolButton* button : field->findChildren<QToolButton*>())
        button->setAccessibleName(clearName);
    return field;
}

} // namespace limber
