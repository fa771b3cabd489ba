// Draws an exercise row: its star, a small figure of its hold (when the model gives the row's
// exercise), its name and a line about it. A click on the star stars
// or unstars the exercise, in whichever list it appears.
#pragma once

#include "figure/figure_thumbnails.h"

#include <QStyledItemDelegate>

namespace limber {

class ExerciseDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Where the star of a row whose rectangle is `row` is drawn and clicked.
    static QRect starRect(const QRect& row);

protected:
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;

private:
    // Painting is const, yet keeping the rows' figures is what makes it cheap.
    mutable FigureThumbnails m_thumbnails;
};

} // namespace limber
