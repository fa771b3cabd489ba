#!/bin/sh
# Renders every built-in exercise's figure, pose by pose, into one labelled contact sheet:
# each row an exercise, each tile one pose for its first side (start, then the hold or its
# in- and out-breath, or each rep phase), drawn by `limber --figure`, which needs no display.
#
# Usage: tools/figures/make-contact-sheet.sh [BUILD_DIR [OUT.png]]
#   BUILD_DIR  a configured build tree (default: build); the limber target is built first
#   OUT.png    where to write the sheet (default: docs/figures.png)
#
# Tool dependencies beyond the build: jq (reads the poses each file has) and ImageMagick's
# `montage` and `convert` (lay out and label the tiles). Run from the repository's root.
set -eu

build=${1:-build}
out=${2:-docs/figures.png}
size=160
# The sample light palette's window and text (src/app/shared/sample_palettes.cpp), which
# `limber --figure` paints on, so the tiles sit on the sheet without a seam.
window='#f4f5f5'
text='#1d2123'

cmake --build "$build" -j2 --target limber
limber="$build/limber"
tiles=$(mktemp -d)
trap 'rm -rf "$tiles"' EXIT

rows=""
for file in data/exercises/*.json; do
    id=$(jq -r .id "$file")
    # The poses this exercise's figure has, in the order they play.
    poses="start $(jq -r '
        .figure.poses as $p
        | if $p.phases then [range($p.phases | length) | "phase-\(. + 1)"] | join(" ")
          elif $p.in then "in out" else "hold" end' "$file")"
    row="$tiles/$id-row.png"
    set --
    for pose in $poses; do
        tile="$tiles/$id-$pose.png"
        env -u DISPLAY -u WAYLAND_DISPLAY "$limber" --figure "$id" --pose "$pose" \
            --size "$size" --png "$tile"
        set -- "$@" -label "$pose" "$tile"
    done
    montage "$@" -tile x1 -geometry +4+2 -pointsize 12 -font DejaVu-Sans \
        -background "$window" "$row"
    convert "$row" -gravity west -background "$window" -splice 210x0 \
        -font DejaVu-Sans-Bold -pointsize 15 -fill "$text" -annotate +12+0 "$id" "$row"
    rows="$rows $row"
done
# shellcheck disable=SC2086 # one argument per row
convert $rows -background "$window" -gravity west -append -bordercolor "$window" -border 12 +repage -depth 8 "$out"
echo "wrote $out"
