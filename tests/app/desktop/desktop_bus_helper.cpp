// Desktop services of the test's own on a private session bus, for the D-Bus sources' tests:
// run as `dbus-run-session -- limber_desktop_bus_helper [OPTION VALUE]…`, it serves only what
// its options name, prints "ready ADDRESS" once every name is on the bus, and quits when its
// standard input closes (then dbus-run-session ends the bus).
//
//   --mutter-idle MS                  org.gnome.Mutter.IdleMonitor GetIdletime
//   --mutter-silent 1                 the same name, which never answers
//   --screensaver-idle MS             org.freedesktop.ScreenSaver GetSessionIdleTime
//   --inhibited-actions FLAGS         org.gnome.SessionManager InhibitedActions
//   --xfce-do-not-disturb true|false  org.xfce.Xfconf GetProperty xfce4-notifyd /do-not-disturb
//   --notifications-inhibited true|false   org.freedesktop.Notifications Inhibited
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QDBusVirtualObject>
#include <QSocketNotifier>

#include <iostream>
#include <map>
#include <unistd.h>

namespace {

// Answers one object's methods and properties from fixed values.
class FakeObject final : public QDBusVirtualObject {
public:
    std::map<QString, QVariant> methods; // "Interface.Member" → reply
    std::map<QString, QVariant> properties; // "Interface.Name" → value
    bool silent = false;

    QString introspect(const QString&) const override { return {}; }
    bool handleMessage(const QDBusMessage& message, const QDBusConnection& connection) override
    {
        if (silent)
            return true; // taken, never answered
        const QList<QVariant> arguments = message.arguments();
        QString key = message.interface() + QLatin1Char('.') + message.member();
        const std::map<QString, QVariant>* table = &methods;
        if (key == QLatin1String("org.freedesktop.DBus.Properties.Get") && arguments.size() == 2) {
            key = arguments[0].toString() + QLatin1Char('.') + arguments[1].toString();
            table = &properties;
        }
        const auto found = table->find(key);
        if (found == table->end()) {
            connection.send(message.createErrorReply(
                QStringLiteral("org.freedesktop.DBus.Error.UnknownMethod"), key));
            return true;
        }
        QVariant reply = found->second;
        if (table == &properties)
            reply = QVariant::fromValue(QDBusVariant(reply));
        connection.send(message.createReply(reply));
        return true;
    }
};

QVariant boolean(const QString& text)
{
    return QVariant(text == QLatin1String("true"));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        std::cerr << "no session bus\n";
        return 2;
    }
    std::map<QString, std::pair<QString, FakeObject*>> services; // name → (path, object)
    const auto object = [&](const QString& name, const QString& path) {
        auto& entry = services[name];
        if (!entry.second)
            entry = { path, new FakeObject };
        return entry.second;
    };
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    for (int i = 0; i + 1 < arguments.size(); i += 2) {
        const QString& option = arguments[i];
        const QString& value = arguments[i + 1];
        if (option == QLatin1String("--mutter-idle")) {
            object(QStringLiteral("org.gnome.Mutter.IdleMonitor"),
                QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core"))
                ->methods[QStringLiteral("org.gnome.Mutter.IdleMonitor.GetIdletime")]
                = QVariant::fromValue<quint64>(value.toULongLong());
        } else if (option == QLatin1String("--mutter-silent")) {
            object(QStringLiteral("org.gnome.Mutter.IdleMonitor"),
                QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core"))
                ->silent
                = true;
        } else if (option == QLatin1String("--screensaver-idle")) {
            object(QStringLiteral("org.freedesktop.ScreenSaver"),
                QStringLiteral("/org/freedesktop/ScreenSaver"))
                ->methods[QStringLiteral("org.freedesktop.ScreenSaver.GetSessionIdleTime")]
                = QVariant::fromValue<uint>(value.toUInt());
        } else if (option == QLatin1String("--inhibited-actions")) {
            object(QStringLiteral("org.gnome.SessionManager"),
                QStringLiteral("/org/gnome/SessionManager"))
                ->properties[QStringLiteral("org.gnome.SessionManager.InhibitedActions")]
                = QVariant::fromValue<uint>(value.toUInt());
        } else if (option == QLatin1String("--xfce-do-not-disturb")) {
            // xfconf answers GetProperty with the value in a variant.
            object(QStringLiteral("org.xfce.Xfconf"), QStringLiteral("/org/xfce/Xfconf"))
                ->methods[QStringLiteral("org.xfce.Xfconf.GetProperty")]
                = QVariant::fromValue(QDBusVariant(boolean(value)));
        } else if (option == QLatin1String("--notifications-inhibited")) {
            object(QStringLiteral("org.freedesktop.Notifications"),
                QStringLiteral("/org/freedesktop/Notifications"))
                ->properties[QStringLiteral("org.freedesktop.Notifications.Inhibited")]
                = boolean(value);
        } else {
            std::cerr << "unknown option " << option.toStdString() << '\n';
            return 2;
        }
    }
    for (const auto& [name, entry] : services) {
        if (!bus.registerVirtualObject(entry.first, entry.second) || !bus.registerService(name)) {
            std::cerr << "could not serve " << name.toStdString() << '\n';
            return 3;
        }
    }
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char byte = 0;
        if (read(STDIN_FILENO, &byte, 1) <= 0)
            QCoreApplication::quit();
    });
    std::cout << "ready " << qgetenv("DBUS_SESSION_BUS_ADDRESS").toStdString() << std::endl;
    const int status = QCoreApplication::exec();
    for (auto& [name, entry] : services)
        delete entry.second;
    return status;
}
