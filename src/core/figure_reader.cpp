// An exercise's "figure" object, as DATA-FORMAT.md describes it. A pose maps joint names to
// {flex, side, twist} in degrees; unknown joints and components are errors rather than the
// warnings unknown fields get elsewhere, since the figure would silently show a wrong pose.
#include "figure_reader.h"

#include "source_text.h"

#include <limber/exercise_figure.h>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace limber::loader {

namespace {

using enum Presence;
using figure::Joint;
using figure::Pose;
using figure::Rotation;

constexpr std::array allSupports { figure::Support::Standing, figure::Support::Seated,
    figure::Support::Kneeling, figure::Support::AllFours, figure::Support::LyingFaceDown };
constexpr std::array allProps { figure::Prop::Chair, figure::Prop::Wall, figure::Prop::Mat,
    figure::Prop::Block, figure::Prop::SidewaysChair };
constexpr std::array<std::string_view, 4> viewNames { "front", "side", "three-quarter", "back" };

// A view written as angles: any yaw round the figure, the eye from below the feet to above
// the head.
constexpr double maxYaw = 180;
constexpr double maxPitch = 90;

struct Component {
    std::string_view name;
    double Rotation::*angle;
};
constexpr std::array components { Component { "flex", &Rotation::flex },
    Component { "side", &Rotation::side }, Component { "twist", &Rotation::twist } };

// 90 reads "90", 12.5 reads "12.5", as a person writes degrees.
std::string formatDegrees(double degrees)
{
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, degrees).ptr;
    return std::string(buffer, end);
}

std::string jointList()
{
    std::string names;
    for (int i = 0; i < figure::jointCount; ++i)
        names += (i > 0 ? ", " : "") + std::string(toString(static_cast<Joint>(i)));
    return names;
}

std::optional<double> readAngle(
    const Json& value, const std::string& pointer, double min, double max, Report& report)
{
    if (!value.is_number()) {
        report.error(pointer, std::string("must be a number, got ") + value.type_name());
        return std::nullopt;
    }
    const double degrees = value.get<double>();
    if (!std::isfinite(degrees) || degrees < min || degrees > max) {
        report.error(pointer,
            "must be between " + formatDegrees(min) + " and " + formatDegrees(max)
                + " degrees, got " + describe(value));
        return std::nullopt;
    }
    return degrees;
}

// One joint's written components over what it inherits.
void readRotation(
    const Json& value, const std::string& pointer, Joint joint, Rotation& rotation, Report& report)
{
    if (!checkObject(value, pointer, report))
        return;
    const figure::Limits& limits = figure::limitsOf(joint);
    for (const auto& [key, angle] : value.items()) {
        const std::string at = childPointer(pointer, key);
        const auto component = std::find_if(components.begin(), components.end(),
            [&key = key](const Component& c) { return c.name == key; });
        if (component == components.end()) {
            report.error(at, "is not an angle of a joint; angles are flex, side, twist");
            continue;
        }
        const auto degrees = readAngle(
            angle, at, limits.min.*component->angle, limits.max.*component->angle, report);
        if (degrees)
            rotation.*component->angle = *degrees;
    }
}

// The poses of a figure in the order a "from" may refer back along.
struct NamedPose {
    std::string name;
    Pose pose;
};

std::optional<Pose> readPose(const Json& value, const std::string& pointer,
    const std::vector<NamedPose>& earlier, Report& report)
{
    if (!checkObject(value, pointer, report))
        return std::nullopt;
    Pose pose;
    bool valid = true;
    if (const auto from = value.find("from"); from != value.end()) {
        const auto base = std::find_if(earlier.begin(), earlier.end(), [&](const NamedPose& p) {
            return from->is_string() && from->get_ref<const std::string&>() == p.name;
        });
        if (base != earlier.end()) {
            pose = base->pose;
        } else {
            std::vector<std::string_view> names;
            for (const NamedPose& p : earlier)
                names.push_back(p.name);
            const std::string at = childPointer(pointer, "from");
            report.error(at,
                names.empty() ? "must name an earlier pose, and this is the first"
                              : notOneOfMessage(names, *from));
            valid = false;
        }
    }
    for (const auto& [key, rotation] : value.items()) {
        if (key == "from")
            continue;
        const std::string at = childPointer(pointer, key);
        const std::optional<Joint> joint = figure::jointNamed(key);
        if (!joint) {
            report.error(at, "is not a joint; joints are " + jointList());
            valid = false;
            continue;
        }
        readRotation(rotation, at, *joint, pose[*joint], report);
    }
    if (!valid)
        return std::nullopt;
    return pose;
}

std::optional<figure::View> readViewAngles(ObjectReader& view)
{
    const Json* yaw = view.field("yaw", Required);
    const Json* pitch = view.field("pitch", Optional);
    const auto read = [&](const Json* value, std::string_view key, double limit) {
        return readAngle(*value, view.pointerTo(key), -limit, limit, view.report());
    };
    const auto yawDegrees = yaw ? read(yaw, "yaw", maxYaw) : std::nullopt;
    // An eye level with the figure's middle when the file does not lift it.
    const auto pitchDegrees = pitch ? read(pitch, "pitch", maxPitch) : std::optional(0.0);
    if (!yawDegrees || !pitchDegrees)
        return std::nullopt;
    return figure::View { *yawDegrees, *pitchDegrees };
}

std::optional<figure::View> readView(ObjectReader& figure)
{
    const Json* view = figure.field("view", Required);
    if (view == nullptr)
        return std::nullopt;
    const std::string at = figure.pointerTo("view");
    if (view->is_object()) {
        ObjectReader angles(*view, at, figure.report());
        const auto result = readViewAngles(angles);
        angles.warnAboutUnknownFields();
        return result;
    }
    if (view->is_string()) {
        if (const auto named = figure::namedView(view->get_ref<const std::string&>()))
            return named;
    }
    std::vector<std::string_view> names(viewNames.begin(), viewNames.end());
    figure.report().error(
        at, notOneOfMessage(names, *view) + " (or {\"yaw\": degrees, \"pitch\": degrees})");
    return std::nullopt;
}

std::vector<figure::Prop> readProps(ObjectReader& figure)
{
    std::vector<figure::Prop> props;
    const Json* array = figure.field("props", Optional);
    const std::string arrayPointer = figure.pointerTo("props");
    if (array == nullptr || !checkArray(*array, arrayPointer, {}, figure.report()))
        return props;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const auto prop
            = readChoice((*array)[i], Place(arrayPointer, i), allProps, figure.report());
        if (!prop)
            continue;
        if (std::find(props.begin(), props.end(), *prop) != props.end()) {
            figure.report().error(childPointer(arrayPointer, i),
                "names " + quoted(toString(*prop)) + " a second time");
            continue;
        }
        props.push_back(*prop);
    }
    return props;
}

// The poses a dose needs: a hold breathes (hold, in, out), reps move phase by phase.
class PoseReader {
public:
    PoseReader(ObjectReader& poses, const FigureContext& context)
        : m_poses(poses)
        , m_context(context)
    {
    }

    std::optional<figure::ExerciseFigure> read(figure::ExerciseFigure figure)
    {
        const bool isReps = m_context.dose && std::holds_alternative<Reps>(*m_context.dose);
        const bool isHold = m_context.dose && !isReps;
        const auto start = named("start", Required);
        if (start)
            figure.start = *start;
        figure.hold = named("hold", Optional);
        figure.in = named("in", Optional);
        figure.out = named("out", Optional);
        pair("in", "out");
        pair("out", "in");
        if (isReps) {
            for (const char* key : { "hold", "in", "out" })
                if (m_poses.has(key))
                    refuse(key, "a reps dose, which moves by \"phases\"");
        }
        if (isHold && m_poses.has("phases"))
            refuse("phases", "a hold, which breathes between \"in\" and \"out\"");
        if (isReps)
            figure.phases = phases(std::get<Reps>(*m_context.dose).phases.size());
        if (m_poses.report().hasErrors() || !start)
            return std::nullopt;
        return figure;
    }

private:
    std::optional<Pose> named(const char* key, Presence presence)
    {
        const Json* value = m_poses.field(key, presence);
        if (value == nullptr)
            return std::nullopt;
        auto pose = readPose(*value, m_poses.pointerTo(key), m_earlier, m_poses.report());
        if (pose)
            m_earlier.push_back({ key, *pose });
        return pose;
    }

    void pair(const char* given, const char* partner)
    {
        if (m_poses.has(given) && !m_poses.has(partner))
            m_poses.report().error(m_poses.pointerTo(partner), "is required with " + quoted(given));
    }

    void refuse(const char* key, const char* what)
    {
        m_poses.report().error(m_poses.pointerTo(key), quoted(key) + " does not apply to " + what);
    }

    std::vector<Pose> phases(std::size_t phaseCount)
    {
        std::vector<Pose> result;
        const Json* array = m_poses.field("phases", Optional);
        const std::string arrayPointer = m_poses.pointerTo("phases");
        if (array == nullptr) {
            m_poses.report().error(arrayPointer, "is required for a reps dose: one pose per phase");
            return result;
        }
        if (!checkArray(*array, arrayPointer, {}, m_poses.report()))
            return result;
        if (array->size() != phaseCount) {
            m_poses.report().error(arrayPointer,
                "must have one pose per phase of /dose/reps/phases (" + std::to_string(phaseCount)
                    + "), got " + std::to_string(array->size()));
            return result;
        }
        for (std::size_t i = 0; i < array->size(); ++i) {
            auto pose
                = readPose((*array)[i], childPointer(arrayPointer, i), m_earlier, m_poses.report());
            if (!pose)
                continue;
            m_earlier.push_back({ "phase-" + std::to_string(i + 1), *pose });
            result.push_back(*pose);
        }
        return result;
    }

    ObjectReader& m_poses;
    const FigureContext& m_context;
    std::vector<NamedPose> m_earlier; // the poses read so far, for "from"
};

} // namespace

std::optional<figure::ExerciseFigure> readFigure(ObjectReader& figure, const FigureContext& context)
{
    figure::ExerciseFigure result;
    const auto support = figure.choice("support", Required, allSupports);
    const auto view = readView(figure);
    result.props = readProps(figure);
    const auto read = figure.object<figure::ExerciseFigure>("poses", Required,
        [&](ObjectReader& poses) { return PoseReader(poses, context).read(result); });
    if (!support || !view || !read || figure.report().hasErrors())
        return std::nullopt;
    result = *read;
    result.support = *support;
    result.view = *view;
    result.firstSide = toBodySide(figureFileSide(context.sides, context.firstSide));
    return result;
}

} // namespace limber::loader
