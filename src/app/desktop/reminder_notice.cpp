#include "reminder_notice.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMoveEvent>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace limber {

ReminderNotice::ReminderNotice(QWidget* parent)
    // A title and a close button (closing is Skip), but nothing to minimise or maximise.
    : QWidget(parent,
        Qt::Tool | Qt::WindowStaysOnTopHint | Qt::CustomizeWindowHint | Qt::WindowTitleHint
            | Qt::WindowCloseButtonHint)
{
    setWindowTitle(tr("Time for a stretch break"));
    setAttribute(Qt::WA_ShowWithoutActivating);

    auto* title = new QLabel(tr("Time for a stretch break"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_text = new QLabel;
    m_text->setWordWrap(true);

    m_start = new QPushButton(tr("&Start"));
    m_start->setObjectName(QStringLiteral("reminder-start"));
    m_start->setDefault(true);
    m_snooze10 = new QPushButton(tr("Snooze &10 min"));
    m_snooze30 = new QPushButton(tr("Snooze &30 min"));
    m_snooze10->setObjectName(QStringLiteral("reminder-snooze-10"));
    m_snooze30->setObjectName(QStringLiteral("reminder-snooze-30"));
    m_skip = new QPushButton(tr("S&kip"));
    m_skip->setObjectName(QStringLiteral("reminder-skip"));
    m_quit = new QPushButton(tr("&Quit Limber"));
    m_quit->setObjectName(QStringLiteral("reminder-quit"));
    m_quit->setToolTip(tr("Stop Limber and its reminders until you start it again"));
    m_quit->hide();
    m_start->setToolTip(tr("Start the break now"));
    m_snooze10->setToolTip(tr("Remind me again in 10 minutes"));
    m_snooze30->setToolTip(tr("Remind me again in 30 minutes"));
    m_skip->setToolTip(tr("Skip this break; the next reminder comes after the usual interval"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_snooze10);
    buttons->addWidget(m_snooze30);
    buttons->addStretch();
    buttons->addWidget(m_skip);
    buttons->addWidget(m_quit);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 16);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(m_text);
    layout->addLayout(buttons);

    connect(m_start, &QPushButton::clicked, this, [this] {
        answer();
        emit startRequested();
    });
    connect(m_snooze10, &QPushButton::clicked, this, [this] {
        answer();
        emit snoozeRequested(10);
    });
    connect(m_snooze30, &QPushButton::clicked, this, [this] {
        answer();
        emit snoozeRequested(30);
    });
    connect(m_skip, &QPushButton::clicked, this, [this] {
        answer();
        emit skipRequested();
    });
    connect(m_quit, &QPushButton::clicked, this, [this] {
        answer();
        emit quitRequested();
    });
}

void ReminderNotice::showFor(const QString& routineName)
{
    m_text->setText(tr("You have been at it for a while. Stand up, breathe, and loosen your "
                       "neck and back: Start plays “%1”.")
                        .arg(routineName));
    m_answered = false;
    adjustSize();
    placeInCorner();
    show();
    raise();
    // Until the window manager has framed the window its title bar is not known, and the
    // notice would sit that much too low (its bottom edge off the screen).
    m_awaitingFrame = frameGeometry() == geometry();
}

void ReminderNotice::moveEvent(QMoveEvent* event)
{
    QWidget::moveEvent(event);
    // The first move after framing: place it again, frame and all. Later moves are the user's.
    if (m_awaitingFrame && frameGeometry() != geometry()) {
        m_awaitingFrame = false;
        placeInCorner();
    }
}

void ReminderNotice::placeInCorner()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    // The whole window, frame included, keeps clear of the corner of the free area.
    const QRect area = screen->availableGeometry();
    const QSize outer = frameGeometry().size();
    move(area.right() - outer.width() - cornerGap, area.bottom() - outer.height() - cornerGap);
}

void ReminderNotice::setQuitOffered(bool offered)
{
    m_quit->setVisible(offered);
}

QString ReminderNotice::text() const
{
    return m_text->text();
}

void ReminderNotice::closeEvent(QCloseEvent* event)
{
    // Closed from the title bar: the same as Skip, so the count starts again.
    if (!m_answered && isVisible()) {
        m_answered = true;
        emit skipRequested();
    }
    event->accept();
}

void ReminderNotice::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        m_skip->click();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ReminderNotice::answer()
{
    m_answered = true;
    hide();
}

} // namespace limber
