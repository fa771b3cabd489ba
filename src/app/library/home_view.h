// Home: every routine as a card with its length, its stretches and positions, and Play, which
// starts it at once.
#pragma once

#include <limber/library.h>
#include <limber/plan.h>

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace limber {

class HistorySummary;

class HomeView : public QWidget {
    Q_OBJECT

public:
    HomeView(const Library& library, const PlanOptions& options, QWidget* parent = nullptr);

    // Rebuilds the cards after the library changed.
    void refresh();
    // The pace and timing the lengths on the cards are planned with; rebuilds the cards.
    void setPlanOptions(const PlanOptions& options);
    // Shows the history's glance above the routines; the view takes it as its child.
    void setHistorySummary(HistorySummary* summary);
    // Before any break this week the glance would be all zeros: a hint stands in its place.
    void setHistoryStarted(bool started);

signals:
    void startRequested(const QString& routineId); // Play on a card
    void editRequested(const QString& routineId);
    void newRoutineRequested();
    void importRequested();

private:
    QWidget* createCard(const LibraryEntry<Routine>& entry);
    void addSection(const QString& title, Origin origin);

    const Library& m_library;
    PlanOptions m_planOptions;
    QVBoxLayout* m_sections = nullptr;
    QWidget* m_content = nullptr;
    QWidget* m_retired = nullptr; // old cards on their way out
    QWidget* m_summary = nullptr;
    QLabel* m_historyHint = nullptr;
};

} // namespace limber
