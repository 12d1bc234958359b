"""First- and second-level divisions for the gazetteer build.

iso3166-2's divisions with their English names, the curated ``divisions.csv``,
``division_names.csv`` and ``division_points.csv``, and US counties.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from dashboard.errors import GazetteerError
from dashboard.model import Place
from dashboard.paths import data_dir
from dashboard.places.gazetteer_names import _read_csv, _usable_alt, _without_article
from dashboard.places.names import CONNECTORS, fold, is_latin_name, name_key

if TYPE_CHECKING:
    # the index under construction: annotations only (gazetteer.py runs these sources)
    from dashboard.places.gazetteer import _Builder


DIVISION_COLUMNS = ["code", "name", "country_code", "lat", "lon", "alt_names", "source"]


def _add_curated_divisions(b: _Builder, path: Path) -> None:
    """First-level divisions that iso3166-2 lacks: created after its release (Norway's
    counties of 2024) or abolished since, which older news still names (Hedmark). Each row
    of ``divisions.csv`` says which, and where its point comes from."""
    for row in _read_csv(path, DIVISION_COLUMNS):
        place = Place(
            id=f"a1:{row['code']}",
            name=row["name"],
            kind="admin1",
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            country_code=row["country_code"],
            geo_precision=3,
            admin1=row["code"],
        )
        b.add(place, [a for a in row["alt_names"].split("|") if a])


def _add_division_names(b: _Builder, path: Path) -> None:
    """English names news uses for a first-level division that iso3166-2 lacks or that its
    filters leave out ("Salahuddin", "Krasnodar Krai", "Sumy"), one per row of
    ``division_names.csv`` with its source. Indexed as ISO's English names are: after the
    division's own, before the towns, so "Sumy" is the city or the oblast by the same rules
    as "Kharkiv"."""
    for row in _read_csv(path, ["code", "name", "source"]):
        place = b.places.get(f"a1:{row['code']}")
        if place is None:
            raise GazetteerError(
                f"{path}: name {row['name']!r} for unknown division {row['code']!r}"
            )
        b.add(place, [row["name"]])


# ISO 3166-2 names a division in its own language, often as an adjective and a type word
# ("Belgorodskaja oblast'", "Kharkivska oblast", "Krasnodarskij kraj", "Chechenskaya
# Respublika"), where English news writes "Belgorod Oblast", "Kharkiv Oblast", "Krasnodar
# Krai", "Chechnya"; or in a spelling of its own ("Amara" for the Amhara region, whose
# English name iso3166-2 gives as "Amhara National Regional State")
_NATIVE_TYPE = re.compile(
    r"^(?P<adj>[^\s,]+)\s+(?P<type>oblast'?|kraj|kray)$|^(?P<rep>.+?),?\s+Respublika$"
)
_ENGLISH_TYPE = {"oblast": "Oblast", "oblast'": "Oblast", "kraj": "Krai", "kray": "Krai"}
_KRAI_COUNTRIES = frozenset({"RU"})  # a Czech or Slovak kraj is a "Region" in English
_TYPE_PHRASE = re.compile(r"\s+(?:National\s+)?(?:Regional\s+)?(?:State|Region|Province)$")
_SPELLING_RATIO = 0.7  # difflib ratio of folded names that are one name's two spellings


def _english_division_names(b: _Builder, path: Path) -> None:
    """Give a first-level division the English name English news uses as its display name,
    where iso3166-2 (MIT) lists one in ``localOtherName`` "(eng)", or ``division_names.csv``
    adds one, and the ISO name is the native form: "Belgorodskaja oblast'" shows as
    "Belgorod Oblast", "Amara" as "Amhara". The English name must spell the same name (a
    difflib ratio of at least 0.7 against the native adjective or name), so nicknames and
    other names ("Kuzbass" for Kemerovskaja oblast', "Lvivshchyna") are never shown; a
    republic shows its first English name ("Chechnya"). Matching is unchanged: the
    display name is set after indexing, which keeps every name the division answers to."""
    import iso3166_2

    with (Path(iso3166_2.__file__).parent / "iso3166-2.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    extra: dict[str, list[str]] = defaultdict(list)
    for row in _read_csv(path, ["code", "name", "source"]):
        extra[row["code"]].append(row["name"])
    for subdivisions in data.values():
        for code, sub in subdivisions.items():
            place = b.places.get(f"a1:{code}")
            if place is None or _second_level(sub, subdivisions):
                continue
            own = _BRACKETED.sub("", sub["name"]).strip()
            english = [
                _BRACKETED.sub("", n).strip()
                for n in _english_names(sub.get("localOtherName") or "", own)
            ] + extra[code]
            shown = _english_display(own, english, place.country_code or "")
            if shown is not None and shown != place.name:
                b.places[place.id] = replace(place, name=shown)


def _english_display(own: str, english: list[str], country: str) -> str | None:
    """The English display name of a division named ``own`` by ISO, from its ``english``
    names (see ``_english_division_names``); None to keep ``own``."""
    native = _NATIVE_TYPE.match(own)
    if native is not None and native.group("rep"):
        return english[0] if english else None
    if native is not None:
        kind = native.group("type")
        if kind.startswith("kra") and country not in _KRAI_COUNTRIES:
            return None
        bare = [re.sub(r"\s+(?:Oblast|Krai)$", "", n) for n in english]  # "Kyiv Oblast"
        name = _same_name(native.group("adj"), bare)
        return f"{name} {_ENGLISH_TYPE[kind]}" if name else None
    if " " in own:
        return _compass_led(own, english)
    cores = [c for n in english if (c := _TYPE_PHRASE.sub("", n)) != n and " " not in c]
    return _same_name(own, cores)


def _compass_led(own: str, english: list[str]) -> str | None:
    """The English name that says ``own``'s compass word in English, before the name, as
    English news writes it: "Central Sulawesi" for ISO's "Sulawesi Tengah", "West Java" for
    "Jawa Barat", "North Sumatra" for "Sumatera Utara", "Southwest Papua" for "Papua Barat
    Daya" (one English word for two), "Highland Papua" for "Papua Pegunungan"; or that says
    an archipelago's type word after the name, "Riau Islands" for "Kepulauan Riau". The rest
    of the English name must spell ``own`` less one or two words at either end
    (``_same_name``); None to keep ``own``."""
    words = own.split()
    for name in english:
        parts = name.split()
        if len(parts) < 2:
            continue
        if parts[0].lower() in _POSITION_LEADS:
            rest = " ".join(parts[1:])
        elif parts[-1] == "Islands" and words[0].lower() in _ARCHIPELAGO_WORDS:
            rest = " ".join(parts[:-1])
        else:
            continue
        left = len(words) - len(rest.split())
        # two native words for one English one only for a quarter ("Barat Daya"): "Norte de
        # Santander" stays, not "North Santander"
        if not (left == 1 or (left == 2 and parts[0].lower() in _QUARTER_LEADS)):
            continue
        shorter = (" ".join(words[left:]), " ".join(words[:-left]))
        if any(_same_name(core, [rest]) for core in shorter):
            return name
    return None


def _same_name(native: str, english: list[str]) -> str | None:
    """The first of ``english`` spelling the same name as ``native`` (folded difflib ratio)."""
    from difflib import SequenceMatcher

    key = fold(native).strip("'")
    for name in english:
        if SequenceMatcher(None, key, fold(name)).ratio() >= _SPELLING_RATIO:
            return name
    return None


def _division_points(b: _Builder, path: Path) -> None:
    """Corrected points for the few first-level divisions whose iso3166-2 point is wrong
    (each row says what it replaces and from where): the towns' mapping to divisions votes
    by these points (see ``_iso_admin1_map``)."""
    for row in _read_csv(path, ["code", "lat", "lon", "source"]):
        place = b.places.get(f"a1:{row['code']}")
        if place is not None:
            b.places[place.id] = replace(place, lat=float(row["lat"]), lon=float(row["lon"]))


# The type word ISO 3166-2 writes into some divisions' names and news leaves out: "Anhui
# Sheng" (province) is "Anhui", "Guangxi Zhuangzu Zizhiqu" (autonomous region) "Guangxi",
# "Beijing Shi" (municipality) "Beijing", "Gyeonggi-do" (province) "Gyeonggi".
_DIVISION_TYPE = re.compile(
    r"^(?P<short>.+?)(?:(?: \w+zu| Uygur)? Zizhiqu| Sheng| Shi|-do|-gwangyeoksi|-teukbyeolsi"
    r"|-teukbyeoljachi(?:do|si))$"
)
_BRACKETED = re.compile(r"\s*\[[^\]]*\]")  # "Isle of Anglesey [Sir Ynys Môn GB-YNM]"


def _add_divisions(b: _Builder) -> None:
    """First-level divisions, and the second-level ones ISO 3166-2 gives coordinates for
    (UK counties and council areas, Philippine provinces...), from the iso3166-2 package."""
    import iso3166_2

    path = Path(iso3166_2.__file__).parent / "iso3166-2.json"
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    for country, subdivisions in data.items():
        # each division's own name: another's English name must not take it ("Washington"
        # is listed for the District of Columbia too)
        taken = {name_key(_BRACKETED.sub("", sub["name"])) for sub in subdivisions.values()}
        for code, sub in subdivisions.items():
            latlng = sub.get("latLng") or []
            name = _BRACKETED.sub("", sub["name"]).strip()
            if len(latlng) != 2 or not is_latin_name(name):
                continue
            second = _second_level(sub, subdivisions)
            place = Place(
                id=f"a2:{code}" if second else f"a1:{code}",
                name=name,
                kind="admin2" if second else "admin1",
                lat=float(latlng[0]),
                lon=float(latlng[1]),
                country_code=country,
                geo_precision=2 if second else 3,
                admin1=sub["parentCode"] if second else code,
            )
            short = _DIVISION_TYPE.match(name)
            b.add(
                place,
                [
                    *([short.group("short")] if short else []),
                    *_without_article(place),
                    *_english_names(sub.get("localOtherName") or "", name, taken),
                    *_unbracketed(name),
                ],
            )


# ISO 3166-2's category for a grouping by geography alone, with no administration of its
# own: Indonesia's seven "geographical units" (Jawa, Sulawesi...). The provinces under them
# are the country's first-level divisions, GeoNames' ADM1 ("first-order administrative
# division"): "Central Sulawesi province" is a province of Indonesia. Uganda's and Cabo
# Verde's "geographical regions" and the Marshall Islands' island chains are left out: the
# districts and municipalities under them bear their towns' names, and as first-level
# divisions their prior took the towns ("Police in Gulu", "docked at Majuro": measured).
_GEOGRAPHICAL_GROUPS = frozenset({"Geographical unit"})


@lru_cache(maxsize=1)
def geographical_groups() -> frozenset[str]:
    """The ISO codes of iso3166-2's geographical groupings (``_GEOGRAPHICAL_GROUPS``: "ID-SL"
    for Sulawesi): no town's division, since the provinces under them are."""
    import iso3166_2

    with (Path(iso3166_2.__file__).parent / "iso3166-2.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    return frozenset(
        code
        for subdivisions in data.values()
        for code, sub in subdivisions.items()
        if sub.get("type") in _GEOGRAPHICAL_GROUPS
    )


def _second_level(sub: dict, subdivisions: dict) -> bool:
    """Whether iso3166-2's division ``sub`` is a second-level one: it has a parent, and
    that parent is no mere geographical grouping (``_GEOGRAPHICAL_GROUPS``)."""
    parent = subdivisions.get(sub.get("parentCode") or "")
    if parent is None:
        return bool(sub.get("parentCode"))
    return parent.get("type") not in _GEOGRAPHICAL_GROUPS


_COMPASS_LEADS = frozenset(
    "north south east west central northern southern eastern western upper lower".split()
)
# A quarter between two points, which some languages say in two words ("Papua Barat Daya",
# Southwest Papua; "Sulawesi Tenggara", Southeast Sulawesi), and the highlands ("Papua
# Pegunungan", Highland Papua, Indonesia's Law 16 of 2022): position words that lead a
# division's English name as iso3166-2 lists it, for the display name only
_QUARTER_LEADS = frozenset("northeast northwest southeast southwest".split())
_POSITION_LEADS = _COMPASS_LEADS | _QUARTER_LEADS | {"highland"}
# Indonesian and Malay for "islands" opening an archipelago's name ("Kepulauan Riau", the
# Riau Islands), which English writes after the name
_ARCHIPELAGO_WORDS = frozenset({"kepulauan"})

# "Bavaria (eng), Free State of Bavaria (eng)" in iso3166-2's localOtherName
_ENGLISH_NAME = re.compile(r"(?:^|, )([^,()]+?) \(eng\)")


def _english_names(other: str, own: str, taken: set[str] | None = None) -> list[str]:
    """The English names iso3166-2 lists for a division ("Bavaria" for Bayern, "Chechnya"
    for Chechenskaya Respublika, "Saxony-Anhalt"): how English news names it. Many entries
    are nicknames or translations made of ordinary words ("Beautiful", "The City of
    Palaces", "Holy Spirit" for Espírito Santo, "The City" for the City of London), so a name
    opening with "The" or made only of words English knows (lemminflect's lexicon) is left
    out, as are abbreviations and names under five letters ("Baha" of "Baha'i"). The own
    name with a type word after it ("Washington State") is left to the resolver's type-word
    rule, which says why; a name ``taken`` as another division's own ("Washington", listed
    for the District of Columbia) is left to that division."""
    prefix = f"{name_key(own)} "
    return [
        name
        for name in (n.strip() for n in _ENGLISH_NAME.findall(other))
        if _plain_name_ok(name)
        and not name_key(name).startswith(prefix)
        and name_key(name) not in (taken or ())
    ]


def _plain_name_ok(name: str) -> bool:
    """Whether an extra name of a division reads as a name in English news (see
    ``_english_names``): five letters or more, capitalised, not "The ...", and not made
    only of ordinary English words unless a compass word leads it ("West Java")."""
    from lemminflect import getAllLemmas

    if len(name) < 5 or not _usable_alt(name) or name.lower().startswith("the "):
        return False
    words = [w for w in re.split(r"[ -]+", name.lower().replace(".", "")) if w]
    compass_led = len(words) > 1 and words[0] in _COMPASS_LEADS and words[1] not in _COMPASS_LEADS
    return compass_led or not all(
        w in CONNECTORS or w in ("st", "mt") or getAllLemmas(w) for w in words
    )  # "Holy Spirit", "South Central" are no names


_PARENTHESISED = re.compile(r"\s*\([^)]*\)")  # "Central Luzon (Region III)"


def _unbracketed(name: str) -> list[str]:
    """ISO's name without its parenthesised note, which news never writes: "Central Luzon"
    for "Central Luzon (Region III)", "Svalbard" for "Svalbard (Arctic Region)"."""
    short = _PARENTHESISED.sub("", name).strip()
    return [short] if short != name and _plain_name_ok(short) else []


def _add_us_counties(b: _Builder, gc: object) -> None:
    """US counties by name and state, at the points of ``us_county_points.csv`` (no package
    ships them; the file says how each was made). A county missing there stays unresolved."""
    points = {
        row["fips"]: (float(row["lat"]), float(row["lon"]))
        for row in _read_csv(data_dir() / "gazetteer" / "us_county_points.csv", COUNTY_COLUMNS)
    }
    for c in gc.get_us_counties():  # type: ignore[attr-defined]
        lat, lon = points.get(c["fips"], (None, None))
        place = Place(
            id=f"usc:{c['fips']}",
            name=c["name"],
            kind="admin2",
            lat=lat,
            lon=lon,
            country_code="US",
            geo_precision=2,
            admin1=f"US-{c['state']}",
        )
        b.add(place, [])


COUNTY_COLUMNS = ["fips", "name", "state", "lat", "lon", "source"]
