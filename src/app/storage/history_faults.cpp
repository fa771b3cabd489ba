#include "history_faults.h"

#include <QObject>
#include <QSqlError>
#include <QVariant>

namespace limber {

HistoryFault faultOf(int code)
{
    switch (code & 0xff) {
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return HistoryFault::Damaged;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return HistoryFault::Locked;
    case 8: // SQLITE_READONLY
    case 14: // SQLITE_CANTOPEN
    case 23: // SQLITE_AUTH
        return HistoryFault::ReadOnly;
    case 13: // SQLITE_FULL
        return HistoryFault::Full;
    default:
        return HistoryFault::Other;
    }
}

HistoryFault faultOf(const QSqlError& error)
{
    return faultOf(error.nativeErrorCode().toInt());
}

QString causeOf(int code, const QString& text, const QString& fallback)
{
    switch (faultOf(code)) {
    case HistoryFault::Damaged:
        return QObject::tr("it is not a history database (%1)").arg(text);
    case HistoryFault::Locked:
        return QObject::tr("another program holds it locked");
    case HistoryFault::ReadOnly:
        return QObject::tr("it cannot be written (%1)").arg(text);
    case HistoryFault::Full:
        return QObject::tr("the disk is full");
    case HistoryFault::Other:
        break;
    }
    return fallback;
}

QString causeOf(const QSqlError& error)
{
    return causeOf(error.nativeErrorCode().toInt(), error.databaseText(), error.text());
}

} // namespace limber
