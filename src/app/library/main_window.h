// The main window: the routines and exercises that loaded, and the problems that did not.
#pragma once

#include <limber/library.h>

#include <QMainWindow>

class QListWidget;
class QTreeWidget;

namespace limber {

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(Library library, QWidget* parent = nullptr);

signals:
    // The user asked to play a routine (double-click or Enter on it).
    void routineActivated(const QString& routineId);

private:
    QWidget* createRoutineList();
    QWidget* createExerciseTree();
    QWidget* createProblemList();

    Library m_library;
    QListWidget* m_routines = nullptr;
    QTreeWidget* m_exercises = nullptr;
    QListWidget* m_problems = nullptr;
};

} // namespace limber
