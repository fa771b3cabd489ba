// Sets up Limber's one logger (spdlog's default): warnings to stderr, everything from info
// up to a rotating file in the XDG state dir; --verbose lowers both to debug.
#pragma once

#include <QString>

namespace limber {

void setUpLogging(const QString& logDir, bool verbose);

} // namespace limber
