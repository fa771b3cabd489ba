// Limber's entry point: the command line decides between a display-free mode
// (QCoreApplication) and the windows (QApplication).
#include "cli/cli_modes.h"
#include "cli/command_line.h"
#include "cli/plan_options.h"
#include "cues/attach_cues.h"
#include "cues/cue_director.h"
#include "desktop/desktop_integration.h"
#include "desktop/desktop_settings.h"
#include "desktop/single_instance.h"
#include "library/main_window.h"
#include "logging/logging.h"
#include "player/first_paint_probe.h"
#include "player/player_controller.h"
#include "player/player_routine.h"
#include "player/player_window.h"
#include "player/steady_clock.h"
#include "storage/data_locations.h"
#include "storage/library_loader.h"
#include "storage/practice_settings.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

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

void printProblems(const limber::Diagnostics& problems)
{
    for (const limber::Diagnostic& problem : problems)
        std::cerr << limber::formatDiagnostic(problem) << '\n';
}

// How a routine plays: the person's practice settings, with the command line's over them.
limber::PlanOptions playOptions(const limber::CommandLine& line)
{
    return limber::planOptionsFrom(line, limber::PracticeSettings::load().planOptions());
}

// The main window asked to play a routine: a player window of its own, closed with it.
limber::PlayerWindow* openPlayer(limber::MainWindow& window, const QString& routineId,
    const limber::Clock& clock, const limber::PlanOptions& options)
{
    limber::PreparedRoutine prepared = limber::prepareRoutine(window.library(), routineId, options);
    printProblems(prepared.problems);
    if (!prepared.routine) {
        QStringList lines;
        for (const limber::Diagnostic& problem : prepared.problems)
            lines << QString::fromStdString(limber::formatDiagnostic(problem));
        QMessageBox::warning(
            &window, QObject::tr("Cannot play this routine"), lines.join(QLatin1Char('\n')));
        return nullptr;
    }
    auto* player = new limber::PlayerWindow(*prepared.routine, clock, &window);
    limber::attachCues(*player, player->controller(), clock, *prepared.routine);
    player->setWindowFlag(Qt::Window);
    player->setAttribute(Qt::WA_DeleteOnClose);
    if (limber::DesktopSettings::load().fullScreenPlayer)
        player->showFullScreen();
    else
        player->show();
    player->activateWindow();
    return player;
}

// The longest a player that exits when done waits for its closing cues: the chime rings 2 s.
constexpr int closingCuesLimitMs = 5'000;

int runPlayer(QApplication& app, limber::PlayerRoutine routine, const limber::CommandLine& line)
{
    const limber::SteadyClock clock;
    limber::PlayerWindow player(routine, clock);
    limber::CueDirector* cues = limber::attachCues(player, player.controller(), clock, routine);
    limber::PlayerController& controller = player.controller();
    if (line.exitWhenDone) {
        // Not before the closing chime and "Done" are heard; should a sound server never say
        // they ended, a few seconds are enough.
        QObject::connect(cues, &limber::CueDirector::closingCuesDone, &app, &QCoreApplication::quit,
            Qt::QueuedConnection);
        QObject::connect(&controller, &limber::PlayerController::routineDone, &app,
            [&app] { QTimer::singleShot(closingCuesLimitMs, &app, &QCoreApplication::quit); });
    }
    limber::FirstPaintProbe::install(player, [&controller] { controller.pause(); });
    if (limber::DesktopSettings::load().fullScreenPlayer)
        player.showFullScreen();
    else
        player.show();
    if (line.start)
        controller.start();
    return app.exec();
}

int runWindows(
    int argc, char** argv, const limber::CommandLine& line, const limber::DataLocations& locations)
{
    limber::Library library = limber::loadStandardLibrary(locations);
    if (line.mode == limber::CommandLine::Mode::Player) {
        // Checked before any window exists: a bad id or file is a usage error, on stderr.
        limber::PreparedRoutine prepared
            = limber::prepareRoutine(library, line.target, playOptions(line));
        printProblems(prepared.problems);
        if (!prepared.routine)
            return 2;
        QApplication app(argc, argv);
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.limber.Limber.svg")));
        // A Limber already running plays it and this launch is done, unless the caller waits
        // for the routine to end (--exit-when-done): then it plays here.
        if (!line.exitWhenDone && limber::SingleInstance().handOff(argumentsOf(argc, argv).mid(1)))
            return 0;
        return runPlayer(app, std::move(*prepared.routine), line);
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.limber.Limber.svg")));
    limber::SingleInstance instance;
    if (instance.handOff(argumentsOf(argc, argv).mid(1)))
        return 0;
    instance.listen();

    const limber::SteadyClock clock;
    limber::MainWindow window(std::move(library));
    QObject::connect(&window, &limber::MainWindow::routineActivated, &window,
        [&window, &clock](const QString& id) {
            openPlayer(window, id, clock, limber::PracticeSettings::load().planOptions());
        });

    // The tray, break reminders, launches handed over by a second Limber, shortcuts, settings.
    limber::DesktopIntegration desktop(window, clock);
    QObject::connect(&desktop, &limber::DesktopIntegration::playRequested, &window,
        [&window, &clock](const limber::CommandLine& request) {
            limber::PlayerWindow* player
                = openPlayer(window, request.target, clock, playOptions(request));
            if (player && request.start)
                player->controller().start();
        });
    QObject::connect(&instance, &limber::SingleInstance::requestReceived, &desktop,
        &limber::DesktopIntegration::handleRequest);
    desktop.showWindow(line);
    return app.exec();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("limber"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIMBER_VERSION));
    // The id of the menu entry, so desktops (and Wayland) match windows to its name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.limber.Limber"));

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
    return runWindows(argc, argv, line, locations);
}
