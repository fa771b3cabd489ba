// The builder's middle column: the routine's name and total, its stretches in order (moved
// with Up/Down, Ctrl+Up/Down or by drag and drop, removed with Delete), and its get-ready and
// switch times. It shows what it is told and asks for changes through signals.
#pragma once

#include <QWidget>

#include <cstdint>
#include <optional>

class QLabel;
class QListView;
class QPushButton;
class QSpinBox;

namespace limber {

class RoutineItemModel;

class RoutinePane : public QWidget {
    Q_OBJECT

public:
    explicit RoutinePane(RoutineItemModel& items, QWidget* parent = nullptr);

    struct Shown {
        QString title; // the name, with " *" while modified
        QString titleTip; // where it is saved, or why it is not
        std::optional<std::int64_t> totalMs;
        int leadInSeconds = 0;
        int switchSeconds = 0;
        bool readOnly = false;
    };
    void show(const Shown& shown);

    int currentRow() const; // -1 when no stretch is selected
    void setCurrentRow(int row); // without emitting currentRowChanged

signals:
    void currentRowChanged();
    void moveRequested(int from, int before);
    void removeRequested(int row);
    void leadInChanged(int seconds);
    void switchTimeChanged(int seconds);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateRowButtons();

    RoutineItemModel& m_model;
    bool m_readOnly = false;
    bool m_selecting = false; // setCurrentRow() is moving the selection
    QLabel* m_name = nullptr;
    QLabel* m_total = nullptr;
    QListView* m_items = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_remove = nullptr;
    QSpinBox* m_leadIn = nullptr;
    QSpinBox* m_switch = nullptr;
};

} // namespace limber
