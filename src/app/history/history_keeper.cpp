#include "history_keeper.h"

#include "history/history_settings.h"
#include "history/history_view.h"
#include "storage/history_store.h"

#include <QDateTime>
#include <QFileDialog>
#include <QMessageBox>

#include <algorithm>
#include <optional>
#include <spdlog/spdlog.h>
#include <utility>

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

    connect(&m_store, &HistoryStore::sessionsLoaded, this, &HistoryKeeper::onLoaded);
    connect(&m_store, &HistoryStore::sessionEnded, this, &HistoryKeeper::onEnded);
    connect(&m_store, &HistoryStore::sessionRemoved, this, &HistoryKeeper::onRemoved);
    connect(&m_store, &HistoryStore::allSessionsRemoved, this, [this] {
        if (waitsForLoad())
            return;
        m_sessions.clear();
        show();
    });
    connect(&m_store, &HistoryStore::problemFound, this, [this](const QString& problem) {
        spdlog::warn("history: {}", problem.toStdString());
        m_tell(tr("The history cannot be used"), problem);
    });
    connect(&m_view, &HistoryView::deleteSessionRequested, this, [this](qint64 id) {
        // A success is taken out of the page through sessionRemoved.
        if (const WriteOutcome removed = m_store.remove(id); !removed)
            m_tell(tr("The session was not deleted"), removed.error);
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
    m_enabled = settings.enabled;
    m_loading = m_enabled && m_store.loadSessions();
    if (m_loading) {
        if (!m_loaded)
            m_view.setLoading();
        return;
    }
    // Off, or no history file to read: nothing to wait for.
    m_sessions.clear();
    m_loaded = true;
    show();
}

void HistoryKeeper::onLoaded(const std::vector<SessionRecord>& sessions)
{
    if (!m_loading)
        return; // history was turned off meanwhile
    m_loading = false;
    m_loaded = true;
    m_sessions = sessions;
    show();
}

void HistoryKeeper::onEnded(std::int64_t id)
{
    if (!m_enabled || waitsForLoad())
        return;
    std::optional<SessionRecord> ended = m_store.session(id);
    if (!ended)
        return;
    const auto same = std::find_if(m_sessions.begin(), m_sessions.end(),
        [id](const SessionRecord& session) { return session.id == id; });
    if (same != m_sessions.end())
        m_sessions.erase(same);
    // Oldest first, by start then id, as the store reads them; usually at the end.
    const auto later = std::upper_bound(m_sessions.begin(), m_sessions.end(), *ended,
        [](const SessionRecord& a, const SessionRecord& b) {
            return std::pair(a.startUtcMs, a.id) < std::pair(b.startUtcMs, b.id);
        });
    m_sessions.insert(later, std::move(*ended));
    show();
}

void HistoryKeeper::onRemoved(std::int64_t id)
{
    if (waitsForLoad())
        return;
    std::erase_if(m_sessions, [id](const SessionRecord& session) { return session.id == id; });
    show();
}

bool HistoryKeeper::waitsForLoad()
{
    if (m_loading) {
        // The load under way may have begun before this change: a new one begins after it.
        reload();
        return true;
    }
    return !m_loaded; // the first load, still to come, will read it
}

void HistoryKeeper::show()
{
    m_view.setSessions(m_sessions, localToday());
}

void HistoryKeeper::deleteAll()
{
    if (!m_askDeleteAll())
        return;
    if (const WriteOutcome removed = m_store.removeAll(); !removed)
        m_tell(tr("The history was not deleted"), removed.error);
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
