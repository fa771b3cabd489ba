#include "announcer.h"

#include "accessible_roles.h"

#include <QAccessible>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace limber {

// A widget of its own class, so that the factory below can give it the notification role.
class Announcement : public QWidget {
    Q_OBJECT

public:
    explicit Announcement(const QString& sentence, QWidget* parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("announcement"));
        setAccessibleName(sentence);
        auto* label = new QLabel(sentence);
        label->setObjectName(QStringLiteral("announcement-text"));
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(label);
    }
};

Announcer::Announcer(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("announcer"));
    installPlayerRoles();
    QAccessible::installActivationObserver(this);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(0, 0, 1, 1);
    lower();
}

Announcer::~Announcer()
{
    QAccessible::removeActivationObserver(this);
}

// A sentence said before anyone could hear it is said again when someone can: the first "get
// ready" of a player started from a shortcut comes before Qt has found the accessibility bus
// (which it has by the time the window is first activated), or before a screen reader started.
void Announcer::accessibilityActiveChanged(bool active)
{
    if (active && !m_last.isEmpty() && !m_heard)
        present(m_last);
}

bool Announcer::event(QEvent* event)
{
    if (event->type() == QEvent::WindowActivate && !m_last.isEmpty() && !m_heard)
        present(m_last);
    return QWidget::event(event);
}

void Announcer::announce(const QString& sentence)
{
    if (sentence.isEmpty())
        return;
    present(sentence);
    emit announced(sentence);
}

void Announcer::present(const QString& sentence)
{
    // The old one goes, rather than hides: a notification hidden is one more showing event,
    // which Orca would read again.
    if (m_current)
        m_current->deleteLater();
    m_last = sentence;
    auto* note = new Announcement(sentence, this);
    note->setGeometry(rect());
    m_current = note;
    note->show();
    m_heard = QAccessible::isActive() && isActiveWindow();
}

} // namespace limber

#include "announcer.moc"
