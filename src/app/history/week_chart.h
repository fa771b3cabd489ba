// Minutes stretched per week as bars, oldest on the left, this week on the right, with the
// week's dates and minutes as each bar's tooltip.
#pragma once

#include <limber/history_stats.h>

#include <QWidget>

namespace limber {

class WeekChart : public QWidget {
    Q_OBJECT

public:
    explicit WeekChart(QWidget* parent = nullptr);

    void setWeeks(std::vector<WeekTotal> weeks);
    const std::vector<WeekTotal>& weeks() const { return m_weeks; }
    // Where a week's bar may stand (its full height), and what it says.
    QRect barSlot(std::size_t week) const;
    QString barText(std::size_t week) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    static QString axisText(std::int64_t ms);
    QRect plotArea() const;
    std::int64_t scaleMs() const;

    std::vector<WeekTotal> m_weeks;
};

} // namespace limber
