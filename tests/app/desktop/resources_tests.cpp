// The files a desktop reads: the menu entry and the AppStream metadata pass the freedesktop
// validators (when installed), the icon is an SVG Qt can draw, and `cmake --install` puts
// each where GNUInstallDirs says.
#include "desktop_test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <catch2/catch.hpp>

namespace {

const QString appId = QStringLiteral("io.github.limber.Limber");

QString resource(const QString& name)
{
    return QStringLiteral(LIMBER_SOURCE_DIR "/resources/") + name;
}

} // namespace

TEST_CASE("The menu entry passes desktop-file-validate")
{
    const QString validator = desktop_test::findTool(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty()) {
        WARN("desktop-file-validate is not installed (package desktop-file-utils): skipped");
        return;
    }
    const auto result
        = desktop_test::run(validator, { resource(appId + QStringLiteral(".desktop")) });
    INFO(result.output.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.output.trimmed().isEmpty());
}

TEST_CASE("The menu entry has the launcher actions")
{
    QFile file(resource(appId + QStringLiteral(".desktop")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("Icon=") + appId + QLatin1Char('\n')));
    CHECK(text.contains(QStringLiteral("Exec=limber --routine office-break --start\n")));
    CHECK(text.contains(QStringLiteral("Exec=limber --routine morning --start\n")));
    CHECK(text.contains(QStringLiteral("Exec=limber --builder\n")));
}

TEST_CASE("The AppStream metadata passes appstreamcli validate")
{
    const QString validator = desktop_test::findTool(QStringLiteral("appstreamcli"));
    if (validator.isEmpty()) {
        WARN("appstreamcli is not installed (package appstream): skipped");
        return;
    }
    const auto result = desktop_test::run(validator,
        { QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--no-color"),
            resource(appId + QStringLiteral(".metainfo.xml")) });
    INFO(result.output.toStdString());
    CHECK(result.exitCode == 0);
}

TEST_CASE("The icon is a square SVG that draws")
{
    QSvgRenderer renderer(resource(appId + QStringLiteral(".svg")));
    REQUIRE(renderer.isValid());
    CHECK(renderer.defaultSize() == QSize(128, 128));
    QImage image(64, 64, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    // The disc fills the middle; the corners stay clear.
    CHECK(qAlpha(image.pixel(32, 4)) > 200);
    CHECK(qAlpha(image.pixel(0, 0)) == 0);
}

TEST_CASE("cmake --install puts the program and the desktop files in place")
{
    desktop_test::TestDirs dirs;
    const QString prefix = dirs.file(QStringLiteral("prefix"));
    const auto result = desktop_test::run(QStringLiteral(LIMBER_CMAKE_COMMAND),
        { QStringLiteral("--install"), QStringLiteral(LIMBER_BINARY_DIR),
            QStringLiteral("--prefix"), prefix });
    INFO(result.output.toStdString());
    REQUIRE(result.exitCode == 0);
    const QStringList expected {
        QStringLiteral("bin/limber"),
        QStringLiteral("share/applications/") + appId + QStringLiteral(".desktop"),
        QStringLiteral("share/metainfo/") + appId + QStringLiteral(".metainfo.xml"),
        QStringLiteral("share/icons/hicolor/scalable/apps/") + appId + QStringLiteral(".svg"),
    };
    for (const QString& file : expected) {
        INFO(file.toStdString());
        CHECK(QFileInfo(QDir(prefix).filePath(file)).isFile());
    }
    CHECK(QFileInfo(QDir(prefix).filePath(QStringLiteral("bin/limber"))).isExecutable());
}
