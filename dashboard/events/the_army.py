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
from collections.abc import Iterable

from dashboard.analysis import TextAnalysis
from dashboard.events.actors import Actor
from dashboard.events.prefilter import gated
from dashboard.events.sides import capital_country

CountrySpan = tuple[int, int, str, str]  # start, end, ISO2, the country's name

# "the army", "the military", "the armed forces" with no country between; a state's
# government or junta likewise ("the military government", "the interim government")
_THE_FORCE = gated(
    r"\bthe\s+(?:army|military(?!\s+government)|armed\s+forces|junta|"
    r"(?:(?:military|interim|transitional|federal|central|national)\s+)?government)\b",
    re.IGNORECASE,
)
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
        # "the government" is read by the dateline alone: a story names other states'
        # governments in passing ("the U.S. government decision…" under HAVANA), armies less so
        owners = {
            c.code: c.name
            for c in analysis.countries
            if analysis.dateline_end <= c.start
            and c.end <= m.start()
            and _OWN_FORCE_AFTER.match(text, c.end)
            and not m.group().lower().endswith(("government", "junta"))
        }
        if not owners:
            owners = _dateline_state(analysis)
        if len(owners) == 1:
            ((code, name),) = owners.items()
            found.append((m.start(), m.end(), code, name))
    return found


def _dateline_state(analysis: TextAnalysis) -> dict[str, str]:
    """ISO2 -> name of the state whose capital datelines a story that names no other country
    or place abroad ("KHARTOUM — The army said it had retaken the presidential palace": Sudan's
    army); empty otherwise. A dateline names where the story was filed; a capital's home
    desk covers its own state, and "the army" there is that state's (CAMEO 1.1b3 actor codes:
    a state's armed forces are coded with the state, SUDMIL). A regional bureau ("NAIROBI —
    … in Khartoum"), or a story that names a second country or a place abroad, gives none:
    then "the army" may be either's, and precision comes first."""
    dateline = analysis.dateline
    code = capital_country(dateline) if dateline is not None else None
    if code is None and dateline is not None and dateline.place is not None:
        # "PORT SUDAN, Sudan —": a dateline that names its country is that country's desk
        named = [c for c in analysis.countries if c.end <= analysis.dateline_end]
        if named and all(c.code == dateline.place.country_code for c in named):
            code = dateline.place.country_code
    if code is None:
        return {}
    if any(c.code != code for c in analysis.countries if c.start >= analysis.dateline_end):
        return {}
    for m in analysis.mentions:
        place = m.place
        if m.start >= analysis.dateline_end and (place is None or place.country_code != code):
            return {}
    state = analysis.nations.get(code) or analysis.country_places.get(code)
    return {code: state.name} if state is not None else {}


def home_body_only(text: str, actors: Iterable[Actor], code: str) -> bool:
    """Is every actor of country ``code`` among ``actors`` a "the government" or "the army"
    read by ``armies_told_before`` (its span opens on "the")? Such a body speaks from the
    dateline city the story was filed from, not from its country at large."""
    home = [a for a in actors if a.country_code == code]
    return bool(home) and all(_THE_FORCE.match(text, a.start) for a in home)
