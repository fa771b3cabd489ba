// Limber's settings: a list of pages on the left, the chosen page on the right. Pages are
// added by whoever owns what they set (DesktopIntegration::openSettings: practice, sound and
// voice, reminders, desktop); each applies and saves its changes at once. A notice at the top
// lists what in the settings file could not be used, and any save that failed.
#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace limber {

class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    // Adds a page (the dialog takes it) and returns its index.
    int addPage(const QString& title, QWidget* page);
    int pageCount() const;
    void showPage(int index);
    QWidget* page(int index) const;

    // The settings file's problems (SettingsProblems), shown at the top; none hides them.
    void showFileProblems(const QString& path, const QStringList& problems);
    // A change that could not be saved: shown at the top until the dialog closes.
    void showSaveProblem(const QString& message);

private:
    QLabel* m_fileProblems = nullptr;
    QLabel* m_saveProblem = nullptr;
    QListWidget* m_titles = nullptr;
    QStackedWidget* m_pages = nullptr;
};

} // namespace limber
