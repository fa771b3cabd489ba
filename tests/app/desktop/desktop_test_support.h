// What the desktop tests share: private XDG folders per test, printing Qt values in failed
// checks, running a program to the end, and finding a validator on PATH.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <map>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
template <> struct StringMaker<QDateTime> {
    static std::string convert(const QDateTime& time)
    {
        return time.toString(Qt::ISODateWithMs).toStdString();
    }
};
} // namespace Catch

namespace desktop_test {

// HOME and the XDG config, data, state and runtime dirs inside one temporary dir, put back
// when the test ends.
class TestDirs {
public:
    TestDirs();
    ~TestDirs();
    TestDirs(const TestDirs&) = delete;
    TestDirs& operator=(const TestDirs&) = delete;

    QString path() const { return m_dir.path(); }
    QString file(const QString& relative) const { return m_dir.filePath(relative); }

private:
    QTemporaryDir m_dir;
    std::map<QByteArray, QByteArray> m_saved;
};

struct RunResult {
    bool started = false;
    int exitCode = -1;
    QString output; // stdout and stderr
};

// Runs a program to the end (at most `timeoutMs`).
RunResult run(const QString& program, const QStringList& arguments, int timeoutMs = 60'000);

// The full path of `tool` on PATH, or "" (the test then says it was skipped).
QString findTool(const QString& tool);

} // namespace desktop_test
