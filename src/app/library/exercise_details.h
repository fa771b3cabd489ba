// One exercise in full: summary, setup, steps, what to avoid, cautions, options, dose and
// sides, with its star, a note when a user file replaces a built-in, and "Add to routine".
#pragma once

#include <limber/library.h>

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QToolButton;

namespace limber {

class Favourites;
class FigureView;

class ExerciseDetails : public QWidget {
    Q_OBJECT

public:
    explicit ExerciseDetails(Favourites& favourites, QWidget* parent = nullptr);

    // Shows `entry`, or a hint to pick one when null. The entry is not kept.
    void showExercise(const LibraryEntry<Exercise>* entry);
    QString exerciseId() const { return m_id; }

    // The details as plain text (what the pane shows), for tests and accessibility.
    QString text() const;

signals:
    void addRequested(const QString& exerciseId);

private:
    void updateStar();

    Favourites& m_favourites;
    QString m_id;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    FigureView* m_figure = nullptr;
    QLabel* m_note = nullptr;
    QToolButton* m_star = nullptr;
    QPushButton* m_add = nullptr;
    QTextBrowser* m_body = nullptr;
};

} // namespace limber
