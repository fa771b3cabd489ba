// The settings page for the history: keep one or not, the daily goal (minutes or sessions, and
// how many), whether reminders are skipped once today's goal is met, and "Delete all
// history…", which asks first. Changes are saved as they are made.
#pragma once

#include "history_settings.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QPushButton;
class QSpinBox;

namespace limber {

class HistoryStore;

class HistorySettingsPage : public QWidget {
    Q_OBJECT

public:
    // Shows HistorySettings::load(); deletes from `store` (outliving this), or offers no
    // deleting when there is none.
    explicit HistorySettingsPage(HistoryStore* store, QWidget* parent = nullptr);

    const HistorySettings& settings() const { return m_settings; }

    // Asked before all history is deleted: true deletes. The default asks with a message box;
    // tests answer for the person.
    using DeleteQuestion = std::function<bool()>;
    void setDeleteQuestion(DeleteQuestion question);

signals:
    void settingsChanged(const limber::HistorySettings& settings);
    // The change applies, but the settings file could not be written (the message says why).
    void saveFailed(const QString& message);
    // Every session was deleted from the store.
    void historyDeleted();
    // Deleting was asked for and failed (the message says why).
    void deleteFailed(const QString& message);

private:
    void showSettings();
    void readWidgets();
    void deleteAll();

    HistoryStore* m_store;
    HistorySettings m_settings;
    DeleteQuestion m_deleteQuestion;
    QCheckBox* m_enabled = nullptr;
    QComboBox* m_goalKind = nullptr;
    QSpinBox* m_goalAmount = nullptr;
    QCheckBox* m_skipReminders = nullptr;
    QPushButton* m_deleteAll = nullptr;
};

} // namespace limber
