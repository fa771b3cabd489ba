#include "player_launcher.h"

#include "cues/after_first_frame.h"
#include "cues/attach_cues.h"
#include "history/history_settings.h"
#include "history/session_recorder.h"
#include "player/player_controller.h"
#include "player/player_window.h"
#include "shared/words.h"
#include "storage/player_settings.h"
#include "storage/practice_settings.h"

#include <limber/diagnostic.h>

#include <QMessageBox>
#include <QPushButton>
#include <QStringList>

#include <spdlog/spdlog.h>

namespace limber {

PlayerLauncher::PlayerLauncher(const Clock& clock, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_window(window)
{
    m_replaceQuestion = [this](const QString& playing, const QString& asked) {
        QMessageBox box(QMessageBox::Question, tr("A break is playing"),
            tr("\"%1\" is playing. Stop it and start \"%2\"?").arg(playing, asked),
            QMessageBox::NoButton, m_player ? static_cast<QWidget*>(m_player) : m_window);
        box.addButton(tr("&Keep the current break"), QMessageBox::RejectRole);
        QPushButton* replace
            = box.addButton(tr("&Stop it and start the new one"), QMessageBox::AcceptRole);
        box.exec();
        return box.clickedButton() == replace;
    };
}

PlayerLauncher::~PlayerLauncher()
{
    // A player still open when Limber ends: its deferred delete would never run any more.
    delete m_player.data();
}

PlayerWindow* PlayerLauncher::play(const Library& library, const PlayRequest& request)
{
    return play(library, request, PracticeSettings::load().planOptions());
}

PlayerWindow* PlayerLauncher::play(
    const Library& library, const PlayRequest& request, const PlanOptions& practice)
{
    PreparedRoutine prepared
        = prepareRoutine(library, request.target, request.changes.over(practice));
    QStringList lines;
    for (const Diagnostic& problem : prepared.problems) {
        spdlog::warn("{}", formatDiagnostic(problem));
        lines << qs(formatDiagnostic(problem));
    }
    if (!prepared.routine) {
        QMessageBox::warning(
            m_window, tr("Cannot play this routine"), lines.join(QLatin1Char('\n')));
        return nullptr;
    }
    return play(std::move(*prepared.routine), request.start, request.origin);
}

PlayerWindow* PlayerLauncher::play(PlayerRoutine routine, bool start, SessionOrigin origin)
{
    const std::string& id = routine.plan.routine;
    if (m_asking) {
        // The person is deciding about the break on screen; this request waits for no one.
        spdlog::info("not opening {}: the question about the break playing is still open", id);
        return nullptr;
    }
    if (isOpenOn(id)) {
        spdlog::info("raising the player already open on {}", id);
        raise(start);
        return m_player;
    }
    if (isBreakPlaying()) {
        m_asking = true;
        const bool replace = m_replaceQuestion(m_routineName, qs(routine.name));
        m_asking = false;
        if (!replace) {
            spdlog::info("kept the break playing ({}) rather than start {}", m_routineId, id);
            if (m_player)
                raise(false);
            return m_player;
        }
    }
    // The new player is on screen before the old one closes, so that a Limber showing only
    // players does not take the moment between them for its last window closing.
    const QPointer<PlayerWindow> previous = m_player;
    PlayerWindow* player = open(routine, start, origin);
    if (previous)
        previous->close(); // stops its session
    return player;
}

void PlayerLauncher::setHistory(HistoryStore* store)
{
    m_history = store;
}

void PlayerLauncher::setReplaceQuestion(ReplaceQuestion question)
{
    m_replaceQuestion = std::move(question);
}

bool PlayerLauncher::isBreakPlaying() const
{
    if (!m_player)
        return false;
    const SessionState state = m_player->controller().state();
    return state == SessionState::Running || state == SessionState::Paused;
}

PlayerWindow* PlayerLauncher::player() const
{
    return m_player;
}

bool PlayerLauncher::isBreakInProgress() const
{
    return m_player && m_player->isVisible()
        && m_player->controller().state() == SessionState::Running;
}

bool PlayerLauncher::isOpenOn(const std::string& routineId) const
{
    // A finished or stopped player is replaced by a fresh one rather than raised.
    if (!m_player || m_routineId != routineId)
        return false;
    const SessionState state = m_player->controller().state();
    return state != SessionState::Finished && state != SessionState::Stopped;
}

void PlayerLauncher::raise(bool start)
{
    m_player->setWindowState(m_player->windowState() & ~Qt::WindowMinimized);
    m_player->show();
    m_player->raise();
    m_player->activateWindow();
    if (start && m_player->controller().state() == SessionState::Ready)
        m_player->controller().start();
}

PlayerWindow* PlayerLauncher::open(const PlayerRoutine& routine, bool start, SessionOrigin origin)
{
    auto* player = new PlayerWindow(routine, m_clock, m_window);
    const PracticeSettings practice = PracticeSettings::load();
    player->setAnimationsEnabled(!practice.reduceMotion);
    player->setCountdownSpoken(practice.speakCountdown);
    CueDirector* cues = attachCues(*player, player->controller(), m_clock, routine);
    if (m_history && HistorySettings::load().enabled) {
        // The database is opened once the player is on screen, not before its first frame.
        auto* recorder = new SessionRecorder(player->controller(), routine, origin, *m_history);
        recorder->watchWindow(*player);
        connect(recorder, &SessionRecorder::notRecorded, player, &PlayerWindow::showHistoryProblem);
        recorder->holdWrites();
        afterFirstFrame(*player, [recorder = QPointer<SessionRecorder>(recorder)] {
            if (recorder)
                recorder->releaseWrites();
        });
    }
    player->setWindowFlag(Qt::Window);
    player->setAttribute(Qt::WA_DeleteOnClose);
    const PlayerSettings opening = PlayerSettings::load();
    player->fitToScreen(opening.windowSize);
    connect(player, &PlayerWindow::closedAtSize, this, [](QSize size) {
        PlayerSettings settings = PlayerSettings::load();
        settings.windowSize = size;
        if (const WriteOutcome saved = settings.save(); !saved)
            spdlog::warn("the player's size was not saved: {}", saved.error.toStdString());
    });
    m_player = player;
    m_routineId = routine.plan.routine;
    m_routineName = qs(routine.name);
    m_origin = origin;
    spdlog::info("opening a player on {}", m_routineId);
    emit playerOpened(player, cues);
    if (opening.fullScreen)
        player->showFullScreen();
    else
        player->show();
    player->activateWindow();
    if (start)
        player->controller().start();
    return player;
}

} // namespace limber
