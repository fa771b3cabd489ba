// Renders the question an import asks when the person already has a routine with the
// imported one's id or name, as docs/screenshots/import-collision.png. The real dialog is
// opened, grabbed once it is shown, and cancelled. Usage: limber_import_question_screenshot DIR
#include "library/dialogs.h"
#include "screenshot_support.h"

#include <QApplication>
#include <QTimer>
#include <QWidget>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QString out = limber::screenshots::outputFolder(argc, argv);
    const QString path = out + QStringLiteral("/import-collision.png");
    bool ok = false;
    QTimer::singleShot(0, [&] {
        QWidget* box = QApplication::activeModalWidget();
        if (!box)
            return;
        ok = limber::screenshots::saveScreenshot(*box, path);
        box->close();
    });
    limber::Dialogs().askSameRoutine(nullptr, QStringLiteral("Office break"),
        QStringLiteral("Office break"), QStringLiteral("Office break (2)"));
    return ok ? 0 : 1;
}
