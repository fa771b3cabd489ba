// The app tests' private folders: HOME and the XDG config, data, state and runtime dirs inside
// one temporary dir for one test, put back when the test ends, so no test reads or writes
// the real user's files.
#pragma once

#include "storage/data_locations.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <map>

namespace limber::test {

class TestDirs {
public:
    TestDirs();
    ~TestDirs();
    TestDirs(const TestDirs&) = delete;
    TestDirs& operator=(const TestDirs&) = delete;

    QString path() const { return m_dir.path(); }
    QString file(const QString& relative) const { return m_dir.filePath(relative); }
    DataLocations locations() const { return DataLocations::standard(); }
    QString routines() const { return locations().userRoutines; }
    QString exercises() const { return locations().userExercises; }

private:
    QTemporaryDir m_dir;
    std::map<QByteArray, QByteArray> m_saved;
};

} // namespace limber::test
