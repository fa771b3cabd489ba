// loadDocument: bytes → checked model value, or every problem in the file. The raw bytes are
// checked before the parser sees them (size, UTF-8, nesting), then every field of the JSON.
#include "exercise_reader.h"
#include "json_reader.h"
#include "json_syntax.h"
#include "routine_reader.h"
#include "source_text.h"

#include <limber/load.h>

#include <algorithm>
#include <cstdio>

namespace limber {

namespace {

using loader::Json;
using loader::ObjectReader;
using loader::Presence;
using loader::Report;

enum class DocumentKind { Exercise, Routine };

const char* toString(DocumentKind kind)
{
    return kind == DocumentKind::Exercise ? "exercise" : "routine";
}

constexpr std::array allKinds { DocumentKind::Exercise, DocumentKind::Routine };
constexpr int supportedVersion = 1;

// A problem at a place in the text rather than in a field.
Diagnostic textError(
    std::string_view text, std::size_t offset, const std::string& sourceName, std::string message)
{
    const loader::TextPosition at = loader::positionAt(text, offset);
    return { Severity::Error, sourceName, "", at.line, at.column, std::move(message) };
}

// The problem in the raw text that keeps it from being parsed at all, if there is one.
std::optional<Diagnostic> checkText(std::string_view text, const std::string& sourceName)
{
    if (const auto offset = loader::findInvalidUtf8(text)) {
        char byte[8];
        std::snprintf(byte, sizeof byte, "0x%02x", static_cast<unsigned char>(text[*offset]));
        return textError(
            text, *offset, sourceName, "not valid UTF-8 (byte " + std::string(byte) + ")");
    }
    if (const auto offset = loader::findTooDeepNesting(text, maxNestingDepth)) {
        return textError(text, *offset, sourceName,
            "nested deeper than " + std::to_string(maxNestingDepth) + " levels");
    }
    return std::nullopt;
}

// Kind and version decide how to read the rest; a file without them is not read further,
// because reporting its other fields against the wrong format would only mislead.
std::optional<DocumentKind> readHeader(ObjectReader& root)
{
    const auto kind = root.choice("kind", Presence::Required, allKinds);
    bool versionOk = false;
    if (const Json* version = root.field("version", Presence::Required)) {
        const std::string pointer = root.pointerTo("version");
        if (const auto number = loader::readWholeNumber(*version, pointer, root.report())) {
            versionOk = *number == supportedVersion;
            if (!versionOk)
                root.report().error(pointer,
                    "unsupported version " + loader::describe(*version)
                        + " (this Limber reads version " + std::to_string(supportedVersion) + ")");
        }
    }
    return versionOk ? kind : std::nullopt;
}

std::variant<std::monostate, Exercise, Routine> readDocument(const Json& document, Report& report)
{
    if (!document.is_object()) {
        report.error("", std::string("must be a JSON object, got ") + document.type_name());
        return {};
    }
    ObjectReader root(document, "", report);
    const auto kind = readHeader(root);
    if (!kind)
        return {};
    if (*kind == DocumentKind::Exercise) {
        Exercise exercise = loader::readExercise(root);
        if (!report.hasErrors())
            return exercise;
    } else {
        Routine routine = loader::readRoutine(root);
        if (!report.hasErrors())
            return routine;
    }
    return {};
}

} // namespace

bool isValidId(std::string_view id)
{
    return !id.empty() && id.size() <= limits::maxIdCharacters
        && std::all_of(id.begin(), id.end(),
            [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

LoadedDocument loadDocument(std::string_view bytes, const std::string& sourceName)
{
    LoadedDocument loaded;
    if (bytes.size() > maxFileBytes) {
        loaded.diagnostics.push_back(
            { Severity::Error, sourceName, "", 0, 0, "file is larger than 1 MiB" });
        return loaded;
    }
    // Positions count from after the byte order mark, as editors show them.
    const std::string_view text = loader::withoutByteOrderMark(bytes);
    if (auto problem = checkText(text, sourceName)) {
        loaded.diagnostics.push_back(std::move(*problem));
        return loaded;
    }
    const loader::ParsedJson parsed = loader::parseJson(text);
    if (parsed.error) {
        loaded.diagnostics.push_back(textError(
            text, parsed.error->offset, sourceName, "parse error: " + parsed.error->message));
        return loaded;
    }
    Report report(sourceName, loaded.diagnostics);
    loaded.value = readDocument(parsed.value, report);
    return loaded;
}

} // namespace limber
