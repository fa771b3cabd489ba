// The settings page for break reminders: on or off, every how many minutes, on which days
// and between which hours, how long away counts as a break, how long a reminder waits for a
// fullscreen window or do-not-disturb, what Limber can see of these here, and the routine a
// reminder's Start plays.
#pragma once

#include "reminder_rules.h"

#include <QList>
#include <QWidget>

#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace limber {

class ReminderSettingsPage : public QWidget {
    Q_OBJECT

public:
    // `routines` are (id, name) for the routine chooser.
    ReminderSettingsPage(const ReminderRules& rules, const QString& routineId,
        const QList<std::pair<QString, QString>>& routines, QWidget* parent = nullptr);

    ReminderRules rules() const;
    QString routineId() const;
    // Reminders switched on or off elsewhere (the tray): the page shows it.
    void showEnabled(bool enabled);

    // What Limber can see on this desktop, a line each (DesktopWatch::seen).
    void showSeen(const QStringList& lines);

signals:
    void rulesChanged(const limber::ReminderRules& rules);
    void routineChanged(const QString& routineId);

private:
    void changed();
    void updateEnabled();
    void updateIntervalSuffix();

    QCheckBox* m_enabled = nullptr;
    QSpinBox* m_interval = nullptr;
    QList<QCheckBox*> m_days; // Monday first
    QCheckBox* m_allDay = nullptr;
    QTimeEdit* m_start = nullptr;
    QTimeEdit* m_end = nullptr;
    QComboBox* m_routine = nullptr;
    QSpinBox* m_naturalBreak = nullptr; // minutes
    QSpinBox* m_longestWait = nullptr;
    QLabel* m_seen = nullptr;
    // The file's natural break, in seconds: kept as it is until the box is changed, so a
    // threshold of 30 s set in the file is not rounded to a minute by opening the page.
    int m_naturalBreakSeconds = 0;
    QWidget* m_details = nullptr;
};

} // namespace limber
