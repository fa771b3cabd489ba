// Turns nlohmann/json's parse errors into a token offset and a short message; see json_syntax.h.
#include "json_syntax.h"

#include <algorithm>
#include <cctype>

namespace limber::loader {

namespace {

using Json = nlohmann::json;

// A SAX handler that accepts everything and keeps the first error, with its position.
// The DOM parser with exceptions off only says "discarded"; this says where and why.
class ErrorCatcher final : public nlohmann::json_sax<Json> {
public:
    std::size_t position = 0; // bytes read, the failing one included
    std::string what;
    int id = 0;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t bytesRead, const std::string&,
        const nlohmann::detail::exception& exception) override
    {
        position = bytesRead;
        what = exception.what();
        id = exception.id;
        return false;
    }
};

bool isLiteralCharacter(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '+' || c == '-' || c == '.';
}

// nlohmann reports the position just past the token it could not use; people want its start.
std::size_t tokenStart(std::string_view text, std::size_t end, std::string_view token)
{
    if (end == 0)
        return 0;
    if (token == "string literal") {
        // Back from the closing quote to the opening one: the first quote not escaped.
        for (std::size_t i = end - 1; i-- > 0;) {
            if (text[i] != '"')
                continue;
            std::size_t backslashes = 0;
            while (i > backslashes && text[i - backslashes - 1] == '\\')
                ++backslashes;
            if (backslashes % 2 == 0)
                return i;
        }
        return end - 1;
    }
    if (token.ends_with("literal")) {
        std::size_t start = end;
        while (start > 0 && isLiteralCharacter(text[start - 1]))
            --start;
        return start;
    }
    return end - 1; // a one-character token such as '}'
}

char previousNonSpace(std::string_view text, std::size_t offset)
{
    const std::size_t at = text.substr(0, offset).find_last_not_of(" \t\r\n");
    return at == std::string_view::npos ? '\0' : text[at];
}

// nlohmann names the one token it wanted last; the reader usually missed one of two.
std::string expectedWords(std::string_view context, std::string_view expected)
{
    if (context == "object" && expected == "'}'")
        return "',' or '}'";
    if (context == "array" && expected == "']'")
        return "',' or ']'";
    if (expected == "'[', '{', or a literal")
        return "a value";
    if (expected == "string literal")
        return "a field name in double quotes";
    return std::string(expected);
}

// "syntax error while parsing CONTEXT - unexpected TOKEN; expected WHAT": a token the
// parser read but could not use.
SyntaxError unexpectedToken(
    std::string_view text, std::size_t end, std::string_view context, std::string_view detail)
{
    detail.remove_prefix(std::string_view("unexpected ").size());
    const std::size_t semicolon = detail.find("; expected ");
    const std::string_view token = detail.substr(0, semicolon);
    const std::string_view expected = semicolon == std::string_view::npos
        ? std::string_view()
        : detail.substr(semicolon + std::string_view("; expected ").size());

    if (token == "end of input")
        return { text.size(), "unexpected end of input" };
    const std::size_t start = tokenStart(text, end, token);
    if ((token == "'}'" || token == "']'") && previousNonSpace(text, start) == ',')
        return { start, "trailing ',' before " + std::string(token) };
    if (expected == "end of input")
        return { start, "unexpected " + std::string(token) + " after the end" };
    if (expected.empty())
        return { start, "unexpected " + std::string(token) };
    return { start, "expected " + expectedWords(context, expected) };
}

// The lexer could not make a token. Keep its words up to the echo of what it read (the
// line:column already shows that) and point at the character it stopped on, or for a
// misspelt literal such as `tru` at the literal's start.
SyntaxError unreadableToken(
    std::string_view text, std::size_t bytesRead, std::string_view context, std::string_view detail)
{
    std::string_view words = detail.substr(0, detail.find("; last read: "));
    words = words.substr(0, words.find(" to \\u")); // drop the escapes "must be escaped" lists
    const std::size_t stop = bytesRead > 0 ? std::min(bytesRead - 1, text.size()) : 0;
    // A raw line break in a string is nearly always a closing quote forgotten on that line.
    if (words.starts_with("invalid string: control character U+000A"))
        return { stop, "string is not closed before the end of the line" };
    if (words != "invalid literal")
        return { stop, std::string(words) };
    const bool stoppedInside = stop < text.size() && isLiteralCharacter(text[stop]);
    const std::size_t start = tokenStart(text, stoppedInside ? stop + 1 : stop, "literal");
    // A bare word where a field name belongs is the usual slip: `{kind: "exercise"}`.
    if (context == "object key")
        return { start, "expected a field name in double quotes" };
    return { start, "invalid literal" };
}

// nlohmann's message reads "[json.exception.parse_error.101] parse error at line L, column C:
// syntax error while parsing CONTEXT - DETAIL"; its line and column count bytes, so only the
// context and the detail are used.
SyntaxError describeError(std::string_view text, const ErrorCatcher& error)
{
    const std::size_t end = std::min(error.position, text.size());
    if (error.id == 406) // out_of_range.406: a number too large for a double
        return { tokenStart(text, end, "number literal"), "number is out of range" };

    const std::string_view what = error.what;
    const std::size_t contextAt = what.find("while parsing ");
    const std::size_t dash = what.find(" - ");
    if (contextAt == std::string_view::npos || dash == std::string_view::npos || dash < contextAt) {
        const std::size_t tag = what.find("] ");
        return { end, std::string(tag == std::string_view::npos ? what : what.substr(tag + 2)) };
    }
    const std::size_t contextStart = contextAt + std::string_view("while parsing ").size();
    const std::string_view context = what.substr(contextStart, dash - contextStart);
    const std::string_view detail = what.substr(dash + 3);
    if (detail.starts_with("unexpected "))
        return unexpectedToken(text, end, context, detail);
    return unreadableToken(text, error.position, context, detail);
}

} // namespace

ParsedJson parseJson(std::string_view text)
{
    ParsedJson result;
    result.value = Json::parse(text.begin(), text.end(), nullptr, false);
    if (result.value.is_discarded()) {
        // Parse again, only to learn where and why: this runs for broken files alone.
        ErrorCatcher catcher;
        Json::sax_parse(text.begin(), text.end(), &catcher);
        result.error = describeError(text, catcher);
    }
    return result;
}

} // namespace limber::loader
