#include "history_settings_page.h"

#include "storage/history_store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace limber {

HistorySettingsPage::HistorySettingsPage(HistoryStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_settings(HistorySettings::load())
{
    m_deleteQuestion = [this] {
        QMessageBox box(QMessageBox::Warning, tr("Delete all history?"),
            tr("Every session you played will be forgotten: your streak, your totals and the "
               "calendar start again from nothing. This cannot be undone."),
            QMessageBox::NoButton, this);
        box.addButton(tr("&Keep my history"), QMessageBox::RejectRole);
        QPushButton* remove = box.addButton(tr("&Delete all"), QMessageBox::DestructiveRole);
        box.exec();
        return box.clickedButton() == remove;
    };

    m_enabled = new QCheckBox(tr("&Keep a history of the sessions I play"));
    m_enabled->setObjectName(QStringLiteral("history-enabled"));

    m_goalAmount = new QSpinBox;
    m_goalAmount->setObjectName(QStringLiteral("history-goal-amount"));
    m_goalKind = new QComboBox;
    m_goalKind->setObjectName(QStringLiteral("history-goal-kind"));
    m_goalKind->addItem(tr("minutes"));
    m_goalKind->addItem(tr("sessions"));
    m_goalKind->setToolTip(tr("A day counts for your streak once you reach this"));
    auto* goal = new QHBoxLayout;
    goal->addWidget(m_goalAmount);
    goal->addWidget(m_goalKind);
    goal->addStretch();

    m_skipReminders = new QCheckBox(tr("&Skip reminders once today's goal is met"));
    m_skipReminders->setObjectName(QStringLiteral("history-skip-reminders"));

    m_deleteAll = new QPushButton(tr("&Delete all history…"));
    m_deleteAll->setObjectName(QStringLiteral("history-delete-all"));
    m_deleteAll->setEnabled(m_store != nullptr);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Daily &goal:"), goal);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addLayout(form);
    layout->addWidget(m_skipReminders);
    layout->addWidget(m_deleteAll, 0, Qt::AlignLeft);
    layout->addStretch();

    showSettings();
    connect(m_enabled, &QCheckBox::toggled, this, &HistorySettingsPage::readWidgets);
    connect(m_skipReminders, &QCheckBox::toggled, this, &HistorySettingsPage::readWidgets);
    connect(m_goalAmount, &QSpinBox::valueChanged, this, &HistorySettingsPage::readWidgets);
    connect(m_goalKind, &QComboBox::currentIndexChanged, this, [this](int index) {
        // The other kind's own amount, kept while the first was in use.
        const bool sessions = index == 1;
        const QSignalBlocker blockAmount(m_goalAmount);
        const IntRange range
            = sessions ? HistorySettings::goalSessionsRange : HistorySettings::goalMinutesRange;
        m_goalAmount->setRange(range.min, range.max);
        m_goalAmount->setValue(sessions ? m_settings.goalSessions : m_settings.goalMinutes);
        readWidgets();
    });
    connect(m_deleteAll, &QPushButton::clicked, this, &HistorySettingsPage::deleteAll);
}

void HistorySettingsPage::setDeleteQuestion(DeleteQuestion question)
{
    m_deleteQuestion = std::move(question);
}

void HistorySettingsPage::showSettings()
{
    const QSignalBlocker blockEnabled(m_enabled);
    const QSignalBlocker blockKind(m_goalKind);
    const QSignalBlocker blockAmount(m_goalAmount);
    const QSignalBlocker blockSkip(m_skipReminders);
    m_enabled->setChecked(m_settings.enabled);
    const bool sessions = m_settings.goalKind == GoalKind::Sessions;
    m_goalKind->setCurrentIndex(sessions ? 1 : 0);
    const IntRange range
        = sessions ? HistorySettings::goalSessionsRange : HistorySettings::goalMinutesRange;
    m_goalAmount->setRange(range.min, range.max);
    m_goalAmount->setValue(m_settings.goalAmount());
    m_skipReminders->setChecked(m_settings.skipRemindersWhenGoalMet);
    // Without a history there is no goal to meet.
    for (QWidget* part : { static_cast<QWidget*>(m_goalKind), static_cast<QWidget*>(m_goalAmount),
             static_cast<QWidget*>(m_skipReminders) })
        part->setEnabled(m_settings.enabled);
}

void HistorySettingsPage::readWidgets()
{
    HistorySettings changed = m_settings;
    changed.enabled = m_enabled->isChecked();
    changed.goalKind = m_goalKind->currentIndex() == 1 ? GoalKind::Sessions : GoalKind::Minutes;
    (changed.goalKind == GoalKind::Sessions ? changed.goalSessions : changed.goalMinutes)
        = m_goalAmount->value();
    changed.skipRemindersWhenGoalMet = m_skipReminders->isChecked();
    if (changed == m_settings)
        return;
    m_settings = changed;
    showSettings();
    if (const WriteOutcome outcome = m_settings.save(); !outcome) {
        spdlog::warn("the history settings were not saved: {}", outcome.error.toStdString());
        emit saveFailed(tr("Your history settings were not saved: %1").arg(outcome.error));
    }
    emit settingsChanged(m_settings);
}

void HistorySettingsPage::deleteAll()
{
    if (!m_store || !m_deleteQuestion())
        return;
    if (const WriteOutcome removed = m_store->removeAll(); !removed) {
        emit deleteFailed(tr("Your history was not deleted: %1").arg(removed.error));
        return;
    }
    spdlog::info("all history deleted");
    emit historyDeleted();
}

} // namespace limber
