// "Left side" / "Right side" on an accent pill, so the side reads at a glance from a distance.
#pragma once

#include <QString>
#include <QWidget>

namespace limber {

class SideBanner : public QWidget {
    Q_OBJECT

public:
    explicit SideBanner(QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const { return m_text; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text;
};

} // namespace limber
