// Checks on a file's raw bytes that must happen before the JSON parser sees them, and the
// mapping from a byte offset to the line:column people see in their editor.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace limber::loader {

struct TextPosition {
    int line = 1; // 1-based
    int column = 1; // 1-based, in characters, not bytes
};

// The text without the UTF-8 byte order mark some editors write at its start.
std::string_view withoutByteOrderMark(std::string_view bytes);

// `text` in double quotes, as messages name keys and values: "seconds".
std::string quoted(std::string_view text);

// The offset of the first byte that does not begin a well-formed UTF-8 sequence (overlong
// forms, surrogates and code points past U+10FFFF are not well-formed), if there is one.
std::optional<std::size_t> findInvalidUtf8(std::string_view text);

// The length of the well-formed UTF-8 sequence at `offset` (1 to 4), or 0 if none starts there.
std::size_t utf8SequenceLength(std::string_view text, std::size_t offset);

// The offset of the first '[' or '{' outside a string that opens nesting level
// maxDepth + 1, if there is one. A flat scan, so no input can exhaust the stack.
std::optional<std::size_t> findTooDeepNesting(std::string_view text, int maxDepth);

// Where `offset` is in well-formed UTF-8 text; an offset past the end means the end.
TextPosition positionAt(std::string_view text, std::size_t offset);

// The number of characters (code points) in well-formed UTF-8 text.
std::size_t characterCount(std::string_view text);

} // namespace limber::loader
