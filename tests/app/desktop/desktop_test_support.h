// What the desktop tests share: the private folders of each test (TestDirs), printing Qt
// values in failed checks, running a program to the end, and finding a validator on PATH.
#pragma once

#include "../support/test_dirs.h"
#include "desktop/reminder_rules.h"

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

using limber::test::TestDirs;

struct RunResult {
    bool started = false;
    int exitCode = -1;
    QString output; // stdout and stderr
};

// Reminders on every day, all day, one every `minutes`.
limber::ReminderRules everyMinutes(int minutes);

// Runs a program to the end (at most `timeoutMs`).
RunResult run(const QString& program, const QStringList& arguments, int timeoutMs = 60'000);

// The full path of `tool` on PATH, or "" (the test then says it was skipped).
QString findTool(const QString& tool);

} // namespace desktop_test
