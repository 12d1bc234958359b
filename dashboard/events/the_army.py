""" "The army" with no country of its own, after the story named one country's army: that
army ("Sudanese army drones struck a depot… The RSF accused the army of killing
civilians": Sudan's military is the accused, CAMEO's target). A definite nominal refers back
to the entity the text named before (ACE 2005 entity coreference: a nominal mention joins the
named entity it corefers with); CAMEO 1.1b3's actor codebook codes a state's armed forces
with the state (SUDMIL). When the story named the armies of two countries before, "the
army" is left unread: precision first.
"""

from __future__ import annotations

import re

from dashboard.analysis import TextAnalysis
from dashboard.events.prefilter import gated

CountrySpan = tuple[int, int, str, str]  # start, end, ISO2, the country's name

# "the army", "the military", "the armed forces" with no country between
_THE_FORCE = gated(r"\bthe\s+(?:army|military|armed\s+forces)\b", re.IGNORECASE)
# a country's own forces named after it: "Sudanese army", "Sudan's military", "Malian troops"
_OWN_FORCE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:army|military|armed\s+forces|troops|soldiers)\b", re.IGNORECASE
)


def armies_told_before(analysis: TextAnalysis, start: int, end: int) -> list[CountrySpan]:
    """Each "the army" in ``text[start:end]`` (one sentence) as the one country whose army
    the text named before it, as ``(start, end, ISO2, name)``; none when the text named no
    army, or the armies of more than one country, before it.

    Named armies are read after the dateline only: a dateline names where the story was
    filed, no force."""
    text = analysis.text
    found: list[CountrySpan] = []
    for m in _THE_FORCE.finditer(text, start, end):
        owners = {
            c.code: c.name
            for c in analysis.countries
            if analysis.dateline_end <= c.start
            and c.end <= m.start()
            and _OWN_FORCE_AFTER.match(text, c.end)
        }
        if len(owners) == 1:
            ((code, name),) = owners.items()
            found.append((m.start(), m.end(), code, name))
    return found
