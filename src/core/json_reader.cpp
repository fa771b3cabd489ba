// The value checks and object reading behind the loader; see json_reader.h.
#include "json_reader.h"

#include "source_text.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace limber::loader {

namespace {

// An exercise has 17 fields; one allocation holds the names asked about in any object.
constexpr std::size_t expectedFields = 24;

// Long enough to recognise a value, short enough to keep a diagnostic on one line.
constexpr std::size_t describedCharacters = 40;

// "a string", "an array": the article the type's name needs.
std::string withArticle(std::string_view type)
{
    const bool vowel = type.find_first_of("aeiou") == 0;
    return (vowel ? "an " : "a ") + std::string(type);
}

std::string wrongType(std::string_view wanted, const Json& got)
{
    return "must be " + withArticle(wanted) + ", got " + got.type_name();
}

// 500 ms reads "0.5", 60000 ms reads "60", as the seconds the file is written in.
std::string formatSeconds(int milliseconds)
{
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, milliseconds / 1000.0).ptr;
    return std::string(buffer, end);
}

std::string rangeMessage(const std::string& min, const std::string& max, const Json& got)
{
    return "must be between " + min + " and " + max + ", got " + describe(got);
}

std::optional<double> readNumber(const Json& value, const Place& at, Report& report)
{
    if (!value.is_number()) {
        report.error(at.pointer(), wrongType("number", value));
        return std::nullopt;
    }
    return value.get<double>();
}

// Cuts a string to `count` characters without splitting one.
std::string firstCharacters(const std::string& text, std::size_t count)
{
    std::size_t end = 0;
    for (std::size_t seen = 0; end < text.size() && seen < count; ++seen) {
        ++end;
        while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
            ++end;
    }
    return text.substr(0, end);
}

std::optional<std::string> readText(const Json& value, const Place& at, Report& report)
{
    if (!value.is_string()) {
        report.error(at.pointer(), wrongType("string", value));
        return std::nullopt;
    }
    const auto& text = value.get_ref<const std::string&>();
    // Blank text would show as an empty line in the player, so it counts as empty.
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        report.error(at.pointer(), "must not be empty");
        return std::nullopt;
    }
    // Counting characters is needed only when the bytes could be too many.
    const std::size_t characters
        = text.size() > limits::maxTextCharacters ? characterCount(text) : 0;
    if (characters > limits::maxTextCharacters) {
        report.error(at.pointer(),
            "must be at most " + std::to_string(limits::maxTextCharacters) + " characters, got "
                + std::to_string(characters));
        return std::nullopt;
    }
    return text;
}

std::optional<std::string> readId(const Json& value, const Place& at, Report& report)
{
    if (!value.is_string()) {
        report.error(at.pointer(), wrongType("string", value));
        return std::nullopt;
    }
    const auto& id = value.get_ref<const std::string&>();
    if (!isValidId(id)) {
        report.error(at.pointer(),
            "must be 1-" + std::to_string(limits::maxIdCharacters)
                + " lowercase letters, digits or '-', got " + describe(value));
        return std::nullopt;
    }
    return id;
}

std::optional<int> readInteger(const Json& value, const Place& at, IntRange range, Report& report)
{
    const std::optional<double> number = readWholeNumber(value, at, report);
    if (!number)
        return std::nullopt;
    if (*number < range.min || *number > range.max) {
        report.error(at.pointer(),
            rangeMessage(std::to_string(range.min), std::to_string(range.max), value));
        return std::nullopt;
    }
    return static_cast<int>(*number);
}

// A number of seconds that may have a fraction, kept as whole milliseconds.
std::optional<int> readMilliseconds(
    const Json& value, const Place& at, IntRange rangeMs, Report& report)
{
    const std::optional<double> seconds = readNumber(value, at, report);
    if (!seconds)
        return std::nullopt;
    const double milliseconds = *seconds * 1000.0;
    if (milliseconds < rangeMs.min || milliseconds > rangeMs.max) {
        report.error(at.pointer(),
            rangeMessage(formatSeconds(rangeMs.min), formatSeconds(rangeMs.max), value));
        return std::nullopt;
    }
    return static_cast<int>(std::lround(milliseconds));
}

} // namespace

Report::Report(std::string file, Diagnostics& out)
    : m_file(std::move(file))
    , m_out(out)
{
}

void Report::error(const std::string& pointer, std::string message)
{
    m_out.push_back({ Severity::Error, m_file, pointer, 0, 0, std::move(message) });
    m_hasErrors = true;
}

void Report::warning(const std::string& pointer, std::string message)
{
    m_out.push_back({ Severity::Warning, m_file, pointer, 0, 0, std::move(message) });
}

std::string childPointer(const std::string& parent, std::string_view key)
{
    std::string pointer;
    pointer.reserve(parent.size() + 1 + key.size());
    pointer += parent;
    pointer += '/';
    for (std::size_t special; (special = key.find_first_of("~/")) != std::string_view::npos;) {
        pointer += key.substr(0, special);
        pointer += key[special] == '~' ? "~0" : "~1";
        key.remove_prefix(special + 1);
    }
    pointer += key;
    return pointer;
}

std::string childPointer(const std::string& parent, std::size_t index)
{
    return parent + '/' + std::to_string(index);
}

std::string Place::pointer() const
{
    switch (m_step) {
    case Step::Key:
        return childPointer(*m_parent, m_key);
    case Step::Index:
        return childPointer(*m_parent, m_index);
    case Step::None:
        break;
    }
    return *m_parent;
}

std::string describe(const Json& value)
{
    if (value.is_string()) {
        const auto& text = value.get_ref<const std::string&>();
        if (characterCount(text) > describedCharacters)
            return Json(firstCharacters(text, describedCharacters) + "...").dump();
    }
    if (value.is_array() || value.is_object())
        return value.type_name();
    return value.dump();
}

std::string notOneOfMessage(const std::vector<std::string_view>& names, const Json& got)
{
    std::string message = "must be one of ";
    for (std::size_t i = 0; i < names.size(); ++i)
        message += (i > 0 ? ", " : "") + std::string(names[i]);
    return message + "; got " + describe(got);
}

bool checkObject(const Json& value, const Place& at, Report& report)
{
    if (!value.is_object())
        report.error(at.pointer(), wrongType("object", value));
    return value.is_object();
}

bool checkArray(const Json& value, const Place& at, ItemCount count, Report& report)
{
    if (!value.is_array()) {
        report.error(at.pointer(), wrongType("array", value));
        return false;
    }
    if (value.size() < count.min) {
        report.error(at.pointer(),
            count.min == 1 ? std::string("must not be empty")
                           : "must have at least " + std::to_string(count.min) + " items, got "
                    + std::to_string(value.size()));
        return false;
    }
    if (value.size() > count.max) {
        report.error(at.pointer(),
            "must have at most " + std::to_string(count.max) + " items, got "
                + std::to_string(value.size()));
        return false;
    }
    return true;
}

std::optional<double> readWholeNumber(const Json& value, const Place& at, Report& report)
{
    const std::optional<double> number = readNumber(value, at, report);
    if (number && std::trunc(*number) != *number) {
        report.error(at.pointer(), "must be a whole number, got " + describe(value));
        return std::nullopt;
    }
    return number;
}

ObjectReader::ObjectReader(const Json& object, std::string pointer, Report& report)
    : m_object(&object)
    , m_pointer(std::move(pointer))
    , m_report(&report)
{
    m_known.reserve(expectedFields);
}

bool ObjectReader::has(std::string_view key)
{
    if (std::find(m_known.begin(), m_known.end(), key) == m_known.end())
        m_known.emplace_back(key);
    return m_object->contains(key);
}

const Json* ObjectReader::field(std::string_view key, Presence presence)
{
    if (std::find(m_known.begin(), m_known.end(), key) == m_known.end())
        m_known.emplace_back(key);
    const auto found = m_object->find(key);
    if (found == m_object->end()) {
        if (presence == Presence::Required)
            m_report->error(pointerTo(key), "is required");
        return nullptr;
    }
    return &found.value();
}

std::optional<std::string> ObjectReader::text(std::string_view key, Presence presence)
{
    const Json* value = field(key, presence);
    return value ? readText(*value, Place(m_pointer, key), *m_report) : std::nullopt;
}

std::optional<std::string> ObjectReader::id(std::string_view key, Presence presence)
{
    const Json* value = field(key, presence);
    return value ? readId(*value, Place(m_pointer, key), *m_report) : std::nullopt;
}

std::optional<int> ObjectReader::integer(std::string_view key, Presence presence, IntRange range)
{
    const Json* value = field(key, presence);
    return value ? readInteger(*value, Place(m_pointer, key), range, *m_report) : std::nullopt;
}

std::optional<int> ObjectReader::milliseconds(
    std::string_view key, Presence presence, IntRange rangeMs)
{
    const Json* value = field(key, presence);
    return value ? readMilliseconds(*value, Place(m_pointer, key), rangeMs, *m_report)
                 : std::nullopt;
}

std::vector<std::string> ObjectReader::texts(
    std::string_view key, Presence presence, ItemCount count)
{
    const Json* array = field(key, presence);
    const std::string arrayPointer = pointerTo(key);
    std::vector<std::string> result;
    if (array == nullptr || !checkArray(*array, arrayPointer, count, *m_report))
        return result;
    for (std::size_t i = 0; i < array->size(); ++i) {
        if (auto text = readText((*array)[i], Place(arrayPointer, i), *m_report))
            result.push_back(std::move(*text));
    }
    return result;
}

void ObjectReader::warnAboutUnknownFields() const
{
    for (const auto& [key, value] : m_object->items()) {
        if (std::find(m_known.begin(), m_known.end(), key) == m_known.end())
            m_report->warning(pointerTo(key), "unknown field " + Json(key).dump());
    }
}

} // namespace limber::loader
