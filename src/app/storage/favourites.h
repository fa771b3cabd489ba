// The exercises the user starred, kept in the settings file in the order they were starred.
#pragma once

#include <QObject>
#include <QStringList>

namespace limber {

class AppSettings;

class Favourites : public QObject {
    Q_OBJECT

public:
    // Reads the starred ids from the settings file.
    explicit Favourites(QObject* parent = nullptr);
    // The starred ids in a file already loaded; an item that is not an id is a problem of it.
    static QStringList read(AppSettings& file);

    bool contains(const QString& exerciseId) const { return m_ids.contains(exerciseId); }
    const QStringList& ids() const { return m_ids; }

    // Stars or unstars an exercise and saves at once.
    void set(const QString& exerciseId, bool favourite);
    void toggle(const QString& exerciseId) { set(exerciseId, !contains(exerciseId)); }

signals:
    void changed(const QString& exerciseId, bool favourite);
    // The settings file could not be written; the star still holds for this session.
    void saveFailed(const QString& message);

private:
    QStringList m_ids;
};

} // namespace limber
