// The history's settings: typed reads from limber.conf with bad values reported, the page
// saving each change as it is made, and "Delete all history…" deleting only when the person
// says yes.
#include "../support/child.h"
#include "history/history_settings.h"
#include "history/history_settings_page.h"
#include "storage/app_settings.h"
#include "storage/history_store.h"
#include "store_test_support.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using limber::test::child;

using namespace limber;
using namespace limber::test;

TEST_CASE("history settings default to on, a five-minute goal and reminders as usual")
{
    const ConfigHome home;
    const HistorySettings settings = HistorySettings::load();
    CHECK(settings.enabled);
    CHECK(settings.goalKind == GoalKind::Minutes);
    CHECK(settings.goalAmount() == 5);
    CHECK_FALSE(settings.skipRemindersWhenGoalMet);
}

TEST_CASE("history settings are saved and read back, keeping the other keys")
{
    const ConfigHome home;
    home.write("[reminders]\ninterval_minutes=45\n");
    HistorySettings settings;
    settings.enabled = false;
    settings.goalKind = GoalKind::Sessions;
    settings.goalSessions = 3;
    settings.goalMinutes = 12;
    settings.skipRemindersWhenGoalMet = true;
    REQUIRE(settings.save());
    CHECK(HistorySettings::load() == settings);
    CHECK(HistorySettings::load().goalAmount() == 3);
    AppSettings file = AppSettings::load();
    CHECK(file.integer(QStringLiteral("reminders/interval_minutes"), { 1, 600 }, 0) == 45);
}

TEST_CASE("bad history settings fall back to the defaults, each a problem naming its key")
{
    const ConfigHome home;
    home.write("[history]\nenabled=banana\ngoal_minutes=9999\ngoal_in_sessions=maybe\n");
    AppSettings file = AppSettings::load();
    const HistorySettings settings = HistorySettings::read(file);
    CHECK(settings == HistorySettings {});
    const QString problems = file.problems().join(QLatin1Char('\n'));
    CHECK(problems.contains(QStringLiteral("history/enabled")));
    CHECK(problems.contains(QStringLiteral("history/goal_minutes")));
    CHECK(problems.contains(QStringLiteral("history/goal_in_sessions")));
}

TEST_CASE("the history settings page saves each change and keeps each goal's amount")
{
    const ConfigHome home;
    HistorySettingsPage page(nullptr);
    QSignalSpy changes(&page, &HistorySettingsPage::settingsChanged);
    CHECK_FALSE(
        child<QPushButton>(page, "history-delete-all").isEnabled()); // no store: nothing to delete

    child<QSpinBox>(page, "history-goal-amount").setValue(20);
    CHECK(HistorySettings::load().goalMinutes == 20);
    child<QComboBox>(page, "history-goal-kind").setCurrentIndex(1);
    CHECK(child<QSpinBox>(page, "history-goal-amount").value() == 1);
    child<QSpinBox>(page, "history-goal-amount").setValue(2);
    child<QComboBox>(page, "history-goal-kind").setCurrentIndex(0);
    CHECK(child<QSpinBox>(page, "history-goal-amount").value() == 20);
    child<QCheckBox>(page, "history-skip-reminders").setChecked(true);
    child<QCheckBox>(page, "history-enabled").setChecked(false);
    CHECK_FALSE(child<QSpinBox>(page, "history-goal-amount").isEnabled());

    const HistorySettings saved = HistorySettings::load();
    CHECK(saved == page.settings());
    CHECK_FALSE(saved.enabled);
    CHECK(saved.goalKind == GoalKind::Minutes);
    CHECK(saved.goalMinutes == 20);
    CHECK(saved.goalSessions == 2);
    CHECK(saved.skipRemindersWhenGoalMet);
    CHECK(changes.count() == 6);
}

TEST_CASE("Delete all history asks first and deletes only on yes")
{
    const ConfigHome home;
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
    REQUIRE(store.begin(sampleSession(1'000)) > 0);
    REQUIRE(store.begin(sampleSession(2'000)) > 0);
    HistorySettingsPage page(&store);
    QSignalSpy deleted(&page, &HistorySettingsPage::historyDeleted);
    int asked = 0;
    bool answer = false;
    page.setDeleteQuestion([&] {
        ++asked;
        return answer;
    });

    child<QPushButton>(page, "history-delete-all").click();
    CHECK(asked == 1);
    CHECK(store.sessions().size() == 2);
    CHECK(deleted.count() == 0);

    answer = true;
    child<QPushButton>(page, "history-delete-all").click();
    CHECK(asked == 2);
    CHECK(store.sessions().empty());
    CHECK(deleted.count() == 1);
}
