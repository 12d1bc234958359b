"""Where an incursion is (CAMEO 1.1b3 §15 told on "airspace" or "territorial waters"): the
country whose airspace or waters were entered, and the interception of it told after.
"""

from __future__ import annotations

import re

from dashboard.events.drafts import _Context, _Draft

# the objects of an incursion (cameo.csv §150 rows: "violate * airspace|territorial waters")
_INTRUDED = re.compile(r"\b(?:airspace|territorial\s+waters)\b", re.IGNORECASE)
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
    """The country (ISO2) named just before "airspace" or "territorial waters" in the
    trigger's words ("violated Estonian airspace"), else the target's; None when the
    trigger names no such object or the country is the intruder's own."""
    words = _INTRUDED.search(d.trigger.text)
    if words is None:
        return None
    at = d.trigger.start + words.start()
    own = d.source.country_code if d.source is not None else None
    named = [c for s, _, c, _ in ctx.countries.within(d.trigger.start, at) if c != own]
    if named:
        return named[-1]
    if d.target is not None and d.target.country_code != own:
        return d.target.country_code
    return None
