// Keeps the History page and Home's glance in step with the history store: loads the sessions
// off the GUI thread once the main window is on screen (the page says it is loading until
// then), then follows each change by itself: a session that ends is read alone and merged in, a
// deletion is taken out. It carries out the page's deletions and exports, turns the page to a
// new day at local midnight, and tells the person once when the history file cannot be used.
#pragma once

#include "history/history_export.h"

#include <limber/history_stats.h>

#include <QObject>
#include <QTimer>

#include <functional>
#include <vector>

namespace limber {

class HistoryStore;
class HistoryView;

class HistoryKeeper : public QObject {
    Q_OBJECT

public:
    // `view` and the questions' parent is `window`'s; the store outlives this.
    HistoryKeeper(
        HistoryStore& store, HistoryView& view, QWidget& window, QObject* parent = nullptr);

    // The questions the keeper asks, answered by the real dialogs unless tests set them.
    // Deleting everything: true goes ahead. Exporting: the file to write, empty to cancel.
    using DeleteAllQuestion = std::function<bool()>;
    using ExportQuestion = std::function<QString(HistoryFormat format)>;
    void setQuestions(DeleteAllQuestion deleteAll, ExportQuestion exportTo);
    // A message to the person (a warning box unless tests catch it).
    using Tell = std::function<void(const QString& title, const QString& message)>;
    void setTell(Tell tell);

    // Loads the sessions again (nothing while history is off) and shows them as of today when
    // they come; until then the page shows what it had, or that it is loading.
    void reload();

private:
    void onLoaded(const std::vector<SessionRecord>& sessions);
    void onEnded(std::int64_t id);
    void onRemoved(std::int64_t id);
    // True when a change to the sessions is left to a load (under way or still to come).
    bool waitsForLoad();
    void show();
    void deleteAll();
    void exportAs(HistoryFormat format);
    void armMidnight();

    HistoryStore& m_store;
    HistoryView& m_view;
    QWidget& m_window;
    DeleteAllQuestion m_askDeleteAll;
    ExportQuestion m_askExportTo;
    Tell m_tell;
    QTimer m_midnight;
    bool m_enabled = false; // history on, as of the last reload
    bool m_loading = false; // a load is on its way: changes meanwhile wait for it
    bool m_loaded = false; // m_sessions is what the store holds
    std::vector<SessionRecord> m_sessions; // what the page was last given, oldest first
};

// Today where the person is.
LocalDate localToday();

} // namespace limber
