// Field-by-field checks of a parsed JSON document against the format. Every check reports its
// problem and carries on, so one load names every fault of a file, not only the first.
#pragma once

#include <limber/diagnostic.h>
#include <limber/load.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace limber::loader {

using Json = nlohmann::json;

// Collects the diagnostics of one file and remembers whether any was an error.
class Report {
public:
    Report(std::string file, Diagnostics& out);

    void error(const std::string& pointer, std::string message);
    void warning(const std::string& pointer, std::string message);
    bool hasErrors() const { return m_hasErrors; }

private:
    std::string m_file;
    Diagnostics& m_out;
    bool m_hasErrors = false;
};

// JSON pointers per RFC 6901 ('~' and '/' in keys escaped as "~0" and "~1").
std::string childPointer(const std::string& parent, std::string_view key);
std::string childPointer(const std::string& parent, std::size_t index);

// Where a value is: a JSON pointer spelt out only when a problem is reported there. Most values
// have none, and a file has hundreds of them. Refers to its parts; use it within the call.
class Place {
public:
    Place(const std::string& pointer) // NOLINT(google-explicit-constructor): a pointer is a place
        : m_parent(&pointer)
    {
    }
    Place(const std::string& parent, std::string_view key)
        : m_parent(&parent)
        , m_key(key)
        , m_step(Step::Key)
    {
    }
    Place(const std::string& parent, std::size_t index)
        : m_parent(&parent)
        , m_index(index)
        , m_step(Step::Index)
    {
    }

    std::string pointer() const;

private:
    enum class Step { None, Key, Index };

    const std::string* m_parent;
    std::string_view m_key;
    std::size_t m_index = 0;
    Step m_step = Step::None;
};

// A value as the "got ..." part of a message shows it: scalars as written (long strings
// cut short), arrays and objects by their type.
std::string describe(const Json& value);

// "must be one of a, b, c; got X"
std::string notOneOfMessage(const std::vector<std::string_view>& names, const Json& got);

struct ItemCount {
    std::size_t min = 0;
    std::size_t max = SIZE_MAX;
};

// Checks of one value found at `pointer`. Each reports what is wrong and returns nothing then.
bool checkObject(const Json& value, const Place& at, Report& report);
bool checkArray(const Json& value, const Place& at, ItemCount count, Report& report);
std::optional<double> readWholeNumber(const Json& value, const Place& at, Report& report);

// One of the enum values in `values`, written as toString(value) names it.
template <typename Enum, std::size_t N>
std::optional<Enum> readChoice(
    const Json& value, const Place& at, const std::array<Enum, N>& values, Report& report)
{
    std::vector<std::string_view> names;
    for (const Enum choice : values) {
        const std::string_view name = toString(choice);
        if (value.is_string() && value.get_ref<const std::string&>() == name)
            return choice;
        names.push_back(name);
    }
    report.error(at.pointer(), notOneOfMessage(names, value));
    return std::nullopt;
}

enum class Presence { Required, Optional };

// The fields of one JSON object. Every field any call asks about counts as known; once the
// object is read, warnAboutUnknownFields() names the rest, since those are most often typos.
class ObjectReader {
public:
    // `object` must be a JSON object and outlive the reader.
    ObjectReader(const Json& object, std::string pointer, Report& report);

    const std::string& pointer() const { return m_pointer; }
    std::string pointerTo(std::string_view key) const { return childPointer(m_pointer, key); }
    Report& report() const { return *m_report; }

    bool has(std::string_view key);
    // The field's value, or nullptr when it is absent (an error when it is required).
    const Json* field(std::string_view key, Presence presence);

    std::optional<std::string> text(std::string_view key, Presence presence);
    std::optional<std::string> id(std::string_view key, Presence presence);
    std::optional<int> integer(std::string_view key, Presence presence, IntRange range);
    std::optional<int> milliseconds(std::string_view key, Presence presence, IntRange rangeMs);
    // Absent or invalid arrays read as empty, as do invalid elements: the report has the
    // errors then, and the document is refused anyway.
    std::vector<std::string> texts(std::string_view key, Presence presence, ItemCount count = {});

    template <typename Enum, std::size_t N>
    std::optional<Enum> choice(
        std::string_view key, Presence presence, const std::array<Enum, N>& values)
    {
        const Json* value = field(key, presence);
        if (value == nullptr)
            return std::nullopt;
        return readChoice(*value, Place(m_pointer, key), values, *m_report);
    }

    // The object in field `key`, read by `read(ObjectReader&)`, which returns a T or an
    // optional<T>; its unknown fields are warned about after.
    template <typename T, typename Read>
    std::optional<T> object(std::string_view key, Presence presence, Read read)
    {
        const Json* value = field(key, presence);
        if (value == nullptr)
            return std::nullopt;
        std::string at = pointerTo(key);
        if (!checkObject(*value, at, *m_report))
            return std::nullopt;
        ObjectReader reader(*value, std::move(at), *m_report);
        std::optional<T> result = read(reader);
        reader.warnAboutUnknownFields();
        return result;
    }

    // An array of objects, each read as object() reads one; failures read as texts() says.
    template <typename T, typename Read>
    std::vector<T> objects(std::string_view key, Presence presence, ItemCount count, Read read)
    {
        const Json* array = field(key, presence);
        const std::string arrayPointer = pointerTo(key);
        std::vector<T> result;
        if (array == nullptr || !checkArray(*array, arrayPointer, count, *m_report))
            return result;
        for (std::size_t i = 0; i < array->size(); ++i) {
            const Json& element = (*array)[i];
            const std::string elementPointer = childPointer(arrayPointer, i);
            if (!checkObject(element, elementPointer, *m_report))
                continue;
            ObjectReader reader(element, elementPointer, *m_report);
            std::optional<T> value = read(reader);
            reader.warnAboutUnknownFields();
            if (value)
                result.push_back(std::move(*value));
        }
        return result;
    }

    void warnAboutUnknownFields() const;

private:
    const Json* m_object;
    std::string m_pointer;
    Report* m_report;
    std::vector<std::string> m_known;
};

} // namespace limber::loader
