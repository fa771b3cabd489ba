// The builder's top rows: the routine being edited, chosen from all routines, and the commands
// on it (new, duplicate, rename, delete, undo, redo, export, save, play). It shows what it is
// told and says what was asked through signals.
#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QPushButton;

namespace limber {

class Library;

class BuilderToolbar : public QWidget {
    Q_OBJECT

public:
    BuilderToolbar(QAction& undo, QAction& redo, QWidget* parent = nullptr);

    // The person's routines, then the built-in ones, with `currentId` selected; a routine not
    // among them (never saved) is listed first as "NAME (not saved)". The current one shows
    // `currentName` as it is being edited, marked when it has changes not saved yet.
    void showRoutines(const Library& library, const QString& currentId, const QString& currentName,
        bool modified);

    struct Commands {
        bool duplicate = false;
        bool rename = false;
        bool remove = false;
        bool save = false;
        bool exportFile = false;
        bool play = false;
    };
    void enableCommands(const Commands& commands);

signals:
    void routineChosen(const QString& routineId); // empty for the unsaved one
    void newRequested();
    void duplicateRequested();
    void renameRequested();
    void deleteRequested();
    void exportRequested();
    void saveRequested();
    void playRequested();

private:
    QComboBox* m_chooser = nullptr;
    QPushButton* m_duplicate = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_play = nullptr;
};

} // namespace limber
