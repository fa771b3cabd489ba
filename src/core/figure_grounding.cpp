// Grounding: the posed body is lifted or lowered until its support touches the world. Standing,
// kneeling, on all fours or lying face down, whatever of the drawn body is lowest rests on the
// floor, so the pose alone decides which points carry it (the feet, the knees and feet, the
// hands and knees, the front of the body). Seated, the pelvis rests at the seat's height.
#include "figure_body.h"

#include <algorithm>

namespace limber::figure {

namespace body {

Body groundedBody(const Pose& pose, Support support)
{
    Body body = posedBody(pose);
    if (support == Support::Seated) {
        raise(body, seatHeight - body.skeleton[Joint::Pelvis].y);
        // A pelvis tipped far back would sink the buttocks into the seat, and legs posed longer
        // than the seat's height would go through the floor: either way the body rises off the
        // seat, so nothing is drawn below the seat or the floor.
        const std::vector<Solid> solids = solidsOf(body);
        std::vector<Solid> onSeat;
        for (const Solid& solid : solids)
            if (solid.part == Part::Trunk)
                onSeat.push_back(solid);
        const double intoSeat = seatSurface() - lowestSurface(onSeat);
        const double intoFloor = -lowestSurface(solids);
        const double lift = std::max({ 0.0, intoSeat, intoFloor });
        if (lift > 0)
            raise(body, lift);
        return body;
    }
    raise(body, -lowestSurface(solidsOf(body)));
    return body;
}

} // namespace body

Skeleton solve(const Pose& pose, Support support)
{
    return body::groundedBody(pose, support).skeleton;
}

} // namespace limber::figure
