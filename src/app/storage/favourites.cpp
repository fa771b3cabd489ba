#include "favourites.h"

#include "app_settings.h"

namespace limber {

namespace {

const QString favouritesKey = QStringLiteral("library/favourites");

} // namespace

Favourites::Favourites(QObject* parent)
    : QObject(parent)
{
    m_ids = openSettings()->value(favouritesKey).toStringList();
    m_ids.removeDuplicates();
}

void Favourites::set(const QString& exerciseId, bool favourite)
{
    if (favourite == contains(exerciseId))
        return;
    if (favourite)
        m_ids.append(exerciseId);
    else
        m_ids.removeAll(exerciseId);

    const auto settings = openSettings();
    settings->setValue(favouritesKey, m_ids);
    settings->sync();
    if (settings->status() != QSettings::NoError)
        emit saveFailed(tr("%1: cannot save the favourites").arg(settings->fileName()));
    emit changed(exerciseId, favourite);
}

} // namespace limber
