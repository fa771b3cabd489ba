// Keeps the History page and Home's glance in step with the history store: reads the sessions
// once the main window is on screen and again whenever they change, carries out the page's
// deletions and exports, turns the page to a new day at local midnight, and tells the person
// once when the history file cannot be used.
#pragma once

#include "history/history_export.h"

#include <limber/history_stats.h>

#include <QObject>
#include <QTimer>

#include <functional>

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

    // Reads the sessions (nothing while history is off) and shows them as of today.
    void reload();

private:
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
};

// Today where the person is.
LocalDate localToday();

} // namespace limber
