// The settings of one item of a routine: how long its hold lasts (the stretch's own dose,
// or a number of seconds or breaths), or how many reps, sets and rest its reps dose gets.
#pragma once

#include <limber/model.h>

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QSpinBox;

namespace limber {

class ItemEditor : public QWidget {
    Q_OBJECT

public:
    // What changed, so that repeated changes of one field merge into one undo step.
    enum class Field { Hold = 1, Reps, Sets, Rest };

    explicit ItemEditor(QWidget* parent = nullptr);

    // Shows `item` of `exercise`; null for none selected. Nothing is kept past the call.
    void setItem(const RoutineItem* item, const Exercise* exercise, bool readOnly);

signals:
    void itemChanged(const limber::RoutineItem& item, limber::ItemEditor::Field field);

private:
    enum Measure { ExerciseDefault, Seconds, Breaths };
    void measureChanged();
    void emitChange(Field field);

    RoutineItem m_item;
    Dose m_dose; // the exercise's own
    QLabel* m_title = nullptr;
    QLabel* m_default = nullptr;
    QGroupBox* m_holdBox = nullptr;
    QComboBox* m_measure = nullptr;
    QSpinBox* m_holdValue = nullptr;
    QGroupBox* m_repsBox = nullptr;
    QSpinBox* m_reps = nullptr;
    QSpinBox* m_sets = nullptr;
    QSpinBox* m_rest = nullptr;
};

} // namespace limber
