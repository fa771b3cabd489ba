// The session engine. Plan time is a straight line through an anchor (m_anchorPlanMs at
// m_anchorWallMs) that moves only when the person acts: pause, resume, a jump or a stop. Events
// are read off the plan between an emitted-through cursor and the present, so an update that
// comes late yields exactly what was missed, each with its own due time.
#include <limber/session.h>

#include <algorithm>
#include <limits>
#include <utility>

namespace limber {

namespace {

using Kind = SessionEvent::Kind;

// Order of the events that share a plan time within one segment; a segment's end events come
// before the next segment's start events because they sort by segment first.
enum Rank : int {
    StartedRank,
    SideSwitchRank,
    CueRank,
    CountdownRank,
    ExerciseDoneRank,
    RoutineDoneRank,
    AfterAllRanks,
};

constexpr int afterAllSegments = std::numeric_limits<int>::max();

bool hasCountdown(SegmentKind kind)
{
    return kind == SegmentKind::Hold || kind == SegmentKind::Set || kind == SegmentKind::LeadIn;
}

std::int64_t ceilSeconds(std::int64_t ms)
{
    return (ms + 999) / 1000;
}

} // namespace

Session::Session(Plan plan)
    : m_plan(std::move(plan))
{
    // Compiled plans number their items from 0 in order, so the last segment has the last item.
    const std::size_t items
        = m_plan.segments.empty() ? 0 : static_cast<std::size_t>(m_plan.segments.back().item) + 1;
    m_done.assign(items, false);
    m_skipped.assign(items, false);
    m_cutShort.assign(m_plan.segments.size(), false);
}

bool Session::start(std::int64_t now)
{
    if (m_state != SessionState::Ready)
        return false;
    m_state = SessionState::Running;
    m_startWallMs = now;
    m_anchorWallMs = now;
    m_anchorPlanMs = 0;
    if (m_plan.segments.empty())
        finish(now, SessionState::Finished);
    return true;
}

bool Session::pause(std::int64_t now)
{
    collect(now);
    if (m_state != SessionState::Running)
        return false;
    m_anchorPlanMs = position(now);
    m_anchorWallMs = now;
    m_pausedAtWallMs = now;
    m_state = SessionState::Paused;
    return true;
}

bool Session::resume(std::int64_t now)
{
    if (m_state != SessionState::Paused)
        return false;
    m_pausedMs += now - m_pausedAtWallMs;
    m_anchorWallMs = now;
    m_state = SessionState::Running;
    return true;
}

bool Session::next(std::int64_t now)
{
    collect(now);
    if (m_state != SessionState::Running && m_state != SessionState::Paused)
        return false;
    // Leaving a segment early ends it: its end events (ExerciseDone…) still come, what was left
    // of it (cues, countdown) does not. A hold or set left so was not done (a lead-in, switch
    // or rest cut short loses nothing of the stretch).
    const auto from = static_cast<std::size_t>(segmentAt(position(now)));
    const SegmentKind kind = m_plan.segments[from].kind;
    if (kind == SegmentKind::Hold || kind == SegmentKind::Set)
        m_cutShort[from] = true;
    const std::int64_t end = m_plan.segments[from].endMs();
    seek(now, end, { end - 1, afterAllSegments, AfterAllRanks });
    return true;
}

bool Session::skipExercise(std::int64_t now)
{
    collect(now);
    if (m_state != SessionState::Running && m_state != SessionState::Paused)
        return false;
    const int from = segmentAt(position(now));
    const int item = m_plan.segments[static_cast<std::size_t>(from)].item;
    const auto begin = m_plan.segments.begin();
    const auto to = std::find_if(
        begin + from, m_plan.segments.end(), [item](const Segment& s) { return s.item != item; });
    if (!m_done[static_cast<std::size_t>(item)])
        m_skipped[static_cast<std::size_t>(item)] = true;
    // The skipped item's ExerciseDone is passed over; the routine's end, if reached, is not.
    if (to == m_plan.segments.end()) {
        const int last = static_cast<int>(m_plan.segments.size()) - 1;
        seek(now, m_plan.totalMs, { m_plan.totalMs, last, ExerciseDoneRank });
    } else {
        const int target = static_cast<int>(to - begin);
        seek(now, to->startMs, { to->startMs, target - 1, AfterAllRanks });
    }
    return true;
}

bool Session::previous(std::int64_t now)
{
    collect(now);
    if (m_state != SessionState::Running && m_state != SessionState::Paused)
        return false;
    const std::int64_t at = position(now);
    int target = segmentAt(at);
    if (at - m_plan.segments[static_cast<std::size_t>(target)].startMs < previousGraceMs
        && target > 0)
        --target;
    // Going back replays the target from its start, but not the end of the one before it.
    m_cutShort[static_cast<std::size_t>(target)] = false;
    const std::int64_t start = m_plan.segments[static_cast<std::size_t>(target)].startMs;
    seek(now, start, { start, target - 1, AfterAllRanks });
    return true;
}

bool Session::extend(std::int64_t now)
{
    collect(now);
    if (m_state != SessionState::Running && m_state != SessionState::Paused)
        return false;
    const auto index = static_cast<std::size_t>(segmentAt(position(now)));
    // A set's length is its reps; more time would be time with nothing to do.
    if (m_plan.segments[index].kind == SegmentKind::Set)
        return false;
    extendSegment(m_plan, index, extendMs);
    return true;
}

bool Session::stop(std::int64_t now)
{
    collect(now);
    if (m_state != SessionState::Running && m_state != SessionState::Paused)
        return false;
    finish(now, SessionState::Stopped);
    return true;
}

std::vector<SessionEvent> Session::update(std::int64_t now)
{
    collect(now);
    return std::exchange(m_pending, {});
}

std::int64_t Session::position(std::int64_t now) const
{
    if (m_state != SessionState::Running)
        return m_anchorPlanMs;
    return std::clamp(m_anchorPlanMs + (now - m_anchorWallMs), std::int64_t { 0 }, m_plan.totalMs);
}

std::int64_t Session::wallAt(std::int64_t planMs) const
{
    return m_anchorWallMs + (planMs - m_anchorPlanMs);
}

int Session::segmentAt(std::int64_t planMs) const
{
    const auto after = std::upper_bound(m_plan.segments.begin(), m_plan.segments.end(), planMs,
        [](std::int64_t ms, const Segment& s) { return ms < s.startMs; });
    const auto index = static_cast<int>(after - m_plan.segments.begin()) - 1;
    return std::clamp(index, 0, static_cast<int>(m_plan.segments.size()) - 1);
}

void Session::collect(std::int64_t now)
{
    if (m_state != SessionState::Running && m_state != SessionState::Paused)
        return;
    const std::int64_t until = position(now);
    const int last = segmentAt(until);
    // At a boundary, the segment that ends there may still owe its end events.
    const std::int64_t from = std::max<std::int64_t>(0, m_emittedThrough.timeMs);
    int first = segmentAt(from);
    if (first > 0 && m_plan.segments[static_cast<std::size_t>(first)].startMs == from)
        --first;
    bool finished = false;
    for (int index = first; index <= last; ++index) {
        for (const auto& [key, event] : eventsOf(index)) {
            if (key <= m_emittedThrough || key.timeMs > until)
                continue;
            m_pending.push_back(event);
            if (event.kind == Kind::ExerciseDone)
                markDone(event.item);
            finished = finished || event.kind == Kind::RoutineDone;
        }
    }
    m_emittedThrough
        = std::max(m_emittedThrough, EventKey { until, afterAllSegments, AfterAllRanks });
    if (finished)
        finish(now, SessionState::Finished);
}

std::vector<std::pair<Session::EventKey, SessionEvent>> Session::eventsOf(int index) const
{
    const Segment& s = m_plan.segments[static_cast<std::size_t>(index)];
    const bool lastSegment = index + 1 == static_cast<int>(m_plan.segments.size());
    const bool lastOfItem
        = lastSegment || m_plan.segments[static_cast<std::size_t>(index) + 1].item != s.item;

    std::vector<std::pair<EventKey, SessionEvent>> events;
    auto add = [&](std::int64_t at, int rank, Kind kind, int cue = -1, int count = 0) {
        events.push_back({ { at, index, rank }, { kind, wallAt(at), index, s.item, cue, count } });
    };
    add(s.startMs, StartedRank, Kind::SegmentStarted);
    if (s.kind == SegmentKind::Switch)
        add(s.startMs, SideSwitchRank, Kind::SideSwitch);
    for (std::size_t c = 0; c < s.cues.size(); ++c)
        add(s.startMs + s.cues[c].atMs, CueRank, Kind::Cue, static_cast<int>(c));
    // The countdown shows ceil(remaining s); it "becomes" n at end - n s, if that is after the
    // segment's start.
    for (int count = 3; count >= 1 && hasCountdown(s.kind); --count) {
        if (count * 1000 < s.durationMs)
            add(s.endMs() - count * 1000, CountdownRank, Kind::Countdown, -1, count);
    }
    if (lastOfItem)
        add(s.endMs(), ExerciseDoneRank, Kind::ExerciseDone);
    if (lastSegment)
        add(s.endMs(), RoutineDoneRank, Kind::RoutineDone);
    std::stable_sort(events.begin(), events.end(),
        [](const auto& a, const auto& b) { return a.first < b.first; });
    return events;
}

void Session::seek(std::int64_t now, std::int64_t planMs, EventKey emittedThrough)
{
    m_anchorPlanMs = planMs;
    m_anchorWallMs = now;
    m_emittedThrough = emittedThrough;
    collect(now);
}

void Session::markDone(int item)
{
    bool whole = true;
    for (std::size_t s = 0; s < m_plan.segments.size(); ++s)
        whole = whole && !(m_plan.segments[s].item == item && m_cutShort[s]);
    m_done[static_cast<std::size_t>(item)] = whole;
    m_skipped[static_cast<std::size_t>(item)] = !whole;
}

bool Session::isDone(int item) const
{
    return item >= 0 && item < static_cast<int>(m_done.size())
        && m_done[static_cast<std::size_t>(item)];
}

void Session::finish(std::int64_t now, SessionState state)
{
    if (m_state == SessionState::Paused)
        m_pausedMs += now - m_pausedAtWallMs;
    // A routine that played to its end ended when it was due, not when this was noticed.
    const std::int64_t end = state == SessionState::Finished ? m_plan.totalMs : position(now);
    m_endWallMs = m_state == SessionState::Running ? wallAt(end) : now;
    m_anchorPlanMs = end;
    m_anchorWallMs = m_endWallMs;
    m_state = state;
}

int Session::segmentIndex(std::int64_t now) const
{
    return m_plan.segments.empty() ? -1 : segmentAt(position(now));
}

const Segment* Session::segment(std::int64_t now) const
{
    const int index = segmentIndex(now);
    return index < 0 ? nullptr : &m_plan.segments[static_cast<std::size_t>(index)];
}

std::int64_t Session::segmentElapsedMs(std::int64_t now) const
{
    const Segment* s = segment(now);
    return s ? position(now) - s->startMs : 0;
}

std::int64_t Session::segmentRemainingMs(std::int64_t now) const
{
    const Segment* s = segment(now);
    return s ? s->endMs() - position(now) : 0;
}

std::int64_t Session::routineElapsedMs(std::int64_t now) const
{
    return position(now);
}

std::int64_t Session::routineRemainingMs(std::int64_t now) const
{
    return m_plan.totalMs - position(now);
}

const Cue* Session::currentCue(std::int64_t now) const
{
    const Segment* s = segment(now);
    if (!s)
        return nullptr;
    const std::int64_t elapsed = position(now) - s->startMs;
    const auto after = std::upper_bound(s->cues.begin(), s->cues.end(), elapsed,
        [](std::int64_t ms, const Cue& cue) { return ms < cue.atMs; });
    return after == s->cues.begin() ? nullptr : &*(after - 1);
}

std::optional<int> Session::currentRep(std::int64_t now) const
{
    const Cue* cue = currentCue(now);
    return cue ? cue->rep : std::nullopt;
}

std::optional<int> Session::currentSet(std::int64_t now) const
{
    const Segment* s = segment(now);
    if (!s || s->kind != SegmentKind::Set)
        return std::nullopt;
    return s->set;
}

int Session::exerciseNumber(std::int64_t now) const
{
    const Segment* s = segment(now);
    return s ? s->item + 1 : 0;
}

int Session::exerciseCount() const
{
    return static_cast<int>(m_done.size());
}

std::optional<std::string> Session::nextExercise(std::int64_t now) const
{
    const Segment* s = segment(now);
    if (!s)
        return std::nullopt;
    const int item = s->item;
    const auto next = std::find_if(s, m_plan.segments.data() + m_plan.segments.size(),
        [item](const Segment& other) { return other.item != item; });
    if (next == m_plan.segments.data() + m_plan.segments.size())
        return std::nullopt;
    return next->exercise;
}

std::optional<std::int64_t> Session::nextChangeAt(std::int64_t now) const
{
    if (m_state != SessionState::Running)
        return std::nullopt;
    const std::int64_t at = position(now);
    if (!m_pending.empty() || at >= m_plan.totalMs)
        return now;
    const Segment& s = *segment(now);
    // A countdown showing ceil(r / 1000) next changes when r reaches the multiple of 1000 below.
    const std::int64_t segmentSecond = s.endMs() - (ceilSeconds(s.endMs() - at) - 1) * 1000;
    const std::int64_t routineSecond
        = m_plan.totalMs - (ceilSeconds(m_plan.totalMs - at) - 1) * 1000;
    std::int64_t change = std::min({ s.endMs(), segmentSecond, routineSecond });
    const std::int64_t elapsed = at - s.startMs;
    const auto cue = std::upper_bound(s.cues.begin(), s.cues.end(), elapsed,
        [](std::int64_t ms, const Cue& c) { return ms < c.atMs; });
    if (cue != s.cues.end())
        change = std::min(change, s.startMs + cue->atMs);
    return wallAt(change);
}

SessionSummary Session::summary(std::int64_t now) const
{
    SessionSummary summary;
    summary.exercises = exerciseCount();
    summary.exercisesDone = static_cast<int>(std::count(m_done.begin(), m_done.end(), true));
    for (std::size_t item = 0; item < m_skipped.size(); ++item) {
        if (m_skipped[item])
            summary.skippedItems.push_back(static_cast<int>(item));
    }
    summary.exercisesSkipped = static_cast<int>(summary.skippedItems.size());
    if (m_state == SessionState::Ready)
        return summary;
    const bool ended = m_state == SessionState::Finished || m_state == SessionState::Stopped;
    const std::int64_t paused
        = m_pausedMs + (m_state == SessionState::Paused ? now - m_pausedAtWallMs : 0);
    summary.wallMs = (ended ? m_endWallMs : now) - m_startWallMs;
    summary.activeMs = summary.wallMs - paused;
    return summary;
}

} // namespace limber
