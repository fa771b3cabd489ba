#include "builder_toolbar.h"

#include "shared/words.h"

#include <limber/library.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace limber {

BuilderToolbar::BuilderToolbar(QAction& undo, QAction& redo, QWidget* parent)
    : QWidget(parent)
{
    m_chooser = new QComboBox;
    m_chooser->setObjectName(QStringLiteral("routine-chooser"));
    m_chooser->setAccessibleName(tr("Routine"));
    // A long routine name does not widen the page: the full name shows when the menu opens.
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(22);
    connect(m_chooser, &QComboBox::activated, this,
        [this](int index) { emit routineChosen(m_chooser->itemData(index).toString()); });

    const auto button = [this](const QString& text, QStyle::StandardPixmap icon, const char* name,
                            void (BuilderToolbar::*signal)()) {
        auto* b = new QPushButton(style()->standardIcon(icon), text);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, signal);
        return b;
    };
    auto* newButton
        = button(tr("&New"), QStyle::SP_FileIcon, "builder-new", &BuilderToolbar::newRequested);
    m_duplicate = button(tr("D&uplicate"), QStyle::SP_FileDialogNewFolder, "builder-duplicate",
        &BuilderToolbar::duplicateRequested);
    m_rename = button(tr("Rena&me…"), QStyle::SP_FileDialogDetailedView, "builder-rename",
        &BuilderToolbar::renameRequested);
    m_delete = button(
        tr("&Delete…"), QStyle::SP_TrashIcon, "builder-delete", &BuilderToolbar::deleteRequested);
    m_export = button(tr("E&xport…"), QStyle::SP_DialogSaveButton, "builder-export",
        &BuilderToolbar::exportRequested);
    m_save = button(
        tr("&Save"), QStyle::SP_DialogSaveButton, "builder-save", &BuilderToolbar::saveRequested);
    m_play
        = button(tr("&Play"), QStyle::SP_MediaPlay, "builder-play", &BuilderToolbar::playRequested);
    m_play->setDefault(true);

    const auto toolButton = [](QAction& action) {
        auto* b = new QToolButton;
        b->setDefaultAction(&action);
        b->setToolButtonStyle(Qt::ToolButtonIconOnly);
        return b;
    };

    // Two rows, so that every command keeps its button and its label at 800 px wide (in one
    // row they need some 900): which routine and what to do with it as a whole, then the
    // edits' undo and what to do with the routine's content.
    auto* routineRow = new QHBoxLayout;
    routineRow->addWidget(m_chooser);
    routineRow->addWidget(newButton);
    routineRow->addWidget(m_duplicate);
    routineRow->addWidget(m_rename);
    routineRow->addWidget(m_delete);
    routineRow->addStretch(1);
    auto* editRow = new QHBoxLayout;
    editRow->addWidget(toolButton(undo));
    editRow->addWidget(toolButton(redo));
    editRow->addStretch(1);
    editRow->addWidget(m_export);
    editRow->addWidget(m_save);
    editRow->addWidget(m_play);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(routineRow);
    layout->addLayout(editRow);
}

void BuilderToolbar::showRoutines(
    const Library& library, const QString& currentId, const QString& currentName, bool modified)
{
    const QSignalBlocker block(m_chooser);
    m_chooser->clear();
    int selected = -1;
    for (const Origin origin : { Origin::User, Origin::BuiltIn }) {
        for (const auto& entry : library.routines()) {
            if (entry.origin != origin)
                continue;
            const QString id = qs(entry.value.id);
            QString name = qs(entry.value.name);
            if (id == currentId) {
                selected = m_chooser->count();
                name = modified ? tr("%1 (unsaved changes)").arg(currentName) : currentName;
            }
            m_chooser->addItem(origin == Origin::User ? name : tr("%1 (built-in)").arg(name), id);
        }
        if (origin == Origin::User && m_chooser->count() > 0)
            m_chooser->insertSeparator(m_chooser->count());
    }
    if (selected < 0) {
        m_chooser->insertItem(0, tr("%1 (not saved)").arg(currentName), QString());
        selected = 0;
    }
    m_chooser->setCurrentIndex(selected);
}

void BuilderToolbar::enableCommands(const Commands& commands)
{
    m_duplicate->setEnabled(commands.duplicate);
    m_rename->setEnabled(commands.rename);
    m_delete->setEnabled(commands.remove);
    m_save->setEnabled(commands.save);
    m_export->setEnabled(commands.exportFile);
    m_play->setEnabled(commands.play);
}

} // namespace limber
