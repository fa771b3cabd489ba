// The history view's tests' main: one QApplication on the offscreen platform, then Catch2.
#define CATCH_CONFIG_RUNNER
#include <QApplication>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    // CTest sets it too; this covers running the executable by hand and test discovery.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
