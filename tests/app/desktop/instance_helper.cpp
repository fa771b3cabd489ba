// A stand-in for Limber in the single-instance tests: `limber_instance_helper SOCKET ARGS…`
// hands ARGS to a running helper and prints "handed", or becomes the running one, prints
// "listening" and then "received: ARGS | DIR" for each request ("quit" ends it), or, when it
// can do neither, prints "on its own" and exits 3. It claims the socket as Limber does, under
// the same lock.
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
    switch (instance.handOffOrListen(arguments)) {
    case limber::SingleInstance::Claim::HandedOff:
        std::cout << "handed" << std::endl;
        return 0;
    case limber::SingleInstance::Claim::OnItsOwn:
        std::cout << "on its own" << std::endl;
        return 3;
    case limber::SingleInstance::Claim::Listening:
        break;
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
