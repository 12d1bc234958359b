"""The place of the police who report an act that names no place of its own: "Gunmen
raided a village overnight and killed 12 people, police in Zamfara state said" happened in
Zamfara, not in the wire's dateline city (Abuja). Police answer for the area they are named
by and report what happened in it, unlike a government's officials, who speak from its seat
("officials in Seoul said" tells where the speakers are: ``SPEAKERS_IN``); ACLED codes an
event at the most specific place the report supports, and a dateline is only where the story
was filed.
"""

from __future__ import annotations

import re

from dashboard.events.drafts import _Context, _Draft
from dashboard.model import Mention

# CAMEO 1.1b3's material roots: acts done where their people are (protest, force, coerce,
# assault, fight, mass violence), which local police report
_MATERIAL = frozenset({"14", "15", "17", "18", "19", "20"})
_POLICE_IN = re.compile(r"\bpolice\s+(?:in|of)\s+(?:the\s+)?$", re.IGNORECASE)


def police_area(d: _Draft, ctx: _Context) -> tuple[Mention | None, str]:
    """The place named after "police in" in ``d``'s own sentence, for a material act with no
    place of its own; else (None, "")."""
    if d.trigger.code[:2] not in _MATERIAL:
        return None, ""
    s, e = d.evidence[0]
    text = ctx.analysis.text
    for m in ctx.mentions.within(s, e):
        if m.place is None or m.place.lat is None:
            continue
        if _POLICE_IN.search(text, max(s, m.start - 20), m.start):
            why = f"no place named: the police who report it are those of {m.text}"
            return m, why
    return None, ""
