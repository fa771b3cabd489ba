// Limber's icon as a notification's picture: the "image-data" hint of the freedesktop
// notification spec, raw RGBA pixels (iiibiiay), so a notification shows our icon even when
// Limber runs from a build and its icon is in no icon theme.
#pragma once

#include <QByteArray>
#include <QDBusArgument>
#include <QImage>
#include <QMetaType>

namespace limber {

struct NotificationImage {
    int width = 0;
    int height = 0;
    int rowStride = 0; // bytes from one row to the next
    bool hasAlpha = true;
    int bitsPerSample = 8;
    int channels = 4;
    QByteArray pixels; // rows of R, G, B, A bytes

    // `image` as the spec's pixels (any format; converted to RGBA, 8 bits a sample).
    static NotificationImage from(const QImage& image);
    // Limber's icon, `size` pixels square.
    static NotificationImage limberIcon(int size);
    // Back to an image, for tests and checks; null when the fields do not add up.
    QImage toImage() const;
};

// Makes the type known to Qt D-Bus, once, before the first hint is sent or read.
void registerNotificationImageType();

QDBusArgument& operator<<(QDBusArgument& argument, const NotificationImage& image);
const QDBusArgument& operator>>(const QDBusArgument& argument, NotificationImage& image);

} // namespace limber

Q_DECLARE_METATYPE(limber::NotificationImage)
