#include "exercise_model.h"

#include "exercise_roles.h"
#include "shared/words.h"
#include "storage/favourites.h"

#include <limber/describe.h>

#include <QCollator>
#include <QMimeData>

#include <algorithm>
#include <set>

namespace limber {

namespace {

QStringList qsl(const std::vector<std::string>& texts)
{
    QStringList list;
    for (const std::string& text : texts)
        list << qs(text);
    return list;
}

QStringList sortedDistinct(const std::set<QString>& values)
{
    QStringList list(values.begin(), values.end());
    QCollator collator;
    std::sort(list.begin(), list.end(), collator);
    return list;
}

} // namespace

ExerciseModel::ExerciseModel(const Library& library, Favourites& favourites, QObject* parent)
    : QAbstractListModel(parent)
    , m_library(library)
    , m_favourites(favourites)
{
    refresh();
    connect(&m_favourites, &Favourites::changed, this, [this](const QString& id) {
        const QModelIndex index = indexOf(id);
        if (index.isValid())
            emit dataChanged(index, index, { FavouriteRole });
    });
}

void ExerciseModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    for (const auto& entry : m_library.exercises())
        m_rows.push_back(&entry);
    QCollator collator;
    std::sort(m_rows.begin(), m_rows.end(), [&collator](const auto* a, const auto* b) {
        return collator.compare(qs(a->value.name), qs(b->value.name)) < 0;
    });
    endResetModel();
}

int ExerciseModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ExerciseModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const LibraryEntry<Exercise>& entry = *m_rows[static_cast<std::size_t>(index.row())];
    const Exercise& exercise = entry.value;
    switch (role) {
    case Qt::DisplayRole:
        return qs(exercise.name);
    case Qt::ToolTipRole:
    case SummaryRole:
        return qs(exercise.summary);
    case Qt::AccessibleDescriptionRole:
    case SubtitleRole: {
        QString subtitle = QString::fromLatin1(toString(exercise.position)) + QStringLiteral(" · ")
            + qs(describeDoseAndSides(exercise));
        if (entry.origin == Origin::User)
            subtitle
                += entry.overridesBuiltIn ? tr(" · yours, replaces the built-in") : tr(" · yours");
        return subtitle;
    }
    case ExerciseIdRole:
        return qs(exercise.id);
    case FavouriteRole:
        return m_favourites.contains(qs(exercise.id));
    case PositionRole:
        return QString::fromLatin1(toString(exercise.position));
    case EquipmentRole:
        return qsl(exercise.equipment);
    case TargetsRole:
        return qsl(exercise.targets);
    case DeskFriendlyRole:
        return isDeskFriendly(exercise.position);
    case OverridesBuiltInRole:
        return entry.overridesBuiltIn && entry.origin == Origin::User;
    case ExercisePointerRole:
        return QVariant::fromValue(&exercise);
    default:
        return {};
    }
}

bool ExerciseModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != FavouriteRole)
        return false;
    m_favourites.set(index.data(ExerciseIdRole).toString(), value.toBool());
    return true;
}

Qt::ItemFlags ExerciseModel::flags(const QModelIndex& index) const
{
    return QAbstractListModel::flags(index) | Qt::ItemIsDragEnabled;
}

QStringList ExerciseModel::mimeTypes() const
{
    return { QString::fromLatin1(exerciseIdsMimeType) };
}

QMimeData* ExerciseModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList ids;
    for (const QModelIndex& index : indexes)
        ids << index.data(ExerciseIdRole).toString();
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(exerciseIdsMimeType), ids.join(QLatin1Char('\n')).toUtf8());
    mime->setText(ids.join(QLatin1Char('\n')));
    return mime;
}

QModelIndex ExerciseModel::indexOf(const QString& exerciseId) const
{
    const std::string id = exerciseId.toStdString();
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row]->value.id == id)
            return index(static_cast<int>(row));
    }
    return {};
}

QStringList ExerciseModel::positions() const
{
    std::set<QString> values;
    for (const auto* entry : m_rows)
        values.insert(QString::fromLatin1(toString(entry->value.position)));
    return sortedDistinct(values);
}

QStringList ExerciseModel::equipment() const
{
    std::set<QString> values;
    for (const auto* entry : m_rows) {
        for (const std::string& item : entry->value.equipment)
            values.insert(qs(item));
    }
    return sortedDistinct(values);
}

QStringList ExerciseModel::targets() const
{
    std::set<QString> values;
    for (const auto* entry : m_rows) {
        for (const std::string& item : entry->value.targets)
            values.insert(qs(item));
    }
    return sortedDistinct(values);
}

} // namespace limber
