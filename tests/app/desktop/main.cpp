// The desktop tests' main: one QApplication on the offscreen platform, then Catch2.
#define CATCH_CONFIG_RUNNER
#include <QApplication>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    // CTest sets it too; this covers running the executable by hand and test discovery.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // No test reaches the desktop's session bus (a reminder would pop up on the screen of
    // whoever runs them): those that need a bus start their own (private_bus.h).
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/limber-tests-have-no-session-bus");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("limber"));
    return Catch::Session().run(argc, argv);
}
