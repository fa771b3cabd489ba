#include "session_list_model.h"

#include "history_text.h"
#include "shared/words.h"

#include <algorithm>

namespace limber {

namespace {

bool startsEarlier(const SessionRecord& a, const SessionRecord& b)
{
    return a.startUtcMs < b.startUtcMs;
}

int doneCount(const SessionRecord& session)
{
    return static_cast<int>(std::count_if(session.stretches.begin(), session.stretches.end(),
        [](const StretchRecord& stretch) { return stretch.outcome == StretchOutcome::Done; }));
}

} // namespace

SessionListModel::SessionListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SessionListModel::setSessions(std::vector<SessionRecord> sessions)
{
    beginResetModel();
    m_sessions = std::move(sessions);
    // The store reads them in order; sort only when they are not.
    if (!std::is_sorted(m_sessions.begin(), m_sessions.end(), startsEarlier))
        std::stable_sort(m_sessions.begin(), m_sessions.end(), startsEarlier);
    applyFilter();
    endResetModel();
}

void SessionListModel::setFilter(SessionFilter filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = std::move(filter);
    applyFilter();
    endResetModel();
}

void SessionListModel::applyFilter()
{
    m_rows.clear();
    m_rows.reserve(m_sessions.size());
    for (std::size_t i = m_sessions.size(); i-- > 0;) {
        const SessionRecord& session = m_sessions[i];
        if (m_filter.routine && session.routine != *m_filter.routine)
            continue;
        if (m_filter.from || m_filter.to) {
            const LocalDate day = localDayOf(session);
            if ((m_filter.from && day < *m_filter.from) || (m_filter.to && *m_filter.to < day))
                continue;
        }
        m_rows.push_back(i);
    }
}

const SessionRecord* SessionListModel::sessionAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_sessions[m_rows[static_cast<std::size_t>(row)]];
}

int SessionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SessionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionListModel::data(const QModelIndex& index, int role) const
{
    const SessionRecord* session = sessionAt(index.row());
    if (!session)
        return {};
    if (role == SessionIdRole)
        return QVariant::fromValue<qint64>(session->id);
    if (role == Qt::TextAlignmentRole && index.column() == Played)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return sessionStartText(*session);
    case Routine:
        return qs(session->routineName);
    case Played:
        return durationText(session->playedMs);
    case Stretches:
        return tr("%1 of %2").arg(doneCount(*session)).arg(session->stretches.size());
    case Ended:
        return endText(session->end);
    default:
        return {};
    }
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Routine:
        return tr("Routine");
    case Played:
        return tr("Time");
    case Stretches:
        return tr("Done");
    case Ended:
        return tr("Ended");
    default:
        return {};
    }
}

} // namespace limber
