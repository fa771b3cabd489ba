#include "app_settings.h"

#include "regular_file.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>

namespace limber {

namespace {

const QString timeFormat = QStringLiteral("HH:mm");
const QString invalidValue = QStringLiteral("@Invalid()");

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// A value as the file has it, quoted and cut short, to name it in a problem.
QString shown(const QString& raw)
{
    constexpr qsizetype longest = 40;
    const QString cut = raw.size() > longest ? raw.left(longest) + QChar(0x2026) : raw;
    return QLatin1Char('"') + cut + QLatin1Char('"');
}

QString shown(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

QString AppSettings::standardPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/limber/limber.conf");
}

AppSettings AppSettings::load()
{
    return load(standardPath());
}

AppSettings AppSettings::load(const QString& path)
{
    AppSettings settings(path);
    settings.read();
    return settings;
}

AppSettings::AppSettings(QString path)
    : m_path(std::move(path))
{
}

void AppSettings::read()
{
    struct stat link { };
    if (::lstat(QFile::encodeName(m_path).constData(), &link) != 0 && errno == ENOENT)
        return;
    RegularFileRead read = readRegularFile(m_path, maxFileBytes);
    if (!read.ok) {
        refuse(read.regular ? QObject::tr("cannot be read (%1)").arg(read.error) : read.error);
        return;
    }
    const QByteArray bytes = std::move(read.bytes);
    if (bytes.size() > maxFileBytes) {
        m_state = FileState::Unparsed;
        addFileProblem(
            QObject::tr("is larger than 64 KiB, so it was not read; the defaults are used "
                        "and it will be kept beside as %1.broken-… before settings are "
                        "saved")
                .arg(QFileInfo(m_path).fileName()));
        return;
    }
    IniDocument document = parseIni(bytes);
    m_entries = std::move(document.entries);
    m_state = document.problems.isEmpty() ? FileState::Read : FileState::Unparsed;
    for (const QString& problem : document.problems)
        addFileProblem(QObject::tr("%1, so it was ignored").arg(problem));
    if (m_state == FileState::Unparsed)
        addFileProblem(
            QObject::tr("cannot be parsed in full: the lines that could be read are used, "
                        "and the file will be kept beside as %1.broken-… before settings "
                        "are saved")
                .arg(QFileInfo(m_path).fileName()));
}

void AppSettings::refuse(const QString& problem)
{
    m_state = FileState::Refused;
    m_refusal = problem;
    addFileProblem(problem + QObject::tr("; the defaults are used and it is never written over"));
}

void AppSettings::addFileProblem(const QString& problem)
{
    addProblem(QFileInfo(m_path).fileName() + QLatin1Char(' ') + problem);
}

void AppSettings::addProblem(const QString& problem)
{
    if (!m_problems.contains(problem))
        m_problems << problem;
}

void AppSettings::reject(const QString& key, const QString& why, const QString& fallbackText)
{
    addProblem(QStringLiteral("%1: %2 %3; using %4")
                   .arg(key, shown(m_entries.value(key)), why, fallbackText));
}

std::optional<QString> AppSettings::plainText(const QString& key, const QString& fallbackText)
{
    const auto entry = m_entries.constFind(key);
    if (entry == m_entries.cend() || *entry == invalidValue)
        return std::nullopt;
    const IniValue value = decodeIniValue(*entry);
    if (value.list) {
        reject(key, QObject::tr("is a list, not one value"), fallbackText);
        return std::nullopt;
    }
    const QString& text = value.items.front();
    if (text.startsWith(QStringLiteral("@@")))
        return text.mid(1);
    if (text.startsWith(QLatin1Char('@'))) {
        reject(key, QObject::tr("is a value of another kind"), fallbackText);
        return std::nullopt;
    }
    return text;
}

bool AppSettings::boolean(const QString& key, bool fallback)
{
    const std::optional<QString> text = plainText(key, shown(fallback));
    if (!text)
        return fallback;
    if (*text == QStringLiteral("true"))
        return true;
    if (*text == QStringLiteral("false"))
        return false;
    reject(key, QObject::tr("is not true or false"), shown(fallback));
    return fallback;
}

int AppSettings::integer(const QString& key, IntRange range, int fallback)
{
    const QString fallbackText = QString::number(fallback);
    const std::optional<QString> text = plainText(key, fallbackText);
    if (!text)
        return fallback;
    bool whole = false;
    const qlonglong value = text->toLongLong(&whole);
    if (!whole)
        reject(key, QObject::tr("is not a whole number"), fallbackText);
    else if (value < range.min || value > range.max)
        reject(key, QObject::tr("is not between %1 and %2").arg(range.min).arg(range.max),
            fallbackText);
    else
        return static_cast<int>(value);
    return fallback;
}

std::optional<int> AppSettings::optionalInteger(
    const QString& key, IntRange range, const QString& whenNone)
{
    const QString& noneText = whenNone;
    const std::optional<QString> text = plainText(key, noneText);
    if (!text)
        return std::nullopt;
    bool whole = false;
    const qlonglong value = text->toLongLong(&whole);
    if (!whole)
        reject(key, QObject::tr("is not a whole number"), noneText);
    else if (value < range.min || value > range.max)
        reject(
            key, QObject::tr("is not between %1 and %2").arg(range.min).arg(range.max), noneText);
    else
        return static_cast<int>(value);
    return std::nullopt;
}

double AppSettings::number(const QString& key, double min, double max, double fallback)
{
    const QString fallbackText = QString::number(fallback);
    const std::optional<QString> text = plainText(key, fallbackText);
    if (!text)
        return fallback;
    bool isNumber = false;
    const double value = text->toDouble(&isNumber);
    if (!isNumber || !std::isfinite(value))
        reject(key, QObject::tr("is not a number"), fallbackText);
    else if (value < min || value > max)
        reject(key, QObject::tr("is not between %1 and %2").arg(min).arg(max), fallbackText);
    else
        return value;
    return fallback;
}

QString AppSettings::text(const QString& key, const QString& fallback)
{
    return plainText(key, shown(fallback)).value_or(fallback);
}

QString AppSettings::id(const QString& key, const QString& fallback)
{
    const std::optional<QString> text = plainText(key, shown(fallback));
    if (!text)
        return fallback;
    if (!isValidId(text->toStdString())) {
        reject(key, QObject::tr("is not an id (1-64 lowercase letters, digits and '-')"),
            shown(fallback));
        return fallback;
    }
    return *text;
}

QTime AppSettings::time(const QString& key, QTime fallback)
{
    const QString fallbackText = fallback.toString(timeFormat);
    const std::optional<QString> text = plainText(key, fallbackText);
    if (!text)
        return fallback;
    const QTime time = QTime::fromString(*text, timeFormat);
    if (!time.isValid()) {
        reject(key, QObject::tr("is not a time of day (HH:mm)"), fallbackText);
        return fallback;
    }
    return time;
}

QStringList AppSettings::ids(const QString& key)
{
    const auto entry = m_entries.constFind(key);
    if (entry == m_entries.cend() || *entry == invalidValue)
        return {};
    QStringList ids;
    for (QString item : decodeIniValue(*entry).items) {
        if (item.startsWith(QStringLiteral("@@")))
            item.remove(0, 1);
        if (isValidId(item.toStdString()))
            ids << item;
        else
            addProblem(QObject::tr("%1: %2 is not an id (1-64 lowercase letters, digits and "
                                   "'-'); left out")
                           .arg(key, shown(item)));
    }
    return ids;
}

QByteArray AppSettings::bytes(const QString& key)
{
    const auto entry = m_entries.constFind(key);
    if (entry == m_entries.cend() || *entry == invalidValue)
        return {};
    const IniValue value = decodeIniValue(*entry);
    const QString prefix = QStringLiteral("@ByteArray(");
    const QString& text = value.items.front();
    const auto isLatin1 = [](const QString& s) {
        return std::all_of(s.begin(), s.end(), [](QChar c) { return c.unicode() <= 0xff; });
    };
    if (value.list || !text.startsWith(prefix) || !text.endsWith(QLatin1Char(')'))
        || !isLatin1(text)) {
        reject(key, QObject::tr("is not a byte array"), QObject::tr("none"));
        return {};
    }
    return text.mid(prefix.size(), text.size() - prefix.size() - 1).toLatin1();
}

void AppSettings::setBoolean(const QString& key, bool value)
{
    m_entries.insert(key, shown(value));
}

void AppSettings::setInteger(const QString& key, int value)
{
    m_entries.insert(key, QString::number(value));
}

void AppSettings::setNumber(const QString& key, double value)
{
    m_entries.insert(key, QString::number(value, 'g', QLocale::FloatingPointShortest));
}

void AppSettings::setText(const QString& key, const QString& value)
{
    m_entries.insert(key, encodeIniText(value));
}

void AppSettings::setList(const QString& key, const QStringList& value)
{
    m_entries.insert(key, encodeIniList(value));
}

void AppSettings::setBytes(const QString& key, const QByteArray& value)
{
    m_entries.insert(key, encodeIniBytes(value));
}

void AppSettings::remove(const QString& key)
{
    m_entries.remove(key);
}

WriteOutcome AppSettings::moveAside()
{
    WriteOutcome outcome;
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = m_path + QStringLiteral(".broken-") + stamp;
    for (int attempt = 1; attempt < 100; ++attempt) {
        const QString aside
            = attempt == 1 ? base : base + QLatin1Char('-') + QString::number(attempt);
        // RENAME_NOREPLACE: an earlier broken copy from the same second is kept too.
        if (::renameat2(AT_FDCWD, QFile::encodeName(m_path).constData(), AT_FDCWD,
                QFile::encodeName(aside).constData(), RENAME_NOREPLACE)
            == 0) {
            outcome.ok = true;
            outcome.movedAsideTo = aside;
            return outcome;
        }
        if (errno != EEXIST)
            break;
    }
    outcome.error = QDir::toNativeSeparators(m_path)
        + QObject::tr(": cannot be parsed and cannot be moved aside (%1), so the settings were "
                      "not saved")
              .arg(systemError(errno));
    return outcome;
}

WriteOutcome AppSettings::save()
{
    if (m_state == FileState::Refused) {
        WriteOutcome refused;
        refused.error = QDir::toNativeSeparators(m_path) + QStringLiteral(": ") + m_refusal
            + QObject::tr("; the settings were not saved");
        return refused;
    }
    QString movedAsideTo;
    if (m_state == FileState::Unparsed) {
        const WriteOutcome moved = moveAside();
        if (!moved)
            return moved;
        movedAsideTo = moved.movedAsideTo;
        m_state = FileState::Missing;
        spdlog::warn("settings file {} could not be parsed; it is kept as {} and written anew",
            m_path.toStdString(), movedAsideTo.toStdString());
    }
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        WriteOutcome failed;
        failed.error = QDir::toNativeSeparators(m_path)
            + QObject::tr(": its folder cannot be made, so the settings were not saved");
        failed.movedAsideTo = movedAsideTo;
        return failed;
    }
    WriteOutcome written = writeFileAtomically(m_path, serialiseIni(m_entries));
    written.movedAsideTo = movedAsideTo;
    if (written)
        m_state = FileState::Read;
    return written;
}

} // namespace limber
