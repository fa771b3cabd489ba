#include "store_test_support.h"

#include "storage/app_settings.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <cerrno>
#include <cstring>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

namespace limber::test {

SessionRecord sampleSession(std::int64_t startUtcMs, int stretches, const std::string& routine)
{
    SessionRecord session;
    session.startUtcMs = startUtcMs;
    session.startOffsetMinutes = 60;
    session.routine = routine;
    session.routineName = "Office break";
    session.origin = SessionOrigin::Tray;
    session.plannedMs = 300'000;
    session.scale = 1.25;
    session.paceInMs = 4000;
    session.paceOutMs = 6000;
    for (int item = 0; item < stretches; ++item)
        session.stretches.push_back({ item, "stretch-" + std::to_string(item),
            "Stretch " + std::to_string(item), StretchOutcome::NotReached, 0 });
    return session;
}

RawDatabase::RawDatabase(const QString& path)
    : m_name(QStringLiteral("raw-%1").arg(reinterpret_cast<quintptr>(this)))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.open();
}

RawDatabase::~RawDatabase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

void RawDatabase::run(const QStringList& statements)
{
    for (const QString& statement : statements) {
        QSqlQuery query(m_db);
        INFO(statement.toStdString());
        const bool ok = query.exec(statement);
        INFO(query.lastError().text().toStdString());
        REQUIRE(ok);
    }
}

QString RawDatabase::value(const QString& statement)
{
    QSqlQuery query(m_db);
    if (!query.exec(statement) || !query.next())
        return {};
    return query.value(0).toString();
}

QStringList schemaVersion1()
{
    return {
        QStringLiteral("CREATE TABLE sessions (id INTEGER PRIMARY KEY, start_utc_ms INTEGER NOT "
                       "NULL, start_offset_minutes INTEGER NOT NULL, end_utc_ms INTEGER, routine "
                       "TEXT NOT NULL, routine_name TEXT NOT NULL, origin TEXT NOT NULL, "
                       "planned_ms INTEGER NOT NULL, played_ms INTEGER NOT NULL, scale REAL NOT "
                       "NULL, pace_in_ms INTEGER NOT NULL, pace_out_ms INTEGER NOT NULL, ending "
                       "TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX sessions_by_start ON sessions (start_utc_ms)"),
        QStringLiteral("CREATE TABLE stretches (session_id INTEGER NOT NULL REFERENCES sessions "
                       "(id) ON DELETE CASCADE, item INTEGER NOT NULL, exercise TEXT NOT NULL, "
                       "name TEXT NOT NULL, outcome TEXT NOT NULL, played_ms INTEGER NOT NULL, "
                       "PRIMARY KEY (session_id, item)) WITHOUT ROWID"),
        QStringLiteral("PRAGMA user_version = 1"),
    };
}

ReadOnlyFolder::ReadOnlyFolder(const QString& folder)
    : m_folder(folder)
{
    QDir().mkpath(folder);
    if (::geteuid() != 0) {
        m_ready = true;
        return;
    }
    if (::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", 0, "size=1m,mode=0755")
        != 0) {
        m_reason
            = QStringLiteral("mount tmpfs: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    m_mounted = true;
    m_ready = true;
}

void ReadOnlyFolder::lock()
{
    const QByteArray path = QFile::encodeName(m_folder);
    if (m_mounted)
        ::mount("tmpfs", path.constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, "size=1m");
    else {
        for (const QString& name : QDir(m_folder).entryList(QDir::Files))
            ::chmod(QFile::encodeName(m_folder + QLatin1Char('/') + name).constData(), 0444);
        ::chmod(path.constData(), 0555);
    }
}

ReadOnlyFolder::~ReadOnlyFolder()
{
    const QByteArray path = QFile::encodeName(m_folder);
    if (m_mounted)
        ::umount2(path.constData(), MNT_DETACH);
    else
        ::chmod(path.constData(), 0755);
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ConfigHome::ConfigHome()
    : m_old(qgetenv("XDG_CONFIG_HOME"))
{
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.path()));
}

ConfigHome::~ConfigHome()
{
    qputenv("XDG_CONFIG_HOME", m_old);
}

void ConfigHome::write(const QByteArray& bytes) const
{
    QDir(m_dir.path()).mkpath(QStringLiteral("limber"));
    QFile file(AppSettings::standardPath());
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace limber::test
