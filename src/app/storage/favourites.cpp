#include "favourites.h"

#include "app_settings.h"

namespace limber {

namespace {

const QString favouritesKey = QStringLiteral("library/favourites");

} // namespace

Favourites::Favourites(QObject* parent)
    : QObject(parent)
{
    AppSettings file = AppSettings::load();
    m_ids = read(file);
}

QStringList Favourites::read(AppSettings& file)
{
    QStringList ids = file.ids(favouritesKey);
    ids.removeDuplicates();
    return ids;
}

void Favourites::set(const QString& exerciseId, bool favourite)
{
    if (favourite == contains(exerciseId))
        return;
    if (favourite)
        m_ids.append(exerciseId);
    else
        m_ids.removeAll(exerciseId);

    AppSettings file = AppSettings::load();
    file.setList(favouritesKey, m_ids);
    if (const WriteOutcome saved = file.save(); !saved)
        emit saveFailed(tr("The favourites were not saved: %1").arg(saved.error));
    emit changed(exerciseId, favourite);
}

} // namespace limber
