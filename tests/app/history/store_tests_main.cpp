// The history tests' main: one QApplication on the offscreen platform, in the Paris time zone
// (whose summer time ends during the recorder's tests), then Catch2.
#define CATCH_CONFIG_RUNNER
#include <QApplication>

#include <catch2/catch.hpp>
#include <ctime>

int main(int argc, char** argv)
{
    // CTest sets it too; this covers running the executable by hand and test discovery.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Set here rather than in CTest's ENVIRONMENT, which test discovery splits at the ';'.
    qputenv("TZ", "Europe/Paris");
    tzset();
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
