#include "builder_banner.h"

#include "shared/looks.h"

#include <QLabel>
#include <QStackedLayout>

namespace limber {

BuilderBanner::BuilderBanner(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("builder-banner-slot"));
    m_readOnlyNote = new QLabel;
    m_readOnlyNote->setObjectName(QStringLiteral("read-only-note"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setStyleSheet(noteStyleSheet(palette(), NoteTone::Info));
    m_readOnlyNote->setText(tr("This is a built-in routine, so it cannot be changed. "
                               "Duplicate it to make a copy of your own."));
    m_problemLabel = new QLabel;
    m_problemLabel->setObjectName(QStringLiteral("routine-problems"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The note and the problems share one slot as tall as the taller of them, whether either
    // is shown or not: the lists below must not move under the pointer when the "add a
    // stretch" hint goes away after the first add. With no problems their label stays, blank,
    // so that the slot keeps fitting its height to its width (word-wrapped labels do).
    m_banners = new QStackedLayout(this);
    m_banners->setContentsMargins(0, 0, 0, 0);
    m_banners->addWidget(m_readOnlyNote);
    m_banners->addWidget(m_problemLabel);
}

void BuilderBanner::show(bool readOnly, const QStringList& problems, bool onlyNeedsStretches)
{
    m_problemLabel->setText(problems.join(QLatin1Char('\n')));
    // Problems stand out; the hint for a routine with no stretches yet is a next step, not an
    // error.
    m_problemLabel->setStyleSheet(problems.isEmpty() ? QString()
            : onlyNeedsStretches                     ? noteStyleSheet(palette(), NoteTone::Hint)
                                 : noteStyleSheet(palette(), NoteTone::Problem));
    m_banners->setCurrentWidget(readOnly ? m_readOnlyNote : m_problemLabel);
}

} // namespace limber
