// How a diagnostic reads on one line, for each kind of place it can point at.
#include <limber/diagnostic.h>

#include <catch2/catch.hpp>

using limber::Diagnostic;
using limber::Severity;

TEST_CASE("a syntax error reads FILE:LINE:COL: message")
{
    const Diagnostic d { Severity::Error, "my-stretch.json", "", 7, 12,
        "parse error: expected ','" };
    CHECK(limber::formatDiagnostic(d) == "my-stretch.json:7:12: parse error: expected ','");
}

TEST_CASE("a field error reads FILE: /pointer: message")
{
    const Diagnostic d { Severity::Error, "a.json", "/dose/hold/seconds", 0, 0,
        "must be between 1 and 600, got 0" };
    CHECK(limber::formatDiagnostic(d)
        == "a.json: /dose/hold/seconds: must be between 1 and 600, got 0");
}

TEST_CASE("a whole-file problem reads FILE: message, and warnings say so")
{
    const Diagnostic tooBig { Severity::Error, "big.json", "", 0, 0, "file is larger than 1 MiB" };
    CHECK(limber::formatDiagnostic(tooBig) == "big.json: file is larger than 1 MiB");
    const Diagnostic unknown { Severity::Warning, "a.json", "/colour", 0, 0, "unknown field" };
    CHECK(limber::formatDiagnostic(unknown) == "a.json: /colour: warning: unknown field");
}

TEST_CASE("only errors count as errors")
{
    limber::Diagnostics diagnostics { { Severity::Warning, "a.json", "/x", 0, 0,
        "unknown field" } };
    CHECK_FALSE(limber::hasErrors(diagnostics));
    diagnostics.push_back({ Severity::Error, "a.json", "/id", 0, 0, "is required" });
    CHECK(limber::hasErrors(diagnostics));
}

TEST_CASE("a diagnostic stays one line whatever the file is called")
{
    // A newline, an escape sequence and a C1 control in a name, and a byte that is not UTF-8.
    const Diagnostic named { Severity::Error, "ex/a\nb\x1b[31m\xc2\x9b\xff.json", "", 0, 0,
        "cannot read: permission denied" };
    CHECK(limber::formatDiagnostic(named)
        == "ex/a\\nb\\x1b[31m\\u009b\\xff.json: cannot read: permission denied");
}

TEST_CASE("displayable text escapes controls and broken UTF-8 and leaves the rest alone")
{
    CHECK(limber::displayable("tab\there\r\x7f") == "tab\\there\\r\\x7f");
    CHECK(limber::displayable("line\xe2\x80\xa8next") == "line\\u2028next");
    CHECK(limber::displayable("caf\xc3\xa9 \xe2\x96\xb8 back\\slash")
        == "caf\xc3\xa9 \xe2\x96\xb8 back\\slash");
    CHECK(limber::displayable("\xc3") == "\\xc3"); // a sequence cut short
    CHECK(limber::displayable("\xed\xa0\x80") == "\\xed\\xa0\\x80"); // a surrogate
    // Escaping twice changes nothing: what comes out is displayable already.
    const std::string once = limber::displayable("a\nb\xff");
    CHECK(limber::displayable(once) == once);
}
