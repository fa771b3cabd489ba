// The sound and voice settings page: what it shows, that each change is saved at once, its
// test buttons where there is no sound device, and that it works hosted or on its own.
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

using limber::CueSettings;
using limber::SoundSettingsPage;
using limber::test::LogCapture;
using limber::test::ScopedConfigHome;

TEST_CASE("A first run shows chimes and a voice, and why nothing can be heard", "[settings-page]")
{
    const ScopedConfigHome home;
    SoundSettingsPage page;
    CHECK(page.settings() == CueSettings {});
    CHECK(page.soundsBox().isChecked());
    CHECK(page.volumeSlider().value() == CueSettings {}.volume);
    CHECK_FALSE(page.breathTonesBox().isChecked());
    CHECK(page.voiceBox().isChecked());
    CHECK(page.voiceList().currentIndex() == 0); // the engine's default voice
    CHECK(page.voiceList().count() > 1); // and flite's own to choose from
    // By who they sound like, flite's own name kept in brackets; the setting keeps that name.
    const int slt = page.voiceList().findData(QStringLiteral("slt"));
    REQUIRE(slt >= 0);
    CHECK(page.voiceList().itemText(slt) == QStringLiteral("US English, female (slt)"));
    for (int voice = 1; voice < page.voiceList().count(); ++voice)
        CHECK(page.voiceList().itemText(voice).endsWith(
            QLatin1Char('(') + page.voiceList().itemData(voice).toString() + QLatin1Char(')')));
    CHECK(page.rateSlider().value() == 0);
    CHECK(page.breathCuesBox().isChecked());
    CHECK(page.repCountsBox().isChecked());

    CHECK_FALSE(page.problemLabel().isHidden());
    CHECK(page.problemLabel().text().contains(QStringLiteral("No sound device")));
}

TEST_CASE("Each change on the page is saved at once", "[settings-page]")
{
    const ScopedConfigHome home;
    SoundSettingsPage page;
    QSignalSpy changed(&page, &SoundSettingsPage::settingsChanged);

    page.voiceBox().setChecked(false);
    CHECK_FALSE(CueSettings::load().voice);
    CHECK_FALSE(page.testVoiceButton().isEnabled());
    CHECK_FALSE(page.voiceList().isEnabled());
    CHECK(page.testSoundButton().isEnabled());
    page.voiceBox().setChecked(true);

    page.volumeSlider().setValue(40);
    page.rateSlider().setValue(-5);
    page.breathTonesBox().setChecked(true);
    page.repCountsBox().setChecked(false);
    page.voiceList().setCurrentIndex(2);
    const QString voice = page.voiceList().currentData().toString();
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

    page.soundsBox().setChecked(false);
    CHECK_FALSE(page.testSoundButton().isEnabled());
    CHECK_FALSE(page.volumeSlider().isEnabled());
    CHECK_FALSE(CueSettings::load().sounds);

    // Opened again, the page shows what was saved.
    SoundSettingsPage again;
    CHECK(again.settings() == CueSettings::load());
    CHECK_FALSE(again.soundsBox().isChecked());
    CHECK(again.volumeSlider().value() == 40);
    CHECK(again.rateSlider().value() == -5);
    CHECK(again.voiceList().currentData().toString() == voice);
}

TEST_CASE("The test buttons work without a sound device, with one warning", "[settings-page]")
{
    const ScopedConfigHome home;
    limber::clearAudioProblem();
    LogCapture log;
    SoundSettingsPage page;
    page.show();
    QTest::mouseClick(&page.testSoundButton(), Qt::LeftButton);
    QTest::mouseClick(&page.testVoiceButton(), Qt::LeftButton);
    QTest::mouseClick(&page.testSoundButton(), Qt::LeftButton);
    CHECK(log.warnings() == 1);
    CHECK(page.problemLabel().isVisible());
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
