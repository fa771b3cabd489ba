// The real dialogs, answered as a person would: each is found once it is open (a zero timer
// runs inside its exec()) and a button is clicked, so nothing waits and nothing hangs.
#include "library/dialogs.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTimer>

#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>

using Same = limber::Dialogs::SameRoutine;

namespace {

// Runs `answer` on the dialog that opens next, once it is open.
void whenOpen(std::function<void(QDialog&)> answer)
{
    QTimer::singleShot(0, [answer = std::move(answer)] {
        // No REQUIRE in here: an exception must not cross Qt's event loop.
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        CHECK(dialog);
        if (dialog)
            answer(*dialog);
    });
}

void click(QDialog& dialog, const QString& button)
{
    auto* found = dialog.findChild<QAbstractButton*>(button);
    INFO("no button " << button.toStdString());
    CHECK(found);
    if (found)
        found->click();
    else
        dialog.reject();
}

} // namespace

TEST_CASE("the same-routine question offers replace, keep both and cancel, keep both by default")
{
    limber::Dialogs dialogs;
    const auto ask = [&dialogs] {
        return dialogs.askSameRoutine(nullptr, QStringLiteral("Office break"),
            QStringLiteral("Office break"), QStringLiteral("Office break (2)"));
    };
    QString text;
    whenOpen([&text](QDialog& dialog) {
        auto& box = static_cast<QMessageBox&>(dialog);
        CHECK(box.objectName() == QStringLiteral("same-routine-question"));
        text = box.text() + QLatin1Char('\n') + box.informativeText();
        CHECK(box.defaultButton()->objectName() == QStringLiteral("same-routine-keep-both"));
        click(dialog, QStringLiteral("same-routine-replace"));
    });
    CHECK(ask() == Same::Replace);
    CHECK(text.contains(QStringLiteral("already have a routine called “Office break”")));
    CHECK(text.contains(QStringLiteral("“Office break (2)”")));
    whenOpen([](QDialog& dialog) { click(dialog, QStringLiteral("same-routine-keep-both")); });
    CHECK(ask() == Same::KeepBoth);
    whenOpen([](QDialog& dialog) { click(dialog, QStringLiteral("same-routine-cancel")); });
    CHECK(ask() == Same::Cancel);
}

TEST_CASE("an error shows a long path on one line, selectable, and a text dialog fits its title")
{
    limber::Dialogs dialogs;
    const QString path = QStringLiteral("/home/someone/.local/share/limber/routines/"
                                        "a-rather-long-routine-file-name-from-a-friend.json");
    const QString error = path + QStringLiteral(": /items/0/exercise: no exercise \"nowhere\"");
    whenOpen([&error](QDialog& dialog) {
        CHECK(dialog.objectName() == QStringLiteral("error-dialog"));
        dialog.reject(); // exec() returns once this lambda is done
        auto* text = dialog.findChild<QPlainTextEdit*>(QStringLiteral("error-text"));
        CHECK(text);
        if (!text)
            return;
        CHECK(text->toPlainText() == error);
        CHECK(text->isReadOnly());
        CHECK(text->lineWrapMode() == QPlainTextEdit::NoWrap);
        CHECK(text->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
        // As wide as the line, or as most of the screen when the line is wider.
        const int screenRoom = dialog.screen()->availableSize().width() * 9 / 10 - 80;
        CHECK(text->width() >= std::min(text->fontMetrics().horizontalAdvance(error), screenRoom));
        CHECK(text->width() >= 600);
    });
    dialogs.showError(nullptr, QStringLiteral("Nothing was imported"), error);

    const QString title = QStringLiteral("Rename routine");
    whenOpen([&title](QDialog& dialog) {
        auto& input = static_cast<QInputDialog&>(dialog);
        CHECK(input.windowTitle() == title);
        // Room for the title in a bolder face beside the window manager's buttons.
        CHECK(input.width() >= input.fontMetrics().horizontalAdvance(title) * 3 / 2 + 160);
        input.setTextValue(QStringLiteral("Evening unwind"));
        input.accept();
    });
    CHECK(dialogs.askText(nullptr, title, QStringLiteral("New name:"), QStringLiteral("Old"))
        == QStringLiteral("Evening unwind"));
    whenOpen([](QDialog& dialog) { dialog.reject(); });
    CHECK_FALSE(dialogs.askText(nullptr, title, QStringLiteral("New name:"), QString()));
}
