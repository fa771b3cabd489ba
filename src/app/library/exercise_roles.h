// The data roles shared by every list that shows exercises (library, picker, routine items),
// so one delegate can draw them all with their stars.
#pragma once

#include <limber/model.h>

#include <QMetaType>
#include <Qt>

namespace limber {

enum ExerciseRole {
    ExerciseIdRole = Qt::UserRole + 1, // QString
    FavouriteRole, // bool; setData toggles the star
    SubtitleRole, // QString: "seated · 45 s hold · each side"
    SummaryRole, // QString
    PositionRole, // QString: "seated"
    EquipmentRole, // QStringList
    TargetsRole, // QStringList
    DeskFriendlyRole, // bool
    OverridesBuiltInRole, // bool: a user file with a built-in's id
    ProblemRole, // QString: what is wrong with this row, empty when nothing
    ExercisePointerRole, // const Exercise*: the row's exercise, for its figure, valid while the row
                         // is
};

// The MIME types the lists drag: exercise ids (one a line) and rows of a routine.
inline constexpr char exerciseIdsMimeType[] = "application/x-limber-exercise-ids";
inline constexpr char routineRowsMimeType[] = "application/x-limber-routine-rows";

} // namespace limber

Q_DECLARE_METATYPE(const limber::Exercise*)
