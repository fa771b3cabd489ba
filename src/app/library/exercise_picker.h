// The builder's "Add stretches" column: the library, searchable and narrowed to favourites,
// from which stretches are added by double-click, drag or the Add button.
#pragma once

#include <QGroupBox>
#include <QStringList>

class QListView;

namespace limber {

class ExerciseFilter;
class ExerciseModel;

class ExercisePicker : public QGroupBox {
    Q_OBJECT

public:
    explicit ExercisePicker(ExerciseModel& exercises, QWidget* parent = nullptr);

signals:
    // The selected stretches (or the current one), in the list's order.
    void addRequested(const QStringList& exerciseIds);

private:
    void addSelected();

    ExerciseFilter* m_filter = nullptr;
    QListView* m_list = nullptr;
};

} // namespace limber
