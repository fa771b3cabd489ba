// Grounding: the posed body is lifted or lowered until its support touches the world. Standing,
// kneeling, on all fours or lying face down, whatever of the drawn body is lowest rests on the
// floor, so the pose alone decides which points carry it (the feet, the knees and feet, the
// hands and knees, the front of the body). Seated, the pelvis rests at the seat's height.
#include "figure_body.h"

namespace limber::figure {

namespace body {

Body groundedBody(const Pose& pose, Support support)
{
    Body body = posedBody(pose);
    if (support == Support::Seated) {
        raise(body, seatHeight - body.skeleton[Joint::Pelvis].y);
        // Legs posed longer than the seat's height would go through the floor: the body rises
        // off the seat instead, so nothing is ever drawn below the floor.
        const double lowest = lowestSurface(solidsOf(body));
        if (lowest < 0)
            raise(body, -lowest);
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
