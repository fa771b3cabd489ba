#include "library_view.h"

#include "exercise_delegate.h"
#include "exercise_details.h"
#include "exercise_filter.h"
#include "exercise_model.h"
#include "exercise_roles.h"
#include "filtered_list.h"
#include "shared/looks.h"
#include "shared/search_field.h"
#include "shared/words.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QVBoxLayout>

namespace limber {

LibraryView::LibraryView(
    const Library& library, ExerciseModel& model, Favourites& favourites, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_model(model)
{
    m_filter = new ExerciseFilter(this);
    m_filter->setObjectName(QStringLiteral("exercise-filter"));
    m_filter->setSourceModel(&m_model);

    m_search = searchField(QStringLiteral("library-search"),
        tr("Search name, summary or target area"), tr("Search exercises"), tr("Clear the search"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &ExerciseFilter::setSearchText);

    const auto makeChoice = [this](const char* name, const QString& accessible) {
        auto* box = new QComboBox;
        box->setObjectName(QString::fromLatin1(name));
        box->setAccessibleName(accessible);
        // Equal shares of the row; a long value ("yoga block, pillow or foam roller") shows
        // in full when the menu opens.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(13);
        return box;
    };
    m_position = makeChoice("filter-position", tr("Filter by position"));
    m_equipment = makeChoice("filter-equipment", tr("Filter by equipment"));
    m_target = makeChoice("filter-target", tr("Filter by target area"));
    connect(m_position, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setPosition(m_position->currentData().toString()); });
    connect(m_equipment, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setEquipment(m_equipment->currentData().toString()); });
    connect(m_target, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setTarget(m_target->currentData().toString()); });

    m_deskFriendly = new QCheckBox(tr("&Desk-friendly"));
    m_deskFriendly->setObjectName(QStringLiteral("filter-desk"));
    m_deskFriendly->setToolTip(tr("Doable in a chair, standing at a desk or at a wall"));
    connect(m_deskFriendly, &QCheckBox::toggled, m_filter, &ExerciseFilter::setDeskFriendlyOnly);
    m_favouritesOnly = new QCheckBox(tr("&Favourites"));
    m_favouritesOnly->setObjectName(QStringLiteral("filter-favourites"));
    connect(m_favouritesOnly, &QCheckBox::toggled, m_filter, &ExerciseFilter::setFavouritesOnly);

    m_count = new QLabel;
    setMutedText(m_count);

    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("library-list"));
    m_list->setAccessibleName(tr("Exercises"));
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new ExerciseDelegate(m_list));
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setUniformItemSizes(true);
    m_list->setAlternatingRowColors(true);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex& index) {
        emit addToRoutineRequested(index.data(ExerciseIdRole).toString());
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &LibraryView::currentChanged);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &LibraryView::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &LibraryView::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &LibraryView::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &LibraryView::updateCount);

    m_details = new ExerciseDetails(favourites);
    m_details->setObjectName(QStringLiteral("exercise-details"));
    connect(m_details, &ExerciseDetails::addRequested, this, &LibraryView::addToRoutineRequested);

    auto* filters = new QGridLayout;
    filters->addWidget(m_search, 0, 0, 1, 3);
    // Each menu under a label that is its buddy: on Linux a screen reader names a combo box by
    // its current value and reads the label through that relation.
    auto* choices = new QGridLayout;
    choices->setVerticalSpacing(2);
    int column = 0;
    for (auto [box, label] :
        { std::pair { m_position, tr("Position") }, std::pair { m_equipment, tr("Equipment") },
            std::pair { m_target, tr("Target area") } }) {
        auto* caption = new QLabel(label);
        caption->setObjectName(box->objectName() + QStringLiteral("-label"));
        caption->setBuddy(box);
        setMutedText(caption);
        choices->addWidget(caption, 0, column);
        choices->addWidget(box, 1, column);
        choices->setColumnStretch(column, 1);
        ++column;
    }
    filters->addLayout(choices, 1, 0, 1, 3);
    auto* toggles = new QHBoxLayout;
    toggles->addWidget(m_deskFriendly);
    toggles->addWidget(m_favouritesOnly);
    toggles->addStretch();
    toggles->addWidget(m_count);
    filters->addLayout(toggles, 2, 0, 1, 3);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    auto* listOrNote = new FilteredList(m_list, *m_filter, QStringLiteral("library"));
    connect(listOrNote, &FilteredList::clearRequested, this, &LibraryView::clearFilters);
    leftLayout->addWidget(listOrNote, 1);

    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    refresh();
}

void LibraryView::refresh()
{
    fillChoices(m_position, tr("Any position"), m_model.positions());
    fillChoices(m_equipment, tr("Any equipment"), m_model.equipment());
    fillChoices(m_target, tr("Any target area"), m_model.targets());
    // A value that went away with a file falls back to "any"; the filter follows the menus.
    m_filter->setPosition(m_position->currentData().toString());
    m_filter->setEquipment(m_equipment->currentData().toString());
    m_filter->setTarget(m_target->currentData().toString());
    showExercise(m_details->exerciseId());
    updateCount();
}

void LibraryView::showExercise(const QString& exerciseId)
{
    const QModelIndex index = m_filter->mapFromSource(m_model.indexOf(exerciseId));
    if (index.isValid())
        m_list->setCurrentIndex(index);
    currentChanged();
}

void LibraryView::clearFilters()
{
    m_search->clear();
    for (QComboBox* box : { m_position, m_equipment, m_target })
        box->setCurrentIndex(0);
    m_deskFriendly->setChecked(false);
    m_favouritesOnly->setChecked(false);
}

void LibraryView::fillChoices(QComboBox* box, const QString& anyText, const QStringList& values)
{
    const QString current = box->currentData().toString();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(anyText, QString());
    for (const QString& value : values) {
        QString label = value;
        label[0] = label[0].toUpper();
        box->addItem(label, value);
    }
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

void LibraryView::currentChanged()
{
    const QString id = m_list->currentIndex().data(ExerciseIdRole).toString();
    const LibraryEntry<Exercise>* shown = nullptr;
    for (const auto& entry : m_library.exercises()) {
        if (qs(entry.value.id) == id)
            shown = &entry;
    }
    m_details->showExercise(shown);
}

void LibraryView::updateCount()
{
    m_count->setText(tr("%1 of %2").arg(m_filter->rowCount()).arg(m_model.rowCount()));
}

} // namespace limber
