// Limber's settings file, ~/.config/limber/limber.conf (XDG_CONFIG_HOME honoured each time it
// is loaded, so tests can point it at a temporary dir), in the INI format QSettings wrote.
// Loading never blocks: only a regular file of at most 64 KiB is read; anything else at the
// path is reported and left alone. Every value is read with its type and range: a bad one
// gives the default and a problem naming the key and the value. Saving writes the whole file
// at once through writeFileAtomically(); a file that could not be parsed is first moved aside
// as limber.conf.broken-YYYYMMDD-HHMMSS, so nothing the person wrote is lost.
#pragma once

#include "settings_ini.h"
#include "storage/atomic_write.h"

#include <limber/load.h>

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace limber {

class AppSettings {
public:
    static constexpr qsizetype maxFileBytes = 64 * 1024;

    // ~/.config/limber/limber.conf, worked out again on each call.
    static QString standardPath();
    static AppSettings load();
    static AppSettings load(const QString& path);

    const QString& path() const { return m_path; }
    // What could not be used, each once: the file's own problems, then those of the values
    // read so far ("reminders/enabled: \"banana\" is not true or false; using false").
    const QStringList& problems() const { return m_problems; }

    // Each returns the value at `key`, or `fallback` when it is missing or bad (a problem).
    bool boolean(const QString& key, bool fallback);
    int integer(const QString& key, IntRange range, int fallback);
    // Nothing when missing or bad; `whenNone` says what nothing means, for the problem.
    std::optional<int> optionalInteger(const QString& key, IntRange range, const QString& whenNone);
    // A finite number within [min, max].
    double number(const QString& key, double min, double max, double fallback);
    QString text(const QString& key, const QString& fallback = {});
    // An exercise or routine id (isValidId): never a path.
    QString id(const QString& key, const QString& fallback);
    // HH:mm.
    QTime time(const QString& key, QTime fallback);
    // A list of ids; an item that is not an id is left out (a problem).
    QStringList ids(const QString& key);
    QByteArray bytes(const QString& key);

    void setBoolean(const QString& key, bool value);
    void setInteger(const QString& key, int value);
    void setNumber(const QString& key, double value);
    void setText(const QString& key, const QString& value);
    void setList(const QString& key, const QStringList& value);
    void setBytes(const QString& key, const QByteArray& value);
    void remove(const QString& key);

    // Writes every key, those read and those set, to the file. Refused when the path holds
    // something that is not a regular file or could not be read.
    [[nodiscard]] WriteOutcome save();

private:
    enum class FileState {
        Missing, // nothing there yet: defaults
        Read,
        Unparsed, // read in part or not at all: moved aside before it is written over
        Refused, // not a regular file, or unreadable: never written
    };

    explicit AppSettings(QString path);
    void read();
    // The one text at `key`; nothing when it is missing or not one plain text (a problem).
    std::optional<QString> plainText(const QString& key, const QString& fallbackText);
    void reject(const QString& key, const QString& why, const QString& fallbackText);
    void refuse(const QString& problem);
    void addFileProblem(const QString& problem);
    void addProblem(const QString& problem);
    [[nodiscard]] WriteOutcome moveAside();

    QString m_path;
    FileState m_state = FileState::Missing;
    IniEntries m_entries;
    QString m_refusal; // why the file is never written, when it is Refused
    QStringList m_problems;
};

} // namespace limber
