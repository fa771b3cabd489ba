// Parses JSON text with nlohmann/json and, when the text is not JSON, says where (the byte
// offset of the offending token) and what, in the short words Limber's diagnostics use.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace limber::loader {

struct SyntaxError {
    std::size_t offset = 0;
    std::string message; // e.g. "expected ',' or '}'"
};

struct ParsedJson {
    nlohmann::json value; // discarded when there is an error
    std::optional<SyntaxError> error;
};

// Never throws. The text must already be checked for UTF-8 and nesting depth.
ParsedJson parseJson(std::string_view text);

} // namespace limber::loader
