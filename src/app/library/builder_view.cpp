#include "builder_view.h"

#include "dialogs.h"
#include "exercise_delegate.h"
#include "exercise_filter.h"
#include "exercise_model.h"
#include "exercise_roles.h"
#include "item_editor.h"
#include "muted_text.h"
#include "routine_document.h"
#include "routine_item_model.h"
#include "storage/library_store.h"
#include "storage/routine_transfer.h"

#include <limber/describe.h>
#include <limber/load.h>
#include <limber/plan.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace limber {

namespace {

constexpr int leadInMergeKey = 6000;
constexpr int switchMergeKey = 7000;

// Problems stand out; the hint for a routine with no stretches yet is a next step, not an error.
const QString problemStyle
    = QStringLiteral("QLabel { background: #fde7e9; color: #7a1020; border: 1px solid #f0a5ae; "
                     "border-radius: 4px; padding: 6px; }");
const QString hintStyle = QStringLiteral(
    "QLabel { background: palette(alternate-base); border: 1px solid palette(mid); "
    "border-radius: 4px; padding: 6px; }");

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QLabel* boldLabel(double scale)
{
    auto* label = new QLabel;
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    return label;
}

// "/items/3/seconds" → 3; -1 for a pointer outside the items.
int itemOfPointer(const std::string& pointer)
{
    static const std::string prefix = "/items/";
    if (pointer.rfind(prefix, 0) != 0)
        return -1;
    try {
        return std::stoi(pointer.substr(prefix.size()));
    } catch (...) {
        return -1;
    }
}

} // namespace

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

    auto* splitter = new QSplitter;
    splitter->addWidget(createPicker(favourites));
    splitter->addWidget(createRoutinePane());
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

    m_readOnlyNote = new QLabel;
    m_readOnlyNote->setObjectName(QStringLiteral("read-only-note"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setStyleSheet(
        QStringLiteral("QLabel { background: #e8f0fe; color: #1a3660; border: 1px solid #a8c1ee; "
                       "border-radius: 4px; padding: 6px; }"));
    m_readOnlyNote->setText(tr("This is a built-in routine, so it cannot be changed. "
                               "Duplicate it to make a copy of your own."));
    m_problemLabel = new QLabel;
    m_problemLabel->setObjectName(QStringLiteral("routine-problems"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createToolbar());
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_problemLabel);
    layout->addWidget(splitter, 1);

    Routine first;
    first.name = uniqueName(tr("My routine")).toStdString();
    m_document->open(first, {}, false);
}

QWidget* BuilderView::createToolbar()
{
    m_chooser = new QComboBox;
    m_chooser->setObjectName(QStringLiteral("routine-chooser"));
    m_chooser->setAccessibleName(tr("Routine"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_chooser->setMinimumContentsLength(22);
    connect(m_chooser, &QComboBox::activated, this, [this](int index) {
        const QString id = m_chooser->itemData(index).toString();
        if (id.isEmpty() || id == qs(m_document->routine().id) || !openRoutine(id))
            fillRoutineChooser();
    });

    const auto button = [this](const QString& text, QStyle::StandardPixmap icon, const char* name) {
        auto* b = new QPushButton(style()->standardIcon(icon), text);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    auto* newButton = button(tr("&New"), QStyle::SP_FileIcon, "builder-new");
    connect(newButton, &QPushButton::clicked, this, &BuilderView::newRoutine);
    m_duplicate = button(tr("D&uplicate"), QStyle::SP_FileDialogNewFolder, "builder-duplicate");
    connect(m_duplicate, &QPushButton::clicked, this, &BuilderView::duplicateRoutine);
    m_rename = button(tr("Rena&me…"), QStyle::SP_FileDialogDetailedView, "builder-rename");
    connect(m_rename, &QPushButton::clicked, this, &BuilderView::renameRoutine);
    m_delete = button(tr("&Delete…"), QStyle::SP_TrashIcon, "builder-delete");
    connect(m_delete, &QPushButton::clicked, this, &BuilderView::deleteRoutine);
    m_export = button(tr("E&xport…"), QStyle::SP_DialogSaveButton, "builder-export");
    connect(m_export, &QPushButton::clicked, this, &BuilderView::exportRoutine);
    m_save = button(tr("&Save"), QStyle::SP_DialogSaveButton, "builder-save");
    connect(m_save, &QPushButton::clicked, this, &BuilderView::save);
    m_play = button(tr("&Play"), QStyle::SP_MediaPlay, "builder-play");
    m_play->setDefault(true);
    connect(m_play, &QPushButton::clicked, this, &BuilderView::play);

    auto* undo = new QToolButton;
    undo->setDefaultAction(m_undo);
    undo->setToolButtonStyle(Qt::ToolButtonIconOnly);
    auto* redo = new QToolButton;
    redo->setDefaultAction(m_redo);
    redo->setToolButtonStyle(Qt::ToolButtonIconOnly);

    auto* bar = new QWidget;
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chooser);
    layout->addWidget(newButton);
    layout->addWidget(m_duplicate);
    layout->addWidget(m_rename);
    layout->addWidget(m_delete);
    layout->addStretch(1);
    layout->addWidget(undo);
    layout->addWidget(redo);
    layout->addWidget(m_export);
    layout->addWidget(m_save);
    layout->addWidget(m_play);
    return bar;
}

QWidget* BuilderView::createPicker(Favourites&)
{
    m_pickerFilter = new ExerciseFilter(this);
    m_pickerFilter->setSourceModel(&m_exercises);

    m_pickerSearch = new QLineEdit;
    m_pickerSearch->setObjectName(QStringLiteral("picker-search"));
    m_pickerSearch->setPlaceholderText(tr("Search stretches"));
    m_pickerSearch->setClearButtonEnabled(true);
    connect(
        m_pickerSearch, &QLineEdit::textChanged, m_pickerFilter, &ExerciseFilter::setSearchText);
    m_pickerFavourites = new QCheckBox(tr("Favourites only"));
    m_pickerFavourites->setObjectName(QStringLiteral("picker-favourites"));
    connect(m_pickerFavourites, &QCheckBox::toggled, m_pickerFilter,
        &ExerciseFilter::setFavouritesOnly);

    m_picker = new QListView;
    m_picker->setObjectName(QStringLiteral("picker-list"));
    m_picker->setAccessibleName(tr("Stretches to add"));
    m_picker->setModel(m_pickerFilter);
    m_picker->setItemDelegate(new ExerciseDelegate(m_picker));
    m_picker->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_picker->setDragEnabled(true);
    m_picker->setDragDropMode(QAbstractItemView::DragOnly);
    m_picker->setUniformItemSizes(true);
    connect(m_picker, &QListView::activated, this, [this] { addSelectedFromPicker(); });

    auto* add
        = new QPushButton(style()->standardIcon(QStyle::SP_ArrowRight), tr("&Add to routine"));
    add->setObjectName(QStringLiteral("picker-add"));
    connect(add, &QPushButton::clicked, this, &BuilderView::addSelectedFromPicker);

    auto* box = new QGroupBox(tr("Add stretches"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_pickerSearch);
    layout->addWidget(m_pickerFavourites);
    layout->addWidget(m_picker, 1);
    auto* hint = new QLabel(tr("Double-click, drag, or select and Add."));
    setMutedText(hint);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(add);
    return box;
}

QWidget* BuilderView::createRoutinePane()
{
    m_name = boldLabel(1.4);
    m_name->setObjectName(QStringLiteral("routine-name"));
    m_name->setWordWrap(true);
    m_total = boldLabel(1.4);
    m_total->setObjectName(QStringLiteral("routine-total"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_items = new QListView;
    m_items->setObjectName(QStringLiteral("routine-items"));
    m_items->setAccessibleName(tr("Stretches in this routine"));
    m_items->setModel(m_itemModel);
    m_items->setItemDelegate(new ExerciseDelegate(m_items));
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->setDragDropMode(QAbstractItemView::DragDrop);
    m_items->setDefaultDropAction(Qt::MoveAction);
    m_items->setDropIndicatorShown(true);
    m_items->setDragDropOverwriteMode(false);
    m_items->setAcceptDrops(true);
    m_items->setAlternatingRowColors(true);
    connect(m_items->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (!m_updating)
            documentChanged();
    });

    m_items->installEventFilter(this);

    m_up = new QPushButton(style()->standardIcon(QStyle::SP_ArrowUp), tr("Up"));
    m_up->setToolTip(tr("Move up (Ctrl+Up)"));
    connect(
        m_up, &QPushButton::clicked, this, [this] { moveItem(currentRow(), currentRow() - 1); });
    m_down = new QPushButton(style()->standardIcon(QStyle::SP_ArrowDown), tr("Down"));
    m_down->setToolTip(tr("Move down (Ctrl+Down)"));
    connect(
        m_down, &QPushButton::clicked, this, [this] { moveItem(currentRow(), currentRow() + 2); });
    m_remove = new QPushButton(style()->standardIcon(QStyle::SP_DialogDiscardButton), tr("Remove"));
    m_remove->setObjectName(QStringLiteral("item-remove"));
    m_remove->setToolTip(tr("Remove from the routine (Delete)"));
    connect(m_remove, &QPushButton::clicked, this, [this] { removeItem(currentRow()); });

    m_leadIn = new QSpinBox;
    m_leadIn->setObjectName(QStringLiteral("routine-lead-in"));
    m_leadIn->setRange(limits::leadInSeconds.min, limits::leadInSeconds.max);
    m_leadIn->setSuffix(tr(" s"));
    m_leadIn->setToolTip(tr("Time to get ready before each stretch"));
    connect(m_leadIn, &QSpinBox::valueChanged, this, [this](int value) {
        Routine after = m_document->routine();
        after.leadInSeconds = value;
        m_document->edit(tr("Change lead-in"), after, leadInMergeKey);
    });
    m_switch = new QSpinBox;
    m_switch->setObjectName(QStringLiteral("routine-switch"));
    m_switch->setRange(limits::switchSeconds.min, limits::switchSeconds.max);
    m_switch->setSuffix(tr(" s"));
    m_switch->setToolTip(tr("Time to change sides"));
    connect(m_switch, &QSpinBox::valueChanged, this, [this](int value) {
        Routine after = m_document->routine();
        after.switchSeconds = value;
        m_document->edit(tr("Change switch time"), after, switchMergeKey);
    });

    auto* heading = new QHBoxLayout;
    heading->addWidget(m_name, 1);
    heading->addWidget(m_total);

    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_up);
    rowButtons->addWidget(m_down);
    rowButtons->addStretch(1);
    rowButtons->addWidget(m_remove);

    auto* timing = new QFormLayout;
    timing->addRow(tr("&Get ready before each stretch"), m_leadIn);
    timing->addRow(tr("&Time to switch sides"), m_switch);

    auto* pane = new QWidget;
    auto* layout = new QVBoxLayout(pane);
    layout->addLayout(heading);
    layout->addWidget(m_items, 1);
    layout->addLayout(rowButtons);
    layout->addLayout(timing);
    return pane;
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
    routine.name = uniqueName(tr("My routine")).toStdString();
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
    copy.name = uniqueName(tr("%1 (copy)").arg(qs(copy.name))).toStdString();
    m_document->open(copy, {}, false);
    if (!copy.items.empty())
        save();
    return true;
}

bool BuilderView::renameRoutine()
{
    if (m_document->isReadOnly())
        return false;
    const auto name = m_dialogs.askText(
        this, tr("Rename routine"), tr("Name:"), qs(m_document->routine().name));
    if (!name || name->trimmed().isEmpty())
        return false;
    Routine after = m_document->routine();
    after.name = name->trimmed().toStdString();
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
    fresh.name = uniqueName(tr("My routine")).toStdString();
    m_document->open(fresh, {}, false);
    return true;
}

bool BuilderView::save()
{
    if (m_document->isReadOnly())
        return false;
    QStringList itemProblems;
    const QStringList problems = validate(itemProblems);
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
    QStringList itemProblems;
    const QStringList problems = validate(itemProblems);
    Routine routine = m_document->routine();
    if (!problems.isEmpty()) {
        m_dialogs.showError(this, tr("“%1” cannot be exported yet").arg(qs(routine.name)),
            problems.join(QLatin1Char('\n')));
        return false;
    }
    if (routine.id.empty())
        routine.id = idFromName(qs(routine.name)).toStdString();
    const QString file = m_dialogs.askSaveFile(this, tr("Export routine"),
        QDir::homePath() + QLatin1Char('/') + qs(routine.id) + QStringLiteral(".json"),
        tr("Routine files (*.json)"));
    if (file.isEmpty())
        return false;
    // The file dialog asked about the routine's own file; the exercises beside it are asked
    // about here, since a person's own file there may share a name with one of them.
    const ExportPlan plan = m_store.previewExport(routine, file);
    QStringList written;
    QStringList existing;
    for (const FileToWrite& target : plan.files) {
        written << QDir::toNativeSeparators(target.path);
        if (target.path != file && QFileInfo::exists(target.path))
            existing << QDir::toNativeSeparators(target.path);
    }
    if (!existing.isEmpty()
        && !m_dialogs.confirm(this, tr("Replace files?"),
            tr("These files already exist and would be replaced:\n%1")
                .arg(existing.join(QLatin1Char('\n')))))
        return false;
    const WriteOutcome outcome = m_store.exportRoutine(routine, file);
    if (!outcome) {
        m_dialogs.showError(this, tr("Cannot export “%1”").arg(qs(routine.name)), outcome.error);
        return false;
    }
    emit message(
        tr("Exported “%1”: wrote %2").arg(qs(routine.name), written.join(QStringLiteral(", "))));
    return true;
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
    Routine after = m_document->routine();
    auto position
        = static_cast<std::size_t>(std::clamp(at, 0, static_cast<int>(after.items.size())));
    QStringList names;
    for (const QString& id : exerciseIds) {
        if (after.items.size() >= limits::maxRoutineItems) {
            emit message(tr("A routine has at most %1 stretches.").arg(limits::maxRoutineItems));
            break;
        }
        RoutineItem item;
        item.exercise = id.toStdString();
        after.items.insert(after.items.begin() + static_cast<std::ptrdiff_t>(position), item);
        ++position;
        const Exercise* exercise = m_store.library().findExercise(item.exercise);
        names << (exercise ? qs(exercise->name) : id);
    }
    m_selectAfterChange = static_cast<int>(position) - 1;
    m_document->edit(names.size() == 1 ? tr("Add “%1”").arg(names.first())
                                       : tr("Add %1 stretches").arg(names.size()),
        after);
}

void BuilderView::moveItem(int from, int before)
{
    Routine after = m_document->routine();
    const int count = static_cast<int>(after.items.size());
    const int to = before > from ? before - 1 : before;
    if (from < 0 || from >= count || to < 0 || to >= count || to == from)
        return;
    const auto moved = after.items.begin() + from;
    RoutineItem item = *moved;
    after.items.erase(moved);
    after.items.insert(after.items.begin() + to, item);
    m_selectAfterChange = to;
    const Exercise* exercise = m_store.library().findExercise(item.exercise);
    m_document->edit(tr("Move “%1”").arg(exercise ? qs(exercise->name) : qs(item.exercise)), after);
}

void BuilderView::removeItem(int row)
{
    Routine after = m_document->routine();
    if (row < 0 || row >= static_cast<int>(after.items.size()))
        return;
    const RoutineItem item = after.items[static_cast<std::size_t>(row)];
    after.items.erase(after.items.begin() + row);
    m_selectAfterChange = std::min(row, static_cast<int>(after.items.size()) - 1);
    const Exercise* exercise = m_store.library().findExercise(item.exercise);
    m_document->edit(
        tr("Remove “%1”").arg(exercise ? qs(exercise->name) : qs(item.exercise)), after);
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

bool BuilderView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_items || event->type() != QEvent::KeyPress || m_document->isReadOnly())
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const int row = currentRow();
    if (row >= 0 && key->modifiers() == Qt::ControlModifier && key->key() == Qt::Key_Up) {
        moveItem(row, row - 1);
        return true;
    }
    if (row >= 0 && key->modifiers() == Qt::ControlModifier && key->key() == Qt::Key_Down) {
        moveItem(row, row + 2);
        return true;
    }
    if (row >= 0 && key->matches(QKeySequence::Delete)) {
        removeItem(row);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void BuilderView::refresh()
{
    documentChanged();
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

    QStringList itemProblems;
    m_problems = validate(itemProblems);
    m_totalMs.reset();
    std::vector<std::int64_t> itemMs;
    if (!routine.items.empty()) {
        const PlanResult plan = compile(routine, m_store.library(), m_planOptions, routine.name);
        if (plan) {
            m_totalMs = plan.plan->totalMs;
            itemMs.assign(routine.items.size(), 0);
            for (const Segment& segment : plan.plan->segments) {
                if (segment.item >= 0 && static_cast<std::size_t>(segment.item) < itemMs.size())
                    itemMs[static_cast<std::size_t>(segment.item)] += segment.durationMs;
            }
        }
    }

    const int keepRow = m_selectAfterChange >= 0 ? m_selectAfterChange : currentRow();
    m_selectAfterChange = -1;
    m_itemModel->setReadOnly(readOnly);
    m_itemModel->setRoutine(routine, std::move(itemMs), itemProblems);
    if (keepRow >= 0 && keepRow < m_itemModel->rowCount() && keepRow != currentRow()) {
        m_updating = true;
        m_items->setCurrentIndex(m_itemModel->index(keepRow));
        m_updating = false;
    }

    QString title = qs(routine.name);
    if (m_document->isModified())
        title += QStringLiteral(" *");
    m_name->setText(title);
    m_name->setToolTip(m_document->isSaved() ? QDir::toNativeSeparators(m_document->path())
            : readOnly                       ? tr("Built-in routine")
                                             : tr("Not saved yet"));
    m_total->setText(
        m_totalMs ? tr("Total %1").arg(qs(formatMinutesSeconds(*m_totalMs))) : tr("Total –"));
    m_total->setAccessibleName(m_total->text());
    {
        const QSignalBlocker blockLeadIn(m_leadIn);
        const QSignalBlocker blockSwitch(m_switch);
        m_leadIn->setValue(routine.leadInSeconds);
        m_switch->setValue(routine.switchSeconds);
    }
    m_leadIn->setEnabled(!readOnly);
    m_switch->setEnabled(!readOnly);

    m_problemLabel->setText(m_problems.join(QLatin1Char('\n')));
    const bool onlyEmpty = routine.items.empty() && m_problems.size() == 1;
    m_problemLabel->setStyleSheet(onlyEmpty ? hintStyle : problemStyle);
    m_problemLabel->setVisible(!m_problems.isEmpty() && !readOnly);
    m_readOnlyNote->setVisible(readOnly);

    const int row = currentRow();
    const RoutineItem* item = row >= 0 ? &routine.items[static_cast<std::size_t>(row)] : nullptr;
    m_editor->setItem(
        item, item ? m_store.library().findExercise(item->exercise) : nullptr, readOnly);

    const bool hasItems = !routine.items.empty();
    m_duplicate->setEnabled(hasItems);
    m_rename->setEnabled(!readOnly);
    m_delete->setEnabled(!readOnly && (m_document->isSaved() || hasItems));
    m_save->setEnabled(!readOnly && m_document->isModified());
    m_saveAction->setEnabled(m_save->isEnabled());
    m_export->setEnabled(hasItems && m_problems.isEmpty());
    m_play->setEnabled(hasItems && m_problems.isEmpty());
    m_up->setEnabled(!readOnly && row > 0);
    m_down->setEnabled(!readOnly && row >= 0 && row + 1 < static_cast<int>(routine.items.size()));
    m_remove->setEnabled(!readOnly && row >= 0);
    m_items->setDragEnabled(!readOnly);
    fillRoutineChooser();
    emit modifiedChanged(m_document->isModified());
}

void BuilderView::fillRoutineChooser()
{
    const QSignalBlocker block(m_chooser);
    m_chooser->clear();
    const QString current = qs(m_document->routine().id);
    int selected = -1;
    for (const Origin origin : { Origin::User, Origin::BuiltIn }) {
        for (const auto& entry : m_store.library().routines()) {
            if (entry.origin != origin)
                continue;
            const QString id = qs(entry.value.id);
            if (id == current)
                selected = m_chooser->count();
            m_chooser->addItem(origin == Origin::User
                    ? qs(entry.value.name)
                    : tr("%1 (built-in)").arg(qs(entry.value.name)),
                id);
        }
        if (origin == Origin::User && m_chooser->count() > 0)
            m_chooser->insertSeparator(m_chooser->count());
    }
    if (selected < 0) {
        m_chooser->insertItem(
            0, tr("%1 (not saved)").arg(qs(m_document->routine().name)), QString());
        selected = 0;
    }
    m_chooser->setCurrentIndex(selected);
}

int BuilderView::currentRow() const
{
    const QModelIndex index = m_items->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void BuilderView::editItem(const RoutineItem& item, int field)
{
    const int row = currentRow();
    Routine after = m_document->routine();
    if (row < 0 || row >= static_cast<int>(after.items.size()))
        return;
    after.items[static_cast<std::size_t>(row)] = item;
    m_selectAfterChange = row;
    const Exercise* exercise = m_store.library().findExercise(item.exercise);
    m_document->edit(tr("Change “%1”").arg(exercise ? qs(exercise->name) : qs(item.exercise)),
        after, field * 1000 + row);
}

void BuilderView::addSelectedFromPicker()
{
    QStringList ids;
    QModelIndexList rows = m_picker->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : rows)
        ids << index.data(ExerciseIdRole).toString();
    if (ids.isEmpty() && m_picker->currentIndex().isValid())
        ids << m_picker->currentIndex().data(ExerciseIdRole).toString();
    addExercises(ids);
}

QStringList BuilderView::validate(QStringList& itemProblems)
{
    const Routine& routine = m_document->routine();
    QStringList problems;
    itemProblems = QStringList();
    for (std::size_t i = 0; i < routine.items.size(); ++i)
        itemProblems << QString();
    if (QString::fromStdString(routine.name).trimmed().isEmpty())
        problems << tr("The routine needs a name: use Rename.");
    if (routine.items.empty())
        problems << tr("Add at least one stretch: double-click one on the left, drag it here, or "
                       "select it and press Add.");
    if (routine.items.size() > limits::maxRoutineItems)
        problems << tr("A routine has at most %1 stretches.").arg(limits::maxRoutineItems);

    Diagnostics found = m_store.library().checkRoutine(routine, routine.name);
    if (!hasErrors(found) && !routine.items.empty()) {
        const PlanResult plan = compile(routine, m_store.library(), m_planOptions, routine.name);
        found.insert(found.end(), plan.errors.begin(), plan.errors.end());
    }
    for (const Diagnostic& d : found) {
        if (d.severity != Severity::Error)
            continue;
        const int item = itemOfPointer(d.pointer);
        if (item >= 0 && item < itemProblems.size()) {
            itemProblems[item] = qs(d.message);
            problems << tr("Stretch %1: %2").arg(item + 1).arg(qs(d.message));
        } else {
            problems << qs(d.message);
        }
    }
    return problems;
}

QString BuilderView::uniqueName(const QString& wanted) const
{
    const auto taken = [this](const QString& name) {
        for (const auto& entry : m_store.library().routines()) {
            if (qs(entry.value.name) == name)
                return true;
        }
        return false;
    };
    QString name = wanted;
    for (int n = 2; taken(name); ++n)
        name = wanted + QLatin1Char(' ') + QString::number(n);
    return name;
}

} // namespace limber
