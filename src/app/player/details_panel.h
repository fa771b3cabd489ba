// One click away from the player: the current stretch's steps, what to avoid, its cautions
// and its easier or deeper options, with the side filled in.
#pragma once

#include <limber/model.h>

#include <QScrollArea>

#include <optional>
#include <string>

class QLabel;

namespace limber {

class DetailsPanel : public QScrollArea {
    Q_OBJECT

public:
    explicit DetailsPanel(QWidget* parent = nullptr);

    void showExercise(const Exercise* exercise, Side side);
    QString text() const;

    QSize sizeHint() const override;

private:
    QLabel* m_text = nullptr;
    std::string m_shownId;
    std::optional<Side> m_shownSide;
};

} // namespace limber
