"""A settlement the gazetteer lacks, placed in the one division its sentence names.

"A quake struck Central Sulawesi province, flattening houses in the village of X near Y":
X is a settlement by the text's own word, and where it lies is said by nothing next to it
(Y, its neighbour, is no more listed than X), but its sentence names one first-level
division and nothing outside it. The sentence tells of one region, so X is placed at that
region's point with geo precision 3, ACLED's "a larger region is mentioned" (the region,
not the village, is known). ``placing._placed_within`` runs first: a container named next
to the name ("the village of X in Kherson region") wins.
"""

from __future__ import annotations

from dataclasses import replace

from dashboard.model import Mention, Place
from dashboard.places.names import sentences
from dashboard.places.scoring import _contains
from dashboard.places.told_within import placed_at

# words before a division that say the sentence's act is not in it ("fled from Kherson
# region to the village of X", "a village near Donetsk Oblast")
_AWAY = ("from ", "near ", "outside ", "beyond ", "across ")


def placed_by_sentence(text: str, mentions: list[Mention], towns: frozenset[int]) -> list[Mention]:
    """``mentions`` with each unplaced settlement of ``towns`` (by identity) placed at the
    one first-level division its sentence names, when every other place of the sentence is
    that division, inside it or its country (see the module); the others unchanged."""
    lost = [k for k, m in enumerate(mentions) if m.place is None and id(m) in towns]
    if not lost:
        return mentions
    spans = list(sentences(text))
    out = list(mentions)
    for k in lost:
        m = mentions[k]
        start, end = next(((s, e) for s, e in spans if s <= m.start < e), (0, len(text)))
        here = [x for x in mentions if x is not m and start <= x.start < end]
        division = _one_division(text, here)
        if division is None:
            continue
        place = replace(placed_at(m.text, division, "city"), geo_precision=3)
        why = f"{m.reason}; placed at {division.name}, the one division its sentence names"
        out[k] = replace(m, place=place, reason=why, candidates=((place.id, 0.0),))
    return out


def _one_division(text: str, here: list[Mention]) -> Place | None:
    """The one first-level division among ``here`` (a sentence's other mentions), named
    with no word that puts the act away from it, when every other place of the sentence
    lies in it or is its country; None otherwise (two divisions, a town elsewhere)."""
    found = {x.place.id: x for x in here if x.place is not None and x.place.kind == "admin1"}
    if len(found) != 1:
        return None
    (named,) = found.values()
    division = named.place
    if division is None or division.lat is None:
        return None
    if any(text.endswith(w, max(0, named.start - 8), named.start) for w in _AWAY):
        return None
    for x in here:
        p = x.place
        if p is None or p.id == division.id or _contains(division, p):
            continue
        if p.kind == "country" and p.country_code == division.country_code:
            continue
        return None
    return division
