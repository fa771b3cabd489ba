// The exercise library: search, filters, the list with stars, and the chosen stretch's details.
#pragma once

#include <limber/library.h>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace limber {

class ExerciseDetails;
class ExerciseFilter;
class ExerciseModel;
class Favourites;

class LibraryView : public QWidget {
    Q_OBJECT

public:
    LibraryView(const Library& library, ExerciseModel& model, Favourites& favourites,
        QWidget* parent = nullptr);

    // Rebuilds the filter menus and the details after the library changed.
    void refresh();

    // Empties the search and sets every filter back to "any".
    void clearFilters();

    // Selects an exercise and shows its details.
    void showExercise(const QString& exerciseId);
    QListView& list() { return *m_list; }

signals:
    // Double-click, Enter or the details' "Add to routine".
    void addToRoutineRequested(const QString& exerciseId);

private:
    void fillChoices(QComboBox* box, const QString& anyText, const QStringList& values);
    void currentChanged();
    void updateCount();

    const Library& m_library;
    ExerciseModel& m_model;
    ExerciseFilter* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_position = nullptr;
    QComboBox* m_equipment = nullptr;
    QComboBox* m_target = nullptr;
    QCheckBox* m_deskFriendly = nullptr;
    QCheckBox* m_favouritesOnly = nullptr;
    QLabel* m_count = nullptr;
    QListView* m_list = nullptr;
    ExerciseDetails* m_details = nullptr;
};

} // namespace limber
