#include "exercise_filter.h"

#include "exercise_roles.h"

#include <algorithm>

namespace limber {

ExerciseFilter::ExerciseFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    // Stars change while the favourites filter is on: let the rows come and go at once.
    setDynamicSortFilter(true);
}

void ExerciseFilter::setSearchText(const QString& text)
{
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    changed();
}

void ExerciseFilter::setPosition(const QString& position)
{
    m_position = position;
    changed();
}

void ExerciseFilter::setEquipment(const QString& equipment)
{
    m_equipment = equipment;
    changed();
}

void ExerciseFilter::setTarget(const QString& target)
{
    m_target = target;
    changed();
}

void ExerciseFilter::setDeskFriendlyOnly(bool only)
{
    m_deskFriendlyOnly = only;
    changed();
}

void ExerciseFilter::setFavouritesOnly(bool only)
{
    m_favouritesOnly = only;
    changed();
}

QStringList ExerciseFilter::visibleIds() const
{
    QStringList ids;
    for (int row = 0; row < rowCount(); ++row)
        ids << index(row, 0).data(ExerciseIdRole).toString();
    return ids;
}

bool ExerciseFilter::isNarrowed() const
{
    return !m_words.isEmpty() || !m_position.isEmpty() || !m_equipment.isEmpty()
        || !m_target.isEmpty() || m_deskFriendlyOnly || m_favouritesOnly;
}

QVariant ExerciseFilter::data(const QModelIndex& index, int role) const
{
    if (role != Qt::AccessibleTextRole)
        return QSortFilterProxyModel::data(index, role);
    const QString name = QSortFilterProxyModel::data(index, Qt::DisplayRole).toString();
    const QVariant starred = QSortFilterProxyModel::data(index, FavouriteRole);
    if (!starred.isValid())
        return name;
    return starred.toBool() ? tr("%1, starred").arg(name) : tr("%1, not starred").arg(name);
}

bool ExerciseFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_position.isEmpty() && row.data(PositionRole).toString() != m_position)
        return false;
    const QStringList targets = row.data(TargetsRole).toStringList();
    if (!m_target.isEmpty() && !targets.contains(m_target))
        return false;
    if (!m_equipment.isEmpty() && !row.data(EquipmentRole).toStringList().contains(m_equipment))
        return false;
    if (m_deskFriendlyOnly && !row.data(DeskFriendlyRole).toBool())
        return false;
    if (m_favouritesOnly && !row.data(FavouriteRole).toBool())
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = row.data(Qt::DisplayRole).toString() + QLatin1Char('\n')
        + row.data(SummaryRole).toString() + QLatin1Char('\n') + targets.join(QLatin1Char('\n'));
    return std::all_of(m_words.begin(), m_words.end(),
        [&haystack](const QString& word) { return haystack.contains(word, Qt::CaseInsensitive); });
}

void ExerciseFilter::changed()
{
    // invalidateFilter is the documented way to re-run filterAcceptsRow after a criterion changed.
    invalidateFilter();
}

} // namespace limber
