"""A state's stated deployment of its own troops on its own soil ("the army said it would
deploy troops in the north within 60 days"): CAMEO 1.1b3 §154 (mobilize or increase armed
forces), flagged planned, not §138 (threaten to use military force), which needs someone
threatened. A deployment whose clause names another state ("into northern Syria") or a
target, or that is told as a threat, a warning or a vow, stays a threat. A border with no
other state named ("to the border area") is the state's own ground (stop 42: a threat needs
someone threatened); the dateline, where the story was filed, names no state of the act,
save for a sub-national or interior body with no state named ("The provincial government
said it would send troops to the district": the country it is filed from, ``unmeant_acts``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.events.drafts import _Context, _Draft
from dashboard.events.unmeant_acts import home_body_country
from dashboard.places.sovereigns import sovereign

# the deploying verbs of cameo.csv's §154 rows ("deploy|dispatch|send|move|station|position")
_DEPLOY = re.compile(
    r"\b(?:re)?deploy(?:s|ed|ing)?\b|\b(?:dispatch|send|station|position)(?:es|s|ed|ing)?\b",
    re.IGNORECASE,
)
# told as a threat, a warning, an ultimatum or a vow: the speaker's own word makes it one
# (§13: "vowed to retaliate"); a border alone does not, as it faces no one the clause names
_THREAT = re.compile(r"\b(?:threat|warn|ultimat|or\s+else|unless|vow)", re.IGNORECASE)


def own_deployment(d: _Draft, text: str, ctx: _Context) -> _Draft:
    """``d`` re-coded §154 and planned when it is a threat (§138) only because a deployment
    was stated as intended, its source is a state, it has no target and its clause names no
    other state; otherwise ``d`` unchanged.
    """
    t = d.trigger
    if not (t.full or "").startswith("138") or d.target is not None:
        return d
    home = d.source.country_code if d.source is not None else home_body_country(text, t, ctx)
    said = text[t.start : t.end]
    if home is None or not _DEPLOY.search(said) or _THREAT.search(text, *d.clause):
        return d
    lo, hi = max(d.clause[0], ctx.analysis.dateline_end), d.clause[1]
    # a territory of the state's own ("the waters off Greenland" for Denmark) is home ground
    home = sovereign(home)
    foreign = any(
        sovereign(c.code) != home for c in ctx.analysis.countries if lo <= c.start < hi
    ) or any(
        m.place is not None
        and m.place.country_code is not None
        and sovereign(m.place.country_code) != home
        for m in ctx.analysis.mentions
        if lo <= m.start < hi
    )
    if foreign:
        return d
    # a plan keeps its own day ("next month"), not the day it was told (``told_on``)
    readings = list(d.act_readings) or d.readings
    return replace(d, trigger=replace(t, code="15", full="154"), planned=True, readings=readings)
