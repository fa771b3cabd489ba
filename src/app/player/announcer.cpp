#include "announcer.h"

#include <QAccessible>
#include <QAccessibleWidget>
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
        label->setObjectName(QStringLiteral("announcementText"));
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(label);
    }
};

namespace {

QAccessibleInterface* notificationRole(const QString& className, QObject* object)
{
    if (className == QLatin1String("limber::Announcement") && object && object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget*>(object), QAccessible::Notification);
    return nullptr;
}

} // namespace

Announcer::Announcer(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("announcer"));
    // Qt keeps one list of factories for the process and adds a factory only once.
    QAccessible::installFactory(notificationRole);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(0, 0, 1, 1);
    lower();
}

void Announcer::announce(const QString& sentence)
{
    if (sentence.isEmpty())
        return;
    // The old one goes, rather than hides: a notification hidden is one more showing event,
    // which Orca would read again.
    if (m_current)
        m_current->deleteLater();
    m_last = sentence;
    auto* note = new Announcement(sentence, this);
    note->setGeometry(rect());
    m_current = note;
    note->show();
    emit announced(sentence);
}

} // namespace limber

#include "announcer.moc"
