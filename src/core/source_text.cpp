// Byte-level checks and positions for the loader; see source_text.h.
#include "source_text.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace limber::loader {

namespace {

constexpr std::string_view byteOrderMark = "\xEF\xBB\xBF";

unsigned char byteAt(std::string_view text, std::size_t offset)
{
    return static_cast<unsigned char>(text[offset]);
}

bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

// The length of the well-formed UTF-8 sequence at `offset`, or 0 if there is none there.
// The ranges are those of the Unicode standard's table of well-formed byte sequences.
std::size_t sequenceLength(std::string_view text, std::size_t offset)
{
    const unsigned char lead = byteAt(text, offset);
    if (lead < 0x80)
        return 1;
    std::size_t length = 0;
    unsigned char secondMin = 0x80;
    unsigned char secondMax = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            secondMin = 0xA0; // overlong below
        if (lead == 0xED)
            secondMax = 0x9F; // surrogates above
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            secondMin = 0x90; // overlong below
        if (lead == 0xF4)
            secondMax = 0x8F; // past U+10FFFF above
    } else {
        return 0;
    }
    if (text.size() - offset < length)
        return 0;
    const unsigned char second = byteAt(text, offset + 1);
    if (second < secondMin || second > secondMax)
        return 0;
    for (std::size_t i = 2; i < length; ++i) {
        if (!isContinuation(byteAt(text, offset + i)))
            return 0;
    }
    return length;
}

// The offset of the first byte at or after `offset` that is not ASCII (or the end). ASCII is the
// bulk of any file, so it is skipped eight bytes at a time.
std::size_t skipAscii(std::string_view text, std::size_t offset)
{
    constexpr std::uint64_t highBits = 0x8080808080808080;
    std::uint64_t block = 0;
    while (text.size() - offset >= sizeof block) {
        std::memcpy(&block, text.data() + offset, sizeof block);
        if ((block & highBits) != 0)
            break;
        offset += sizeof block;
    }
    while (offset < text.size() && byteAt(text, offset) < 0x80)
        ++offset;
    return offset;
}

// The closing quote of the string whose contents start at `start`: the first '"' not escaped
// by an odd run of backslashes, or npos when the string is not closed.
std::size_t closingQuote(std::string_view text, std::size_t start)
{
    for (std::size_t from = start;;) {
        const std::size_t quote = text.find('"', from);
        if (quote == std::string_view::npos)
            return quote;
        std::size_t backslashes = 0;
        while (quote - backslashes > start && text[quote - backslashes - 1] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0)
            return quote;
        from = quote + 1;
    }
}

} // namespace

std::string quoted(std::string_view text)
{
    // Appended, not `"\"" + std::string(...)`: GCC 12 -O3 warns falsely (-Wrestrict) on that.
    std::string result;
    result.reserve(text.size() + 2);
    result += '"';
    result += text;
    result += '"';
    return result;
}

std::string_view withoutByteOrderMark(std::string_view bytes)
{
    if (bytes.starts_with(byteOrderMark))
        bytes.remove_prefix(byteOrderMark.size());
    return bytes;
}

std::size_t utf8SequenceLength(std::string_view text, std::size_t offset)
{
    return sequenceLength(text, offset);
}

std::optional<std::size_t> findInvalidUtf8(std::string_view text)
{
    std::size_t offset = 0;
    while ((offset = skipAscii(text, offset)) < text.size()) {
        const std::size_t length = sequenceLength(text, offset);
        if (length == 0)
            return offset;
        offset += length;
    }
    return std::nullopt;
}

std::optional<std::size_t> findTooDeepNesting(std::string_view text, int maxDepth)
{
    int depth = 0;
    for (std::size_t offset = 0; offset < text.size(); ++offset) {
        const char c = text[offset];
        if (c == '"') {
            offset = closingQuote(text, offset + 1);
            if (offset == std::string_view::npos)
                break; // an unclosed string is the parser's to report
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return offset;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth; // unbalanced closers are the parser's to report
        }
    }
    return std::nullopt;
}

TextPosition positionAt(std::string_view text, std::size_t offset)
{
    const std::string_view before = text.substr(0, std::min(offset, text.size()));
    const std::size_t lastNewline = before.rfind('\n');
    const std::size_t lineStart = lastNewline == std::string_view::npos ? 0 : lastNewline + 1;
    const auto newlines = std::count(before.begin(), before.end(), '\n');
    return { static_cast<int>(newlines) + 1,
        static_cast<int>(characterCount(before.substr(lineStart))) + 1 };
}

std::size_t characterCount(std::string_view text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(),
        [](char c) { return !isContinuation(static_cast<unsigned char>(c)); }));
}

} // namespace limber::loader
