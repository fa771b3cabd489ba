#include "builder_view.h"

#include "builder_banner.h"
#include "builder_toolbar.h"
#include "dialogs.h"
#include "exercise_picker.h"
#include "item_editor.h"
#include "routine_document.h"
#include "routine_export.h"
#include "routine_item_model.h"
#include "routine_pane.h"
#include "shared/words.h"
#include "storage/library_store.h"
#include "storage/routine_transfer.h"

#include <limber/describe.h>
#include <limber/load.h>
#include <limber/plan.h>

#include <QAction>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QUndoStack>
#include <QVBoxLayout>

namespace limber {

BuilderView::BuilderView(LibraryStore& store, ExerciseModel& exercises, Favourites& favourites,
    Dialogs& dialogs, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_exercises(exercises)
    , m_dialogs(dialogs)
{
    m_document = new RoutineDocument(this);
    m_itemModel = new RoutineItemModel(m_store.library(), favourites, this);
    connect(m_document, &RoutineDocument::changed, this, &BuilderView::documentChanged);
    connect(m_document, &RoutineDocument::modifiedChanged, this, &BuilderView::documentChanged);
    connect(m_itemModel, &RoutineItemModel::moveRequested, this, &BuilderView::moveItem);
    connect(m_itemModel, &RoutineItemModel::insertRequested, this, &BuilderView::insertExercises);

    m_undo = m_document->undoStack().createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_redo = m_document->undoStack().createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_saveAction = new QAction(
        style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save routine"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &BuilderView::save);

    auto* picker = new ExercisePicker(m_exercises);
    connect(picker, &ExercisePicker::addRequested, this, &BuilderView::addExercises);
    m_pane = new RoutinePane(*m_itemModel);
    connect(m_pane, &RoutinePane::currentRowChanged, this, &BuilderView::documentChanged);
    connect(m_pane, &RoutinePane::moveRequested, this, &BuilderView::moveItem);
    connect(m_pane, &RoutinePane::removeRequested, this, &BuilderView::removeItem);
    connect(m_pane, &RoutinePane::leadInChanged, this,
        [this](int seconds) { make(RoutineEdits::leadIn(m_document->routine(), seconds)); });
    connect(m_pane, &RoutinePane::switchTimeChanged, this,
        [this](int seconds) { make(RoutineEdits::switchTime(m_document->routine(), seconds)); });

    auto* splitter = new QSplitter;
    splitter->addWidget(picker);
    splitter->addWidget(m_pane);
    m_editor = new ItemEditor;
    m_editor->setObjectName(QStringLiteral("item-editor"));
    connect(m_editor, &ItemEditor::itemChanged, this,
        [this](const RoutineItem& item, ItemEditor::Field field) {
            editItem(item, static_cast<int>(field));
        });
    auto* editorBox = new QGroupBox(tr("Selected stretch"));
    auto* editorLayout = new QVBoxLayout(editorBox);
    editorLayout->addWidget(m_editor);
    splitter->addWidget(editorBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 3);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    m_toolbar = new BuilderToolbar(*m_undo, *m_redo);
    connect(m_toolbar, &BuilderToolbar::routineChosen, this, [this](const QString& id) {
        if (id.isEmpty() || id == qs(m_document->routine().id) || !openRoutine(id))
            showRoutineChoice();
    });
    connect(m_toolbar, &BuilderToolbar::newRequested, this, &BuilderView::newRoutine);
    connect(m_toolbar, &BuilderToolbar::duplicateRequested, this, &BuilderView::duplicateRoutine);
    connect(m_toolbar, &BuilderToolbar::renameRequested, this, &BuilderView::renameRoutine);
    connect(m_toolbar, &BuilderToolbar::deleteRequested, this, &BuilderView::deleteRoutine);
    connect(m_toolbar, &BuilderToolbar::exportRequested, this, &BuilderView::exportRoutine);
    connect(m_toolbar, &BuilderToolbar::saveRequested, this, &BuilderView::save);
    connect(m_toolbar, &BuilderToolbar::playRequested, this, &BuilderView::play);
    layout->addWidget(m_toolbar);
    m_banner = new BuilderBanner;
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    Routine first;
    first.name = distinctRoutineName(m_store.library(), tr("My routine")).toStdString();
    m_document->open(first, {}, false);
}

bool BuilderView::openRoutine(const QString& routineId)
{
    const LibraryEntry<Routine>* entry
        = m_store.library().findRoutineEntry(routineId.toStdString());
    if (!entry || !maybeKeepChanges())
        return false;
    // Saving above read the library again: look the routine up afresh.
    entry = m_store.library().findRoutineEntry(routineId.toStdString());
    if (!entry)
        return false;
    const bool builtIn = entry->origin == Origin::BuiltIn;
    m_selectAfterChange = 0;
    m_document->open(entry->value, builtIn ? QString() : qs(entry->source), builtIn);
    return true;
}

bool BuilderView::newRoutine()
{
    if (!maybeKeepChanges())
        return false;
    Routine routine;
    routine.name = distinctRoutineName(m_store.library(), tr("My routine")).toStdString();
    m_document->open(routine, {}, false);
    emit message(tr("A new routine: add stretches from the list on the left."));
    return true;
}

bool BuilderView::duplicateRoutine()
{
    // What is shown is what gets copied, unsaved changes included.
    Routine copy = m_document->routine();
    if (!maybeKeepChanges())
        return false;
    copy.id.clear();
    copy.name
        = distinctRoutineName(m_store.library(), tr("%1 (copy)").arg(qs(copy.name))).toStdString();
    m_document->open(copy, {}, false);
    if (!copy.items.empty())
        save();
    return true;
}

bool BuilderView::renameRoutine()
{
    if (m_document->isReadOnly())
        return false;
    // A name another routine has is refused rather than changed behind the person's back:
    // they typed it, so they choose again (with what they typed kept to edit).
    QString wanted = qs(m_document->routine().name);
    for (;;) {
        const auto name = m_dialogs.askText(this, tr("Rename routine"), tr("New name:"), wanted);
        if (!name || name->trimmed().isEmpty())
            return false;
        wanted = name->trimmed();
        const LibraryEntry<Routine>* other
            = routineNamed(m_store.library(), wanted, m_document->routine().id);
        if (!other)
            break;
        m_dialogs.showError(this, tr("“%1” is taken").arg(wanted),
            tr("You already have a routine called “%1”. Choose another name, so the two can be "
               "told apart.")
                .arg(qs(other->value.name)));
    }
    Routine after = m_document->routine();
    after.name = wanted.toStdString();
    m_document->edit(tr("Rename"), after);
    return true;
}

bool BuilderView::deleteRoutine()
{
    if (m_document->isReadOnly())
        return false;
    const QString name = qs(m_document->routine().name);
    if (!m_document->isSaved()) {
        if (m_document->isModified()
            && !m_dialogs.confirm(
                this, tr("Discard routine"), tr("Discard “%1”? It was never saved.").arg(name)))
            return false;
    } else {
        if (!m_dialogs.confirm(this, tr("Delete routine"),
                tr("Delete “%1”? Its file goes to the trash.").arg(name)))
            return false;
        const WriteOutcome outcome = m_store.removeRoutine(qs(m_document->routine().id));
        if (!outcome) {
            m_dialogs.showError(this, tr("Cannot delete “%1”").arg(name), outcome.error);
            return false;
        }
        emit message(tr("Deleted “%1”.").arg(name));
    }
    Routine fresh;
    fresh.name = distinctRoutineName(m_store.library(), tr("My routine")).toStdString();
    m_document->open(fresh, {}, false);
    return true;
}

bool BuilderView::save()
{
    if (m_document->isReadOnly())
        return false;
    const QStringList& problems = m_check.problems;
    const QString name = qs(m_document->routine().name);
    if (!problems.isEmpty()) {
        m_dialogs.showError(
            this, tr("“%1” cannot be saved yet").arg(name), problems.join(QLatin1Char('\n')));
        return false;
    }
    QString path = m_document->path();
    if (path.isEmpty()) {
        const QString id = m_store.newRoutineId(name);
        m_document->setId(id.toStdString());
        path = m_store.newRoutinePath(id);
    }
    const WriteOutcome outcome = m_store.saveRoutine(m_document->routine(), path);
    if (!outcome) {
        m_dialogs.showError(this, tr("Cannot save “%1”").arg(name),
            outcome.error + tr("\n\nYour changes are still here; nothing was lost."));
        return false;
    }
    m_document->markSaved(path);
    emit message(tr("Saved “%1” to %2").arg(name, QDir::toNativeSeparators(path)));
    documentChanged();
    return true;
}

bool BuilderView::exportRoutine()
{
    const std::optional<QString> written
        = exportRoutineAsking(this, m_dialogs, m_store, m_document->routine(), m_check.problems);
    if (written)
        emit message(*written);
    return written.has_value();
}

void BuilderView::play()
{
    if (!m_document->isReadOnly() && m_document->isModified() && !save())
        return;
    if (m_document->isReadOnly() || m_document->isSaved())
        emit playRequested(qs(m_document->routine().id));
}

void BuilderView::addExercises(const QStringList& exerciseIds)
{
    const int row = currentRow();
    insertExercises(
        exerciseIds, row >= 0 ? row + 1 : static_cast<int>(m_document->routine().items.size()));
}

void BuilderView::insertExercises(const QStringList& exerciseIds, int at)
{
    if (exerciseIds.isEmpty())
        return;
    if (m_document->isReadOnly()) {
        newRoutine(); // nothing to ask: a built-in routine never has changes
        at = 0;
    }
    const std::optional<RoutineEdit> edit = edits().insert(m_document->routine(), exerciseIds, at);
    if (edit && edit->full)
        emit message(tr("A routine has at most %1 stretches.").arg(limits::maxRoutineItems));
    make(edit);
}

void BuilderView::moveItem(int from, int before)
{
    make(edits().move(m_document->routine(), from, before));
}

void BuilderView::removeItem(int row)
{
    make(edits().remove(m_document->routine(), row));
}

bool BuilderView::maybeKeepChanges()
{
    if (!m_document->isModified())
        return true;
    switch (m_dialogs.askUnsaved(this, qs(m_document->routine().name))) {
    case Dialogs::Unsaved::Save:
        return save();
    case Dialogs::Unsaved::Discard:
        return true;
    case Dialogs::Unsaved::Cancel:
        break;
    }
    return false;
}

void BuilderView::refresh()
{
    if (m_document->isModified() || !showLibraryVersion())
        documentChanged();
}

bool BuilderView::letGoOf(const QString& routineId)
{
    if (qs(m_document->routine().id) != routineId || !m_document->isModified())
        return true;
    if (!maybeKeepChanges())
        return false;
    // Saved or discarded: back to the file's version, which refresh() then moves on from to
    // the replacement.
    if (m_document->isModified())
        showLibraryVersion();
    return true;
}

bool BuilderView::showLibraryVersion()
{
    const std::string& id = m_document->routine().id;
    const LibraryEntry<Routine>* entry
        = id.empty() ? nullptr : m_store.library().findRoutineEntry(id);
    if (!entry || (!m_document->isSaved() && !m_document->isReadOnly()))
        return false;
    const bool builtIn = entry->origin == Origin::BuiltIn;
    if (entry->value == m_document->routine() && builtIn == m_document->isReadOnly())
        return false;
    m_selectAfterChange = currentRow();
    m_document->open(entry->value, builtIn ? QString() : qs(entry->source), builtIn);
    return true;
}

void BuilderView::setPlanOptions(const PlanOptions& options)
{
    m_planOptions = options;
    documentChanged();
}

void BuilderView::documentChanged()
{
    const Routine& routine = m_document->routine();
    const bool readOnly = m_document->isReadOnly();
    m_check = checkEditedRoutine(routine, m_store.library(), m_planOptions);

    const int keepRow = m_selectAfterChange >= 0 ? m_selectAfterChange : currentRow();
    m_selectAfterChange = -1;
    m_itemModel->setReadOnly(readOnly);
    m_itemModel->setRoutine(routine, m_check.itemMs, m_check.itemProblems);
    m_pane->setCurrentRow(keepRow);

    RoutinePane::Shown shown;
    shown.title = qs(routine.name) + (m_document->isModified() ? QStringLiteral(" *") : QString());
    shown.titleTip = m_document->isSaved() ? QDir::toNativeSeparators(m_document->path())
        : readOnly                         ? tr("Built-in routine")
                                           : tr("Not saved yet");
    shown.totalMs = m_check.totalMs;
    shown.leadInSeconds = routine.leadInSeconds;
    shown.switchSeconds = routine.switchSeconds;
    shown.readOnly = readOnly;
    m_pane->show(shown);

    m_banner->show(readOnly, m_check.problems, m_check.onlyNeedsStretches);

    const int row = currentRow();
    const RoutineItem* item = row >= 0 ? &routine.items[static_cast<std::size_t>(row)] : nullptr;
    m_editor->setItem(
        item, item ? m_store.library().findExercise(item->exercise) : nullptr, readOnly);

    const bool hasItems = !routine.items.empty();
    BuilderToolbar::Commands commands;
    commands.duplicate = hasItems;
    commands.rename = !readOnly;
    commands.remove = !readOnly && (m_document->isSaved() || hasItems);
    commands.save = !readOnly && m_document->isModified();
    commands.exportFile = hasItems && m_check.canPlay();
    commands.play = commands.exportFile;
    m_toolbar->enableCommands(commands);
    m_saveAction->setEnabled(commands.save);
    showRoutineChoice();
    emit modifiedChanged(m_document->isModified());
}

void BuilderView::showRoutineChoice()
{
    m_toolbar->showRoutines(m_store.library(), qs(m_document->routine().id),
        qs(m_document->routine().name), m_document->isModified());
}

int BuilderView::currentRow() const
{
    return m_pane->currentRow();
}

void BuilderView::editItem(const RoutineItem& item, int field)
{
    make(edits().change(m_document->routine(), currentRow(), item, field));
}

RoutineEdits BuilderView::edits() const
{
    return RoutineEdits(m_store.library());
}

void BuilderView::make(const std::optional<RoutineEdit>& edit)
{
    if (!edit)
        return;
    m_selectAfterChange = edit->selectRow;
    m_document->edit(edit->text, edit->after, edit->mergeKey);
}

} // namespace limber
