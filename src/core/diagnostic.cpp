// Formats diagnostics the one way users, the log and the problems panel all see them.
#include <limber/diagnostic.h>

#include <algorithm>

namespace limber {

std::string formatDiagnostic(const Diagnostic& diagnostic)
{
    std::string line = diagnostic.file;
    // Appended piece by piece: GCC 12 -O3 warns falsely (-Wrestrict) on `":" + std::to_string()`.
    if (diagnostic.line > 0) {
        line += ':';
        line += std::to_string(diagnostic.line);
        line += ':';
        line += std::to_string(diagnostic.column);
    }
    line += ": ";
    if (diagnostic.line == 0 && !diagnostic.pointer.empty())
        line += diagnostic.pointer + ": ";
    if (diagnostic.severity == Severity::Warning)
        line += "warning: ";
    return line + diagnostic.message;
}

bool hasErrors(const Diagnostics& diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
        [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

} // namespace limber
