// Home's cards in as many equal columns as the width holds (up to a most), row after row: a
// narrow window or a scaled screen gets two columns or one instead of cut or scrolled cards.
#pragma once

#include <QLayout>
#include <QList>

namespace limber {

class HomeCardColumns : public QLayout {
public:
    explicit HomeCardColumns(int mostColumns, QWidget* parent = nullptr);
    ~HomeCardColumns() override;

    void addItem(QLayoutItem* item) override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    int count() const override;

    QSize sizeHint() const override;
    QSize minimumSize() const override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    void setGeometry(const QRect& rect) override;

private:
    int gap() const;
    int columnsFor(int width) const;
    int widestMinimum() const;
    // Lays the items out in `rect` (only measures when `place` is false); the height used.
    int arrange(const QRect& rect, bool place) const;

    int m_mostColumns;
    QList<QLayoutItem*> m_items;
};

} // namespace limber
