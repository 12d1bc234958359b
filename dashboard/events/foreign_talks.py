"""Talks or a meeting between parties of which none is the dateline's country, told with no
venue ("LONDON - Russia and Ukraine held talks on Monday", "LONDON - Moscow held talks with
Kyiv"): the dateline is where the story was filed, and a bureau abroad says nothing of where
two foreign parties met (ACLED: the location is where the event took place; no place beats
a wrong one). ``placing`` reads it before putting a meeting in the dateline's country,
``finishing`` before its dateline fallback. A meeting with no host named placed in the
dateline's own country is at the dateline city (``venue_city``: "DOHA - Negotiators from
Israel and Hamas held talks").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dashboard.events.sides import capital_country
from dashboard.model import Mention

# the reason of a meeting with no host named placed at the dateline's country ("DOHA -
# Negotiators from Israel and Hamas held talks"), which ``finishing`` refines to the city
DATELINE_MEETING = "no place named; a meeting is in the host's country (the dateline's)"

if TYPE_CHECKING:  # drafts imports ``where``, which imports modules that import this one
    from dashboard.events.drafts import _Context, _Draft

_CONSULT = "04"  # CAMEO 1.1b3 ch. 04, consult: meet, hold talks, visit


def talks_abroad(d: _Draft, ctx: _Context, codes: list[str], dateline: str | None) -> bool:
    """Whether ``d``, a consultation (CAMEO ch. 04) with no venue and no host named (the
    caller's ``host`` is None: no target, or a joint subject), is held between two or more
    parties none of which is of the ``dateline``'s country. ``codes``: the ISO2 of the act's
    actors; the parties are those, the target's and the countries of capitals its clause
    names as the other side ("with Kyiv", a capital standing for its government)."""
    if d.trigger.code != _CONSULT or dateline is None:
        return False
    parties = set(codes)
    if d.target is not None and d.target.country_code:
        parties.add(d.target.country_code)
    for m in ctx.mentions.within(*d.clause):
        if m.start > d.trigger.start and (cc := capital_country(m)) is not None:
            parties.add(cc)
    return len(parties) >= 2 and dateline not in parties


def venue_city(reason: str, dateline: Mention, planned: bool) -> bool:
    """Whether a meeting placed in the dateline's country for want of a host (``reason`` is
    ``placing.DATELINE_MEETING``: "DOHA - Negotiators from Israel and Hamas held talks") is
    at the dateline city itself, a city and not a country, the meeting held, not ``planned``
    (ACLED: the most specific place the report supports; the wire filed from the venue)."""
    place = dateline.place
    return (
        reason == DATELINE_MEETING and not planned and place is not None and place.kind != "country"
    )
