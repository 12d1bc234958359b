"""Where an incursion is (CAMEO 1.1b3 §15 told on "airspace" or "territorial waters"): the
country whose airspace or waters were entered, and the interception of it told after.
"""

from __future__ import annotations

import re

from dashboard.events.drafts import _Context, _Draft

# the objects of an incursion (cameo.csv §150 rows: "violate * airspace|territorial waters"),
# and a state's sea zone entered (UNCLOS 1982 arts. 2, 55: territorial sea, exclusive
# economic zone)
_INTRUDED = re.compile(
    r"\b(?:airspace|territorial\s+waters|exclusive\s+economic\s+zone)\b", re.IGNORECASE
)
# the object after the trigger's own words ("entered Latvian airspace": §154 on "entered")
OBJECT_REACH = 40  # characters
# "violated its airspace": the speaker's own (Quirk et al. 1985 §6.27, possessive reference)
_OUTSIDE = re.compile(r"\boutside\b", re.IGNORECASE)
_OWN_BEFORE = re.compile(r"\b(?:its|our|their)\s+$", re.IGNORECASE)
TOWN_REACH = 2  # sentences back the incursion may have been told in (placing.TOWN_REACH)


def incursion_before(ctx: _Context, d: _Draft) -> str | None:
    """The country entered (``entered_country``) by the latest incursion (CAMEO 1.1b3 §15, told
    on "airspace" or "territorial waters") told within TOWN_REACH sentences before ``d``,
    or None."""
    for e in reversed(ctx.drafts):
        if e is d or e.sentence > d.sentence or d.sentence - e.sentence > TOWN_REACH:
            continue
        if e.trigger.code == "15" and e.trigger.start < d.trigger.start:
            entered = entered_country(ctx, e)
            if entered is not None:
                return entered
    return None


def entered_country(ctx: _Context, d: _Draft) -> str | None:
    """The country (ISO2) named just before "airspace", "territorial waters" or "exclusive
    economic zone" in the trigger's words or just after them ("violated Estonian airspace",
    "entered Latvian airspace"), else the target's; for "its airspace", the country named
    before the trigger in its sentence that is not the intruder's ("Romania said Russian
    drones violated its airspace"); None when no such object is named or the country is
    the intruder's own."""
    text = ctx.analysis.text
    hi = min(d.trigger.end + OBJECT_REACH, d.clause[1])
    words = _INTRUDED.search(text, d.trigger.start, max(hi, d.trigger.end))
    if words is None or ("," in text[d.trigger.end : words.start()]):
        return None
    if _OUTSIDE.search(text, d.trigger.end, words.start()) is not None:
        return None  # "fell into the sea outside Japan's exclusive economic zone": none entered
    at = words.start()
    own = d.source.country_code if d.source is not None else None
    named = [c for s, _, c, _ in ctx.countries.within(d.trigger.start, at) if c != own]
    if named:
        return named[-1]
    if d.target is not None and d.target.country_code not in (own, None):
        return d.target.country_code
    if _OWN_BEFORE.search(text, max(0, at - 8), at):
        said = [c for s, _, c, _ in ctx.countries.within(d.evidence[0][0], d.trigger.start)]
        said = [c for c in said if c != own]
        return said[-1] if said else None
    return None
