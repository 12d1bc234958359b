"""A country's opposition is a side of its own: "Venezuela's opposition rejected the results"
is not the Venezuelan state rejecting them. CAMEO's actor codebook (Schrodt et al., CAMEO
1.1b3, ch. 3) codes the opposition as its own agent type beside the government (``VENOPP``
against ``VENGOV``), so the country word that only says whose opposition it is names no
party; the phrase does, with the country kept as its country code (newuser50 #7)."""

from __future__ import annotations

import re

from dashboard.events.actors import Actor
from dashboard.events.drafts import Countries

# a country or demonym, then (its) opposition and the noun it heads
_OPPOSITION_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:main|largest|political|exiled|democratic|parliamentary)\s+)?"
    r"opposition\b(?:\s+(?:party|parties|leaders?|coalition|alliance|bloc|figures?|lawmakers|"
    r"politicians|groups?|supporters|candidates?|movement|activists))?"
)


def opposition_sides(text: str, countries: Countries) -> tuple[Countries, list[Actor]]:
    """``countries`` without those that only say whose opposition follows, and an actor
    (kind ``group``, the country's code) for each such opposition phrase, named as written
    ("Venezuela's opposition", "Georgian opposition parties"). A title before a name
    ("opposition leader X") adds no actor and keeps the country, the person's."""
    kept: Countries = []
    sides: list[Actor] = []
    for c in countries:
        m = _OPPOSITION_AFTER.match(text, c[1])
        if m is None:
            kept.append(c)
            continue
        if _TITLE_BEFORE_NAME.match(text, m.end()) and m.group().endswith(_TITLES):
            # "Ugandan opposition leader Kizza Besigye": a title; the person is the side, and
            # the country stays the person's (a court judging its own politician: placing50)
            kept.append(c)
            continue
        sides.append(Actor(text[c[0] : m.end()], "group", c[2], c[0], m.end()))
    return kept, sides


_TITLES = ("leader", "figure", "candidate")
_TITLE_BEFORE_NAME = re.compile(r"\s+(?-i:[A-Z])")
