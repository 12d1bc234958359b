"""A name before "regency" in a text set in Indonesia is one of Indonesia's regencies.

A regency (kabupaten) is Indonesia's second-level division; English news writes it after the
name ("the Karo regency", "Bantul Regency"), and the packaged data has none of them: only
Indonesia's provinces and its towns. "Floods hit the Karo regency in North Sumatra" put
Karo at a town of that name in India. In a text that names Indonesia or a place in it, a
name before "regency" that resolved outside Indonesia moves there: to a town of that name
in Indonesia (a regency often bears its seat's name), the biggest if several; else it is
placed at the Indonesian province the text names first (among its towns where it has
them, ``division_towns``), else at Indonesia's point, as "Stroud, Ontario" is placed at
Ontario (``placing``).
"""

from __future__ import annotations

from dataclasses import replace

from dashboard.model import Mention, Place
from dashboard.places.division_towns import towns_point
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.pairs import moved_to
from dashboard.places.told_within import placed_at

INDONESIA = "ID"
_AFTER = (" regency", " Regency")


def regencies(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with each name written before "regency" moved into Indonesia when the
    text is set there (see the module)."""
    found = [
        k
        for k, m in enumerate(mentions)
        if text.startswith(_AFTER, m.end)
        and (p := m.place) is not None
        and p.country_code != INDONESIA
    ]
    if not found:
        return mentions  # the common case
    inside = [
        m.place for m in mentions if m.place is not None and m.place.country_code == INDONESIA
    ]
    if not inside:
        return mentions  # "the Hyatt Regency": no regency of Indonesia's
    out = list(mentions)
    for k in found:
        m = mentions[k]
        old = m.place
        assert old is not None
        towns = [c for c in gaz.lookup(m.text) if c.kind == "city" and c.country_code == INDONESIA]
        if towns:
            town = max(towns, key=lambda c: c.population)
            why = f"'{m.text} regency' is an Indonesian regency: the town of {town.name} there"
            out[k] = moved_to(m, town, why)
            continue
        place, at = _within(m.text, inside, gaz)
        why = (
            f"'{m.text} regency' is one of Indonesia's regencies, which the gazetteer lacks"
            f" (not {old.name}, {old.country_code}); placed {at}"
        )
        out[k] = moved_to(m, place, why)
    return out


def _within(name: str, inside: list[Place], gaz: Gazetteer) -> tuple[Place, str]:
    """The regency ``name`` placed in the first province the text names, else Indonesia."""
    province = next((p for p in inside if p.kind in ("admin1", "admin2")), None)
    within = province or gaz.country(INDONESIA) or inside[0]
    place = placed_at(name, within, "admin2")
    point = towns_point(gaz, within)
    if point is not None:
        return replace(place, lat=point[0], lon=point[1]), f"among {within.name}'s towns"
    return place, f"at {within.name}"
