"""Towns the text calls towns but the gazetteer does not hold by that spelling.

``cues.unlisted`` reports a name the text calls a settlement ("the town of Kyaukphyu")
with no place when the gazetteer lacks it. Another romanisation places it after all:
transliterations differ by an "h" that marks aspiration (Burmese "ph", Hindi "kh"), and
English news writes Kyaukphyu for GeoNames' Kyaukpyu. The name with one or every "h" left
out is looked up; a town found so counts only in a country the text otherwise names (a place there or its adjective), the biggest there.
A settlement still unplaced is left so here: under a dateline the events layer gives an
event there the dateline's country, with the reason (``events.unfound_places``); a place
put at a country's point here would take that reason's place (tried and dropped, geo49).
"""

from __future__ import annotations

from dashboard.model import Mention, Place
from dashboard.places.cues import settlement_cue
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.told_within import placed_instead

_UNLISTED = "not in the gazetteer; the text calls it a place ('"


def _cue(m: Mention) -> str | None:
    """The cue of a name ``cues.unlisted`` reported, or None: unplaced, or placed only at
    the division the text puts it in (``placing``: "the town of X in Myanmar's Rakhine
    state" at Rakhine's point), which a town found by another spelling refines."""
    if not m.reason.startswith(_UNLISTED):
        return None
    cue, _, rest = m.reason[len(_UNLISTED) :].partition("')")
    if m.place is not None and not rest.startswith(_WITHIN):
        return None
    return cue


_WITHIN = "; placed at "


def _inside(town: Place, m: Mention) -> bool:
    """Whether ``town`` lies in the division or country ``m`` was placed at, if any."""
    at = m.place
    if at is None:
        return True
    if at.country_code != town.country_code:
        return False
    return at.admin1 in (None, town.admin1)


def _without_h(name: str) -> list[str]:
    """``name`` with every "h" after a consonant left out, then with each one alone."""
    spots = [
        k for k in range(1, len(name)) if name[k] == "h" and name[k - 1].lower() not in "aeiou "
    ]
    if not spots:
        return []
    every = "".join(ch for k, ch in enumerate(name) if k not in spots)
    ones = [name[:k] + name[k + 1 :] for k in spots]
    return list(dict.fromkeys([every, *ones]))


def _respelled(name: str, gaz: Gazetteer, countries: set[str]) -> Place | None:
    """The biggest town, in one of ``countries``, named ``name`` without its aspirate h."""
    found = [
        p
        for form in _without_h(name)
        for p in gaz.lookup(form)
        if p.kind == "city" and p.country_code in countries
    ]
    return max(found, key=lambda p: p.population) if found else None


def unlisted_towns(
    text: str, mentions: list[Mention], gaz: Gazetteer, demonym_countries: set[str]
) -> list[Mention]:
    """``mentions`` with the settlements ``cues.unlisted`` left unplaced placed by another
    romanisation, where the text backs it (see the module)."""
    unplaced = [k for k, m in enumerate(mentions) if (cue := _cue(m)) and settlement_cue(cue)]
    if not unplaced:
        return mentions  # the common case
    countries = {m.place.country_code for m in mentions if m.place and m.place.country_code}
    countries |= demonym_countries
    out = mentions
    for k in unplaced:
        m = mentions[k]
        town = _respelled(m.text, gaz, countries)
        if town is not None and _inside(town, m):
            why = f"another romanisation of {town.name} ({town.country_code}, named in the text)"
            out = placed_instead(out, mentions, k, town, why)
    return out
