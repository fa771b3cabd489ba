// `limber --history [--json|--csv] [--since YYYY-MM-DD]`: the sessions played, oldest first,
// with no display. A history file that cannot be used is reported on stderr (exit 1); no
// history yet is an empty one, and no file is made for it.
#include "cli_modes.h"
#include "command_line.h"
#include "history/history_export.h"
#include "storage/data_locations.h"
#include "storage/history_store.h"

#include <QFileInfo>

#include <iostream>

namespace limber {

int runHistory(const CommandLine& line, const DataLocations& locations)
{
    const HistoryFormat format = line.json ? HistoryFormat::Json
        : line.csv                         ? HistoryFormat::Csv
                                           : HistoryFormat::Text;
    std::vector<SessionRecord> sessions;
    if (QFileInfo::exists(locations.historyFile)) {
        // No window to keep responsive: wait out a player's write rather than fail.
        HistoryStore store(locations.historyFile, 3'000);
        if (!store.isAvailable()) {
            std::cerr << "limber: " << store.problem().toStdString() << '\n';
            return 1;
        }
        HistoryFilter filter;
        // The start of that day where the person is now.
        if (line.historySince.isValid())
            filter.sinceUtcMs = line.historySince.startOfDay().toMSecsSinceEpoch();
        sessions = store.sessions(filter);
        if (!store.problem().isEmpty())
            std::cerr << "limber: " << store.problem().toStdString() << '\n';
    }
    std::cout << formatHistory(sessions, format).toStdString();
    return 0;
}

} // namespace limber
