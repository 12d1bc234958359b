"""The one country that holds namesakes of a text's ambiguous names: their joint reading.

"Protests spread to Valencia and Barcelona" names two cities each shared by Spain and
Venezuela. Taken one at a time, each goes to its most populous namesake, Valencia to
Venezuela and Barcelona to Spain; taken together, they are read in one country (one sense
per discourse, the coherence of published geoparsers: Leidner 2007, "Toponym Resolution in
Text", ch. 5; CLAVIN's and Mordecai's context scoring; GeoTxt).

The resolver already gives a text's main country (``Context.home``) ``HOME_BONUS`` in each
name's score, but only names with one candidate vote for it, so a text of ambiguous names
alone has none. This pass extends that vote to them: each country is tried as the text's
main country, each name whose reading size alone chose (``_SIZE_ONLY``) scoring its best
namesake there plus ``HOME_BONUS``; the country that gains most over the names' own scores,
with at least ``JOINT_MIN`` names read in it, is theirs, and each name whose namesake there
then outscores its reading moves. The scores are the names' own (a prominence prior from
population and whether the place bears the name), so the country holding the more prominent
namesakes wins a tie of names ("Valencia and Barcelona": Spain over Venezuela); a namesake
too small to make up the bonus ("Paris and London": Paris, Ontario) stays put.
"""

from __future__ import annotations

from dashboard.model import Mention, Place
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.names import name_key
from dashboard.places.pairs import moved_to
from dashboard.places.scoring import HOME_BONUS

JOINT_MIN = 2  # distinct names read in the country after the move
_KINDS = frozenset({"city", "admin1", "admin2"})
# the parts of a reason size alone wrote (Chooser._reason); any other part is context
_SIZE_PARTS = ("population ", "city prior", "admin1 prior", "admin2 prior", "beat ")
_ALTERNATE = "matched by an alternative name only"


def _size_only(reason: str) -> bool:
    """Whether every part of ``reason`` is one that size or kind alone writes."""
    return all(part.startswith(_SIZE_PARTS) or part == _ALTERNATE for part in reason.split("; "))


# a name's reading and score, and per country its best namesake there with that one's score
_Options = tuple[Place, float, dict[str, tuple[Place, float]]]


def _options(m: Mention, gaz: Gazetteer) -> _Options | None:
    """The country options of a size-chosen mention, from the scores its candidates kept."""
    p = m.place
    if p is None or p.kind not in _KINDS or not _size_only(m.reason):
        return None
    own = None
    best: dict[str, tuple[Place, float]] = {}
    for place_id, value in m.candidates:
        q = gaz.get(place_id)
        if q is None or q.kind not in _KINDS or not q.country_code:
            continue
        if q.id == p.id:
            own = value
        code = q.country_code
        if code not in best or value > best[code][1]:
            best[code] = (q, value)
    if own is None or len(best) < 2:
        return None  # one country holds every namesake: nothing to choose jointly
    return p, own, best


def joint_country(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with the names size alone placed moved into the one country that reads
    them jointly best (see module); unchanged when no country reads two of them."""
    names: dict[str, _Options] = {}
    for m in mentions:
        key = name_key(m.text)
        if key not in names:
            got = _options(m, gaz)
            if got is not None:
                names[key] = got
    if len(names) < JOINT_MIN:
        return mentions  # the common case
    choice = _best_country(names)
    if choice is None:
        return mentions
    top, moves = choice
    out = list(mentions)
    held = sum(1 for _, _, best in names.values() if top in best)
    for k, m in enumerate(mentions):
        key = name_key(m.text)
        place = moves.get(key)
        if place is None or m.place is None or m.place.id == place.id or not _size_only(m.reason):
            continue
        why = (
            f"read with the text's other names: {top} holds namesakes of {held} of them "
            f"and of the most prominent jointly; the {place.name} there"
        )
        out[k] = moved_to(m, place, why)
    return out


def _best_country(names: dict[str, _Options]) -> tuple[str, dict[str, Place]] | None:
    """The country whose main-country bonus gains most over the names' own readings, with
    the names to move there, or None when no country reads ``JOINT_MIN`` of them or none
    would move. Equal gains go to the country of the more populous namesakes."""
    codes = {code for _, _, best in names.values() for code in best}
    ranked = []
    for code in codes:
        gain = 0.0
        read = 0
        moves: dict[str, Place] = {}
        population = 0
        for key, (p, own, best) in names.items():
            if code not in best:
                continue
            q, value = best[code]
            if p.country_code == code:
                gain += HOME_BONUS  # read there already
                read += 1
                population += p.population
            elif value + HOME_BONUS > own:
                gain += value + HOME_BONUS - own
                read += 1
                population += q.population
                moves[key] = q
        if read >= JOINT_MIN:
            ranked.append((gain, population, code, moves))
    if not ranked:
        return None
    _, _, code, moves = max(ranked, key=lambda r: (r[0], r[1], r[2]))
    return (code, moves) if moves else None
