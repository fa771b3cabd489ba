#include "notification_image.h"

#include <QDBusMetaType>
#include <QIcon>

namespace limber {

NotificationImage NotificationImage::from(const QImage& image)
{
    const QImage rgba = image.convertToFormat(QImage::Format_RGBA8888);
    NotificationImage converted;
    converted.width = rgba.width();
    converted.height = rgba.height();
    converted.rowStride = static_cast<int>(rgba.bytesPerLine());
    converted.pixels = QByteArray(reinterpret_cast<const char*>(rgba.constBits()),
        static_cast<qsizetype>(rgba.sizeInBytes()));
    return converted;
}

NotificationImage NotificationImage::limberIcon(int size)
{
    const QIcon icon(QStringLiteral(":/icons/io.github.limber.Limber.svg"));
    return from(icon.pixmap(size, size).toImage());
}

QImage NotificationImage::toImage() const
{
    if (width <= 0 || height <= 0 || channels != 4 || bitsPerSample != 8 || !hasAlpha
        || rowStride < width * channels || pixels.size() < qsizetype(rowStride) * height)
        return {};
    const QImage view(reinterpret_cast<const uchar*>(pixels.constData()), width, height, rowStride,
        QImage::Format_RGBA8888);
    return view.copy(); // the view borrows `pixels`; the copy owns its own
}

void registerNotificationImageType()
{
    qDBusRegisterMetaType<NotificationImage>();
}

QDBusArgument& operator<<(QDBusArgument& argument, const NotificationImage& image)
{
    argument.beginStructure();
    argument << image.width << image.height << image.rowStride << image.hasAlpha
             << image.bitsPerSample << image.channels << image.pixels;
    argument.endStructure();
    return argument;
}

const QDBusArgument& operator>>(const QDBusArgument& argument, NotificationImage& image)
{
    argument.beginStructure();
    argument >> image.width >> image.height >> image.rowStride >> image.hasAlpha
        >> image.bitsPerSample >> image.channels >> image.pixels;
    argument.endStructure();
    return argument;
}

} // namespace limber
