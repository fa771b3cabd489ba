// Reads the fields of a routine file into a Routine, reporting every problem. Whether its
// exercises exist and take its overrides is the Library's check, not the file's.
#pragma once

#include "json_reader.h"

#include <limber/model.h>

namespace limber::loader {

// `root` is the file's top-level object, its kind and version already checked. The result is
// only meaningful when the root's report has no errors.
Routine readRoutine(ObjectReader& root);

} // namespace limber::loader
