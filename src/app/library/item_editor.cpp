#include "item_editor.h"

#include "shared/looks.h"
#include "shared/words.h"

#include <limber/describe.h>
#include <limber/load.h>

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace limber {

namespace {

// A spin box whose lowest value means "the stretch's own", shown as its special text.
QSpinBox* overrideSpin(const char* name, IntRange range, int unset)
{
    auto* spin = new QSpinBox;
    spin->setObjectName(QString::fromLatin1(name));
    spin->setRange(unset, range.max);
    spin->setAccelerated(true);
    return spin;
}

} // namespace

ItemEditor::ItemEditor(QWidget* parent)
    : QWidget(parent)
{
    m_title = new QLabel;
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_title->setFont(font);
    m_title->setWordWrap(true);
    m_default = new QLabel;
    m_default->setWordWrap(true);
    setMutedText(m_default);

    m_measure = new QComboBox;
    m_measure->setObjectName(QStringLiteral("item-measure"));
    m_measure->addItem(tr("The stretch's own"), ExerciseDefault);
    m_measure->addItem(tr("Seconds"), Seconds);
    m_measure->addItem(tr("Breaths"), Breaths);
    m_holdValue = new QSpinBox;
    m_holdValue->setObjectName(QStringLiteral("item-hold"));
    m_holdValue->setAccelerated(true);
    connect(m_measure, &QComboBox::activated, this, [this] {
        measureChanged();
        emitChange(Field::Hold);
    });
    connect(m_holdValue, &QSpinBox::valueChanged, this, [this] { emitChange(Field::Hold); });

    m_holdBox = new QGroupBox(tr("Hold"));
    auto* holdForm = new QFormLayout(m_holdBox);
    holdForm->addRow(tr("&Measure"), m_measure);
    holdForm->addRow(tr("&Length"), m_holdValue);

    m_reps = overrideSpin("item-reps", limits::repCount, 0);
    m_sets = overrideSpin("item-sets", limits::sets, 0);
    m_rest = overrideSpin("item-rest", limits::restSeconds, -1);
    m_rest->setSuffix(tr(" s"));
    connect(m_reps, &QSpinBox::valueChanged, this, [this] { emitChange(Field::Reps); });
    connect(m_sets, &QSpinBox::valueChanged, this, [this] { emitChange(Field::Sets); });
    connect(m_rest, &QSpinBox::valueChanged, this, [this] { emitChange(Field::Rest); });

    m_repsBox = new QGroupBox(tr("Reps"));
    auto* repsForm = new QFormLayout(m_repsBox);
    repsForm->addRow(tr("&Reps per set"), m_reps);
    repsForm->addRow(tr("&Sets"), m_sets);
    repsForm->addRow(tr("Rest &between sets"), m_rest);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_default);
    layout->addWidget(m_holdBox);
    layout->addWidget(m_repsBox);
    layout->addStretch(1);
    setItem(nullptr, nullptr, true);
}

void ItemEditor::setItem(const RoutineItem* item, const Exercise* exercise, bool readOnly)
{
    const QSignalBlocker blockMeasure(m_measure);
    const QSignalBlocker blockHold(m_holdValue);
    const QSignalBlocker blockReps(m_reps);
    const QSignalBlocker blockSets(m_sets);
    const QSignalBlocker blockRest(m_rest);

    if (!item || !exercise) {
        m_title->setText(item ? tr("“%1” is not in the library").arg(qs(item->exercise))
                              : tr("Select a stretch in the routine to change its hold."));
        m_default->clear();
        m_holdBox->hide();
        m_repsBox->hide();
        return;
    }
    m_item = *item;
    m_dose = exercise->dose;
    m_title->setText(qs(exercise->name));
    m_default->setText(tr("Its own dose: %1").arg(qs(describeDoseAndSides(*exercise))));

    const auto* reps = std::get_if<Reps>(&exercise->dose);
    m_holdBox->setVisible(!reps);
    m_repsBox->setVisible(reps);
    m_holdBox->setEnabled(!readOnly);
    m_repsBox->setEnabled(!readOnly);
    if (reps) {
        m_reps->setSpecialValueText(tr("Its own (%1)").arg(reps->count));
        m_sets->setSpecialValueText(tr("Its own (%1)").arg(reps->sets));
        m_rest->setSpecialValueText(tr("Its own (%1 s)").arg(reps->restSeconds));
        m_reps->setValue(item->reps.value_or(0));
        m_sets->setValue(item->sets.value_or(0));
        m_rest->setValue(item->restSeconds.value_or(-1));
        return;
    }
    const Measure measure = item->seconds ? Seconds : item->breaths ? Breaths : ExerciseDefault;
    m_measure->setCurrentIndex(m_measure->findData(measure));
    measureChanged();
}

void ItemEditor::measureChanged()
{
    const auto measure = static_cast<Measure>(m_measure->currentData().toInt());
    const QSignalBlocker block(m_holdValue);
    m_holdValue->setEnabled(measure != ExerciseDefault);
    const auto* timed = std::get_if<TimedHold>(&m_dose);
    const auto* breaths = std::get_if<BreathHold>(&m_dose);
    if (measure == Breaths || (measure == ExerciseDefault && breaths)) {
        m_holdValue->setRange(limits::holdBreaths.min, limits::holdBreaths.max);
        m_holdValue->setSuffix(tr(" breaths"));
        // Switching from seconds: about as long, at the default pace of 10 s a breath.
        const int fallback
            = timed ? std::clamp((timed->seconds + 5) / 10, 1, limits::holdBreaths.max) : 3;
        m_holdValue->setValue(m_item.breaths.value_or(breaths ? breaths->breaths : fallback));
    } else {
        m_holdValue->setRange(limits::holdSeconds.min, limits::holdSeconds.max);
        m_holdValue->setSuffix(tr(" s"));
        const int fallback = breaths ? breaths->breaths * 10 : 30;
        m_holdValue->setValue(m_item.seconds.value_or(timed ? timed->seconds : fallback));
    }
}

void ItemEditor::emitChange(Field field)
{
    RoutineItem item = m_item;
    switch (field) {
    case Field::Hold: {
        const auto measure = static_cast<Measure>(m_measure->currentData().toInt());
        item.seconds.reset();
        item.breaths.reset();
        if (measure == Seconds)
            item.seconds = m_holdValue->value();
        else if (measure == Breaths)
            item.breaths = m_holdValue->value();
        break;
    }
    case Field::Reps:
        item.reps = m_reps->value() > 0 ? std::optional(m_reps->value()) : std::nullopt;
        break;
    case Field::Sets:
        item.sets = m_sets->value() > 0 ? std::optional(m_sets->value()) : std::nullopt;
        break;
    case Field::Rest:
        item.restSeconds = m_rest->value() >= 0 ? std::optional(m_rest->value()) : std::nullopt;
        break;
    }
    m_item = item;
    emit itemChanged(item, field);
}

} // namespace limber
