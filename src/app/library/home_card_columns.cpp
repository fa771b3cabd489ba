#include "home_card_columns.h"

#include <QWidget>

#include <algorithm>

namespace limber {

HomeCardColumns::HomeCardColumns(int mostColumns, QWidget* parent)
    : QLayout(parent)
    , m_mostColumns(mostColumns)
{
}

HomeCardColumns::~HomeCardColumns()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void HomeCardColumns::addItem(QLayoutItem* item)
{
    m_items.append(item);
    invalidate();
}

QLayoutItem* HomeCardColumns::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem* HomeCardColumns::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    invalidate();
    return m_items.takeAt(index);
}

int HomeCardColumns::count() const
{
    return static_cast<int>(m_items.size());
}

int HomeCardColumns::gap() const
{
    // Unset, a layout's spacing is -1: no gap then.
    return std::max(0, spacing());
}

int HomeCardColumns::widestMinimum() const
{
    int widest = 0;
    for (const QLayoutItem* item : m_items)
        widest = std::max(widest, item->minimumSize().width());
    return widest;
}

int HomeCardColumns::columnsFor(int width) const
{
    const int inner = width - contentsMargins().left() - contentsMargins().right();
    const int fitting = (inner + gap()) / std::max(1, widestMinimum() + gap());
    // A lone card takes a column's width, as it would among others, not the whole row.
    return std::clamp(fitting, 1, std::max(1, m_mostColumns));
}

QSize HomeCardColumns::sizeHint() const
{
    // As wide as the most columns would like, as tall as they then are.
    int widest = 0;
    for (const QLayoutItem* item : m_items)
        widest = std::max(widest, item->sizeHint().width());
    const int columns = std::max(1, m_mostColumns);
    const QMargins margins = contentsMargins();
    const int width = columns * widest + (columns - 1) * gap() + margins.left() + margins.right();
    return { width, heightForWidth(width) };
}

QSize HomeCardColumns::minimumSize() const
{
    // One column: never wider than a card needs, whatever the most columns.
    const QMargins margins = contentsMargins();
    const int width = widestMinimum() + margins.left() + margins.right();
    return { width, heightForWidth(width) };
}

Qt::Orientations HomeCardColumns::expandingDirections() const
{
    return Qt::Horizontal;
}

bool HomeCardColumns::hasHeightForWidth() const
{
    return true;
}

int HomeCardColumns::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

void HomeCardColumns::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int HomeCardColumns::arrange(const QRect& rect, bool place) const
{
    const QRect inner = rect.marginsRemoved(contentsMargins());
    const int columns = columnsFor(rect.width());
    const int columnWidth = std::max(0, (inner.width() - (columns - 1) * gap()) / columns);
    int top = inner.top();
    for (qsizetype first = 0; first < m_items.size(); first += columns) {
        const qsizetype end = std::min(m_items.size(), first + columns);
        // A row is as tall as its tallest card, so the cards of a row line up.
        int rowHeight = 0;
        for (qsizetype i = first; i < end; ++i) {
            const QLayoutItem* item = m_items.at(i);
            const int height = item->hasHeightForWidth() ? item->heightForWidth(columnWidth)
                                                         : item->sizeHint().height();
            rowHeight = std::max({ rowHeight, height, item->minimumSize().height() });
        }
        if (place) {
            for (qsizetype i = first; i < end; ++i) {
                const int column = static_cast<int>(i - first);
                m_items.at(i)->setGeometry(QRect(
                    inner.left() + column * (columnWidth + gap()), top, columnWidth, rowHeight));
            }
        }
        top += rowHeight + gap();
    }
    if (!m_items.isEmpty())
        top -= gap();
    return top - inner.top() + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace limber
