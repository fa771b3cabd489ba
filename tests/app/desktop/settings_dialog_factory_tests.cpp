// The settings dialog is made from the pages parts add, in their order, built afresh for
// each dialog, with the settings file's problems at the top.
#include "desktop/settings_dialog.h"
#include "desktop/settings_dialog_factory.h"
#include "desktop_test_support.h"

#include <QFile>
#include <QLabel>
#include <QPointer>

#include <catch2/catch.hpp>
#include <memory>

TEST_CASE("The settings dialog has each part's page, in the order they were added")
{
    desktop_test::TestDirs dirs;
    limber::SettingsDialogFactory factory;
    int made = 0;
    QList<QPointer<QWidget>> pages;
    const auto maker = [&](const QString& name) {
        return [&, name](limber::SettingsDialog&) {
            ++made;
            auto* page = new QLabel(name);
            pages << page;
            return page;
        };
    };
    factory.addPage(QStringLiteral("First"), maker(QStringLiteral("one")));
    factory.addPage(QStringLiteral("Second"), maker(QStringLiteral("two")));

    std::unique_ptr<limber::SettingsDialog> dialog(factory.make(nullptr));
    REQUIRE(dialog->pageCount() == 2);
    CHECK(qobject_cast<QLabel*>(dialog->page(0))->text() == QStringLiteral("one"));
    CHECK(qobject_cast<QLabel*>(dialog->page(1))->text() == QStringLiteral("two"));
    CHECK(made == 2);

    std::unique_ptr<limber::SettingsDialog> again(factory.make(nullptr));
    CHECK(made == 4);
    CHECK(again->page(0) != dialog->page(0));
    dialog.reset();
    CHECK_FALSE(pages[0]); // the dialog owned its pages
    CHECK(pages[2]);
}
