"""A metropolis of a country the text names outweighs a small namesake it chose by size.

"the Food and Agriculture Organization in Rome", in a text that names Italy and, elsewhere,
New York state, is Italy's capital, not Rome, New York (32,000 people): a named state backs
its towns more than a named country backs its own (``scoring``), which is right for a
town's namesakes inside one country but not for a city of a million or more in a country
the text names by name. Leidner (2007, "Toponym Resolution in Text", 4.3) counts such a
prominent referent in a named country as the default reading.
"""

from __future__ import annotations

from collections.abc import Callable

from dashboard.model import Mention, Place
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.pairs import moved_to
from dashboard.places.scoring import METROPOLIS, TOWN_YIELDS_BELOW

# readings that the scores alone chose: an explicit pattern ("Rome, New York") never moves
_BY_SCORE = "population "


def named_country_metropolis(
    mentions: list[Mention], gaz: Gazetteer, demonym_codes: frozenset[str] = frozenset()
) -> list[Mention]:
    """``mentions`` with each town under TOWN_YIELDS_BELOW (100,000) people that the scores
    chose moved to a namesake of METROPOLIS (1,000,000) people or more in another country
    the text names by name (GeoNames populations); a bigger city under a million moves too
    when that namesake is ten times its size (St. Petersburg, Florida, against Russia's)."""
    named = {
        m.place.country_code
        for m in mentions
        if m.place is not None and m.place.kind == "country" and m.place.country_code
    }
    if not named:
        return mentions
    out = [_moved(m, named, gaz) for m in mentions]
    return [_rival_moved(m, named, out, gaz, demonym_codes) for m in out]


def _moved(m: Mention, named: set[str], gaz: Gazetteer) -> Mention:
    p = m.place
    if (
        p is None
        or p.kind != "city"
        or p.population >= METROPOLIS
        or not m.reason.startswith(_BY_SCORE)
    ):
        return m
    c = _named_metropolis(
        m,
        named,
        gaz,
        lambda c: (
            (p.population < TOWN_YIELDS_BELOW or c.population >= 10 * p.population)
            and c.country_code != p.country_code
        ),
    )
    if c is None:
        return m
    return moved_to(m, c, f"a city of {c.population:,} in {c.country_code}, which the text names")


def _rival_moved(
    m: Mention, named: set[str], mentions: list[Mention], gaz: Gazetteer, demonyms: frozenset[str]
) -> Mention:
    """``m`` moved from a metropolis the scores chose, in a country the text names by no
    word (no country, town or division of it among ``mentions`` but this name's own, no
    demonym of it in ``demonyms``: "Chilean fans"), to a namesake of METROPOLIS people or
    more in a country the text names by name: "Santiago" beside the Dominican Republic is
    its city of 1.2 million (GeoNames' alternate name of Santiago de los Caballeros), not
    Chile's capital. Leidner (2007, 4.3): the prominent referent in the named country."""
    p = m.place
    if (
        p is None
        or p.kind != "city"
        or p.population < METROPOLIS
        or p.country_code in named
        or p.country_code in demonyms
        or not m.reason.startswith(_BY_SCORE)
        or _named_by_other(p.country_code, m.text, mentions)
    ):
        return m
    c = _named_metropolis(m, named, gaz, lambda c: True)
    if c is None:
        return m
    why = (
        f"a city of {c.population:,} in {c.country_code}, which the text names; its "
        "namesake's country it does not"
    )
    return moved_to(m, c, why)


def _named_metropolis(
    m: Mention, named: set[str], gaz: Gazetteer, also: Callable[[Place], bool]
) -> Place | None:
    """The first of ``m``'s candidates that is a city of METROPOLIS people or more in a
    country of ``named`` and passes ``also``, or None."""
    for pid, _ in m.candidates:
        c = gaz.get(pid)
        if (
            c is not None
            and c.kind == "city"
            and c.population >= METROPOLIS
            and c.country_code in named
            and also(c)
        ):
            return c
    return None


def _named_by_other(code: str | None, text: str, mentions: list[Mention]) -> bool:
    """Whether a mention of another name than ``text`` lies in the country ``code``."""
    return any(
        q.place is not None and q.place.country_code == code and q.text != text for q in mentions
    )
