#pragma once

#include <QObject>
#include <QString>

#include <catch2/catch.hpp>

namespace limber::test {

// The one way a test reaches a widget or an action: by its object name (kebab-case, set where
// the widget is made), through findChild. Production headers hand out no widgets for tests.
// The test fails, naming what it looked for, when there is none.
template <typename T> T& child(const QObject& parent, const QString& name)
{
    T* found = parent.findChild<T*>(name);
    INFO("no child named " << name.toStdString() << " under " << parent.objectName().toStdString());
    REQUIRE(found);
    return *found;
}

template <typename T> T& child(const QObject& parent, const char* name)
{
    return child<T>(parent, QString::fromLatin1(name));
}

} // namespace limber::test
