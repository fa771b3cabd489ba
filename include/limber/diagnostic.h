// A problem found in a file: where (file, JSON pointer or line:column) and what.
// Errors are values at the core's edge; nothing in the core throws past its API.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace limber {

enum class Severity { Error, Warning };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file;
    std::string pointer; // a JSON pointer such as "/dose/hold/seconds"; empty for syntax errors
    int line = 0; // 1-based; 0 when the problem is about a field, not a place in the text
    int column = 0;
    std::string message;

    bool operator==(const Diagnostic&) const = default;
};

using Diagnostics = std::vector<Diagnostic>;

// One line as DATA-FORMAT.md shows it:
//   "FILE:LINE:COL: message" for syntax, "FILE: /pointer: message" for the rest,
//   "FILE: message" for the whole file (too large, not UTF-8), with "warning: " before the
//   message of a warning. The line is displayable(): a file name with a newline or an escape
//   sequence in it can neither split the line nor drive the terminal.
std::string formatDiagnostic(const Diagnostic& diagnostic);

// `text` as one printable line: newline, carriage return and tab shown as \n, \r, \t, every
// other control character (C0, DEL, C1) and the line and paragraph separators as \xNN or \uNNNN,
// and each byte that is not part of well-formed UTF-8 as \xNN. Everything else, backslashes
// included, is left as it is, so text that is displayable already comes back unchanged.
std::string displayable(std::string_view text);

bool hasErrors(const Diagnostics& diagnostics);

} // namespace limber
