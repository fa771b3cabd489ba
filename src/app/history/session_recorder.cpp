#include "session_recorder.h"

#include "player/player_controller.h"
#include "player/player_routine.h"
#include "storage/history_store.h"

#include <QDateTime>
#include <QEvent>
#include <QWidget>

#include <algorithm>

namespace limber {

namespace {

// Every stretch of the plan once, in routine order, none reached yet.
std::vector<StretchRecord> stretchesOf(const PlayerRoutine& routine)
{
    std::vector<StretchRecord> stretches;
    for (const Segment& segment : routine.plan.segments) {
        if (!stretches.empty() && stretches.back().item >= segment.item)
            continue;
        const Exercise* exercise = routine.exercise(segment.exercise);
        stretches.push_back({ segment.item, segment.exercise,
            exercise ? exercise->name : segment.exercise, StretchOutcome::NotReached, 0 });
    }
    return stretches;
}

bool isPlaying(SessionState state)
{
    return state == SessionState::Running || state == SessionState::Paused;
}

} // namespace

SessionRecorder::SessionRecorder(PlayerController& controller, const PlayerRoutine& routine,
    SessionOrigin origin, HistoryStore& store, WallClock wallClock)
    : QObject(&controller)
    , m_controller(controller)
    , m_store(store)
    , m_wallClock(
          wallClock ? std::move(wallClock) : [] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_template.routine = routine.plan.routine;
    m_template.routineName = routine.name;
    m_template.origin = origin;
    m_template.scale = routine.plan.scale;
    m_template.paceInMs = routine.plan.paceInMs;
    m_template.paceOutMs = routine.plan.paceOutMs;
    m_template.stretches = stretchesOf(routine);
    // A write that fails after the session's row was made leaves the session part-stored.
    // (A row that cannot be made at all is told by storeBegin, which knows its id is 0.)
    connect(&store, &HistoryStore::problemFound, this, [this](const QString& problem) {
        if (m_recording && m_record.id != 0)
            emit notRecorded(problem);
    });
    connect(&controller, &PlayerController::sessionEvent, this, &SessionRecorder::onEvent);
    connect(&controller, &PlayerController::stateChanged, this, &SessionRecorder::onStateChanged);
    connect(&controller, &PlayerController::refreshed, this, [this] {
        if (!m_recording)
            return;
        const SessionSummary summary = m_controller.session().summary(m_controller.now());
        m_lastWallMs = summary.wallMs;
        m_lastActiveMs = summary.activeMs;
    });
}

SessionRecorder::~SessionRecorder()
{
    // The controller may be half gone by now (this is its child): only what was last seen of
    // its session is used.
    if (m_recording) {
        m_record.end = SessionEnd::Closed;
        m_record.endUtcMs = m_record.startUtcMs + m_lastWallMs;
        m_record.playedMs = m_lastActiveMs;
        if (!m_held)
            m_store.finish(m_record.id, SessionEnd::Closed, *m_record.endUtcMs, m_lastActiveMs);
    }
    if (m_held)
        writeHeld();
}

void SessionRecorder::holdWrites()
{
    m_held = true;
}

void SessionRecorder::releaseWrites()
{
    if (!m_held)
        return;
    writeHeld();
    m_held = false;
}

void SessionRecorder::writeHeld()
{
    if (!m_begun)
        return;
    m_begun = false;
    storeBegin();
    m_written = m_record.stretches;
    if (m_record.end != SessionEnd::InProgress && m_record.endUtcMs)
        m_store.finish(m_record.id, m_record.end, *m_record.endUtcMs, m_record.playedMs);
}

void SessionRecorder::storeBegin()
{
    m_record.id = m_store.begin(m_record);
    // No problem: the history is off, and nothing is owed.
    if (m_record.id == 0 && !m_store.problem().isEmpty())
        emit notRecorded(m_store.problem());
}

void SessionRecorder::watchWindow(QWidget& window)
{
    window.installEventFilter(this);
}

bool SessionRecorder::eventFilter(QObject* watched, QEvent* event)
{
    // Seen before the window's own closeEvent, which stops the session.
    if (event->type() == QEvent::Close)
        m_closing = true;
    return QObject::eventFilter(watched, event);
}

void SessionRecorder::onEvent(const SessionEvent& event)
{
    if (!m_recording) {
        if (!isPlaying(m_controller.state()))
            return;
        beginRecord();
    }
    switch (event.kind) {
    case SessionEvent::Kind::SegmentStarted:
        if (event.item != m_item)
            enterItem(event.item, event.atMs);
        break;
    case SessionEvent::Kind::ExerciseDone:
        account(event.atMs);
        // Passed with Next through a hold or set, it ended but was not done.
        if (StretchRecord* stretch = stretchOf(event.item);
            stretch && m_controller.session().isDone(event.item)) {
            stretch->outcome = StretchOutcome::Done;
            write(event.item);
        }
        break;
    case SessionEvent::Kind::SideSwitch:
    case SessionEvent::Kind::Cue:
    case SessionEvent::Kind::Countdown:
    case SessionEvent::Kind::RoutineDone:
        break;
    }
}

void SessionRecorder::onStateChanged(SessionState state)
{
    if (!m_recording && isPlaying(state))
        beginRecord();
    if (!m_recording)
        return;
    if (state == SessionState::Finished)
        end(SessionEnd::Finished);
    else if (state == SessionState::Stopped)
        end(m_closing ? SessionEnd::Closed : SessionEnd::Stopped);
}

void SessionRecorder::beginRecord()
{
    // A second session while held (a "play again" before the first frame): the first is kept.
    if (m_held)
        writeHeld();
    const SessionSummary summary = m_controller.session().summary(m_controller.now());
    m_startMs = m_controller.now() - summary.wallMs;
    m_record = m_template;
    m_record.startUtcMs = m_wallClock() - summary.wallMs;
    m_record.startOffsetMinutes
        = QDateTime::fromMSecsSinceEpoch(m_record.startUtcMs).offsetFromUtc() / 60;
    m_record.plannedMs = m_controller.session().plan().totalMs;
    m_written = m_record.stretches;
    m_item = -1;
    m_accountedActiveMs = 0;
    m_lastWallMs = summary.wallMs;
    m_lastActiveMs = summary.activeMs;
    m_recording = true;
    if (m_held) {
        m_begun = true;
        return;
    }
    storeBegin();
}

std::int64_t SessionRecorder::activeAt(std::int64_t atMs) const
{
    // The summary is as of the controller's last "now", or of the end once the session ended;
    // the events it reports were due while it ran, at or before that moment.
    const SessionSummary summary = m_controller.session().summary(m_controller.now());
    const std::int64_t asOf = m_startMs + summary.wallMs;
    return std::max<std::int64_t>(0, summary.activeMs - std::max<std::int64_t>(0, asOf - atMs));
}

void SessionRecorder::account(std::int64_t atMs)
{
    const std::int64_t active = std::max(m_accountedActiveMs, activeAt(atMs));
    if (StretchRecord* stretch = stretchOf(m_item))
        stretch->playedMs += active - m_accountedActiveMs;
    m_accountedActiveMs = active;
}

void SessionRecorder::enterItem(int item, std::int64_t atMs)
{
    account(atMs);
    if (StretchRecord* left = stretchOf(m_item)) {
        if (item > m_item && left->outcome != StretchOutcome::Done)
            left->outcome = StretchOutcome::Skipped;
        write(m_item);
    }
    m_item = item;
}

StretchRecord* SessionRecorder::stretchOf(int item)
{
    const auto at = std::find_if(m_record.stretches.begin(), m_record.stretches.end(),
        [item](const StretchRecord& stretch) { return stretch.item == item; });
    return at == m_record.stretches.end() ? nullptr : &*at;
}

void SessionRecorder::write(int item)
{
    const StretchRecord* stretch = stretchOf(item);
    if (!stretch)
        return;
    const auto index = static_cast<std::size_t>(stretch - m_record.stretches.data());
    if (m_written[index] == *stretch)
        return;
    if (m_held)
        return; // written with the rest on release
    m_written[index] = *stretch;
    m_store.updateStretch(m_record.id, *stretch);
}

void SessionRecorder::end(SessionEnd how)
{
    const SessionSummary summary = m_controller.session().summary(m_controller.now());
    account(m_startMs + summary.wallMs);
    if (StretchRecord* current = stretchOf(m_item)) {
        if (current->outcome != StretchOutcome::Done)
            current->outcome = StretchOutcome::Skipped;
        write(m_item);
    }
    m_record.end = how;
    m_record.endUtcMs = m_record.startUtcMs + summary.wallMs;
    m_record.playedMs = summary.activeMs;
    if (!m_held)
        m_store.finish(m_record.id, how, *m_record.endUtcMs, summary.activeMs);
    m_recording = false;
    m_closing = false;
}

} // namespace limber
