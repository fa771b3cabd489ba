#include "session_details.h"

#include "history_text.h"
#include "player/player_style.h"
#include "shared/words.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace limber {

namespace {

// The stretches as a small table: name, outcome, time; what was not reached in muted text.
QString stretchTable(const SessionRecord& session, const QColor& muted)
{
    QString rows;
    for (const StretchRecord& stretch : session.stretches) {
        const bool reached = stretch.outcome != StretchOutcome::NotReached;
        const QString colour
            = reached ? QString() : QStringLiteral(" style=\"color:%1\"").arg(muted.name());
        rows += QStringLiteral("<tr%1><td>%2</td><td style=\"padding-left:12px\">%3</td>"
                               "<td align=\"right\" style=\"padding-left:12px\">%4</td></tr>")
                    .arg(colour, qs(stretch.name).toHtmlEscaped(), outcomeText(stretch.outcome),
                        reached ? durationText(stretch.playedMs) : QString());
    }
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">%1</table>").arg(rows);
}

} // namespace

SessionDetails::SessionDetails(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("history-session-details"));
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("session-title"));
    m_title->setWordWrap(true);
    styleText(*m_title, 1.1, QFont::DemiBold);
    m_facts = new QLabel;
    m_facts->setObjectName(QStringLiteral("session-facts"));
    m_facts->setWordWrap(true);
    setTextColor(*m_facts, mutedTextColor(palette()));
    m_stretches = new QLabel;
    m_stretches->setObjectName(QStringLiteral("session-stretches"));
    m_stretches->setTextFormat(Qt::RichText);
    m_stretches->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_delete = new QPushButton(style()->standardIcon(QStyle::SP_TrashIcon), tr("Delete session"));
    m_delete->setObjectName(QStringLiteral("history-delete-session"));
    connect(m_delete, &QPushButton::clicked, this, [this] { emit deleteRequested(m_sessionId); });

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    // A long routine scrolls here rather than pushing the button out of a small window.
    auto* stretches = new QScrollArea;
    stretches->setObjectName(QStringLiteral("session-stretches-scroll"));
    stretches->setFrameShape(QFrame::NoFrame);
    stretches->setWidgetResizable(true);
    stretches->setMinimumHeight(fontMetrics().height() * 2);
    stretches->setWidget(m_stretches);
    stretches->viewport()->setAutoFillBackground(false);
    m_stretches->setAutoFillBackground(false);
    layout->addWidget(stretches, 1);
    layout->addLayout(buttons);
    setSession(nullptr);
}

void SessionDetails::setSession(const SessionRecord* session)
{
    m_delete->setEnabled(session != nullptr);
    if (!session) {
        m_sessionId = 0;
        m_title->setText(tr("No session chosen"));
        m_facts->setText(tr("Pick a session in the list to see what it did."));
        m_stretches->clear();
        return;
    }
    m_sessionId = session->id;
    m_title->setText(qs(session->routineName));
    m_title->setAccessibleName(m_title->text());
    QStringList facts { sessionStartText(*session),
        tr("%1 of %2").arg(durationText(session->playedMs), durationText(session->plannedMs)),
        endText(session->end), tr("from %1").arg(originText(session->origin)) };
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    m_stretches->setText(stretchTable(*session, mutedTextColor(palette())));
}

} // namespace limber
