// What the history tests share: sample records, raw SQL on a file beside the store's own
// connection, and a folder that cannot be written even by root.
#pragma once

#include <limber/history.h>

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace limber::test {

// A session of `stretches` stretches, none reached yet, started at `startUtcMs`.
SessionRecord sampleSession(
    std::int64_t startUtcMs, int stretches = 3, const std::string& routine = "office-break");

// A connection of the test's own to `path` (not the store's): to build old files, hold locks
// and look at what the store wrote.
class RawDatabase {
public:
    explicit RawDatabase(const QString& path);
    ~RawDatabase();
    RawDatabase(const RawDatabase&) = delete;
    RawDatabase& operator=(const RawDatabase&) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    // Runs each statement; fails the test on the first error.
    void run(const QStringList& statements);
    // The first column of the first row, as text ("" when none).
    QString value(const QString& statement);

private:
    QString m_name;
    QSqlDatabase m_db;
};

// Schema version 1 as it was released, written out here rather than taken from the store, so
// that a change to the store's first migration cannot pass unnoticed.
QStringList schemaVersion1();

// Makes `folder` and what it holds unwritable while it lives: a read-only remount of a tmpfs
// when run as root (who ignores permissions), else mode 0555 on the folder.
class ReadOnlyFolder {
public:
    explicit ReadOnlyFolder(const QString& folder);
    ~ReadOnlyFolder();
    ReadOnlyFolder(const ReadOnlyFolder&) = delete;
    ReadOnlyFolder& operator=(const ReadOnlyFolder&) = delete;

    // For root, before lock(): the folder is a fresh tmpfs, to be filled by the test.
    bool ready() const { return m_ready; }
    QString reason() const { return m_reason; }
    void lock();

private:
    QString m_folder;
    bool m_mounted = false;
    bool m_ready = false;
    QString m_reason;
};

QByteArray fileBytes(const QString& path);

// A private XDG_CONFIG_HOME for the test's life, with a way to write limber.conf in it.
class ConfigHome {
public:
    ConfigHome();
    ~ConfigHome();
    ConfigHome(const ConfigHome&) = delete;
    ConfigHome& operator=(const ConfigHome&) = delete;

    void write(const QByteArray& bytes) const;

private:
    QTemporaryDir m_dir;
    QByteArray m_old;
};

} // namespace limber::test
