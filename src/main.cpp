// Limber's entry point: the command line decides between a display-free mode
// (QCoreApplication) and the windows (QApplication).
#include "cli/cli_modes.h"
#include "cli/command_line.h"
#include "cli/plan_options.h"
#include "cues/after_first_frame.h"
#include "cues/cue_director.h"
#include "desktop/desktop_integration.h"
#include "desktop/launch_request.h"
#include "desktop/player_launcher.h"
#include "desktop/settings_dialog.h"
#include "desktop/settings_problems.h"
#include "desktop/single_instance.h"
#include "history/history_keeper.h"
#include "history/history_settings.h"
#include "history/history_settings_page.h"
#include "history/history_view.h"
#include "library/main_window.h"
#include "logging/logging.h"
#include "player/first_paint_probe.h"
#include "player/launch_failure.h"
#include "player/player_controller.h"
#include "player/player_routine.h"
#include "player/player_window.h"
#include "player/steady_clock.h"
#include "storage/data_locations.h"
#include "storage/history_store.h"
#include "storage/library_loader.h"
#include "storage/practice_settings.h"

#include <QApplication>
#include <QIcon>
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

// The longest a player that exits when done waits for its closing cues: the chime rings 2 s.
constexpr int closingCuesLimitMs = 5'000;

// A launch with --routine and no main window. It hands the routine to a Limber already
// running, or becomes that Limber and takes the routines later launches ask for, one break at
// a time. A caller that waits for the routine to end (--exit-when-done) has it played here
// alone, and this Limber quits after it.
int runPlayer(QApplication& app, const limber::Library& library, limber::PlayerRoutine routine,
    const limber::CommandLine& line, const QStringList& arguments)
{
    limber::SingleInstance instance;
    // With only a player here, a launch of the main window is declined: it opens its own.
    instance.setAcceptedRequests(
        [](const limber::LaunchRequest& request) { return request.play.has_value(); });
    if (!line.exitWhenDone
        && instance.handOffOrListen(arguments) == limber::SingleInstance::Claim::HandedOff) {
        spdlog::debug("handed this launch to the Limber already running");
        return 0;
    }

    const limber::SteadyClock clock;
    limber::HistoryStore history(limber::HistoryStore::standardPath());
    limber::PlayerLauncher players(clock);
    players.setHistory(&history);
    QObject::connect(&players, &limber::PlayerLauncher::playerOpened, &app,
        [&app, &line](limber::PlayerWindow* player, limber::CueDirector* cues) {
            limber::FirstPaintProbe::install(*player, [player] { player->controller().pause(); });
            if (!line.exitWhenDone)
                return;
            // Not before the closing chime and "Done" are heard; should a sound server never
            // say they ended, a few seconds are enough.
            QObject::connect(cues, &limber::CueDirector::closingCuesDone, &app,
                &QCoreApplication::quit, Qt::QueuedConnection);
            QObject::connect(&player->controller(), &limber::PlayerController::routineDone, &app,
                [&app] { QTimer::singleShot(closingCuesLimitMs, &app, &QCoreApplication::quit); });
        });
    QObject::connect(&instance, &limber::SingleInstance::requestReceived, &players,
        [&players, &library](const QStringList& requested, const QString& workingDirectory) {
            const limber::LaunchRequest request
                = limber::SingleInstance::parseRequest(requested, workingDirectory);
            if (request.play)
                players.play(library, *request.play);
        });
    players.play(std::move(routine), line.start,
        line.fromShortcut ? limber::SessionOrigin::Shortcut : limber::SessionOrigin::CommandLine);
    return app.exec();
}

int runWindows(
    int argc, char** argv, const limber::CommandLine& line, const limber::DataLocations& locations)
{
    const QStringList arguments = argumentsOf(argc, argv).mid(1);
    limber::Library library = limber::loadStandardLibrary(locations);
    if (line.mode == limber::CommandLine::Mode::Player) {
        // Checked before any window exists: a bad id or file is a usage error, on stderr.
        const limber::PlanOptions options
            = limber::planOptionsFrom(line, limber::PracticeSettings::load().planOptions());
        limber::PreparedRoutine prepared = limber::prepareRoutine(library, line.target, options);
        printProblems(prepared.problems);
        if (!prepared.routine) {
            if (limber::launchFailureNeedsWindow()) { // started from a menu: stderr is unseen
                QApplication app(argc, argv);
                limber::showLaunchFailure(line.target, prepared.problems);
            }
            return 2;
        }
        QApplication app(argc, argv);
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.limber.Limber.svg")));
        // With no main window, no DesktopIntegration says what in the settings was not used.
        limber::SettingsProblems::check().log();
        return runPlayer(app, library, std::move(*prepared.routine), line, arguments);
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.limber.Limber.svg")));
    limber::SingleInstance instance;
    if (instance.handOffOrListen(arguments) == limber::SingleInstance::Claim::HandedOff) {
        spdlog::debug("handed this launch to the Limber already running");
        return 0;
    }

    const limber::SteadyClock clock;
    // Before the window, so that it outlives the players (the window's children) recording
    // into it.
    limber::HistoryStore history(limber::HistoryStore::standardPath());
    limber::MainWindow window(std::move(library));
    limber::PlayerLauncher players(clock, &window);
    players.setHistory(&history);
    limber::HistoryKeeper keeper(history, window.history(), window);
    limber::afterFirstFrame(window, [&keeper] { keeper.reload(); });
    QObject::connect(&window, &limber::MainWindow::routineActivated, &players,
        [&window, &players](const QString& id, bool startAtOnce) {
            limber::PlayRequest request;
            request.target = id;
            request.start = startAtOnce;
            request.origin = limber::SessionOrigin::MainWindow;
            players.play(window.library(), request);
        });

    // The tray, break reminders, launches handed over by a second Limber, shortcuts, settings.
    limber::DesktopIntegration desktop(window, players, clock);
    QObject::connect(&desktop, &limber::DesktopIntegration::playRequested, &players,
        [&window, &players](
            const limber::PlayRequest& request) { players.play(window.library(), request); });
    desktop.setReminderQuietWhen([&window] {
        return limber::HistorySettings::load().skipRemindersWhenGoalMet
            && window.history().glance().todayMeetsGoal;
    });
    desktop.settingsPages().addPage(
        QObject::tr("History"), [&history, &keeper](limber::SettingsDialog& dialog) {
            auto* page = new limber::HistorySettingsPage(&history);
            QObject::connect(page, &limber::HistorySettingsPage::saveFailed, &dialog,
                &limber::SettingsDialog::showSaveProblem);
            QObject::connect(page, &limber::HistorySettingsPage::settingsChanged, &keeper,
                &limber::HistoryKeeper::reload);
            return page;
        });
    QObject::connect(&instance, &limber::SingleInstance::requestReceived, &desktop,
        &limber::DesktopIntegration::handleRequest);
    desktop.showWindow(limber::launchRequestFrom(line, limber::SessionOrigin::CommandLine).window);
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
