#include "builder_banner.h"

#include <QLabel>
#include <QStackedLayout>

namespace limber {

namespace {

// Problems stand out; the hint for a routine with no stretches yet is a next step, not an error.
const QString problemStyle
    = QStringLiteral("QLabel { background: #fde7e9; color: #7a1020; border: 1px solid #f0a5ae; "
                     "border-radius: 4px; padding: 6px; }");
const QString hintStyle = QStringLiteral(
    "QLabel { background: palette(alternate-base); border: 1px solid palette(mid); "
    "border-radius: 4px; padding: 6px; }");

} // namespace

BuilderBanner::BuilderBanner(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("builder-banner-slot"));
    m_readOnlyNote = new QLabel;
    m_readOnlyNote->setObjectName(QStringLiteral("read-only-note"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setStyleSheet(
        QStringLiteral("QLabel { background: #e8f0fe; color: #1a3660; border: 1px solid #a8c1ee; "
                       "border-radius: 4px; padding: 6px; }"));
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
    m_problemLabel->setStyleSheet(problems.isEmpty() ? QString()
            : onlyNeedsStretches                     ? hintStyle
                                                     : problemStyle);
    m_banners->setCurrentWidget(readOnly ? m_readOnlyNote : m_problemLabel);
}

} // namespace limber
