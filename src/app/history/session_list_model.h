// Every session of the history, newest first, one row each, narrowed by a filter (a routine, a
// range of the person's days). Rows are indices into the sessions: loading 36,500 of them costs
// a sort check and one index each, and a row's words are made only when the view asks for them.
#pragma once

#include <limber/history.h>
#include <limber/history_stats.h>

#include <QAbstractTableModel>

#include <optional>

namespace limber {

struct SessionFilter {
    std::optional<std::string> routine; // a routine's id; all when null
    std::optional<LocalDate> from; // the first local day shown, inclusive
    std::optional<LocalDate> to; // the last, inclusive

    bool operator==(const SessionFilter&) const = default;
};

class SessionListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, Routine, Played, Stretches, Ended, ColumnCount };
    // The session's id (qint64) on every column.
    static constexpr int SessionIdRole = Qt::UserRole + 1;

    explicit SessionListModel(QObject* parent = nullptr);

    void setSessions(std::vector<SessionRecord> sessions);
    const std::vector<SessionRecord>& sessions() const { return m_sessions; }
    void setFilter(SessionFilter filter);
    const SessionFilter& filter() const { return m_filter; }

    // The session shown at `row`; null when out of range.
    const SessionRecord* sessionAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void applyFilter();

    std::vector<SessionRecord> m_sessions; // oldest first
    SessionFilter m_filter;
    std::vector<std::size_t> m_rows; // indices into m_sessions, newest first
};

} // namespace limber
