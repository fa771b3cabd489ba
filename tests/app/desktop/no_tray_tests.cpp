// No tray, no silent stop: on a desktop with no tray (the offscreen platform has none, as
// stock GNOME has none), closing the main window with reminders on leaves Limber running, says
// so once with Keep reminding me and Quit Limber, and the next reminder still comes, offering
// Quit Limber itself.
#include "../support/child.h"
#include "../support/fake_clock.h"
#include "desktop/desktop_integration.h"
#include "desktop/desktop_settings.h"
#include "desktop/general_settings_page.h"
#include "desktop/no_tray_notice.h"
#include "desktop/player_launcher.h"
#include "desktop/reminder_notice.h"
#include "desktop/reminders.h"
#include "desktop/settings_dialog.h"
#include "desktop_test_support.h"
#include "library/dialogs.h"
#include "library/main_window.h"
#include "storage/data_locations.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>
#include <functional>
#include <memory>

using limber::test::child;

namespace {

struct NoTray {
    desktop_test::TestDirs dirs;
    limber::test::FakeClock clocks;
    limber::MainWindow window { limber::DataLocations::standard(),
        std::make_unique<limber::Dialogs>() };
    limber::PlayerLauncher players { clocks, &window };
    limber::DesktopIntegration desktop { window, players, clocks,
        limber::DesktopIntegration::Surroundings { [this] { return clocks.wall(); } }, nullptr };

    NoTray() { desktop.setReminderRules(desktop_test::everyMinutes(1)); }
    ~NoTray()
    {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (qobject_cast<limber::NoTrayNotice*>(widget))
                widget->close();
        QApplication::setQuitOnLastWindowClosed(true);
    }
    NoTray(const NoTray&) = delete;
    NoTray& operator=(const NoTray&) = delete;

    // Runs the application's event loop around `act`: 0 when the app quit, 7 when it was
    // still running once everything `act` set off had happened.
    static int runAround(const std::function<void()>& act)
    {
        // A quit arrives as a Quit event to the application, sent or posted.
        struct QuitWatcher : QObject {
            bool seen = false;
            bool eventFilter(QObject* watched, QEvent* event) override
            {
                if (watched == qApp && event->type() == QEvent::Quit)
                    seen = true;
                return false;
            }
        };
        // Shared: the timers below may fire after this returns, in a later test's loop.
        const auto watcher = std::make_shared<QuitWatcher>();
        qApp->installEventFilter(watcher.get());
        QTimer::singleShot(0, qApp, act);
        // Two turns of the loop behind `act`, so what it posted is handled first.
        QTimer::singleShot(0, qApp, [watcher] {
            QTimer::singleShot(0, qApp, [watcher] {
                if (!watcher->seen)
                    QCoreApplication::exit(7);
            });
        });
        const int code = QApplication::exec();
        qApp->removeEventFilter(watcher.get());
        return code;
    }

    static limber::NoTrayNotice* shownNotice()
    {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* notice = qobject_cast<limber::NoTrayNotice*>(widget))
                if (notice->isVisible())
                    return notice;
        return nullptr;
    }
};

} // namespace

TEST_CASE("With no tray and reminders on, closing the window keeps Limber running and the next "
          "reminder comes")
{
    NoTray f;
    REQUIRE_FALSE(f.desktop.hasTray());
    CHECK_FALSE(f.desktop.keepsRunningInTray());
    CHECK(f.desktop.keepsRunningWhenClosed());
    QSignalSpy kept(&f.desktop, &limber::DesktopIntegration::keptRunningWithoutTray);

    f.window.show();
    CHECK(NoTray::runAround([&f] { f.window.close(); }) == 7);
    QCoreApplication::processEvents(); // the close is looked at once the window has handled it
    CHECK_FALSE(f.window.isVisible());
    REQUIRE(kept.count() == 1);
    limber::NoTrayNotice* said = NoTray::shownNotice();
    REQUIRE(said);
    CHECK(said->text().contains(QStringLiteral("no tray")));
    CHECK(child<QPushButton>(*said, "no-tray-keep").text() == QStringLiteral("&Keep reminding me"));
    CHECK(child<QPushButton>(*said, "no-tray-quit").text() == QStringLiteral("&Quit Limber"));
    CHECK(limber::DesktopSettings::load().noTrayNoticeShown);

    SECTION("Keep reminding me: the next reminder comes, and offers Quit Limber")
    {
        CHECK(
            NoTray::runAround([said] { child<QPushButton>(*said, "no-tray-keep").click(); }) == 7);
        f.clocks.advance(60'000);
        child<limber::Reminders>(f.desktop, "reminders").check();
        limber::ReminderNotice& reminder = f.desktop.notice();
        REQUIRE(reminder.isVisible());
        CHECK(child<QPushButton>(reminder, "reminder-quit").isVisible());

        // Said once: closing the window again says nothing more.
        f.window.show();
        CHECK(NoTray::runAround([&f] { f.window.close(); }) == 7);
        QCoreApplication::processEvents();
        CHECK(kept.count() == 1);
        CHECK_FALSE(NoTray::shownNotice());

        // The reminder's Quit Limber quits.
        CHECK(NoTray::runAround([&reminder] {
            child<QPushButton>(reminder, "reminder-quit").click();
        }) == 0);
    }
    SECTION("Quit Limber quits")
    {
        CHECK(
            NoTray::runAround([said] { child<QPushButton>(*said, "no-tray-quit").click(); }) == 0);
    }
}

TEST_CASE("With no tray and reminders off, closing the window quits as before")
{
    NoTray f;
    limber::ReminderRules off = f.desktop.settings().reminders;
    off.enabled = false;
    f.desktop.setReminderRules(off);
    CHECK_FALSE(f.desktop.keepsRunningWhenClosed());
    f.window.show();
    CHECK(NoTray::runAround([&f] { f.window.close(); }) == 0);
}

TEST_CASE("Where there is a tray, the reminder has no Quit of its own")
{
    NoTray f;
    CHECK(child<QPushButton>(f.desktop.notice(), "reminder-quit").isVisibleTo(&f.desktop.notice()));
    limber::DesktopIntegration withTray { f.window, f.players, f.clocks,
        limber::DesktopIntegration::Surroundings { [&f] { return f.clocks.wall(); }, true },
        nullptr };
    CHECK_FALSE(
        child<QPushButton>(withTray.notice(), "reminder-quit").isVisibleTo(&withTray.notice()));
}

TEST_CASE("With no tray, the Desktop settings say that Limber keeps running for its reminders")
{
    limber::GeneralSettingsPage page(false, false, false);
    QStringList texts;
    for (const QLabel* label : page.findChildren<QLabel*>())
        texts << label->text();
    CHECK(texts.join(QLatin1Char(' ')).contains(QStringLiteral("leaves Limber running")));
}

TEST_CASE("With no tray, the autostart launch (--tray) opens the window, and closing it keeps "
          "the reminders")
{
    NoTray f;
    limber::WindowRequest autostart;
    autostart.startInTray = true;
    f.desktop.showWindow(autostart);
    CHECK(f.window.isVisible());
    CHECK(NoTray::runAround([&f] { f.window.close(); }) == 7);
    f.clocks.advance(60'000);
    child<limber::Reminders>(f.desktop, "reminders").check();
    CHECK(f.desktop.notice().isVisible());
}
