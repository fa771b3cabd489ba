#include "history_export.h"

#include "shared/words.h"

#include <limber/plan.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>

namespace limber {

namespace {

QDateTime localDateTime(const SessionRecord& session)
{
    return QDateTime::fromMSecsSinceEpoch(
        session.startUtcMs, QTimeZone(session.startOffsetMinutes * 60));
}

// JSON numbers are doubles: every time here is well within their 53 exact bits.
double number(std::int64_t value)
{
    return static_cast<double>(value);
}

QJsonObject sessionJson(const SessionRecord& session)
{
    QJsonArray stretches;
    for (const StretchRecord& stretch : session.stretches)
        stretches.append(QJsonObject {
            { QStringLiteral("item"), stretch.item },
            { QStringLiteral("exercise"), qs(stretch.exercise) },
            { QStringLiteral("name"), qs(stretch.name) },
            { QStringLiteral("outcome"), QString::fromLatin1(toString(stretch.outcome)) },
            { QStringLiteral("played_ms"), number(stretch.playedMs) },
        });
    return {
        { QStringLiteral("id"), number(session.id) },
        { QStringLiteral("start"), localStart(session) },
        { QStringLiteral("start_utc_ms"), number(session.startUtcMs) },
        { QStringLiteral("start_offset_minutes"), session.startOffsetMinutes },
        { QStringLiteral("end_utc_ms"),
            session.endUtcMs ? QJsonValue(number(*session.endUtcMs)) : QJsonValue() },
        { QStringLiteral("routine"), qs(session.routine) },
        { QStringLiteral("routine_name"), qs(session.routineName) },
        { QStringLiteral("origin"), QString::fromLatin1(toString(session.origin)) },
        { QStringLiteral("planned_ms"), number(session.plannedMs) },
        { QStringLiteral("played_ms"), number(session.playedMs) },
        { QStringLiteral("scale"), session.scale },
        { QStringLiteral("pace_in_ms"), session.paceInMs },
        { QStringLiteral("pace_out_ms"), session.paceOutMs },
        { QStringLiteral("end"), QString::fromLatin1(toString(session.end)) },
        { QStringLiteral("stretches"), stretches },
    };
}

QByteArray asJson(const std::vector<SessionRecord>& sessions)
{
    QJsonArray all;
    for (const SessionRecord& session : sessions)
        all.append(sessionJson(session));
    const QJsonObject document { { QStringLiteral("format"), QStringLiteral("limber-history") },
        { QStringLiteral("version"), 1 }, { QStringLiteral("sessions"), all } };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray asCsv(const std::vector<SessionRecord>& sessions)
{
    QStringList lines { QStringLiteral(
        "session_id,start,start_utc_ms,start_offset_minutes,end_utc_ms,routine,routine_name,"
        "origin,planned_ms,played_ms,scale,pace_in_ms,pace_out_ms,end,item,exercise,"
        "exercise_name,outcome,stretch_played_ms") };
    for (const SessionRecord& session : sessions) {
        const QStringList sessionFields { QString::number(session.id), localStart(session),
            QString::number(session.startUtcMs), QString::number(session.startOffsetMinutes),
            session.endUtcMs ? QString::number(*session.endUtcMs) : QString(),
            csvField(qs(session.routine)), csvField(qs(session.routineName)),
            QString::fromLatin1(toString(session.origin)), QString::number(session.plannedMs),
            QString::number(session.playedMs), QString::number(session.scale, 'g', 17),
            QString::number(session.paceInMs), QString::number(session.paceOutMs),
            QString::fromLatin1(toString(session.end)) };
        const QString start = sessionFields.join(QLatin1Char(','));
        if (session.stretches.empty())
            lines << start + QStringLiteral(",,,,,");
        for (const StretchRecord& stretch : session.stretches)
            lines << start + QLatin1Char(',')
                    + QStringList { QString::number(stretch.item), csvField(qs(stretch.exercise)),
                          csvField(qs(stretch.name)),
                          QString::fromLatin1(toString(stretch.outcome)),
                          QString::number(stretch.playedMs) }
                          .join(QLatin1Char(','));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

// One line a session: "2026-10-25 02:30  finished   4:58 of 5:00  Office break (office-break)
// from the tray: 4 done, 1 skipped".
QByteArray asText(const std::vector<SessionRecord>& sessions)
{
    QString text;
    for (const SessionRecord& session : sessions) {
        const auto count = [&](StretchOutcome outcome) {
            return std::count_if(session.stretches.begin(), session.stretches.end(),
                [outcome](const StretchRecord& s) { return s.outcome == outcome; });
        };
        text += QStringLiteral("%1  %2  %3 of %4  %5 (%6) from %7: %8 done, %9 skipped, %10 not "
                               "reached\n")
                    .arg(localDateTime(session).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        QString::fromLatin1(toString(session.end)).leftJustified(8),
                        qs(formatDuration(session.playedMs)).rightJustified(5),
                        qs(formatDuration(session.plannedMs)), oneLine(qs(session.routineName)),
                        qs(session.routine), QString::fromLatin1(toString(session.origin)))
                    .arg(count(StretchOutcome::Done))
                    .arg(count(StretchOutcome::Skipped))
                    .arg(count(StretchOutcome::NotReached));
    }
    return text.toUtf8();
}

} // namespace

QString localStart(const SessionRecord& session)
{
    return localDateTime(session).toString(Qt::ISODate);
}

QByteArray formatHistory(const std::vector<SessionRecord>& sessions, HistoryFormat format)
{
    switch (format) {
    case HistoryFormat::Csv:
        return asCsv(sessions);
    case HistoryFormat::Json:
        return asJson(sessions);
    case HistoryFormat::Text:
        break;
    }
    return asText(sessions);
}

WriteOutcome exportHistory(
    const std::vector<SessionRecord>& sessions, HistoryFormat format, const QString& path)
{
    return writeFileAtomically(path, formatHistory(sessions, format));
}

} // namespace limber
