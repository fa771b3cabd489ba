#include "exercise_delegate.h"

#include "exercise_roles.h"
#include "figure/figure_view.h"
#include "shared/looks.h"
#include "star.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace limber {

namespace {

constexpr int margin = 6;
constexpr int starSize = 20;
// Large enough that the pose still reads, small enough to keep the rows a list's height.
constexpr int figureSize = 44;

// The colour the view and the style painted under the row, which its muted text is blended
// toward: the selection, or the list's base or alternate base, as the style chose the group.
QColor rowBackground(const QStyleOptionViewItem& opt, bool selected)
{
    QPalette::ColorGroup group = QPalette::Disabled;
    if (opt.state.testFlag(QStyle::State_Enabled))
        group = opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    if (selected)
        return opt.palette.color(group, QPalette::Highlight);
    const bool alternate = opt.features.testFlag(QStyleOptionViewItem::Alternate);
    return opt.palette.color(group, alternate ? QPalette::AlternateBase : QPalette::Base);
}

} // namespace

QRect ExerciseDelegate::starRect(const QRect& row)
{
    return { row.left() + margin, row.top() + (row.height() - starSize) / 2, starSize, starSize };
}

void ExerciseDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group
        = opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    const QColor text
        = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = mutedTextColor(text, rowBackground(opt, selected));

    const QVariant favourite = index.data(FavouriteRole);
    int left = opt.rect.left() + margin;
    if (favourite.isValid()) {
        paintStar(*painter, starRect(opt.rect), favourite.toBool(), muted);
        left += starSize + margin;
    }
    if (const auto* exercise = index.data(ExercisePointerRole).value<const Exercise*>()) {
        const QRect figure(
            left, opt.rect.top() + (opt.rect.height() - figureSize) / 2, figureSize, figureSize);
        const QImage image = m_thumbnails.image(
            *exercise, figure.size(), painter->device()->devicePixelRatioF(), opt.palette);
        painter->drawImage(figure.topLeft(), image);
        left += figureSize + margin;
    }

    const QRect textRect(left, opt.rect.top() + margin / 2, opt.rect.right() - left - margin,
        opt.rect.height() - margin);
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    painter->save();
    painter->setFont(bold);
    painter->setPen(text);
    const QRect titleRect(textRect.left(), textRect.top(), textRect.width(), boldMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        boldMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));

    QString subtitle = index.data(SubtitleRole).toString();
    const QString problem = index.data(ProblemRole).toString();
    if (!problem.isEmpty()) {
        subtitle = problem;
        painter->setPen(selected ? text : problemColor(opt.palette));
    } else {
        painter->setPen(muted);
    }
    painter->setFont(opt.font);
    const QFontMetrics metrics(opt.font);
    const QRect subtitleRect(
        textRect.left(), titleRect.bottom() + 2, textRect.width(), metrics.height());
    painter->drawText(subtitleRect, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(subtitle, Qt::ElideRight, subtitleRect.width()));
    painter->restore();
}

QSize ExerciseDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const int height
        = QFontMetrics(bold).height() + QFontMetrics(option.font).height() + 2 + 2 * margin;
    return { 200, std::max(height, figureSize + margin) };
}

bool ExerciseDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
    const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() == QEvent::MouseButtonRelease
        || event->type() == QEvent::MouseButtonDblClick) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        const QVariant favourite = index.data(FavouriteRole);
        if (favourite.isValid() && mouse->button() == Qt::LeftButton
            && starRect(option.rect).adjusted(-3, -3, 3, 3).contains(mouse->position().toPoint())) {
            // A double-click on the star is two stars, not "add to routine".
            if (event->type() == QEvent::MouseButtonRelease)
                model->setData(index, !favourite.toBool(), FavouriteRole);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace limber
