// Every exercise in the library, one row each in name order, with its star.
#pragma once

#include <limber/library.h>

#include <QAbstractListModel>

namespace limber {

class Favourites;

class ExerciseModel : public QAbstractListModel {
    Q_OBJECT

public:
    ExerciseModel(const Library& library, Favourites& favourites, QObject* parent = nullptr);

    // Rereads the rows; call after the library changed.
    void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

    QModelIndex indexOf(const QString& exerciseId) const;

    // The distinct values present, sorted, for the filter menus.
    QStringList positions() const;
    QStringList equipment() const;
    QStringList targets() const;

private:
    const Library& m_library;
    Favourites& m_favourites;
    std::vector<const LibraryEntry<Exercise>*> m_rows;
};

} // namespace limber
