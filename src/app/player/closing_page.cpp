#include "closing_page.h"

#include "control_style.h"
#include "player_style.h"
#include "shared/words.h"

#include <limber/describe.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>

namespace limber {

namespace {

QLabel* centred(const QString& name, double scale, QFont::Weight weight, bool muted = false)
{
    auto* label = new QLabel;
    label->setObjectName(name);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    styleText(*label, scale, weight, muted);
    return label;
}

QPushButton* button(const QString& text, const QString& name, const QString& tip)
{
    auto* button = new QPushButton(text);
    button->setObjectName(name);
    button->setAccessibleName(text);
    button->setToolTip(tip);
    styleText(*button, typeScale::body);
    button->setMinimumWidth(160);
    button->setAutoDefault(true); // Enter takes the focused button
    return button;
}

} // namespace

ClosingPage::ClosingPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("closing-page"));
    m_title = centred(QStringLiteral("closing-title"), typeScale::title, QFont::Bold);
    m_done = centred(QStringLiteral("closing-done"), typeScale::large, QFont::Normal);
    m_time = centred(QStringLiteral("closing-time"), typeScale::large, QFont::Normal);
    m_skipped = centred(QStringLiteral("closing-skipped"), typeScale::body, QFont::Normal, true);
    m_history = centred(QStringLiteral("closing-history"), typeScale::body, QFont::Normal);
    m_history->setTextFormat(Qt::PlainText);
    setTextColor(*m_history, problemColor(palette()));
    m_history->hide();

    m_again
        = button(tr("Again"), QStringLiteral("again-button"), tr("Play the routine again (Enter)"));
    makePrimary(*m_again);
    auto* close = button(tr("Close"), QStringLiteral("close-button"), tr("Close the player (Esc)"));
    connect(m_again, &QPushButton::clicked, this, &ClosingPage::againChosen);
    connect(close, &QPushButton::clicked, this, &ClosingPage::closeChosen);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(16);
    buttons->addStretch(1);
    buttons->addWidget(m_again);
    buttons->addWidget(close);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->setSpacing(12);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addSpacing(12);
    layout->addWidget(m_done);
    layout->addWidget(m_time);
    layout->addWidget(m_skipped);
    layout->addWidget(m_history);
    layout->addSpacing(28);
    layout->addLayout(buttons);
    layout->addStretch(3);
}

QString ClosingPage::spokenSummary() const
{
    QStringList parts { m_title->text() + QStringLiteral(", ") + m_done->text() };
    for (const QLabel* line : { m_time, m_skipped, m_history }) {
        if (!line->text().isEmpty())
            parts << line->text();
    }
    return parts.join(QStringLiteral(". ")) + QLatin1Char('.');
}

void ClosingPage::showHistoryProblem(const QString& problem)
{
    m_history->setText(
        problem.isEmpty() ? QString() : tr("Not added to your history: %1").arg(problem));
    m_history->setVisible(!problem.isEmpty());
}

void ClosingPage::showSummary(
    const SessionSummary& summary, bool stoppedEarly, const QStringList& skipped)
{
    m_title->setText(stoppedEarly ? tr("Stopped") : tr("Well done"));
    setTextColor(*m_title, accentColor(palette()));
    m_done->setText(
        tr("%1 of %2 stretches done").arg(summary.exercisesDone).arg(summary.exercises));
    m_time->setText(tr("Time: %1").arg(qs(formatMinutesSeconds(summary.activeMs))));
    m_skipped->setText(skipped.isEmpty()
            ? tr("Nothing skipped")
            : tr("Skipped: %1").arg(skipped.join(QStringLiteral(", "))));
}

} // namespace limber
