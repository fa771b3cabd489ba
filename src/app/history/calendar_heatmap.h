// The last twelve months as a calendar of coloured days, a column per week, Monday on top:
// the more minutes stretched, the deeper the accent. Each day tells its date and minutes as a
// tooltip and, walked with the arrow keys, to a screen reader.
#pragma once

#include <limber/history_stats.h>

#include <QWidget>

namespace limber {

class CalendarHeatmap : public QWidget {
    Q_OBJECT

public:
    explicit CalendarHeatmap(QWidget* parent = nullptr);

    // The days with their totals (dailyTotals) and the day the calendar ends on.
    void setDays(const std::vector<DayTotal>& days, LocalDate today);

    const YearGrid& grid() const { return m_grid; }
    // Where a day is drawn (empty when it is not on the calendar), what it says, its colour.
    QRect cellRect(LocalDate date) const;
    QString cellText(LocalDate date) const;
    QColor cellColor(LocalDate date) const;
    // The day the keyboard is on (today at first).
    LocalDate currentDate() const;
    void setCurrentDate(LocalDate date);

    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    struct Geometry {
        int cell = 0; // a day's square
        int pitch = 0; // from one square to the next
        QPoint origin; // the top left of Monday of the first week
    };
    int labelWidth() const;
    int pitchFor(int width) const;
    Geometry geometry() const;
    int columns() const;
    int indexAt(QPoint point) const;
    const DayTotal* dayAt(LocalDate date) const;

    YearGrid m_grid;
    std::int64_t m_current = 0; // index of the keyboard's day in m_grid.days
};

} // namespace limber
