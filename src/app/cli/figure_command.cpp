// `limber --figure EXERCISE|FILE --png OUT`: one pose of an exercise's figure as a picture, so
// a person writing an exercise file can see it. Painted on a plain QImage: no display, no
// fonts, so it runs under the QCoreApplication of the other display-free modes, and in the
// sample palettes (shared/sample_palettes.h), as there is no theme to take colours from.
#include "cli_modes.h"
#include "command_line.h"
#include "figure/figure_painter.h"
#include "shared/sample_palettes.h"
#include "storage/library_loader.h"

#include <limber/exercise_figure.h>
#include <limber/load.h>

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <iostream>

namespace limber {

namespace {

void printProblems(const Diagnostics& problems)
{
    for (const Diagnostic& problem : problems)
        std::cerr << formatDiagnostic(problem) << '\n';
}

// The exercise a file holds, or the one the library has with that id; exit code when none.
struct ExerciseTarget {
    std::optional<Exercise> exercise;
    int exitCode = 0;
};

ExerciseTarget readExerciseFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::cerr << path.toStdString() << ": cannot read: " << file.errorString().toStdString()
                  << '\n';
        return { std::nullopt, QFileInfo::exists(path) ? 1 : 2 };
    }
    const QByteArray bytes = file.read(static_cast<qint64>(maxFileBytes) + 1);
    LoadedDocument loaded
        = loadDocument(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
            path.toStdString());
    printProblems(loaded.diagnostics);
    if (auto* exercise = std::get_if<Exercise>(&loaded.value))
        return { std::move(*exercise), 0 };
    if (std::holds_alternative<Routine>(loaded.value))
        std::cerr << path.toStdString()
                  << ": /kind: this is a routine file; an exercise file is needed here\n";
    return { std::nullopt, 1 };
}

ExerciseTarget findExercise(const QString& target, const DataLocations& locations)
{
    if (QFileInfo(target).isFile() || target.endsWith(QStringLiteral(".json")))
        return readExerciseFile(target);
    const Library library = loadStandardLibrary(locations);
    if (const Exercise* exercise = library.findExercise(target.toStdString()))
        return { *exercise, 0 };
    std::cerr << "limber: --figure: no exercise with id \"" << target.toStdString()
              << "\" (limber --list shows them) and no such file\n";
    return { std::nullopt, 2 };
}

// The poses a figure has, by the names --pose takes, for the side it is drawn for. In reps,
// "in" and "out" also name the first phase on that breath, as cat-cow's arch and round.
std::vector<std::pair<std::string, figure::Pose>> namedPoses(
    const figure::ExerciseFigure& f, const Exercise& exercise)
{
    std::vector<std::pair<std::string, figure::Pose>> poses { { "start", f.start } };
    if (f.phases.empty()) {
        // A hold's middle, as figure.h defines it when the file names no "hold".
        if (f.hold)
            poses.emplace_back("hold", *f.hold);
        else if (f.in && f.out)
            poses.emplace_back("hold", figure::interpolate(*f.out, *f.in, 0.5));
        else
            poses.emplace_back("hold", f.start);
        if (f.in && f.out) {
            poses.emplace_back("in", *f.in);
            poses.emplace_back("out", *f.out);
        }
    }
    for (std::size_t i = 0; i < f.phases.size(); ++i)
        poses.emplace_back("phase-" + std::to_string(i + 1), f.phases[i]);
    const auto* reps = std::get_if<Reps>(&exercise.dose);
    for (const auto& [breath, name] : { std::pair { Breath::In, "in" }, { Breath::Out, "out" } }) {
        for (std::size_t i = 0; reps && i < reps->phases.size() && i < f.phases.size(); ++i) {
            if (reps->phases[i].breath == breath) {
                poses.emplace_back(name, f.phases[i]);
                break;
            }
        }
    }
    return poses;
}

} // namespace

int runFigure(const CommandLine& line, const DataLocations& locations)
{
    const ExerciseTarget target = findExercise(line.target, locations);
    if (!target.exercise)
        return target.exitCode;
    const Exercise& exercise = *target.exercise;

    const Side side = line.figureSide.isEmpty()
        ? figureFileSide(exercise.sides, exercise.firstSide)
        : (line.figureSide == QStringLiteral("right") ? Side::Right : Side::Left);
    const figure::ExerciseFigure own = figureOf(exercise);
    figure::ExerciseFigure shown = figureForSide(own, side);
    if (!line.figureView.isEmpty())
        shown.view = *figure::namedView(line.figureView.toStdString());
    else if (shown.firstSide != own.firstSide)
        shown.view = figure::mirrored(shown.view); // the other side, as the player shows it

    const auto poses = namedPoses(shown, exercise);
    const std::string wanted = line.figurePose.isEmpty()
        ? (shown.phases.empty() ? "hold" : "phase-1")
        : line.figurePose.toStdString();
    const auto pose = std::find_if(
        poses.begin(), poses.end(), [&](const auto& named) { return named.first == wanted; });
    if (pose == poses.end()) {
        std::string names;
        for (const auto& named : poses)
            names += (names.empty() ? "" : ", ") + named.first;
        std::cerr << "limber: --pose: \"" << wanted << "\" is not a pose of " << exercise.id
                  << "; its poses are " << names << "\nTry 'limber --help'.\n";
        return 2;
    }

    const std::optional<figure::BodySide> highlight = exercise.sides == Sides::None
        ? std::nullopt
        : std::optional(side == Side::Left ? figure::BodySide::Left : figure::BodySide::Right);
    const figure::Drawing drawing = figure::draw(shown, pose->second, highlight);
    const QPalette palette = line.figureDark ? sampleDarkPalette() : sampleLightPalette();
    const QImage image = figureImage(drawing, QSize(line.figureSizePx, line.figureSizePx), 1.0,
        FigurePalette::fromPalette(palette), palette.color(QPalette::Window));
    if (!image.save(line.figurePng, "PNG")) {
        std::cerr << "limber: cannot write " << line.figurePng.toStdString() << '\n';
        return 1;
    }
    return 0;
}

} // namespace limber
