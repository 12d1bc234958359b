""" "Greater X": the metropolitan area of the city X, or a proper name that merely holds X.

Merriam-Webster, "greater": "consisting of a central city together with adjacent areas
that are geographically or administratively associated with it" ("Greater London"). News
says so of a city the story is set around ("Greater Binghamton" in a New York paper) and of
the world's metropolises anywhere ("Greater Cairo"); a "Greater X" elsewhere names
something else after a word: "the Greater Sunrise gas field" in the Timor Sea is no suburb
of Sunrise, Florida. So a town X written after a capitalised "Greater" that is neither a
city of a million nor in a country the text's other places or demonyms set it in is
dropped, unless the text names no other place and no country at all and X is a city of
100,000 (``CITY``): nothing then sets it elsewhere, and "Floods hit Greater Manchester"
names the area of a city news calls by that name, where a small town's name after
"Greater" is more likely part of another proper name (the gazetteer's own "Greater" names, "Greater Accra", "Greater Noida", are matched
whole and never reach this). A "Greater X" kept is the metropolitan area, not the city: a
region at the city's point with geo precision 2 (ACLED: a part of a region), so an event in
"Greater Cairo" is not put in the city at precision 1.
"""

from __future__ import annotations

from collections.abc import Iterable

from dashboard.model import Mention
from dashboard.places.pairs import moved_to
from dashboard.places.told_within import placed_at

_GREATER = "Greater "
# a city this big has a metropolitan area news names from anywhere (scoring.METROPOLIS)
METROPOLIS = 1_000_000
# a city this big, alone in a text, has the metropolitan area "Greater X" names: Manchester's
# (the county of Greater Manchester), Boston's, Glasgow's; the cut the namesake rounds use
# for a city that keeps its reading against the text's focus (``focus``, ``joint_state``)
CITY = 100_000


def greater_areas(text: str, mentions: list[Mention], demonyms: Iterable[str]) -> list[Mention]:
    """``mentions`` without the towns written "Greater X" that nothing in the text backs,
    and with those it backs made their metropolitan areas (see the module); ``demonyms``
    are the country codes of the text's country adjectives."""
    greater = [
        k
        for k, m in enumerate(mentions)
        if m.place is not None
        and m.place.kind == "city"
        and text.endswith(_GREATER, max(0, m.start - len(_GREATER)), m.start)
    ]
    if not greater:
        return mentions  # the common case
    skip = set(greater)
    codes = {
        m.place.country_code
        for k, m in enumerate(mentions)
        if k not in skip and m.place is not None and m.place.country_code
    } | set(demonyms)
    dropped = {
        k
        for k in greater
        if (p := mentions[k].place) is not None
        and p.population < METROPOLIS
        and p.country_code not in codes
        and (codes or p.population < CITY)
    }
    out = []
    for k, m in enumerate(mentions):
        if k in dropped:
            continue
        if k in skip and (p := m.place) is not None:
            # the metropolitan area: the city and the areas about it, a part of a region at
            # the city's point (ACLED geo precision 2), not the city itself at 1
            area = placed_at(f"Greater {p.name}", p, "region")
            why = f"'Greater {m.text}': the metropolitan area of {p.name} ({m.reason})"
            m = moved_to(m, area, why)
        out.append(m)
    return out
