#include "shortcut_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace limber {

ShortcutDialog::ShortcutDialog(RoutineShortcuts shortcuts,
    const QList<std::pair<QString, QString>>& routines, const QString& preselected, QWidget* parent)
    : QDialog(parent)
    , m_shortcuts(std::move(shortcuts))
    , m_known(routines)
{
    setWindowTitle(tr("Create desktop shortcut"));
    setMinimumWidth(460);

    m_routine = new QComboBox;
    m_routine->setObjectName(QStringLiteral("shortcut-routine"));
    for (const auto& [id, name] : routines)
        m_routine->addItem(name, id);
    m_routine->setCurrentIndex(std::max(0, m_routine->findData(preselected)));
    m_onDesktop = new QCheckBox(tr("Also put it on the &Desktop"));
    m_onDesktop->setObjectName(QStringLiteral("shortcut-on-desktop"));

    auto* where
        = new QLabel(tr("The shortcut starts the routine at once. It goes in your "
                        "applications menu (%1).")
                         .arg(QDir::toNativeSeparators(m_shortcuts.folders().applications)));
    where->setWordWrap(true);
    where->setEnabled(false);

    m_create = new QPushButton(tr("&Create shortcut"));
    m_create->setObjectName(QStringLiteral("shortcut-create"));
    m_create->setDefault(true);
    m_create->setEnabled(!routines.isEmpty());
    m_result = new QLabel;
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_orphanBox = new QWidget;
    auto* orphanLayout = new QVBoxLayout(m_orphanBox);
    orphanLayout->setContentsMargins(0, 8, 0, 0);
    orphanLayout->addWidget(new QLabel(tr("Shortcuts of routines that no longer exist:")));
    m_orphanList = new QListWidget;
    m_orphanList->setMaximumHeight(100);
    orphanLayout->addWidget(m_orphanList);
    m_removeOrphans = new QPushButton(tr("&Remove these shortcuts"));
    m_removeOrphans->setObjectName(QStringLiteral("shortcut-remove-orphans"));
    orphanLayout->addWidget(m_removeOrphans, 0, Qt::AlignLeft);

    auto* form = new QFormLayout;
    form->addRow(tr("&Routine"), m_routine);
    form->addRow(QString(), m_onDesktop);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_create, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &ShortcutDialog::createShortcut);
    connect(m_removeOrphans, &QPushButton::clicked, this, &ShortcutDialog::removeOrphans);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(where);
    layout->addWidget(m_result);
    layout->addWidget(m_orphanBox);
    layout->addWidget(buttons);
    refreshOrphans();
}

QString ShortcutDialog::result() const
{
    return m_result->text();
}

int ShortcutDialog::orphanCount() const
{
    return static_cast<int>(m_orphans.size());
}

bool ShortcutDialog::createShortcut()
{
    if (m_routine->currentIndex() < 0)
        return false;
    const auto written = m_shortcuts.create(
        m_routine->currentData().toString(), m_routine->currentText(), m_onDesktop->isChecked());
    if (!written.outcome) {
        m_result->setText(tr("The shortcut could not be written: %1").arg(written.outcome.error));
        return false;
    }
    m_result->setText(m_onDesktop->isChecked()
            ? tr("“%1” is in your applications menu and on your Desktop.")
                  .arg(m_routine->currentText())
            : tr("“%1” is in your applications menu.").arg(m_routine->currentText()));
    return true;
}

bool ShortcutDialog::removeOrphans()
{
    const WriteOutcome removed = m_shortcuts.remove(m_orphans);
    m_result->setText(removed ? tr("Removed %n shortcut(s).", nullptr, orphanCount())
                              : tr("Some shortcuts could not be removed: %1").arg(removed.error));
    refreshOrphans();
    return removed.ok;
}

void ShortcutDialog::refreshOrphans()
{
    m_orphans = m_shortcuts.orphaned([this](const QString& id) {
        return std::any_of(
            m_known.begin(), m_known.end(), [&id](const auto& known) { return known.first == id; });
    });
    m_orphanList->clear();
    for (const RoutineShortcut& orphan : m_orphans)
        m_orphanList->addItem(
            QStringLiteral("%1 — %2").arg(orphan.name, QDir::toNativeSeparators(orphan.path)));
    m_orphanBox->setVisible(!m_orphans.isEmpty());
}

} // namespace limber
