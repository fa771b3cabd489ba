#include "exercise_picker.h"

#include "exercise_delegate.h"
#include "exercise_filter.h"
#include "exercise_model.h"
#include "exercise_roles.h"
#include "filtered_list.h"
#include "shared/looks.h"
#include "shared/search_field.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace limber {

ExercisePicker::ExercisePicker(ExerciseModel& exercises, QWidget* parent)
    : QGroupBox(tr("Add stretches"), parent)
{
    m_filter = new ExerciseFilter(this);
    m_filter->setSourceModel(&exercises);

    auto* search = searchField(QStringLiteral("picker-search"), tr("Search stretches"),
        tr("Search stretches to add"), tr("Clear the search"));
    connect(search, &QLineEdit::textChanged, m_filter, &ExerciseFilter::setSearchText);
    auto* favourites = new QCheckBox(tr("Favourites only"));
    favourites->setObjectName(QStringLiteral("picker-favourites"));
    connect(favourites, &QCheckBox::toggled, m_filter, &ExerciseFilter::setFavouritesOnly);

    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("picker-list"));
    m_list->setAccessibleName(tr("Stretches to add"));
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new ExerciseDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setUniformItemSizes(true);
    connect(m_list, &QListView::activated, this, &ExercisePicker::addSelected);

    auto* add
        = new QPushButton(style()->standardIcon(QStyle::SP_ArrowRight), tr("&Add to routine"));
    add->setObjectName(QStringLiteral("picker-add"));
    connect(add, &QPushButton::clicked, this, &ExercisePicker::addSelected);

    auto* hint = new QLabel(tr("Double-click, drag, or select and Add."));
    setMutedText(hint);
    hint->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(search);
    layout->addWidget(favourites);
    auto* listOrNote = new FilteredList(m_list, *m_filter, QStringLiteral("picker"));
    connect(listOrNote, &FilteredList::clearRequested, this, [search, favourites] {
        search->clear();
        favourites->setChecked(false);
    });
    layout->addWidget(listOrNote, 1);
    layout->addWidget(hint);
    layout->addWidget(add);
}

void ExercisePicker::addSelected()
{
    QModelIndexList rows = m_list->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex& index : rows)
        ids << index.data(ExerciseIdRole).toString();
    if (ids.isEmpty() && m_list->currentIndex().isValid())
        ids << m_list->currentIndex().data(ExerciseIdRole).toString();
    emit addRequested(ids);
}

} // namespace limber
