// Lets Catch2 print Qt values in failed checks.
#pragma once

#include <QSize>
#include <QString>

#include <catch2/catch.hpp>

namespace Catch {

template <> struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};

template <> struct StringMaker<QSize> {
    static std::string convert(const QSize& value)
    {
        return std::to_string(value.width()) + "x" + std::to_string(value.height());
    }
};

} // namespace Catch
