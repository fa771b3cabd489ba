// Formats diagnostics the one way users, the log and the problems panel all see them.
#include "source_text.h"

#include <limber/diagnostic.h>

#include <algorithm>

namespace limber {

namespace {

// `prefix` then `digits` lowercase hex digits of `value`: \x1b, \u0085.
std::string escaped(std::string_view prefix, unsigned value, int digits)
{
    constexpr std::string_view hex = "0123456789abcdef";
    std::string text(prefix);
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        text += hex[(value >> shift) & 0xFU];
    return text;
}

std::string escapedControl(unsigned char byte)
{
    switch (byte) {
    case '\n':
        return "\\n";
    case '\r':
        return "\\r";
    case '\t':
        return "\\t";
    default:
        return escaped("\\x", byte, 2);
    }
}

} // namespace

std::string displayable(std::string_view text)
{
    constexpr std::string_view lineSeparator = "\xE2\x80\xA8"; // U+2028
    constexpr std::string_view paragraphSeparator = "\xE2\x80\xA9"; // U+2029
    std::string shown;
    shown.reserve(text.size());
    for (std::size_t offset = 0; offset < text.size();) {
        const auto byte = static_cast<unsigned char>(text[offset]);
        const std::size_t length = loader::utf8SequenceLength(text, offset);
        const std::string_view sequence = text.substr(offset, std::max<std::size_t>(length, 1));
        if (length == 0) {
            shown += escaped("\\x", byte, 2);
        } else if (length == 1 && (byte < 0x20 || byte == 0x7F)) {
            shown += escapedControl(byte);
        } else if (length == 2 && byte == 0xC2
            && static_cast<unsigned char>(text[offset + 1]) < 0xA0) {
            shown += escaped("\\u", static_cast<unsigned char>(text[offset + 1]), 4); // C1
        } else if (sequence == lineSeparator || sequence == paragraphSeparator) {
            shown += sequence == lineSeparator ? "\\u2028" : "\\u2029";
        } else {
            shown += sequence;
        }
        offset += sequence.size();
    }
    return shown;
}

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
    return displayable(line + diagnostic.message);
}

bool hasErrors(const Diagnostics& diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
        [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

} // namespace limber
