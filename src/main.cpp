// Limber's entry point: the command line decides between a display-free mode
// (QCoreApplication) and the windows (QApplication).
#include "cli/cli_modes.h"
#include "cli/command_line.h"
#include "library/main_window.h"
#include "logging/logging.h"
#include "storage/data_locations.h"
#include "storage/library_loader.h"

#include <QApplication>

#include <iostream>
#include <spdlog/spdlog.h>

namespace {

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

int runWindows(int argc, char** argv, const limber::DataLocations& locations)
{
    QApplication app(argc, argv);
    limber::MainWindow window(limber::loadStandardLibrary(locations));
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("limber"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIMBER_VERSION));

    const limber::CommandLine line = limber::parseCommandLine(argumentsOf(argc, argv));
    if (!line.error.isEmpty()) {
        std::cerr << "limber: " << line.error.toStdString() << "\nTry 'limber --help'.\n";
        return 2;
    }

    const auto locations = limber::DataLocations::standard();
    limber::setUpLogging(locations.logDir, line.verbose);
    spdlog::debug("limber {} starting", LIMBER_VERSION);

    if (line.isHeadless()) {
        QCoreApplication app(argc, argv);
        return limber::runHeadlessMode(line, locations);
    }
    if (line.mode == limber::CommandLine::Mode::Player) {
        std::cerr << "limber: the player is not built yet; run limber with no option for the "
                     "main window\n";
        return 2;
    }
    return runWindows(argc, argv, locations);
}
