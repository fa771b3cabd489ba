// A stand-in for Limber in the single-instance tests: `limber_instance_helper SOCKET ARGS…`
// hands ARGS to a running helper and prints "handed", or becomes the running one, prints
// "listening" and then "received: ARGS | DIR" for each request ("quit" ends it).
#include "desktop/single_instance.h"

#include <QCoreApplication>

#include <iostream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        std::cerr << "usage: limber_instance_helper SOCKET [ARGUMENT...]\n";
        return 2;
    }
    limber::SingleInstance instance(arguments.takeFirst());
    if (instance.handOff(arguments)) {
        std::cout << "handed" << std::endl;
        return 0;
    }
    if (!instance.listen()) {
        std::cout << "cannot listen" << std::endl;
        return 1;
    }
    QObject::connect(&instance, &limber::SingleInstance::requestReceived, &app,
        [](const QStringList& received, const QString& directory) {
            std::cout << "received: " << received.join(QLatin1Char(' ')).toStdString() << " | "
                      << directory.toStdString() << std::endl;
            if (received.contains(QStringLiteral("quit")))
                QCoreApplication::quit();
        });
    std::cout << "listening" << std::endl;
    return app.exec();
}
