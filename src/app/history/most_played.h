// The routines and the stretches played most, with how often and for how long: side by side
// when there is room, one above the other, shorter, in a narrow window.
#pragma once

#include <limber/history_stats.h>

#include <QWidget>

class QBoxLayout;
class QLabel;

namespace limber {

class MostPlayed : public QWidget {
    Q_OBJECT

public:
    explicit MostPlayed(QWidget* parent = nullptr);

    // At most HistoryView::mostPlayedShown of each; fewer are shown when the lists are stacked.
    void setCounts(std::vector<PlayCount> routines, std::vector<PlayCount> stretches);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fill();

    std::vector<PlayCount> m_routineCounts;
    std::vector<PlayCount> m_stretchCounts;
    bool m_stacked = false;
    QBoxLayout* m_layout = nullptr;
    QLabel* m_routines = nullptr;
    QLabel* m_stretches = nullptr;
};

} // namespace limber
