#include "narration.h"

#include "player_display.h"

#include <QCoreApplication>
#include <QStringList>

namespace limber {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("limber::Narration", text);
}

// A sentence ends with a stop, unless the text already ends as one ("Breathe in…").
QString sentence(const QString& text)
{
    if (text.isEmpty() || text.endsWith(QLatin1Char('.')) || text.endsWith(QChar(0x2026))
        || text.endsWith(QLatin1Char('!')) || text.endsWith(QLatin1Char('?')))
        return text;
    return text + QLatin1Char('.');
}

void addIfChanged(QStringList& parts, const QString& before, const QString& now, bool fresh)
{
    if (!now.isEmpty() && (fresh || now != before))
        parts << sentence(now);
}

// A new segment: what it is, in the words the page shows.
void introduce(QStringList& parts, const PlayerDisplay& before, const PlayerDisplay& now)
{
    switch (now.kind) {
    case SegmentKind::LeadIn:
        parts << tr("%1: %2.").arg(now.progressText, now.exerciseName) << tr("Get ready.");
        break;
    case SegmentKind::Switch:
        parts << tr("Switch sides.");
        break;
    case SegmentKind::Hold:
    case SegmentKind::Set:
        if (now.exerciseName != before.exerciseName)
            parts << sentence(now.exerciseName);
        parts << sentence(now.stage);
        break;
    case SegmentKind::Rest:
        break; // its cue text says "Rest." and what follows
    }
}

} // namespace

QString narrate(const PlayerDisplay& before, const PlayerDisplay& now, const NarrationCause& cause,
    bool speakCountdown)
{
    QStringList parts;
    const bool fresh = cause.segmentStarted;
    if (fresh)
        introduce(parts, before, now);
    if (fresh || cause.cue) {
        addIfChanged(parts, before.sideText, now.sideText, fresh);
        addIfChanged(parts, before.repText, now.repText, fresh);
        if (!now.stepText.isEmpty() && (fresh || now.stepText != before.stepText))
            parts << tr("%1: %2").arg(now.stepLabel, sentence(now.stepText));
        // A cue is said each time it comes, even in the same words as the last one.
        if (!now.cueText.isEmpty() && (cause.cue || fresh))
            parts << sentence(now.cueText);
    }
    if (speakCountdown && cause.countdown)
        parts << QString::number(*cause.countdown);
    return parts.join(QLatin1Char(' '));
}

QString timeLeftSentence(const PlayerDisplay& now)
{
    if (now.countdownText.isEmpty())
        return tr("%1.").arg(now.timeLeftText);
    return tr("%1 %2 left of this step; %3 in the routine.")
        .arg(now.countdownText, now.countdownCaption, now.timeLeftText);
}

} // namespace limber
