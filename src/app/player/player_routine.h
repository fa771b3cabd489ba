// What a player needs besides the timeline: the routine's name and the exercises its plan
// names, copied so that a player window does not depend on the library's lifetime.
#pragma once

#include <limber/diagnostic.h>
#include <limber/library.h>
#include <limber/model.h>
#include <limber/plan.h>

#include <QString>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace limber {

struct PlayerRoutine {
    Plan plan;
    std::string name;
    std::string summary;
    std::map<std::string, Exercise, std::less<>> exercises;

    const Exercise* exercise(std::string_view id) const;
};

struct PreparedRoutine {
    std::optional<PlayerRoutine> routine;
    Diagnostics problems; // errors when there is no routine; warnings may come with one
};

// The routine `target` names (an id or a routine file, as for --routine) compiled for playing.
PreparedRoutine prepareRoutine(
    const Library& library, const QString& target, const PlanOptions& options);

} // namespace limber
