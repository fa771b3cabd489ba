// One question to a desktop service over D-Bus, answered within a short time or not at all:
// the reminders ask from the GUI thread, so a service that hangs must not hang Limber. A
// service that is not running is not started for the question.
#pragma once

#include <QDBusConnection>
#include <QVariant>

#include <optional>

namespace limber {

struct DBusAddress {
    QString service;
    QString path;
    QString interface;
};

class DBusQuery {
public:
    static constexpr int timeoutMs = 250;

    DBusQuery(QDBusConnection connection, DBusAddress address);

    // The first value of the reply (a variant's content, unwrapped), or nullopt on an error
    // or no reply in time.
    std::optional<QVariant> call(const QString& method, const QVariantList& arguments = {}) const;
    std::optional<QVariant> property(const QString& name) const;

private:
    std::optional<QVariant> send(
        const QString& interface, const QString& method, const QVariantList& arguments) const;

    QDBusConnection m_connection;
    DBusAddress m_address;
};

} // namespace limber
