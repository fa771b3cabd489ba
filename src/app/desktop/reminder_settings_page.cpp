#include "reminder_settings_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace limber {

ReminderSettingsPage::ReminderSettingsPage(const ReminderRules& rules, const QString& routineId,
    const QList<std::pair<QString, QString>>& routines, QWidget* parent)
    : QWidget(parent)
{
    m_enabled = new QCheckBox(tr("&Remind me to take a stretch break"));
    m_enabled->setObjectName(QStringLiteral("reminder-enabled"));
    m_enabled->setChecked(rules.enabled);

    m_interval = new QSpinBox;
    m_interval->setObjectName(QStringLiteral("reminder-interval"));
    m_interval->setRange(ReminderRules::minInterval, ReminderRules::maxInterval);
    m_interval->setValue(rules.intervalMinutes);
    updateIntervalSuffix();
    m_interval->setAccessibleName(tr("Minutes between breaks"));

    auto* days = new QHBoxLayout;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto* box = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat));
        // Named in English whatever the locale shows: reminder-day-monday…
        box->setObjectName(QStringLiteral("reminder-day-")
            + QLocale::c().dayName(day, QLocale::LongFormat).toLower());
        box->setChecked(rules.hasDay(day));
        box->setAccessibleName(QLocale().dayName(day, QLocale::LongFormat));
        days->addWidget(box);
        m_days << box;
    }
    days->addStretch();

    m_allDay = new QCheckBox(tr("At any time of &day"));
    m_allDay->setObjectName(QStringLiteral("reminder-all-day"));
    m_allDay->setChecked(rules.allDay());
    m_start = new QTimeEdit(rules.allDay() ? QTime(9, 0) : rules.start);
    m_start->setObjectName(QStringLiteral("reminder-from"));
    m_end = new QTimeEdit(rules.allDay() ? QTime(18, 0) : rules.end);
    m_end->setObjectName(QStringLiteral("reminder-until"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    m_start->setAccessibleName(tr("Reminders from"));
    m_end->setAccessibleName(tr("Reminders until"));
    auto* hours = new QHBoxLayout;
    hours->addWidget(new QLabel(tr("from")));
    hours->addWidget(m_start);
    hours->addWidget(new QLabel(tr("until")));
    hours->addWidget(m_end);
    hours->addWidget(m_allDay);
    hours->addStretch();

    m_routine = new QComboBox;
    m_routine->setObjectName(QStringLiteral("reminder-routine"));
    for (const auto& [id, name] : routines)
        m_routine->addItem(name, id);
    const int current = m_routine->findData(routineId);
    if (current >= 0)
        m_routine->setCurrentIndex(current);
    else if (!routineId.isEmpty()) { // a routine since deleted: still shown, by its id
        m_routine->insertItem(0, routineId, routineId);
        m_routine->setCurrentIndex(0);
    }

    m_naturalBreakSeconds = rules.naturalBreakSeconds;
    m_naturalBreak = new QSpinBox;
    m_naturalBreak->setObjectName(QStringLiteral("reminder-natural-break"));
    m_naturalBreak->setRange(1, ReminderRules::maxNaturalBreakSeconds / 60);
    m_naturalBreak->setValue(std::max(1, (rules.naturalBreakSeconds + 30) / 60));
    m_naturalBreak->setSuffix(tr(" min"));
    m_naturalBreak->setAccessibleName(tr("Minutes away that count as a break"));
    m_naturalBreak->setToolTip(tr("Away from the keyboard and mouse this long, the time until "
                                  "the next break starts again when you come back"));
    m_longestWait = new QSpinBox;
    m_longestWait->setObjectName(QStringLiteral("reminder-longest-wait"));
    m_longestWait->setRange(0, ReminderRules::maxLongestWait);
    m_longestWait->setValue(rules.longestWaitMinutes);
    m_longestWait->setSuffix(tr(" min"));
    m_longestWait->setSpecialValueText(tr("no wait"));
    m_longestWait->setAccessibleName(tr("Longest wait for a fullscreen window or do not disturb"));
    m_longestWait->setToolTip(tr("A reminder due while a fullscreen window has the focus or do "
                                 "not disturb is on waits for it to end, but no longer than this"));
    m_seen = new QLabel;
    m_seen->setObjectName(QStringLiteral("reminder-desktop-seen"));
    m_seen->setWordWrap(true);
    m_seen->setEnabled(false);

    m_details = new QWidget;
    auto* form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Every"), m_interval);
    form->addRow(tr("On"), days);
    form->addRow(tr("Hours"), hours);
    form->addRow(tr("Away &counts as a break after"), m_naturalBreak);
    form->addRow(tr("Hold back for fullscreen or\ndo not disturb at &most"), m_longestWait);
    form->addRow(tr("&Start plays"), m_routine);
    form->addRow(tr("On this desktop"), m_seen);

    auto* note = new QLabel(
        tr("Where Limber can see how long you have been away, a reminder never comes while you "
           "are away, and the time until the next one starts again when you come back. "
           "Otherwise, a reminder that came due while the computer slept appears once when it "
           "wakes, if it is still within your hours."));
    note->setWordWrap(true);
    note->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addWidget(m_details);
    layout->addWidget(note);
    layout->addStretch();

    connect(m_enabled, &QCheckBox::toggled, this, &ReminderSettingsPage::changed);
    connect(m_interval, &QSpinBox::valueChanged, this, &ReminderSettingsPage::changed);
    connect(m_interval, &QSpinBox::valueChanged, this, &ReminderSettingsPage::updateIntervalSuffix);
    for (QCheckBox* box : m_days)
        connect(box, &QCheckBox::toggled, this, &ReminderSettingsPage::changed);
    connect(m_allDay, &QCheckBox::toggled, this, &ReminderSettingsPage::changed);
    connect(m_start, &QTimeEdit::timeChanged, this, &ReminderSettingsPage::changed);
    connect(m_end, &QTimeEdit::timeChanged, this, &ReminderSettingsPage::changed);
    connect(m_naturalBreak, &QSpinBox::valueChanged, this, [this](int minutes) {
        m_naturalBreakSeconds = minutes * 60;
        changed();
    });
    connect(m_longestWait, &QSpinBox::valueChanged, this, &ReminderSettingsPage::changed);
    connect(m_routine, &QComboBox::currentIndexChanged, this,
        [this] { emit routineChanged(this->routineId()); });
    updateEnabled();
}

void ReminderSettingsPage::showEnabled(bool enabled)
{
    if (m_enabled->isChecked() != enabled)
        m_enabled->setChecked(enabled);
}

ReminderRules ReminderSettingsPage::rules() const
{
    ReminderRules rules;
    rules.enabled = m_enabled->isChecked();
    rules.intervalMinutes = m_interval->value();
    rules.naturalBreakSeconds = m_naturalBreakSeconds;
    rules.longestWaitMinutes = m_longestWait->value();
    rules.days = 0;
    for (int day = 0; day < m_days.size(); ++day)
        if (m_days[day]->isChecked())
            rules.days |= 1 << day;
    if (m_allDay->isChecked()) {
        rules.start = rules.end = QTime(0, 0);
    } else {
        rules.start = m_start->time();
        rules.end = m_end->time();
    }
    return rules;
}

QString ReminderSettingsPage::routineId() const
{
    return m_routine->currentData().toString();
}

void ReminderSettingsPage::showSeen(const QStringList& lines)
{
    m_seen->setText(lines.join(QLatin1Char('\n')));
}

void ReminderSettingsPage::changed()
{
    updateEnabled();
    emit rulesChanged(rules());
}

void ReminderSettingsPage::updateEnabled()
{
    m_details->setEnabled(m_enabled->isChecked());
    m_start->setEnabled(!m_allDay->isChecked());
    m_end->setEnabled(!m_allDay->isChecked());
    // The hours end after they begin (a day of its own is "at any time of day").
    m_end->setMinimumTime(std::min(m_start->time().addSecs(60), QTime(23, 59)));
}

void ReminderSettingsPage::updateIntervalSuffix()
{
    // "Every 1 minute", not "1 minutes".
    m_interval->setSuffix(m_interval->value() == 1 ? tr(" minute") : tr(" minutes"));
}

} // namespace limber
