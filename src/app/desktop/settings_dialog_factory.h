// Assembles the settings dialog from the pages each part provides. A part adds a maker once
// (DesktopIntegration adds practice, sound and voice, reminders and desktop); every time the
// dialog opens, the makers build their pages afresh, in the order they were added, and may
// connect them to the dialog (to show a save that failed) and to their own part.
#pragma once

#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace limber {

class SettingsDialog;

class SettingsDialogFactory {
public:
    // Builds a page for `dialog` (which takes it); the page applies and saves its changes.
    using PageMaker = std::function<QWidget*(SettingsDialog& dialog)>;

    void addPage(const QString& title, PageMaker make);
    // A new dialog with every page, and what in the settings file could not be used.
    SettingsDialog* make(QWidget* parent) const;

private:
    struct Entry {
        QString title;
        PageMaker make;
    };
    QList<Entry> m_pages;
};

} // namespace limber
