"""The countries a sea lies off: how a report at sea meets the reports of a country.

A report's blocking cell is its country (``Spot.cell``); a sea that belongs to no country is
a cell of its own, so "a missile fell into the Sea of Japan" never met "North Korea fired a
missile" although both tell one launch, and "a missile hit a ship in the Gulf of Aden" never
met "a ship was hit off Yemen". A sea's **shores** are the countries whose bounding box meets
the sea's (both boxes from the gazetteer: ``regions.csv`` for seas, Natural Earth for
countries). Boxes are coarse: a box meets the boxes of some countries that do not touch the
sea, so the rule asks more of a pair at sea than of a pair ashore (``rules.ashore``).

Boxes are ``(west, south, east, north)`` in degrees; a box across the antimeridian
(``west > east``) is split in two.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache

from dashboard.model import BBox, Place

SEA_KINDS = frozenset({"sea"})  # the places that lie off countries (oceans are seas here)
# A landmark of no country is a border point (a bridge or a crossing between two countries, a
# holy site both claim: the gazetteer leaves its country empty, ``regions.csv``); its reports
# are placed there by one outlet and in a town of either side by another ("drones hit the
# Crimean Bridge" and "near Kerch"). Its shores are the countries its box meets, like a sea's,
# but it meets a place ashore as a point does, by distance or a region's box (``rules``).
BORDER_KINDS = frozenset({"landmark"})
# A land region of no country ("the Atlas Mountains", "the Sahel") spans several: its reports
# are its own cell, and one outlet places a quake in the mountains that another places at a
# province among them ("Al Haouz"). Its shores are the countries its box meets, as a sea's;
# it meets a place ashore by its box (``rules.contains``), and an act there still needs a
# shared side (``rules._linked_at_sea``).
AREA_KINDS = frozenset({"region"})


def meets(a: BBox, b: BBox) -> bool:
    """Do two boxes share a point?

    >>> meets((127.5, 33.5, 142.2, 52.0), (124.3, 37.7, 130.8, 43.0))  # Sea of Japan, N. Korea
    True
    >>> meets((42.5, 10.4, 51.5, 15.3), (34.3, 29.5, 35.8, 33.3))  # Gulf of Aden, Israel
    False
    """
    return any(
        w1 <= e2 and w2 <= e1 and a[1] <= b[3] and b[1] <= a[3]
        for w1, e1 in _spans(a)
        for w2, e2 in _spans(b)
    )


def shores(sea: BBox, countries: Mapping[str, BBox]) -> frozenset[str]:
    """The ISO2 codes of the countries whose box meets the sea's box."""
    return frozenset(code for code, box in countries.items() if meets(sea, box))


def _spans(box: BBox) -> Iterable[tuple[float, float]]:
    west, _, east, _ = box
    return ((west, east),) if west <= east else ((west, 180.0), (-180.0, east))


@lru_cache(maxsize=1)
def country_boxes() -> dict[str, BBox]:
    """Every country's box in the gazetteer (``cc:XX`` places), by ISO2 code."""
    from dashboard.places.gazetteer import Countries, load

    return {code: p.bbox for code, p in Countries(load()).items() if p.bbox is not None}


@lru_cache(maxsize=1)
def seas_off() -> dict[str, tuple[str, ...]]:
    """Country ISO2 -> the ids of the gazetteer's seas, border landmarks and land regions (of no
    country)
    whose shores hold it: the cells a country's report looks up beside its own
    (``store.happenings``)."""
    from dashboard.places.gazetteer import load

    boxes = country_boxes()
    out: dict[str, list[str]] = {}
    for sea in (*load().seas, *border_landmarks()):
        if sea.country_code is None and sea.bbox is not None:
            for code in shores(sea.bbox, boxes):
                out.setdefault(code, []).append(sea.id)
    return {code: tuple(sorted(ids)) for code, ids in out.items()}


@lru_cache(maxsize=1)
def border_landmarks() -> tuple[Place, ...]:
    """The gazetteer's landmarks and land regions of no country (``BORDER_KINDS``,
    ``AREA_KINDS``), from its hand-made regions (``rg:`` ids, ``regions.csv``): read once,
    ~0.3 s."""
    from dashboard.places.gazetteer import load

    gaz = load()
    ids = tuple(k for k in gaz.places if k.startswith("rg:"))
    kinds = BORDER_KINDS | AREA_KINDS
    return tuple(p for p in gaz.places_of(ids) if p.kind in kinds and p.country_code is None)
