"""A bare "the capital" in a story that has told of one country only is that country's capital.

"Protests spread across Kenya on Friday. The government deployed soldiers in the capital on
Saturday." A definite noun phrase with no name refers back to an entity the discourse has
already set up (Quirk et al. 1985 §5.28, situational and anaphoric "the"); a country's
capital is its seat of government (Merriam-Webster capital 'a city serving as a seat of
government'), so where the story so far has named places of one country alone, and that
country by name, "the capital" is the city GeoNames' country table gives as its capital.

Kept narrow, as a wrong capital is worse than none:
- a story filed from a dateline is left to ``told_within.capital_at_dateline``;
- any place or demonym of a second country before the phrase leaves it unread ("Ugandan
  troops crossed into Kenya ... the capital" could be either's);
- a first-level division named before it leaves it unread too, since "the capital" after
  "Kerala" or "Texas" is as likely the state's seat;
- a name right after it ("drove from the capital, Juba,") is its own mention already.
"""

from __future__ import annotations

import re

from dashboard.model import Mention
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.runs import Demonym
from dashboard.places.told_within import _THE_CAPITAL, _capital_city

# "the capital, Juba," or "the capital Juba": the name that follows is the mention
_NAMED_AFTER = re.compile(r",?\s*[A-Z]")


def capital_of_story(
    text: str, mentions: list[Mention], demonyms: list[Demonym], gaz: Gazetteer
) -> list[Mention]:
    """New mentions, one per bare "the capital" no mention covers, at the capital of the
    one country the text names before it (see the module); [] where none qualifies.

    >>> # "Riots broke out in Kenya. Troops patrolled the capital." gives one mention
    >>> # spanning "the capital" at Nairobi, KE.
    """
    found = []
    for hit in _THE_CAPITAL.finditer(text):
        s, e = hit.span()
        if any(x.start < e and s < x.end for x in mentions) or _NAMED_AFTER.match(text, e):
            continue
        code = _sole_country(mentions, demonyms, s)
        capital = _capital_city(code, gaz) if code else None
        if capital is None:
            continue
        why = f"'{hit.group()}' of a story that named {code} alone: {capital.name} (GeoNames)"
        found.append(Mention(s, e, hit.group(), capital, 1.0, why, ((capital.id, 1.0),)))
    return found


def _sole_country(mentions: list[Mention], demonyms: list[Demonym], before: int) -> str | None:
    """The ISO2 code of the one country the places and demonyms before ``before`` lie in,
    when one of them is that country named by name and none is a first-level division."""
    places = [m.place for m in mentions if m.place is not None and m.end <= before]
    if not any(p.kind == "country" for p in places) or any(p.kind == "admin1" for p in places):
        return None
    codes = {p.country_code for p in places} | {c for s, _, c in demonyms if s < before}
    return codes.pop() if len(codes) == 1 and None not in codes else None
