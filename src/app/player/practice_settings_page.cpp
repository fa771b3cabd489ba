#include "practice_settings_page.h"

#include <limber/load.h>

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>
#include <spdlog/spdlog.h>

namespace limber {

namespace {

// The command line's --pace takes 1-20 s; the page offers the same range.
constexpr double minBreathSeconds = 1.0;
constexpr double maxBreathSeconds = 20.0;
constexpr int noOverride = -1;

QDoubleSpinBox* breathBox(const QString& objectName)
{
    auto* box = new QDoubleSpinBox;
    box->setObjectName(objectName);
    box->setRange(minBreathSeconds, maxBreathSeconds);
    box->setDecimals(1);
    box->setSingleStep(0.5);
    box->setSuffix(QObject::tr(" s"));
    return box;
}

// -1 shows as "each routine's own", so one box says both whether and how long.
QSpinBox* overrideBox(const QString& objectName, IntRange range)
{
    auto* box = new QSpinBox;
    box->setObjectName(objectName);
    box->setRange(noOverride, range.max);
    box->setSpecialValueText(QObject::tr("As each routine says"));
    box->setSuffix(QObject::tr(" s"));
    return box;
}

std::optional<int> overrideOf(const QSpinBox& box)
{
    return box.value() == noOverride ? std::nullopt : std::optional<int>(box.value());
}

int msOf(const QDoubleSpinBox& box)
{
    return static_cast<int>(std::lround(box.value() * 1000.0));
}

} // namespace

PracticeSettingsPage::PracticeSettingsPage(QWidget* parent)
    : QWidget(parent)
    , m_settings(PracticeSettings::load())
{
    m_breathIn = breathBox(QStringLiteral("practice-breath-in"));
    m_breathIn->setToolTip(tr("How long each in-breath of the pacer lasts"));
    m_breathOut = breathBox(QStringLiteral("practice-breath-out"));
    m_breathOut->setToolTip(tr("How long each out-breath of the pacer lasts"));

    m_holdPercent = new QSpinBox;
    m_holdPercent->setObjectName(QStringLiteral("practice-hold-length"));
    m_holdPercent->setRange(static_cast<int>(optionLimits::minScale * 100),
        static_cast<int>(optionLimits::maxScale * 100));
    m_holdPercent->setSingleStep(5);
    m_holdPercent->setSuffix(tr(" %"));
    m_holdPercent->setToolTip(
        tr("Holds last this share of what the routine says; reps are never changed"));

    m_leadIn = overrideBox(QStringLiteral("practice-lead-in"), limits::leadInSeconds);
    m_leadIn->setToolTip(tr("Time to get ready before each stretch"));
    m_switch = overrideBox(QStringLiteral("practice-switch"), limits::switchSeconds);
    m_switch->setToolTip(tr("Time to change sides"));

    m_reduceMotion = new QCheckBox(tr("Reduce &motion: show still poses"));
    m_reduceMotion->setObjectName(QStringLiteral("practice-reduce-motion"));
    m_reduceMotion->setToolTip(
        tr("The figure holds each pose without easing between them, and the pacer stays still"));

    m_speakCountdown = new QCheckBox(tr("S&creen reader: say the last seconds of each step"));
    m_speakCountdown->setObjectName(QStringLiteral("practice-speak-countdown"));
    m_speakCountdown->setToolTip(tr("A screen reader hears 3, 2, 1 before each step ends; T "
                                    "says the time left whenever you ask"));

    m_defaults = new QPushButton(tr("&Restore defaults"));
    m_defaults->setObjectName(QStringLiteral("practice-defaults"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Breathe &in for:"), m_breathIn);
    form->addRow(tr("Breathe &out for:"), m_breathOut);
    form->addRow(tr("&Hold length:"), m_holdPercent);
    form->addRow(tr("&Get ready for:"), m_leadIn);
    form->addRow(tr("&Switch sides in:"), m_switch);
    form->addRow(m_reduceMotion);
    form->addRow(m_speakCountdown);

    auto* note = new QLabel(tr("Changes apply to the next routine you start."));
    note->setWordWrap(true);
    note->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_defaults, 0, Qt::AlignLeft);
    layout->addStretch();

    showSettings(m_settings);
    for (QDoubleSpinBox* box : { m_breathIn, m_breathOut })
        connect(box, &QDoubleSpinBox::valueChanged, this, &PracticeSettingsPage::readWidgets);
    for (QSpinBox* box : { m_holdPercent, m_leadIn, m_switch })
        connect(box, &QSpinBox::valueChanged, this, &PracticeSettingsPage::readWidgets);
    for (QCheckBox* box : { m_reduceMotion, m_speakCountdown })
        connect(box, &QCheckBox::toggled, this, &PracticeSettingsPage::readWidgets);
    connect(m_defaults, &QPushButton::clicked, this, [this] {
        showSettings(PracticeSettings {});
        readWidgets();
    });
}

void PracticeSettingsPage::showSettings(const PracticeSettings& shown)
{
    const QSignalBlocker blockIn(m_breathIn);
    const QSignalBlocker blockOut(m_breathOut);
    const QSignalBlocker blockHold(m_holdPercent);
    const QSignalBlocker blockLeadIn(m_leadIn);
    const QSignalBlocker blockSwitch(m_switch);
    const QSignalBlocker blockMotion(m_reduceMotion);
    const QSignalBlocker blockCountdown(m_speakCountdown);
    m_breathIn->setValue(shown.paceInMs / 1000.0);
    m_breathOut->setValue(shown.paceOutMs / 1000.0);
    m_holdPercent->setValue(static_cast<int>(std::lround(shown.scale * 100.0)));
    m_leadIn->setValue(shown.leadInSeconds.value_or(noOverride));
    m_switch->setValue(shown.switchSeconds.value_or(noOverride));
    m_reduceMotion->setChecked(shown.reduceMotion);
    m_speakCountdown->setChecked(shown.speakCountdown);
}

void PracticeSettingsPage::readWidgets()
{
    PracticeSettings changed;
    changed.paceInMs = msOf(*m_breathIn);
    changed.paceOutMs = msOf(*m_breathOut);
    changed.scale = m_holdPercent->value() / 100.0;
    changed.leadInSeconds = overrideOf(*m_leadIn);
    changed.switchSeconds = overrideOf(*m_switch);
    changed.reduceMotion = m_reduceMotion->isChecked();
    changed.speakCountdown = m_speakCountdown->isChecked();
    if (changed == m_settings)
        return;
    m_settings = changed;
    if (const WriteOutcome saved = m_settings.save(); !saved) {
        spdlog::warn("the practice settings were not saved: {}", saved.error.toStdString());
        emit saveFailed(tr("Your practice settings were not saved: %1").arg(saved.error));
    }
    emit settingsChanged(m_settings);
}

} // namespace limber
