// Reads the fields of an exercise file into an Exercise, reporting every problem.
#pragma once

#include "json_reader.h"

#include <limber/model.h>

namespace limber::loader {

// `root` is the file's top-level object, its kind and version already checked. The result is
// only meaningful when the root's report has no errors.
Exercise readExercise(ObjectReader& root);

} // namespace limber::loader
