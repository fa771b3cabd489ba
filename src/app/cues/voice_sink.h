// Where the cue layer sends what it speaks: offline speech (FliteVoiceSink) or, in tests, a
// recording. One utterance at a time; the cue layer waits for finished() before the next.
#pragma once

#include <QObject>
#include <QString>

namespace limber {

class VoiceSink : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // Starts speaking `text`; finished() follows when it is over, or at once (even before
    // say() returns) when it cannot be spoken.
    virtual void say(const QString& text) = 0;
    // Cuts the current utterance short; no finished() follows for it.
    virtual void stop() = 0;

signals:
    void finished();
};

} // namespace limber
