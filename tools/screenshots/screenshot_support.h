// What the screenshot tools share: a private home for their files, and one way to write and
// report a picture.
#pragma once

#include <QString>
#include <QTemporaryDir>

class QWidget;

namespace limber::screenshots {

// For as long as it lives, XDG data, config and state point into a temporary folder, so that
// the pictures never show (or touch) the real user's stars, routines, settings or history.
// Make it before the QApplication, which reads these once.
class ScratchHome {
public:
    ScratchHome();
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// The folder the pictures go to: the first argument, or the current directory.
QString outputFolder(int argc, char** argv);

// Grabs `widget` once pending events are handled, saves it as `path`, and says on stdout
// whether it was written.
bool saveScreenshot(QWidget& widget, const QString& path);

} // namespace limber::screenshots
