// Limber's settings: a list of pages on the left, the chosen page on the right. Pages are
// added by whoever owns what they set (DesktopIntegration::openSettings: practice, sound and
// voice, reminders, desktop); each applies and saves its changes at once.
#pragma once

#include <QDialog>

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
    int currentPage() const;

private:
    QListWidget* m_titles = nullptr;
    QStackedWidget* m_pages = nullptr;
};

} // namespace limber
