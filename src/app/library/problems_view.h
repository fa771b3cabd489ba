// The problems view: every file that did not load (with its exact error, as --validate says
// it, or why it could not be read), every warning, and what went wrong with the user's files
// during this session. It says "every file loaded" only when the list is empty. Each problem
// can be acted on: open its file, open the folder it is in, copy its message.
#pragma once

#include <limber/diagnostic.h>

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QListWidget;
class QUrl;

namespace limber {

class ProblemsView : public QWidget {
    Q_OBJECT

public:
    // Opens a file or a folder in the desktop's application for it (QDesktopServices by
    // default); tests give their own so that nothing is launched.
    using UrlOpener = std::function<bool(const QUrl&)>;

    explicit ProblemsView(UrlOpener opener = {}, QWidget* parent = nullptr);

    void setProblems(const Diagnostics& fileProblems, const QStringList& sessionProblems,
        const QString& userFolder);

    int count() const;
    // Every line shown, for tests and for copying.
    QStringList lines() const;

    // What the actions do for the current problem, as the buttons and its menu do.
    void openFile();
    void openFolder();
    void copyMessage();

private:
    void currentChanged();
    QString currentFile() const;
    void add(const QIcon& icon, const QString& text, const QString& file);

    UrlOpener m_opener;
    QString m_userFolder;
    QLabel* m_intro = nullptr;
    QListWidget* m_list = nullptr;
    QAction* m_openFile = nullptr;
    QAction* m_openFolder = nullptr;
    QAction* m_copy = nullptr;
};

} // namespace limber
