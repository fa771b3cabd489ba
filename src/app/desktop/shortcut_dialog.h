// "Create desktop shortcut": pick a routine (built-in or yours), put its launcher in the
// applications menu and, if asked, on the Desktop; launchers of routines deleted since are
// listed with a button to remove them.
#pragma once

#include "routine_shortcuts.h"

#include <QDialog>
#include <QList>

#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace limber {

class ShortcutDialog : public QDialog {
    Q_OBJECT

public:
    // `routines` are (id, name); `preselected` is the routine to show first, if any.
    ShortcutDialog(RoutineShortcuts shortcuts, const QList<std::pair<QString, QString>>& routines,
        const QString& preselected, QWidget* parent = nullptr);

    QString result() const; // what the last Create or Remove did, as shown
    int orphanCount() const;

    // The same as pressing the buttons.
    bool createShortcut();
    bool removeOrphans();

private:
    void refreshOrphans();

    RoutineShortcuts m_shortcuts;
    QList<std::pair<QString, QString>> m_known;
    QList<RoutineShortcut> m_orphans;
    QComboBox* m_routine = nullptr;
    QCheckBox* m_onDesktop = nullptr;
    QPushButton* m_create = nullptr;
    QLabel* m_result = nullptr;
    QWidget* m_orphanBox = nullptr;
    QListWidget* m_orphanList = nullptr;
    QPushButton* m_removeOrphans = nullptr;
};

} // namespace limber
