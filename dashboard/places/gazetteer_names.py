"""The name tests and readers every gazetteer source shares.

Which names are indexed (ordinary English words left out, a leading article dropped, a
Latin alternate usable), whether a name holds a lowercase word, and the readers of the
curated CSV files and of GeoJSON outlines.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

from dashboard.errors import GazetteerError
from dashboard.model import BBox, Place
from dashboard.places.names import CONNECTORS, fold, is_latin_name


def _has_lowercase_word(name: str) -> bool:
    # split as the scanner does, so an elided particle counts: "Côte d'Ivoire" holds "d"
    words = [w for w in re.split(r"[ '’-]+", name) if w][1:]
    return any(w.isalpha() and w[0].islower() and w not in CONNECTORS for w in words)


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
