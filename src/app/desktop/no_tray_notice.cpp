#include "no_tray_notice.h"

#include <QPushButton>

namespace limber {

NoTrayNotice::NoTrayNotice(QWidget* parent)
    : QMessageBox(QMessageBox::Information, tr("Limber keeps reminding you"),
        tr("Your desktop has no tray, so Limber has no icon there. It keeps running without "
           "its window, so that your break reminders still come."),
        QMessageBox::NoButton, parent)
{
    setInformativeText(
        tr("To open Limber again, start it from your applications menu. To quit, choose Quit "
           "Limber here or on a reminder, or turn break reminders off and close the window."));
    m_keep = addButton(tr("&Keep reminding me"), QMessageBox::AcceptRole);
    m_keep->setObjectName(QStringLiteral("no-tray-keep"));
    m_quit = addButton(tr("&Quit Limber"), QMessageBox::DestructiveRole);
    m_quit->setObjectName(QStringLiteral("no-tray-quit"));
    setDefaultButton(m_keep);
    setEscapeButton(m_keep);
    connect(this, &QMessageBox::buttonClicked, this, [this](QAbstractButton* button) {
        if (button == m_quit)
            emit quitRequested();
    });
}

} // namespace limber
