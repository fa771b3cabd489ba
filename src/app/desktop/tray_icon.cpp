#include "tray_icon.h"

#include "reminders.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace limber {

TrayIcon::TrayIcon(Reminders& reminders, QObject* parent)
    : QObject(parent)
    , m_reminders(reminders)
    , m_menu(new QMenu)
{
    m_routines = m_menu->addMenu(tr("&Start a routine"));
    m_routines->setObjectName(QStringLiteral("tray-routines"));
    m_menu->addSeparator();
    m_status = m_menu->addAction(QString());
    m_status->setObjectName(QStringLiteral("tray-status"));
    m_status->setEnabled(false);
    m_enabled = m_menu->addAction(tr("Break &reminders"));
    m_enabled->setCheckable(true);
    connect(m_enabled, &QAction::triggered, this, [this](bool on) {
        ReminderRules rules = m_reminders.rules();
        rules.enabled = on;
        m_reminders.setRules(rules);
    });
    m_whileOn << m_menu->addAction(
        tr("Remind me in &10 minutes"), this, [this] { m_reminders.snooze(10); });
    m_whileOn << m_menu->addAction(
        tr("Remind me in &30 minutes"), this, [this] { m_reminders.snooze(30); });
    m_whileOn << m_menu->addAction(
        tr("Pause reminders for an &hour"), this, [this] { m_reminders.pauseForAnHour(); });
    m_whileOn << m_menu->addAction(
        tr("Pause reminders until &tomorrow"), this, [this] { m_reminders.pauseUntilTomorrow(); });
    m_resume = m_menu->addAction(tr("Res&ume reminders"), this, [this] { m_reminders.resume(); });
    m_menu->addSeparator();
    m_menu->addAction(tr("&Open Limber"), this, &TrayIcon::openRequested);
    m_menu->addAction(tr("S&ettings…"), this, &TrayIcon::settingsRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), this, &TrayIcon::quitRequested);

    connect(&m_reminders, &Reminders::changed, this, &TrayIcon::refresh);
    // The status names a time: bring it up to date whenever the menu opens.
    connect(m_menu, &QMenu::aboutToShow, this, &TrayIcon::refresh);
    refresh();

    if (isAvailable()) {
        m_icon = new QSystemTrayIcon(
            QIcon(QStringLiteral(":/icons/io.github.limber.Limber.svg")), this);
        m_icon->setContextMenu(m_menu);
        connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    emit openRequested();
            });
        refresh();
    }
}

TrayIcon::~TrayIcon()
{
    // The menu has no parent (a tray only borrows it): the icon goes first, then its menu.
    delete m_icon;
    delete m_menu;
}

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool TrayIcon::isVisible() const
{
    return m_icon && m_icon->isVisible();
}

void TrayIcon::show()
{
    if (m_icon)
        m_icon->show();
}

void TrayIcon::setRoutines(const QList<std::pair<QString, QString>>& routines)
{
    m_routines->clear();
    for (const auto& [id, name] : routines) {
        QAction* action = m_routines->addAction(name);
        action->setData(id);
        connect(action, &QAction::triggered, this, [this, id = id] { emit startRequested(id); });
    }
    m_routines->setEnabled(!routines.isEmpty());
}

void TrayIcon::showMessage(const QString& title, const QString& text)
{
    if (isVisible())
        m_icon->showMessage(title, text, m_icon->icon(), 10'000);
}

void TrayIcon::refresh()
{
    const bool on = m_reminders.rules().enabled;
    const bool paused = m_reminders.pausedUntil().has_value();
    const QString status = m_reminders.status();
    m_status->setText(status);
    m_enabled->setChecked(on);
    for (QAction* action : m_whileOn)
        action->setEnabled(on);
    m_resume->setVisible(on && paused);
    if (m_icon)
        m_icon->setToolTip(tr("Limber — %1").arg(status));
}

} // namespace limber
