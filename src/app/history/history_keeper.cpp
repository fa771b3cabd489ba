#include "history_keeper.h"

#include "history/history_settings.h"
#include "history/history_view.h"
#include "storage/history_store.h"

#include <QDateTime>
#include <QFileDialog>
#include <QMessageBox>

#include <algorithm>
#include <spdlog/spdlog.h>

namespace limber {

LocalDate localToday()
{
    const QDate today = QDate::currentDate();
    return { today.year(), today.month(), today.day() };
}

HistoryKeeper::HistoryKeeper(
    HistoryStore& store, HistoryView& view, QWidget& window, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_view(view)
    , m_window(window)
{
    m_askDeleteAll = [this] {
        return QMessageBox::question(&m_window, tr("Delete all history?"),
                   tr("Every session Limber remembers will be deleted. This cannot be undone."),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    m_askExportTo = [this](HistoryFormat format) {
        const bool csv = format == HistoryFormat::Csv;
        return QFileDialog::getSaveFileName(&m_window, tr("Export the history"),
            csv ? QStringLiteral("limber-history.csv") : QStringLiteral("limber-history.json"),
            csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    };
    m_tell = [this](const QString& title, const QString& message) {
        auto* box
            = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, &m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // not modal: a problem with the history never holds up a break
    };

    connect(&m_store, &HistoryStore::sessionsChanged, this, &HistoryKeeper::reload);
    connect(&m_store, &HistoryStore::problemFound, this, [this](const QString& problem) {
        spdlog::warn("history: {}", problem.toStdString());
        m_tell(tr("The history cannot be used"), problem);
    });
    connect(&m_view, &HistoryView::deleteSessionRequested, this, [this](qint64 id) {
        // A failure is told through problemFound; a success reads the sessions again.
        (void)m_store.remove(id);
    });
    connect(&m_view, &HistoryView::deleteAllRequested, this, &HistoryKeeper::deleteAll);
    connect(
        &m_view, &HistoryView::exportCsvRequested, this, [this] { exportAs(HistoryFormat::Csv); });
    connect(&m_view, &HistoryView::exportJsonRequested, this,
        [this] { exportAs(HistoryFormat::Json); });

    m_midnight.setSingleShot(true);
    connect(&m_midnight, &QTimer::timeout, this, [this] {
        m_view.setToday(localToday());
        armMidnight();
    });
    armMidnight();
}

void HistoryKeeper::setQuestions(DeleteAllQuestion deleteAll, ExportQuestion exportTo)
{
    m_askDeleteAll = std::move(deleteAll);
    m_askExportTo = std::move(exportTo);
}

void HistoryKeeper::setTell(Tell tell)
{
    m_tell = std::move(tell);
}

void HistoryKeeper::reload()
{
    const HistorySettings settings = HistorySettings::load();
    m_view.setGoal(settings.goal());
    m_view.setSessions(
        settings.enabled ? m_store.sessions() : std::vector<SessionRecord> {}, localToday());
}

void HistoryKeeper::deleteAll()
{
    if (m_askDeleteAll())
        (void)m_store.removeAll(); // a failure is told through problemFound
}

void HistoryKeeper::exportAs(HistoryFormat format)
{
    const QString path = m_askExportTo(format);
    if (path.isEmpty())
        return;
    const WriteOutcome outcome = exportHistory(m_store.sessions(), format, path);
    if (!outcome)
        m_tell(tr("The history was not exported"), outcome.error);
}

void HistoryKeeper::armMidnight()
{
    // A little after the local midnight, worked out again each day so that a daylight-saving
    // change or a new time zone moves it with the clock on the wall.
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime midnight(now.date().addDays(1), QTime(0, 0, 1));
    const qint64 wait = std::clamp<qint64>(now.msecsTo(midnight), 1'000, 24LL * 3600 * 1000);
    m_midnight.start(static_cast<int>(wait));
}

} // namespace limber
