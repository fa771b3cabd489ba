#include "routine_pane.h"

#include "exercise_delegate.h"
#include "routine_item_model.h"
#include "shared/words.h"

#include <limber/describe.h>
#include <limber/load.h>

#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace limber {

namespace {

QLabel* headingLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    label->setFont(font);
    return label;
}

QSpinBox* secondsBox(const QString& objectName, IntRange range, const QString& tip)
{
    auto* box = new QSpinBox;
    box->setObjectName(objectName);
    box->setRange(range.min, range.max);
    box->setSuffix(QObject::tr(" s"));
    box->setToolTip(tip);
    return box;
}

} // namespace

RoutinePane::RoutinePane(RoutineItemModel& items, QWidget* parent)
    : QWidget(parent)
    , m_model(items)
{
    m_name = headingLabel(QStringLiteral("routine-name"));
    m_name->setWordWrap(true);
    m_total = headingLabel(QStringLiteral("routine-total"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_items = new QListView;
    m_items->setObjectName(QStringLiteral("routine-items"));
    m_items->setAccessibleName(tr("Stretches in this routine"));
    m_items->setModel(&m_model);
    m_items->setItemDelegate(new ExerciseDelegate(m_items));
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->setDragDropMode(QAbstractItemView::DragDrop);
    m_items->setDefaultDropAction(Qt::MoveAction);
    m_items->setDropIndicatorShown(true);
    m_items->setDragDropOverwriteMode(false);
    m_items->setAcceptDrops(true);
    m_items->setAlternatingRowColors(true);
    m_items->installEventFilter(this);
    connect(m_items->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateRowButtons();
        if (!m_selecting)
            emit currentRowChanged();
    });

    m_up = new QPushButton(style()->standardIcon(QStyle::SP_ArrowUp), tr("Up"));
    m_up->setObjectName(QStringLiteral("item-up"));
    m_up->setToolTip(tr("Move up (Ctrl+Up)"));
    connect(m_up, &QPushButton::clicked, this,
        [this] { emit moveRequested(currentRow(), currentRow() - 1); });
    m_down = new QPushButton(style()->standardIcon(QStyle::SP_ArrowDown), tr("Down"));
    m_down->setObjectName(QStringLiteral("item-down"));
    m_down->setToolTip(tr("Move down (Ctrl+Down)"));
    connect(m_down, &QPushButton::clicked, this,
        [this] { emit moveRequested(currentRow(), currentRow() + 2); });
    m_remove = new QPushButton(style()->standardIcon(QStyle::SP_DialogDiscardButton), tr("Remove"));
    m_remove->setObjectName(QStringLiteral("item-remove"));
    m_remove->setToolTip(tr("Remove from the routine (Delete)"));
    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeRequested(currentRow()); });

    m_leadIn = secondsBox(QStringLiteral("routine-lead-in"), limits::leadInSeconds,
        tr("Time to get ready before each stretch"));
    connect(m_leadIn, &QSpinBox::valueChanged, this, &RoutinePane::leadInChanged);
    m_switch = secondsBox(
        QStringLiteral("routine-switch"), limits::switchSeconds, tr("Time to change sides"));
    connect(m_switch, &QSpinBox::valueChanged, this, &RoutinePane::switchTimeChanged);

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

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    layout->addWidget(m_items, 1);
    layout->addLayout(rowButtons);
    layout->addLayout(timing);
}

void RoutinePane::show(const Shown& shown)
{
    m_readOnly = shown.readOnly;
    m_name->setText(shown.title);
    m_name->setToolTip(shown.titleTip);
    m_total->setText(shown.totalMs ? tr("Total %1").arg(qs(formatMinutesSeconds(*shown.totalMs)))
                                   : tr("Total –"));
    m_total->setAccessibleName(m_total->text());
    {
        const QSignalBlocker blockLeadIn(m_leadIn);
        const QSignalBlocker blockSwitch(m_switch);
        m_leadIn->setValue(shown.leadInSeconds);
        m_switch->setValue(shown.switchSeconds);
    }
    m_leadIn->setEnabled(!shown.readOnly);
    m_switch->setEnabled(!shown.readOnly);
    m_items->setDragEnabled(!shown.readOnly);
    updateRowButtons();
}

int RoutinePane::currentRow() const
{
    const QModelIndex index = m_items->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void RoutinePane::setCurrentRow(int row)
{
    if (row < 0 || row >= m_model.rowCount() || row == currentRow())
        return;
    m_selecting = true;
    m_items->setCurrentIndex(m_model.index(row));
    m_selecting = false;
}

void RoutinePane::updateRowButtons()
{
    const int row = currentRow();
    m_up->setEnabled(!m_readOnly && row > 0);
    m_down->setEnabled(!m_readOnly && row >= 0 && row + 1 < m_model.rowCount());
    m_remove->setEnabled(!m_readOnly && row >= 0);
}

bool RoutinePane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_items || event->type() != QEvent::KeyPress || m_readOnly)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const int row = currentRow();
    if (row >= 0 && key->modifiers() == Qt::ControlModifier && key->key() == Qt::Key_Up) {
        emit moveRequested(row, row - 1);
        return true;
    }
    if (row >= 0 && key->modifiers() == Qt::ControlModifier && key->key() == Qt::Key_Down) {
        emit moveRequested(row, row + 2);
        return true;
    }
    if (row >= 0 && key->matches(QKeySequence::Delete)) {
        emit removeRequested(row);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace limber
