#include "desktop_notifier.h"

#include "notification_image.h"

#include <QDBusConnectionInterface>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QVariantMap>

#include <spdlog/spdlog.h>

namespace limber {

namespace {

const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");
const QString startAction = QStringLiteral("start");
const QString snoozeAction = QStringLiteral("snooze");
const QString quitAction = QStringLiteral("quit");
constexpr int iconPixels = 64;

QDBusMessage methodCall(const QString& method)
{
    return QDBusMessage::createMethodCall(service, path, interface, method);
}

} // namespace

DesktopNotifier::DesktopNotifier(const QDBusConnection& bus, QObject* parent)
    : QObject(parent)
    , m_bus(bus)
{
    registerNotificationImageType();
    connectSignals();
}

DesktopNotifier::~DesktopNotifier()
{
    // A reminder left behind would offer buttons that nothing answers any more.
    withdraw();
}

void DesktopNotifier::setBus(const QDBusConnection& bus)
{
    withdraw();
    disconnectSignals();
    m_bus = bus;
    m_lastId = 0;
    connectSignals();
}

bool DesktopNotifier::isServiceAvailable() const
{
    if (!m_bus.isConnected())
        return false;
    const QDBusConnectionInterface* bus = m_bus.interface();
    if (bus->isServiceRegistered(service))
        return true;
    // Some desktops (MATE, for one) start their notification service on its first use.
    const QDBusReply<QStringList> activatable = bus->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(service);
}

void DesktopNotifier::showReminder(const QString& routineName)
{
    const unsigned request = ++m_request;
    m_routineName = routineName;
    if (!isServiceAvailable()) {
        spdlog::info("no notification service on the session bus: showing Limber's own notice");
        emit fallbackNeeded(routineName);
        return;
    }
    // Asked each time: the service may have been replaced by one that can do more or less.
    auto* watcher = new QDBusPendingCallWatcher(
        m_bus.asyncCall(methodCall(QStringLiteral("GetCapabilities"))), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request != m_request)
            return;
        const QDBusPendingReply<QStringList> capabilities = *watcher;
        if (capabilities.isError())
            fail(capabilities.error());
        else
            notify(capabilities.value(), request);
    });
}

void DesktopNotifier::notify(const QStringList& capabilities, unsigned request)
{
    m_withActions = capabilities.contains(QStringLiteral("actions"));
    const QString routine = capabilities.contains(QStringLiteral("body-markup"))
        ? m_routineName.toHtmlEscaped()
        : m_routineName;
    const QString body = m_withActions
        ? tr("You have been at it for a while. Stand up, breathe, and loosen your neck and "
             "back: Start plays “%1”.")
              .arg(routine)
        // Here a click reaches Limber only as the notification closing: Limber's own notice
        // then offers the choices.
        : tr("You have been at it for a while. Stand up, breathe, and loosen your neck and "
             "back with “%1”. Click to start it, snooze or skip.")
              .arg(routine);
    QStringList actions;
    if (m_withActions) {
        actions << startAction << tr("Start") << snoozeAction
                << tr("Snooze %1 min").arg(snoozeMinutes);
        if (m_quitOffered)
            actions << quitAction << tr("Quit Limber");
    }
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("io.github.limber.Limber"));
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(1))); // normal
    hints.insert(QStringLiteral("image-data"),
        QVariant::fromValue(NotificationImage::limberIcon(iconPixels)));

    QDBusMessage call = methodCall(QStringLiteral("Notify"));
    // Until answered, like Limber's own notice: an expiry of 0 asks for no timeout.
    call << QStringLiteral("Limber") << m_lastId << QStringLiteral("io.github.limber.Limber")
         << tr("Time for a stretch break") << body << actions << hints << 0;
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            if (request == m_request)
                fail(reply.error());
            return;
        }
        const uint id = reply.value();
        m_lastId = id;
        if (request != m_request) {
            // Withdrawn (or replaced) while the server was still answering.
            if (id != m_shownId)
                closeNotification(id);
            return;
        }
        m_shownId = id;
        spdlog::info("reminder shown as notification {} ({})", id,
            !m_withActions      ? "the server shows no actions"
                : m_quitOffered ? "with Start, Snooze and Quit Limber"
                                : "with Start and Snooze");
    });
}

void DesktopNotifier::withdraw()
{
    ++m_request;
    if (m_shownId != 0)
        closeNotification(m_shownId);
    m_shownId = 0;
}

void DesktopNotifier::onActionInvoked(uint id, const QString& action)
{
    if (id == 0 || id != m_shownId)
        return;
    if (action != startAction && action != snoozeAction && action != quitAction)
        return; // not one of ours (a server's own "default"): still waiting for an answer
    // Answered: the close that follows is not a Skip. Some servers (dunst, from its menu)
    // leave the notification up after its action, so Limber takes it down itself.
    m_shownId = 0;
    closeNotification(id);
    if (action == startAction)
        emit startRequested();
    else if (action == snoozeAction)
        emit snoozeRequested(snoozeMinutes);
    else
        emit quitRequested();
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    if (id == 0 || id != m_shownId)
        return;
    m_shownId = 0;
    // Expired or closed by the server: no answer, and the count already runs again.
    if (reason != uint(CloseReason::Dismissed))
        return;
    if (m_withActions) {
        emit skipRequested(); // as closing Limber's own notice
        return;
    }
    // Without actions a click on the notification and its close button both arrive as this
    // dismissal. Starting the break could start one just declined: the notice asks instead.
    emit fallbackNeeded(m_routineName);
}

void DesktopNotifier::connectSignals()
{
    m_bus.connect(service, path, interface, QStringLiteral("ActionInvoked"), this,
        SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(service, path, interface, QStringLiteral("NotificationClosed"), this,
        SLOT(onNotificationClosed(uint, uint)));
}

void DesktopNotifier::disconnectSignals()
{
    m_bus.disconnect(service, path, interface, QStringLiteral("ActionInvoked"), this,
        SLOT(onActionInvoked(uint, QString)));
    m_bus.disconnect(service, path, interface, QStringLiteral("NotificationClosed"), this,
        SLOT(onNotificationClosed(uint, uint)));
}

void DesktopNotifier::fail(const QDBusError& error)
{
    spdlog::warn("the notification service did not take the reminder ({}: {}): showing "
                 "Limber's own notice",
        error.name().toStdString(), error.message().toStdString());
    emit fallbackNeeded(m_routineName);
}

void DesktopNotifier::closeNotification(uint id)
{
    if (!m_bus.isConnected())
        return;
    QDBusMessage call = methodCall(QStringLiteral("CloseNotification"));
    call << id;
    m_bus.send(call);
}

} // namespace limber
