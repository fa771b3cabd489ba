// The floor for the player's benchmark: the least a Qt Widgets window can be — one label in
// a window the player's size — measured with the same first-paint hook as the player.
#include "player/first_paint_probe.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QLabel window(QStringLiteral("A minimal Qt Widgets window"));
    window.setAlignment(Qt::AlignCenter);
    window.resize(1100, 720);
    limber::FirstPaintProbe::install(window);
    window.show();
    return app.exec();
}
