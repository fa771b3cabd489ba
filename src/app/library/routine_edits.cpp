#include "routine_edits.h"

#include "shared/words.h"

#include <limber/load.h>

#include <algorithm>

namespace limber {

QString RoutineEdits::nameOf(const std::string& exerciseId) const
{
    const Exercise* exercise = m_library.findExercise(exerciseId);
    return exercise ? qs(exercise->name) : qs(exerciseId);
}

std::optional<RoutineEdit> RoutineEdits::insert(
    const Routine& routine, const QStringList& exerciseIds, int at) const
{
    if (exerciseIds.isEmpty())
        return std::nullopt;
    RoutineEdit edit { routine, {} };
    std::vector<RoutineItem>& items = edit.after.items;
    auto position = static_cast<std::size_t>(std::clamp(at, 0, static_cast<int>(items.size())));
    QStringList names;
    for (const QString& id : exerciseIds) {
        if (items.size() >= limits::maxRoutineItems) {
            edit.full = true;
            break;
        }
        RoutineItem item;
        item.exercise = id.toStdString();
        items.insert(items.begin() + static_cast<std::ptrdiff_t>(position), item);
        ++position;
        names << nameOf(item.exercise);
    }
    edit.selectRow = static_cast<int>(position) - 1;
    edit.text = names.size() == 1 ? tr("Add “%1”").arg(names.first())
                                  : tr("Add %1 stretches").arg(names.size());
    return edit;
}

std::optional<RoutineEdit> RoutineEdits::move(const Routine& routine, int from, int before) const
{
    const int count = static_cast<int>(routine.items.size());
    const int to = before > from ? before - 1 : before;
    if (from < 0 || from >= count || to < 0 || to >= count || to == from)
        return std::nullopt;
    RoutineEdit edit { routine, {} };
    std::vector<RoutineItem>& items = edit.after.items;
    const RoutineItem item = items[static_cast<std::size_t>(from)];
    items.erase(items.begin() + from);
    items.insert(items.begin() + to, item);
    edit.selectRow = to;
    edit.text = tr("Move “%1”").arg(nameOf(item.exercise));
    return edit;
}

std::optional<RoutineEdit> RoutineEdits::remove(const Routine& routine, int row) const
{
    if (row < 0 || row >= static_cast<int>(routine.items.size()))
        return std::nullopt;
    RoutineEdit edit { routine, {} };
    std::vector<RoutineItem>& items = edit.after.items;
    const RoutineItem item = items[static_cast<std::size_t>(row)];
    items.erase(items.begin() + row);
    edit.selectRow = std::min(row, static_cast<int>(items.size()) - 1);
    edit.text = tr("Remove “%1”").arg(nameOf(item.exercise));
    return edit;
}

std::optional<RoutineEdit> RoutineEdits::change(
    const Routine& routine, int row, const RoutineItem& item, int field) const
{
    if (row < 0 || row >= static_cast<int>(routine.items.size()))
        return std::nullopt;
    RoutineEdit edit { routine, {} };
    edit.after.items[static_cast<std::size_t>(row)] = item;
    edit.selectRow = row;
    edit.text = tr("Change “%1”").arg(nameOf(item.exercise));
    edit.mergeKey = mergeKeys::itemField(field, row);
    return edit;
}

RoutineEdit RoutineEdits::leadIn(const Routine& routine, int seconds)
{
    RoutineEdit edit { routine, tr("Change lead-in") };
    edit.after.leadInSeconds = seconds;
    edit.mergeKey = mergeKeys::leadIn;
    return edit;
}

RoutineEdit RoutineEdits::switchTime(const Routine& routine, int seconds)
{
    RoutineEdit edit { routine, tr("Change switch time") };
    edit.after.switchSeconds = seconds;
    edit.mergeKey = mergeKeys::switchTime;
    return edit;
}

} // namespace limber
