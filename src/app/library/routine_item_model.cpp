#include "routine_item_model.h"

#include "exercise_roles.h"
#include "shared/words.h"
#include "storage/favourites.h"

#include <limber/describe.h>

#include <QMimeData>

namespace limber {

Dose itemDose(const RoutineItem& item, const Exercise& exercise)
{
    if (const auto* reps = std::get_if<Reps>(&exercise.dose)) {
        Reps result = *reps;
        result.count = item.reps.value_or(result.count);
        result.sets = item.sets.value_or(result.sets);
        result.restSeconds = item.restSeconds.value_or(result.restSeconds);
        return result;
    }
    if (item.seconds)
        return TimedHold { *item.seconds, std::nullopt, std::nullopt };
    if (item.breaths)
        return BreathHold { *item.breaths, std::nullopt, std::nullopt };
    return exercise.dose;
}

RoutineItemModel::RoutineItemModel(const Library& library, Favourites& favourites, QObject* parent)
    : QAbstractListModel(parent)
    , m_library(library)
    , m_favourites(favourites)
{
    connect(&m_favourites, &Favourites::changed, this, [this](const QString& id) {
        for (int row = 0; row < rowCount(); ++row) {
            if (qs(m_routine.items[static_cast<std::size_t>(row)].exercise) == id)
                emit dataChanged(index(row), index(row), { FavouriteRole });
        }
    });
}

void RoutineItemModel::setRoutine(
    const Routine& routine, std::vector<std::int64_t> itemMs, QStringList problems)
{
    if (routine.items.size() == m_routine.items.size()) {
        // Same rows, new values: keep the view's selection and scroll position.
        m_routine = routine;
        m_itemMs = std::move(itemMs);
        m_problems = std::move(problems);
        if (rowCount() > 0)
            emit dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    beginResetModel();
    m_routine = routine;
    m_itemMs = std::move(itemMs);
    m_problems = std::move(problems);
    endResetModel();
}

int RoutineItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_routine.items.size());
}

QVariant RoutineItemModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const RoutineItem& item = m_routine.items[row];
    const Exercise* exercise = m_library.findExercise(item.exercise);
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1. %2")
            .arg(index.row() + 1)
            .arg(exercise ? qs(exercise->name) : qs(item.exercise));
    case Qt::AccessibleDescriptionRole:
    case SubtitleRole: {
        if (!exercise)
            return tr("not in the library");
        Exercise shown = *exercise;
        shown.dose = itemDose(item, *exercise);
        QString text = qs(describeDoseAndSides(shown));
        if (row < m_itemMs.size())
            text += QStringLiteral(" · ") + qs(formatMinutesSeconds(m_itemMs[row]));
        return text;
    }
    case Qt::ToolTipRole:
        return exercise ? qs(exercise->summary) : QString();
    case ExerciseIdRole:
        return qs(item.exercise);
    case FavouriteRole:
        return m_favourites.contains(qs(item.exercise));
    case ProblemRole:
        return index.row() < m_problems.size() ? m_problems[index.row()] : QString();
    default:
        return {};
    }
}

bool RoutineItemModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != FavouriteRole)
        return false;
    m_favourites.set(index.data(ExerciseIdRole).toString(), value.toBool());
    return true;
}

Qt::ItemFlags RoutineItemModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    if (m_readOnly)
        return flags;
    // Drops land between rows, never on one: only the list itself accepts them.
    return index.isValid() ? flags | Qt::ItemIsDragEnabled : flags | Qt::ItemIsDropEnabled;
}

Qt::DropActions RoutineItemModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

QStringList RoutineItemModel::mimeTypes() const
{
    return { QString::fromLatin1(routineRowsMimeType), QString::fromLatin1(exerciseIdsMimeType) };
}

QMimeData* RoutineItemModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList rows;
    for (const QModelIndex& index : indexes)
        rows << QString::number(index.row());
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(routineRowsMimeType), rows.join(QLatin1Char(',')).toLatin1());
    return mime;
}

bool RoutineItemModel::dropMimeData(
    const QMimeData* data, Qt::DropAction action, int row, int, const QModelIndex& parent)
{
    if (m_readOnly || action == Qt::IgnoreAction || !data)
        return false;
    int before = row;
    if (before < 0)
        before = parent.isValid() ? parent.row() : rowCount();
    if (data->hasFormat(QString::fromLatin1(routineRowsMimeType))) {
        const QList<QByteArray> rows
            = data->data(QString::fromLatin1(routineRowsMimeType)).split(',');
        bool ok = false;
        const int from = rows.value(0).toInt(&ok);
        if (!ok || from < 0 || from >= rowCount())
            return false;
        emit moveRequested(from, before);
        return true;
    }
    if (data->hasFormat(QString::fromLatin1(exerciseIdsMimeType))) {
        const QStringList ids
            = QString::fromUtf8(data->data(QString::fromLatin1(exerciseIdsMimeType)))
                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (ids.isEmpty())
            return false;
        emit insertRequested(ids, before);
        return true;
    }
    return false;
}

} // namespace limber
