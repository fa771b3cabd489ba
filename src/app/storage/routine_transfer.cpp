#include "routine_transfer.h"

#include "data_locations.h"
#include "shared/words.h"
#include "user_files.h"

#include <limber/load.h>
#include <limber/plan.h>
#include <limber/save.h>

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <set>

namespace limber {

namespace {

QByteArray bytesOf(const std::string& text)
{
    return QByteArray::fromStdString(text);
}

std::string_view viewOf(const QByteArray& bytes)
{
    return { bytes.constData(), static_cast<std::size_t>(bytes.size()) };
}

QStringList formatted(const Diagnostics& diagnostics)
{
    QStringList lines;
    for (const Diagnostic& d : diagnostics) {
        if (d.severity == Severity::Error)
            lines << qs(formatDiagnostic(d));
    }
    return lines;
}

// The exercise ids a routine uses, each once, in the order of its items.
std::vector<std::string> exercisesOf(const Routine& routine)
{
    std::vector<std::string> ids;
    for (const RoutineItem& item : routine.items) {
        if (std::find(ids.begin(), ids.end(), item.exercise) == ids.end())
            ids.push_back(item.exercise);
    }
    return ids;
}

const LibraryEntry<Exercise>* findExerciseEntry(const Library& library, const std::string& id)
{
    for (const auto& entry : library.exercises()) {
        if (entry.value.id == id)
            return &entry;
    }
    return nullptr;
}

// `folder/stem.json`, or `folder/stem-2.json`… when a file that loads is already there.
QString freePath(const QString& folder, const QString& stem, const std::set<QString>& taken)
{
    QString path = folder + QLatin1Char('/') + stem + QStringLiteral(".json");
    for (int n = 2; taken.count(path) > 0 || !isFreeForNewFile(path); ++n)
        path = folder + QLatin1Char('/') + stem + QLatin1Char('-') + QString::number(n)
            + QStringLiteral(".json");
    return path;
}

// `id-2`, `id-3`… : the first that no exercise in `library` has.
std::string freeExerciseId(const Library& library, const std::string& id)
{
    std::string candidate;
    for (int n = 2; candidate.empty() || library.findExercise(candidate); ++n)
        candidate = id.substr(0, limits::maxIdCharacters - 4) + '-' + std::to_string(n);
    return candidate;
}

bool uses(const Routine& routine, const std::vector<std::string>& ids)
{
    return std::any_of(routine.items.begin(), routine.items.end(), [&](const RoutineItem& item) {
        return std::find(ids.begin(), ids.end(), item.exercise) != ids.end();
    });
}

// How each routine the person has would play once `replaced` exercises are the imported ones:
// a new length, or not at all.
QStringList routinesChangedBy(
    const std::vector<std::string>& replaced, const Library& before, const Library& after)
{
    QStringList lines;
    for (const LibraryEntry<Routine>& entry : before.routines()) {
        const Routine& routine = entry.value;
        if (!uses(routine, replaced))
            continue;
        const QString name = qs(routine.name);
        const Diagnostics problems = after.checkRoutine(routine, entry.source);
        const PlanResult was = compile(routine, before, {}, entry.source);
        const PlanResult will = compile(routine, after, {}, entry.source);
        if (hasErrors(problems) || !will || !was) {
            const Diagnostics& why = hasErrors(problems) ? problems : will.errors;
            lines << QObject::tr("“%1” would no longer load: %2")
                         .arg(name, why.empty() ? QString() : qs(why.front().message));
        } else if (will.plan->totalMs != was.plan->totalMs) {
            lines << QObject::tr("“%1” would change from %2 to %3.")
                         .arg(name, qs(formatDuration(was.plan->totalMs)),
                             qs(formatDuration(will.plan->totalMs)));
        } else {
            lines << QObject::tr("“%1” would play the imported version.").arg(name);
        }
    }
    return lines;
}

} // namespace

QString idFromName(const QString& name)
{
    QString id;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            id += c.toLower();
        else if ((c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            && !id.endsWith(QLatin1Char('-')))
            id += QLatin1Char('-');
    }
    while (id.startsWith(QLatin1Char('-')))
        id.remove(0, 1);
    id.truncate(static_cast<int>(limits::maxIdCharacters) - 4); // room for "-NNN"
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id.isEmpty() ? QStringLiteral("routine") : id;
}

const LibraryEntry<Routine>* routineNamed(
    const Library& library, const QString& name, const std::string& exceptId)
{
    const QString wanted = name.trimmed();
    for (const LibraryEntry<Routine>& entry : library.routines()) {
        if (entry.value.id != exceptId
            && qs(entry.value.name).trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return &entry;
    }
    return nullptr;
}

QString distinctRoutineName(const Library& library, const QString& wanted)
{
    QString name = wanted.trimmed();
    for (int n = 2; routineNamed(library, name); ++n)
        name = QStringLiteral("%1 (%2)").arg(wanted.trimmed()).arg(n);
    return name;
}

ImportPlan planImport(const QString& file, const Library& library, const DataLocations& locations,
    ImportMode mode, SameRoutineMode sameRoutineMode)
{
    ImportPlan plan;
    const QString name = QDir::toNativeSeparators(file);
    const RegularFileRead read = readUserFile(file);
    if (!read.ok) {
        plan.errors << name + QStringLiteral(": cannot read: ") + read.error;
        return plan;
    }
    LoadedDocument loaded = loadDocument(viewOf(read.bytes), name.toStdString());
    plan.errors << formatted(loaded.diagnostics);
    if (std::holds_alternative<Exercise>(loaded.value))
        plan.errors << name
                + QObject::tr(": /kind: this is an exercise file; choose a routine file");
    auto* routine = std::get_if<Routine>(&loaded.value);
    if (!routine || !plan.errors.isEmpty())
        return plan;

    // The exercises that travel with the routine: the ones it uses that sit beside it.
    Library combined = library;
    std::set<QString> taken;
    std::vector<std::string> replaced;
    const QString folder = QFileInfo(file).absolutePath();
    for (const std::string& id : exercisesOf(*routine)) {
        const QString besidePath = folder + QLatin1Char('/') + qs(id) + QStringLiteral(".json");
        const QFileInfo beside(besidePath);
        if (!beside.exists() && !beside.isSymLink())
            continue; // it must be in the library already; checkRoutine below says if it is not
        const QString besideName = QDir::toNativeSeparators(besidePath);
        const RegularFileRead besideRead = readUserFile(besidePath);
        if (!besideRead.ok) {
            plan.errors << besideName + QStringLiteral(": cannot read: ") + besideRead.error;
            continue;
        }
        LoadedDocument loadedBeside
            = loadDocument(viewOf(besideRead.bytes), besideName.toStdString());
        plan.errors << formatted(loadedBeside.diagnostics);
        const auto* exercise = std::get_if<Exercise>(&loadedBeside.value);
        if (!exercise) {
            if (!std::holds_alternative<std::monostate>(loadedBeside.value))
                plan.errors << besideName + QObject::tr(": is not an exercise file");
            continue;
        }
        if (exercise->id != id) {
            plan.errors << besideName
                    + QObject::tr(": /id: is \"%1\"; the routine uses \"%2\"")
                          .arg(qs(exercise->id), qs(id));
            continue;
        }
        const LibraryEntry<Exercise>* existing = findExerciseEntry(library, id);
        if (existing && existing->value == *exercise)
            continue; // already there as it is
        Exercise incoming = *exercise;
        if (existing && (mode == ImportMode::KeepMine || existing->origin == Origin::User)) {
            // Theirs comes in beside what the person has, under an id nothing uses yet.
            const std::string fresh = freeExerciseId(combined, id);
            incoming.id = fresh;
            for (RoutineItem& item : routine->items) {
                if (item.exercise == id)
                    item.exercise = fresh;
            }
            plan.renamed << QStringLiteral("%1 → %2").arg(qs(id), qs(fresh));
        } else if (existing) {
            replaced.push_back(id);
            plan.changes << QObject::tr("The built-in stretch “%1” would be replaced by the "
                                        "imported one.")
                                .arg(qs(existing->value.name));
        }
        const QByteArray saved = bytesOf(toJson(incoming));
        const QString path = freePath(locations.userExercises, qs(incoming.id), taken);
        taken.insert(path);
        plan.files.push_back({ path, saved });
        combined.addFile(viewOf(saved), path.toStdString(), Origin::User);
    }
    if (!plan.errors.isEmpty())
        return plan;

    plan.errors << formatted(combined.checkRoutine(*routine, name.toStdString()));
    if (!plan.errors.isEmpty())
        return plan;
    plan.changes << routinesChangedBy(replaced, library, combined);

    const auto routinePath = [&locations](const QString& id) {
        return locations.userRoutines + QLatin1Char('/') + id + QStringLiteral(".json");
    };
    const LibraryEntry<Routine>* same = library.findRoutineEntry(routine->id);
    if (!same)
        same = routineNamed(library, qs(routine->name));
    plan.importedName = qs(routine->name);
    if (same) {
        const bool builtIn = same->origin == Origin::BuiltIn;
        plan.sameRoutine = ExistingRoutine { same->value.id, same->value.name,
            builtIn ? QString() : qs(same->source) };
        plan.keptName = distinctRoutineName(library, qs(routine->name));
    }
    QString path;
    if (same && sameRoutineMode == SameRoutineMode::Replace) {
        // In the place of the person's routine: its id (which shortcuts and reminders name)
        // and its file, written over atomically so the old one stays until the new is whole.
        // A built-in is replaced as any is: by a user file with its id, in a file of its own.
        routine->id = same->value.id;
        path = plan.sameRoutine->path;
        if (path.isEmpty()) {
            path = routinePath(qs(routine->id));
            for (int n = 2; !isFreeForNewFile(path); ++n)
                path = routinePath(qs(routine->id) + QStringLiteral("-%1").arg(n));
        }
        if (routineNamed(library, qs(routine->name), routine->id))
            routine->name = distinctRoutineName(library, qs(routine->name)).toStdString();
    } else {
        // Beside anything the person has: an id and a name of its own.
        const std::string originalId = routine->id;
        QString id = qs(originalId);
        path = routinePath(id);
        for (int n = 2; library.findRoutine(id.toStdString()) || !isFreeForNewFile(path); ++n) {
            id = qs(originalId) + QLatin1Char('-') + QString::number(n);
            path = routinePath(id);
        }
        routine->id = id.toStdString();
        if (same)
            routine->name = plan.keptName.toStdString();
    }
    plan.routine = *routine;
    plan.files.push_back({ path, bytesOf(toJson(*routine)) });
    return plan;
}

ExportPlan planExport(const Routine& routine, const Library& library, const QString& file)
{
    ExportPlan plan;
    plan.files.push_back({ file, bytesOf(toJson(routine)) });
    const QString folder = QFileInfo(file).absolutePath();
    for (const std::string& id : exercisesOf(routine)) {
        const LibraryEntry<Exercise>* entry = findExerciseEntry(library, id);
        if (!entry) {
            plan.errors
                << QObject::tr("%1: no exercise with id \"%2\"").arg(qs(routine.id), qs(id));
            continue;
        }
        if (entry->origin == Origin::User)
            plan.files.push_back({ folder + QLatin1Char('/') + qs(id) + QStringLiteral(".json"),
                bytesOf(toJson(entry->value)) });
    }
    return plan;
}

} // namespace limber
