// The sound and voice settings page: what it shows, that each change is saved at once, its
// test buttons where there is no sound device, and that it works hosted or on its own.
#include "../support/child.h"
#include "cue_test_support.h"
#include "cues/audio_problem.h"
#include "cues/cue_settings.h"
#include "cues/sound_settings_page.h"
#include "desktop/settings_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

#include <catch2/catch.hpp>

using limber::test::child;

using limber::CueSettings;
using limber::SoundSettingsPage;
using limber::test::LogCapture;
using limber::test::ScopedConfigHome;

TEST_CASE("A first run shows chimes and a voice, and why nothing can be heard", "[settings-page]")
{
    const ScopedConfigHome home;
    SoundSettingsPage page;
    CHECK(page.settings() == CueSettings {});
    CHECK(child<QCheckBox>(page, "sound-chimes").isChecked());
    CHECK(child<QSlider>(page, "sound-volume").value() == CueSettings {}.volume);
    CHECK_FALSE(child<QCheckBox>(page, "sound-breath-tones").isChecked());
    CHECK(child<QCheckBox>(page, "voice-enabled").isChecked());
    CHECK(child<QComboBox>(page, "voice-name").currentIndex() == 0); // the engine's default voice
    CHECK(child<QComboBox>(page, "voice-name").count() > 1); // and flite's own to choose from
    // By who they sound like, flite's own name kept in brackets; the setting keeps that name.
    const int slt = child<QComboBox>(page, "voice-name").findData(QStringLiteral("slt"));
    REQUIRE(slt >= 0);
    CHECK(child<QComboBox>(page, "voice-name").itemText(slt)
        == QStringLiteral("US English, female (slt)"));
    for (int voice = 1; voice < child<QComboBox>(page, "voice-name").count(); ++voice)
        CHECK(child<QComboBox>(page, "voice-name")
                  .itemText(voice)
                  .endsWith(QLatin1Char('(')
                      + child<QComboBox>(page, "voice-name").itemData(voice).toString()
                      + QLatin1Char(')')));
    CHECK(child<QSlider>(page, "voice-rate").value() == 0);
    CHECK(child<QCheckBox>(page, "voice-breath-cues").isChecked());
    CHECK(child<QCheckBox>(page, "voice-rep-counts").isChecked());

    CHECK_FALSE(child<QLabel>(page, "sound-problem").isHidden());
    CHECK(child<QLabel>(page, "sound-problem").text().contains(QStringLiteral("No sound device")));
}

TEST_CASE("Each change on the page is saved at once", "[settings-page]")
{
    const ScopedConfigHome home;
    SoundSettingsPage page;
    QSignalSpy changed(&page, &SoundSettingsPage::settingsChanged);

    child<QCheckBox>(page, "voice-enabled").setChecked(false);
    CHECK_FALSE(CueSettings::load().voice);
    CHECK_FALSE(child<QPushButton>(page, "voice-test").isEnabled());
    CHECK_FALSE(child<QComboBox>(page, "voice-name").isEnabled());
    CHECK(child<QPushButton>(page, "sound-test").isEnabled());
    child<QCheckBox>(page, "voice-enabled").setChecked(true);

    child<QSlider>(page, "sound-volume").setValue(40);
    child<QSlider>(page, "voice-rate").setValue(-5);
    child<QCheckBox>(page, "sound-breath-tones").setChecked(true);
    child<QCheckBox>(page, "voice-rep-counts").setChecked(false);
    child<QComboBox>(page, "voice-name").setCurrentIndex(2);
    const QString voice = child<QComboBox>(page, "voice-name").currentData().toString();
    CHECK_FALSE(voice.isEmpty());

    const CueSettings saved = CueSettings::load();
    CHECK(saved.volume == 40);
    CHECK(saved.rate == Approx(-0.5));
    CHECK(saved.breathTones);
    CHECK_FALSE(saved.speakRepCounts);
    CHECK(saved.speakBreathCues);
    CHECK(saved.voiceName == voice);
    CHECK(saved == page.settings());
    CHECK(changed.count() == 7);
    CHECK(changed.last().at(0).value<CueSettings>() == saved);

    child<QCheckBox>(page, "sound-chimes").setChecked(false);
    CHECK_FALSE(child<QPushButton>(page, "sound-test").isEnabled());
    CHECK_FALSE(child<QSlider>(page, "sound-volume").isEnabled());
    CHECK_FALSE(CueSettings::load().sounds);

    // Opened again, the page shows what was saved.
    SoundSettingsPage again;
    CHECK(again.settings() == CueSettings::load());
    CHECK_FALSE(child<QCheckBox>(again, "sound-chimes").isChecked());
    CHECK(child<QSlider>(again, "sound-volume").value() == 40);
    CHECK(child<QSlider>(again, "voice-rate").value() == -5);
    CHECK(child<QComboBox>(again, "voice-name").currentData().toString() == voice);
}

TEST_CASE("The test buttons work without a sound device, with one warning", "[settings-page]")
{
    const ScopedConfigHome home;
    limber::clearAudioProblem();
    LogCapture log;
    SoundSettingsPage page;
    page.show();
    QTest::mouseClick(&child<QPushButton>(page, "sound-test"), Qt::LeftButton);
    QTest::mouseClick(&child<QPushButton>(page, "voice-test"), Qt::LeftButton);
    QTest::mouseClick(&child<QPushButton>(page, "sound-test"), Qt::LeftButton);
    CHECK(log.warnings() == 1);
    CHECK(child<QLabel>(page, "sound-problem").isVisible());
}

TEST_CASE("The page works in the settings dialog and on its own", "[settings-page]")
{
    const ScopedConfigHome home;
    SECTION("hosted")
    {
        limber::SettingsDialog dialog;
        const int index = dialog.addPage(QStringLiteral("Sound and voice"), new SoundSettingsPage);
        dialog.showPage(index);
        dialog.show();
        CHECK(qobject_cast<SoundSettingsPage*>(dialog.page(index)));
        CHECK_FALSE(dialog.page(index)->isWindow());
    }
    SECTION("on its own")
    {
        SoundSettingsPage page;
        page.show();
        CHECK(page.isWindow());
        CHECK(page.windowTitle().contains(QStringLiteral("Sound")));
        CHECK(page.isVisible());
    }
}
