#include "audio_problem.h"

#include <QAudioDevice>
#include <QMediaDevices>

#include <spdlog/spdlog.h>

namespace limber {

namespace {

// The process has one set of speakers, so it keeps one record of what is wrong with them.
QString& firstProblem()
{
    static QString problem;
    return problem;
}

} // namespace

void reportAudioProblem(const QString& problem)
{
    if (!firstProblem().isEmpty()) {
        spdlog::debug("sound: {}", problem.toStdString());
        return;
    }
    firstProblem() = problem;
    spdlog::warn("sound: {}; Limber plays on silently", problem.toStdString());
}

QString audioProblem()
{
    return firstProblem();
}

bool hasAudioOutput()
{
    return !QMediaDevices::audioOutputs().isEmpty();
}

void clearAudioProblem()
{
    firstProblem().clear();
}

} // namespace limber
