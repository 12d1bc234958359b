"""A division named by a compass word alone ("the North", "the South-West") is resolved only in
a text about its country: Cameroon's regions are named North, South, East, North-West and so
on, and "the North's missile" in news from Seoul became Cameroon's North region (hap13)."""

from __future__ import annotations

from dataclasses import replace

from dashboard.model import Mention
from dashboard.places.names import fold
from dashboard.places.runs import Demonym

# a compass point, or two, and "far": the whole of such a division's name (GeoNames'
# Cameroonian regions North, Far North, South, South-West, East, ...)
_POINTS = "north south east west northeast northwest southeast southwest".split()
COMPASS_NAMES = frozenset(
    _POINTS
    + [f"{a}-{b}" for a in ("north", "south") for b in ("east", "west")]
    + [f"{a} {b}" for a in ("north", "south") for b in ("east", "west")]
    + [f"far {p}" for p in _POINTS]
)
_DIVISIONS = frozenset({"admin1", "admin2", "region"})


def compass_only(m: Mention) -> bool:
    """Is ``m`` a division named by nothing but compass words ("the North")?"""
    p = m.place
    return (
        p is not None and p.kind in _DIVISIONS and fold(" ".join(m.text.split())) in COMPASS_NAMES
    )


def compass_divisions(mentions: list[Mention], demonyms: list[Demonym]) -> list[Mention]:
    """``mentions`` with each division named by compass words alone left unresolved when the
    text names its country in no other way: no other mention resolves there and no demonym
    names it. The name stays a mention (the text does call a place "the North West"), but
    which country's is not guessed. Kept: "the North-West" beside Bamenda or "Cameroonian"."""
    if not any(compass_only(m) for m in mentions):
        return mentions
    named = {m.place.country_code for m in mentions if m.place and not compass_only(m)}
    named |= {code for _, _, code in demonyms}
    return [
        replace(m, place=None, score=0.0, reason=_UNRESOLVED)
        if compass_only(m) and _country(m) not in named
        else m
        for m in mentions
    ]


_UNRESOLVED = (
    "named by compass words alone, in a text that names nothing else in the country of any "
    "division so named: left unresolved"
)


def _country(m: Mention) -> str | None:
    return m.place.country_code if m.place else None
