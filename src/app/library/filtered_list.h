// A list of stretches behind a search and filters, in a stack with what it says when they let
// nothing through: that nothing matches, and a "Clear filters" button, in the list's place.
#pragma once

#include <QStackedWidget>

class QListView;
class QPushButton;

namespace limber {

class ExerciseFilter;

class FilteredList : public QStackedWidget {
    Q_OBJECT

public:
    // Holds `list`, whose model is `filter`; `name` prefixes the children's object names
    // ("library" gives library-no-match and library-clear-filters).
    FilteredList(
        QListView* list, ExerciseFilter& filter, const QString& name, QWidget* parent = nullptr);

    // True while the note is shown instead of the list.
    bool showsNoMatch() const;

signals:
    // "Clear filters": the owner empties its search and resets its filters.
    void clearRequested();

private:
    void update();

    QListView* m_list;
    ExerciseFilter& m_filter;
    QWidget* m_note = nullptr;
    QPushButton* m_clear = nullptr;
};

} // namespace limber
