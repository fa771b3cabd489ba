#include "stop_confirmation.h"

#include "player_style.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace limber {

StopConfirmation::StopConfirmation(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stop-confirmation"));
    auto* question = new QLabel(tr("Stop the routine?"));
    question->setObjectName(QStringLiteral("stop-question"));
    styleText(*question, typeScale::display, QFont::DemiBold);
    question->setAlignment(Qt::AlignCenter);
    auto* detail = new QLabel(tr("You can start it again from the beginning."));
    styleText(*detail, typeScale::caption, QFont::Normal, true);
    detail->setAlignment(Qt::AlignCenter);
    detail->setWordWrap(true);

    m_stop = new QPushButton(tr("Stop"));
    m_stop->setObjectName(QStringLiteral("confirm-stop"));
    m_stop->setAccessibleName(tr("Stop the routine"));
    m_stop->setToolTip(tr("Stop the routine (Enter)"));
    m_keepGoing = new QPushButton(tr("Keep going"));
    m_keepGoing->setObjectName(QStringLiteral("keep-going"));
    m_keepGoing->setAccessibleName(tr("Keep going"));
    m_keepGoing->setToolTip(tr("Go back to the routine (Esc)"));
    for (QPushButton* button : { m_stop, m_keepGoing }) {
        styleText(*button, typeScale::body);
        button->setMinimumWidth(160);
        button->setAutoDefault(true); // Enter takes the focused button, as in a dialog
    }
    connect(m_stop, &QPushButton::clicked, this, &StopConfirmation::stopChosen);
    connect(m_keepGoing, &QPushButton::clicked, this, &StopConfirmation::keepGoingChosen);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(16);
    buttons->addStretch(1);
    buttons->addWidget(m_keepGoing);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(16);
    layout->addStretch(1);
    layout->addWidget(question);
    layout->addWidget(detail);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(1);
    hide();
}

void StopConfirmation::ask()
{
    show();
    raise();
    m_stop->setFocus(Qt::OtherFocusReason);
}

void StopConfirmation::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    QColor veil = palette().color(QPalette::Window);
    veil.setAlphaF(0.94F);
    painter.fillRect(rect(), veil);
}

} // namespace limber
