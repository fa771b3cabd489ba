#include "test_support.h"

#include "../support/child.h"
#include "storage/library_loader.h"

#include <QComboBox>
#include <QDirIterator>
#include <QFileInfo>

#include <catch2/catch.hpp>
#include <map>

namespace testing {

ScriptedDialogs::Unsaved ScriptedDialogs::askUnsaved(QWidget*, const QString& name)
{
    ++questionsAsked;
    INFO("unexpected question about unsaved changes in " << name.toStdString());
    REQUIRE(!unsaved.empty());
    const Unsaved answer = unsaved.front();
    unsaved.pop_front();
    return answer;
}

std::optional<QString> ScriptedDialogs::askText(
    QWidget*, const QString&, const QString&, const QString&)
{
    ++questionsAsked;
    REQUIRE(!texts.empty());
    const auto answer = texts.front();
    texts.pop_front();
    return answer;
}

bool ScriptedDialogs::confirm(QWidget*, const QString& title, const QString& text)
{
    ++questionsAsked;
    confirmTexts << title + QStringLiteral(": ") + text;
    REQUIRE(!confirms.empty());
    const bool answer = confirms.front();
    confirms.pop_front();
    return answer;
}

ScriptedDialogs::ImportChoice ScriptedDialogs::askImportChanges(
    QWidget*, const QString&, const QStringList& changes)
{
    ++questionsAsked;
    importChanges = changes;
    REQUIRE(!importChoices.empty());
    const ImportChoice answer = importChoices.front();
    importChoices.pop_front();
    return answer;
}

ScriptedDialogs::SameRoutine ScriptedDialogs::askSameRoutine(
    QWidget*, const QString& name, const QString& existing, const QString& keptName)
{
    ++questionsAsked;
    sameRoutineQuestions << name + QLatin1Char('|') + existing + QLatin1Char('|') + keptName;
    REQUIRE(!sameRoutineChoices.empty());
    const SameRoutine answer = sameRoutineChoices.front();
    sameRoutineChoices.pop_front();
    return answer;
}

QString ScriptedDialogs::askOpenFile(QWidget*, const QString&, const QString&)
{
    ++questionsAsked;
    REQUIRE(!files.empty());
    const QString answer = files.front();
    files.pop_front();
    return answer;
}

QString ScriptedDialogs::askSaveFile(
    QWidget* parent, const QString& title, const QString& suggested, const QString& filter)
{
    suggestedFiles << suggested;
    return askOpenFile(parent, title, filter);
}

void ScriptedDialogs::showError(QWidget*, const QString& title, const QString& text)
{
    errors << title + QStringLiteral(": ") + text;
}

Window openWindow(const TestDirs& dirs)
{
    auto dialogs = std::make_unique<ScriptedDialogs>();
    Window result;
    result.dialogs = dialogs.get();
    result.window = std::make_unique<limber::MainWindow>(dirs.locations(), std::move(dialogs));
    return result;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

std::map<QString, QByteArray> snapshot(const QString& folder)
{
    std::map<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files[path] = readFile(path);
    }
    return files;
}

QByteArray exerciseJson(const QString& id, const QString& name, const QString& extra)
{
    return QStringLiteral(R"({
  "kind": "exercise", "version": 1, "id": "%1", "name": "%2",
  "summary": "A stretch of my own.",
  "position": "seated", "steps": ["Reach to the {side}."], "sides": "each",
  "dose": { "hold": { "seconds": 20 } }%3
})")
        .arg(id, name, extra)
        .toUtf8();
}

limber::Library builtInLibrary()
{
    limber::Library library;
    limber::addBuiltInData(library);
    library.resolve();
    return library;
}

void chooseMeasure(limber::ItemEditor& editor, const QString& measure)
{
    auto& measures = limber::test::child<QComboBox>(editor, "item-measure");
    measures.setCurrentIndex(measures.findText(measure));
    emit measures.activated(measures.currentIndex());
}

} // namespace testing
