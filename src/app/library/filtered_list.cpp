#include "filtered_list.h"

#include "exercise_filter.h"
#include "shared/looks.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace limber {

FilteredList::FilteredList(
    QListView* list, ExerciseFilter& filter, const QString& name, QWidget* parent)
    : QStackedWidget(parent)
    , m_list(list)
    , m_filter(filter)
{
    auto* text = new QLabel(tr("No stretch matches this search and these filters."));
    text->setObjectName(name + QStringLiteral("-no-match-text"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    setMutedText(text);
    m_clear = new QPushButton(tr("&Clear filters"));
    m_clear->setObjectName(name + QStringLiteral("-clear-filters"));
    m_clear->setAccessibleDescription(text->text());
    connect(m_clear, &QPushButton::clicked, this, &FilteredList::clearRequested);

    m_note = new QWidget;
    m_note->setObjectName(name + QStringLiteral("-no-match"));
    auto* layout = new QVBoxLayout(m_note);
    layout->addStretch(1);
    layout->addWidget(text);
    layout->addWidget(m_clear, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    addWidget(m_list);
    addWidget(m_note);
    for (const auto signal :
        { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(&m_filter, signal, this, &FilteredList::update);
    connect(&m_filter, &QAbstractItemModel::modelReset, this, &FilteredList::update);
    connect(&m_filter, &QAbstractItemModel::layoutChanged, this, &FilteredList::update);
    update();
}

bool FilteredList::showsNoMatch() const
{
    return currentWidget() == m_note;
}

void FilteredList::update()
{
    // An empty library is not a search that failed: only narrowing can be cleared.
    const bool noMatch = m_filter.rowCount() == 0 && m_filter.isNarrowed();
    if (noMatch == showsNoMatch())
        return;
    // The keyboard stays where it was: on the list's way out, on to Clear filters.
    const bool hadFocus = m_list->hasFocus() || m_clear->hasFocus();
    setCurrentWidget(noMatch ? m_note : static_cast<QWidget*>(m_list));
    if (hadFocus)
        (noMatch ? static_cast<QWidget*>(m_clear) : m_list)->setFocus(Qt::OtherFocusReason);
}

} // namespace limber
