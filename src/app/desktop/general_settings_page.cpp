#include "general_settings_page.h"

#include "shared/looks.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace limber {

GeneralSettingsPage::GeneralSettingsPage(
    bool autostart, bool fullScreenPlayer, bool hasTray, QWidget* parent)
    : QWidget(parent)
{
    m_autostart = new QCheckBox(tr("Start Limber when I &log in"));
    m_autostart->setObjectName(QStringLiteral("general-autostart"));
    m_autostart->setChecked(autostart);
    auto* autostartNote = new QLabel(hasTray
            ? tr("Limber then waits in the tray, with no window, and reminds you to take breaks.")
            : tr("Your desktop has no tray, so Limber opens its window at login. With break "
                 "reminders on, closing the window leaves Limber running so that the reminders "
                 "still come; to quit, choose Quit Limber on a reminder, or turn reminders off "
                 "and close the window."));
    autostartNote->setWordWrap(true);
    autostartNote->setEnabled(false);

    m_fullScreen = new QCheckBox(tr("Open the player &full screen"));
    m_fullScreen->setObjectName(QStringLiteral("general-full-screen"));
    m_fullScreen->setChecked(fullScreenPlayer);

    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    setTextColor(*m_problem, problemColor(palette()));
    m_problem->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_autostart);
    layout->addWidget(autostartNote);
    layout->addSpacing(12);
    layout->addWidget(m_fullScreen);
    layout->addWidget(m_problem);
    layout->addStretch();

    connect(m_autostart, &QCheckBox::toggled, this, &GeneralSettingsPage::autostartChanged);
    connect(m_fullScreen, &QCheckBox::toggled, this, &GeneralSettingsPage::fullScreenPlayerChanged);
}

void GeneralSettingsPage::showOutcome(const WriteOutcome& outcome)
{
    m_problem->setText(outcome.error);
    m_problem->setVisible(!outcome);
}

} // namespace limber
