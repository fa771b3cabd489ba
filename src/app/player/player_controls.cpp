#include "player_controls.h"

#include "control_style.h"
#include "player_style.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QStringList>
#include <QStyleOptionToolButton>
#include <QToolButton>

namespace limber {

namespace {

QString withKey(const QString& what, const QString& key)
{
    return QStringLiteral("%1 (%2)").arg(what, key);
}

void describe(QAction* action, const QString& text, const QString& what, const QString& key)
{
    action->setText(text);
    action->setToolTip(withKey(what, key));
    action->setStatusTip(what);
}

// A button whose text changes (Pause, Resume) but whose size does not: it asks for the room of
// the widest of its texts, in its font and style of the moment, so its neighbours never move
// under the pointer.
class SteadyToolButton : public QToolButton {
public:
    explicit SteadyToolButton(QStringList texts)
        : m_texts(std::move(texts))
    {
    }

    QSize sizeHint() const override
    {
        QSize hint = QToolButton::sizeHint();
        QStyleOptionToolButton option;
        initStyleOption(&option);
        for (const QString& text : m_texts) {
            option.text = text;
            // As QToolButton measures its own text: a space's room each side.
            const QSize contents = fontMetrics().size(Qt::TextShowMnemonic, text)
                + QSize(2 * fontMetrics().horizontalAdvance(QLatin1Char(' ')), 0);
            hint = hint.expandedTo(
                style()->sizeFromContents(QStyle::CT_ToolButton, &option, contents, this));
        }
        return hint;
    }
    QSize minimumSizeHint() const override { return sizeHint(); }

private:
    const QStringList m_texts;
};

} // namespace

PlayerControls::PlayerControls(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("player-controls"));
    m_previous = addControl(
        tr("Previous"), tr("Left"), tr("Back to the start of this step, or the one before"));
    m_previous->setShortcut(Qt::Key_Left);
    m_playPause = addControl(tr("Pause"), tr("Space"), tr("Pause"));
    m_playPause->setShortcut(Qt::Key_Space);
    m_next = addControl(tr("Next"), tr("Right"), tr("Go on to the next step"));
    m_next->setShortcut(Qt::Key_Right);
    m_skip = addControl(tr("Skip stretch"), tr("Shift+Right"), tr("Skip the rest of this stretch"));
    m_skip->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Right));
    m_extend = addControl(tr("+10 s"), tr("+"), tr("Add 10 seconds to this step"));
    m_extend->setShortcuts({ QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal),
        QKeySequence(Qt::KeypadModifier | Qt::Key_Plus) });
    m_details = addControl(
        tr("Avoid && cautions"), tr("I"), tr("Show the steps, what to avoid and cautions"));
    m_details->setShortcut(Qt::Key_I);
    m_details->setCheckable(true);
    m_fullScreen = addControl(tr("Full screen"), tr("F11"), tr("Full screen"));
    m_fullScreen->setShortcut(Qt::Key_F11);
    m_fullScreen->setCheckable(true);
    m_stop = addControl(tr("Stop"), tr("Esc"), tr("Stop the routine"));
    m_stop->setShortcut(Qt::Key_Escape);
    m_timeLeft = addControl(tr("Time left"), tr("T"), tr("Say how long is left"));
    m_timeLeft->setShortcut(Qt::Key_T);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 20);
    layout->setSpacing(8);
    for (QAction* action : { m_previous, m_playPause, m_next, m_skip, m_extend }) {
        QToolButton* button = action == m_playPause
            ? buttonFor(action, new SteadyToolButton({ tr("Start"), tr("Pause"), tr("Resume") }))
            : buttonFor(action);
        if (action == m_playPause)
            makePrimary(*button);
        layout->addWidget(button);
    }
    layout->addStretch(1);
    for (QAction* action : { m_details, m_fullScreen, m_stop })
        layout->addWidget(buttonFor(action));
}

QAction* PlayerControls::addControl(const QString& text, const QString& key, const QString& what)
{
    auto* action = new QAction(this);
    describe(action, text, what, key);
    // The window's keys, whatever has the focus inside it.
    action->setShortcutContext(Qt::WindowShortcut);
    addAction(action);
    return action;
}

QToolButton* PlayerControls::buttonFor(QAction* action, QToolButton* button)
{
    if (!button)
        button = new QToolButton;
    button->setDefaultAction(action);
    button->installEventFilter(this);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    styleText(*button, typeScale::caption);
    button->setFocusPolicy(Qt::TabFocus);
    // iconText() is the text without its mnemonic marks: what a screen reader should say.
    button->setAccessibleName(action->iconText());
    connect(action, &QAction::changed, button,
        [button, action] { button->setAccessibleName(action->iconText()); });
    return button;
}

bool PlayerControls::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (auto* button = qobject_cast<QToolButton*>(watched);
            button && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            button->animateClick();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PlayerControls::setState(SessionState state, bool canExtend, bool asking)
{
    const bool underWay
        = !asking && (state == SessionState::Running || state == SessionState::Paused);
    const QString key = tr("Space");
    switch (state) {
    case SessionState::Ready:
        describe(m_playPause, tr("Start"), tr("Start the routine"), key);
        break;
    case SessionState::Paused:
        describe(m_playPause, tr("Resume"), tr("Resume"), key);
        break;
    default:
        describe(m_playPause, tr("Pause"), tr("Pause"), key);
        break;
    }
    m_playPause->setEnabled(!asking && (state == SessionState::Ready || underWay));
    for (QAction* action : { m_previous, m_next, m_skip, m_details, m_timeLeft })
        action->setEnabled(underWay);
    m_extend->setEnabled(underWay && canExtend);
}

} // namespace limber
