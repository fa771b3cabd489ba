// Renders the question an import asks when the person already has a routine with the
// imported one's id or name, as docs/screenshots/import-collision.png. The real dialog is
// opened, grabbed once it is shown, and cancelled. Usage: limber_import_question_screenshot DIR
#include "library/dialogs.h"

#include <QApplication>
#include <QDir>
#include <QTimer>
#include <QWidget>

#include <iostream>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    const QString path = out + QStringLiteral("/import-collision.png");
    bool ok = false;
    QTimer::singleShot(0, [&] {
        QWidget* box = QApplication::activeModalWidget();
        if (!box)
            return;
        QApplication::processEvents();
        ok = box->grab().save(path);
        box->close();
    });
    limber::Dialogs().askSameRoutine(nullptr, QStringLiteral("Office break"),
        QStringLiteral("Office break"), QStringLiteral("Office break (2)"));
    std::cout << (ok ? "wrote " : "could not write ") << path.toStdString() << '\n';
    return ok ? 0 : 1;
}
