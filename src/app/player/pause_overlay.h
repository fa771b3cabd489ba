// Dims the player and says "Paused" across it, so a paused routine is unmistakable.
#pragma once

#include <QWidget>

namespace limber {

class PauseOverlay : public QWidget {
    Q_OBJECT

public:
    explicit PauseOverlay(QWidget* parent = nullptr);

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace limber
