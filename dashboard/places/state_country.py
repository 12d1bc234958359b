"""The one country whose government a text speaks of decides a name shared by two named
countries.

"Floods in Valencia killed 200 people. Venezuelan migrants were among the dead, the
Spanish government said" names Spain and Venezuela, each holding a Valencia; both readings
get the named-country bonus (``scoring``, +0.8), so size alone chose Venezuela's. A text
that names a country's state bodies ("the Spanish government", "Spain's interior
ministry", ``government_words.csv``: ACE 2005's GPE-as-government reading) is set in that
country far more often than in one whose people it only names ("Venezuelan migrants"): the
news tells where a state acts through its organs (ACE 2005 entity guidelines, GPE
metonymy; Leidner 2007's one sense per discourse). The pass gives that country the main
country's bonus (``HOME_BONUS``) for such names only.

It acts only when exactly one country's state bodies are named (two governments in one
story say nothing), only on a reading size chose between countries the text both names
("U.S. officials said talks in Athens" names no Greece: the scores, which already count the
United States as named, are left alone), and only for a namesake of like size
(``LIKE_SIZE``): "American officials … Greek farmers … Athens" keeps Greece's, Georgia's
being a fifth of its size.
"""

from __future__ import annotations

from dashboard.model import Mention, Place
from dashboard.places.capital_cues import _government_after
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.joint_country import _SIZE_PARTS
from dashboard.places.pairs import moved_to
from dashboard.places.recognise import Demonym
from dashboard.places.scoring import HOME_BONUS

_NAMED = " is named in the text"
# Two namesakes within this factor of population are of one size: GeoNames gives some cities
# the city proper's figure and others the metropolitan area's (Valencia, Spain 824,340 and
# Valencia, Venezuela 1,619,470), so size alone cannot tell them apart
LIKE_SIZE = 2
_KINDS = frozenset({"city", "admin1", "admin2"})


def state_country(text: str, mentions: list[Mention], demonyms: list[Demonym]) -> str | None:
    """The ISO2 code of the one country whose state bodies ``text`` names by its demonym or
    name ("the Spanish government", "Spain's prime minister"), or None when none or more
    than one country's are named."""
    after = _government_after()
    spans = [(s, e, code) for s, e, code in demonyms]
    spans += [
        (m.start, m.end, p.country_code)
        for m in mentions
        if (p := m.place) is not None and p.kind == "country" and p.country_code
    ]
    found = {code for _, e, code in spans if after.match(text, e) is not None}
    return next(iter(found)) if len(found) == 1 else None


def _between_named(reason: str, code: str) -> bool:
    """Whether ``reason`` is size's choice (``joint_country._SIZE_PARTS``) among namesakes
    in countries the text names, its own country named ("VE is named in the text") and
    not ``code``'s."""
    parts = reason.split("; ")
    named = [p for p in parts if p.endswith(_NAMED)]
    return (
        len(named) == 1
        and named[0] != f"{code}{_NAMED}"
        and all(p.startswith(_SIZE_PARTS) for p in parts if p not in named)
    )


def by_state_country(
    text: str, mentions: list[Mention], demonyms: list[Demonym], gaz: Gazetteer
) -> list[Mention]:
    """``mentions`` with each name that size chose between two named countries moved to
    its namesake in the country whose state bodies the text names, when that namesake's
    score plus ``HOME_BONUS`` beats the reading's (see the module); unchanged otherwise."""
    if not any(_NAMED in m.reason for m in mentions):
        return mentions  # the common case: no reading rests on a named country alone
    code = state_country(text, mentions, demonyms)
    if code is None:
        return mentions
    out = mentions
    for k, m in enumerate(mentions):
        p = m.place
        if p is None or p.kind not in _KINDS or p.country_code == code:
            continue
        if not _between_named(m.reason, code):
            continue
        there = _best_in(m, code, gaz)
        own = next((value for pid, value in m.candidates if pid == p.id), None)
        if there is None or own is None or there[1] + HOME_BONUS <= own:
            continue
        if there[0].population * LIKE_SIZE < p.population:
            continue  # "talks in Athens": Georgia's is a fifth of Greece's, size still tells
        why = (
            f"the text speaks of {code}'s government and names both countries: "
            f"the {there[0].name} there; beat {len(m.candidates) - 1} other candidate(s)"
        )
        if out is mentions:
            out = list(mentions)
        out[k] = moved_to(m, there[0], why)
    return out


def _best_in(m: Mention, code: str, gaz: Gazetteer) -> tuple[Place, float] | None:
    """``m``'s best-scored candidate town or division in the country ``code``, with its
    score, or None."""
    best: tuple[Place, float] | None = None
    for pid, value in m.candidates:
        q = gaz.get(pid)
        if (
            q is not None
            and q.kind in _KINDS
            and q.country_code == code
            and (best is None or value > best[1])
        ):
            best = (q, value)
    return best
