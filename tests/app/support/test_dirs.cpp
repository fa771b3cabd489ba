#include "test_dirs.h"

#include <QDir>
#include <QFile>
#include <QList>

#include <catch2/catch.hpp>
#include <utility>

namespace limber::test {

namespace {

const QList<std::pair<QByteArray, QString>> variables {
    { "HOME", QStringLiteral("home") },
    { "XDG_CONFIG_HOME", QStringLiteral("config") },
    { "XDG_DATA_HOME", QStringLiteral("data") },
    { "XDG_STATE_HOME", QStringLiteral("state") },
    { "XDG_RUNTIME_DIR", QStringLiteral("runtime") },
};

} // namespace

TestDirs::TestDirs()
{
    REQUIRE(m_dir.isValid());
    for (const auto& [name, folder] : variables) {
        m_saved[name] = qgetenv(name.constData());
        const QString path = m_dir.filePath(folder);
        QDir().mkpath(path);
        // The runtime dir must be private, or Qt refuses it.
        QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv(name.constData(), path.toLocal8Bit());
    }
}

TestDirs::~TestDirs()
{
    for (const auto& [name, value] : m_saved) {
        if (value.isEmpty())
            qunsetenv(name.constData());
        else
            qputenv(name.constData(), value);
    }
}

} // namespace limber::test
