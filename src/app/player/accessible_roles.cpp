#include "accessible_roles.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QLatin1String>
#include <QWidget>

namespace limber {

namespace {

QAccessibleInterface* playerRole(const QString& className, QObject* object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    auto* widget = static_cast<QWidget*>(object);
    if (className == QLatin1String("limber::Announcement"))
        return new QAccessibleWidget(widget, QAccessible::Notification);
    if (className == QLatin1String("limber::PlayerWindow") && widget->isWindow())
        return new QAccessibleWidget(widget, QAccessible::Window);
    return nullptr;
}

} // namespace

void installPlayerRoles()
{
    QAccessible::installFactory(playerRole);
}

} // namespace limber
