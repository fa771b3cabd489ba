// Narrows a list of exercises by a search text (name, summary, targets) and by filters
// (position, equipment, target area, desk-friendly, favourites). Empty filters let all through.
// Each row reads with its starred state.
#pragma once

#include <QSortFilterProxyModel>

namespace limber {

class ExerciseFilter : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit ExerciseFilter(QObject* parent = nullptr);

    // Every word of the text must appear in the name, the summary or a target (any case).
    void setSearchText(const QString& text);
    void setPosition(const QString& position);
    void setEquipment(const QString& equipment);
    void setTarget(const QString& target);
    void setDeskFriendlyOnly(bool only);
    void setFavouritesOnly(bool only);

    // The exercise ids let through, in display order.
    QStringList visibleIds() const;
    // True while any search word or filter narrows the list.
    bool isNarrowed() const;

    // A row's accessible text is its name with its star ("Cobra, starred"), so a screen reader
    // says both; the star is only drawn.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void changed();

    QStringList m_words;
    QString m_position;
    QString m_equipment;
    QString m_target;
    bool m_deskFriendlyOnly = false;
    bool m_favouritesOnly = false;
};

} // namespace limber
