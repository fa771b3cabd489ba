// What one session did: when, how long of its plan, how it ended, where it was started from,
// and each stretch as done, skipped or not reached with its time; and Delete session.
#pragma once

#include <limber/history.h>

#include <QWidget>

class QLabel;
class QPushButton;

namespace limber {

class SessionDetails : public QWidget {
    Q_OBJECT

public:
    explicit SessionDetails(QWidget* parent = nullptr);

    // Null shows a hint to pick a session. The record is copied: the list may change under it.
    void setSession(const SessionRecord* session);

signals:
    void deleteRequested(qint64 sessionId);

private:
    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_stretches = nullptr;
    QPushButton* m_delete = nullptr;
    std::int64_t m_sessionId = 0;
};

} // namespace limber
