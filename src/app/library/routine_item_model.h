// The items of the routine in the builder, one row each: the stretch, its dose as this routine
// gives it, its length, and any problem with it. Drops ask for a change (moveRequested,
// insertRequested); the builder makes it through the document, so it can be undone.
#pragma once

#include <limber/library.h>

#include <QAbstractListModel>

#include <cstdint>
#include <vector>

namespace limber {

class Favourites;

class RoutineItemModel : public QAbstractListModel {
    Q_OBJECT

public:
    RoutineItemModel(const Library& library, Favourites& favourites, QObject* parent = nullptr);

    // `itemMs`: each item's length in the compiled plan (empty when it did not compile);
    // `problems`: a message per item, empty for none.
    void setRoutine(const Routine& routine, std::vector<std::int64_t> itemMs, QStringList problems);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
        const QModelIndex& parent) override;

    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

signals:
    // Move the item at `from` to stand before the item now at `before` (rowCount: the end).
    void moveRequested(int from, int before);
    // Insert these exercises before the item now at `before`.
    void insertRequested(const QStringList& exerciseIds, int before);

private:
    const Library& m_library;
    Favourites& m_favourites;
    Routine m_routine;
    std::vector<std::int64_t> m_itemMs;
    QStringList m_problems;
    bool m_readOnly = false;
};

// The dose an item gets in its routine, overrides applied: "40 s hold", "2 × 10 reps".
Dose itemDose(const RoutineItem& item, const Exercise& exercise);

} // namespace limber
