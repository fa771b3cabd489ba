// The problems view: every file that did not load (with its exact error, as --validate says
// it, or why it could not be read), every warning, and what went wrong with the user's files
// during this session. It says "every file loaded" only when the list is empty.
#pragma once

#include <limber/diagnostic.h>

#include <QWidget>

class QLabel;
class QListWidget;

namespace limber {

class ProblemsView : public QWidget {
    Q_OBJECT

public:
    explicit ProblemsView(QWidget* parent = nullptr);

    void setProblems(const Diagnostics& fileProblems, const QStringList& sessionProblems,
        const QString& userFolder);

    int count() const;
    // Every line shown, for tests and for copying.
    QStringList lines() const;

private:
    QLabel* m_intro = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace limber
