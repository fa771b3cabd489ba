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
