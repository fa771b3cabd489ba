// The keyboard reference (F1): the main window's keys, read from its menus, and the player's,
// read from its controls, so they are the keys each really has, in a small dialog a screen
// reader can read line by line.
#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QFormLayout;

namespace limber {

class KeyboardReference : public QDialog {
    Q_OBJECT

public:
    // Lists `windowActions` that have a key, under the keys every window has.
    explicit KeyboardReference(const QList<QAction*>& windowActions, QWidget* parent = nullptr);

    // Every line as "key: what it does", for tests.
    QStringList lines() const;

private:
    // A line for each of `actions` that has a key.
    void addKeysOf(QFormLayout* form, const QList<QAction*>& actions);
    void addLine(QFormLayout* form, const QString& keys, const QString& what);

    QStringList m_lines;
};

} // namespace limber
