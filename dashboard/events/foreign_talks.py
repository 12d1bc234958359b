"""Talks or a meeting between parties of which none is the dateline's country, told with no
venue ("GENEVA - Envoys from Armenia and Azerbaijan met on Tuesday", "MUSCAT - Tehran and
Washington held talks"): a wire's dateline names where the story was gathered (AP
Stylebook, "datelines"), and a story that tells a meeting it names no venue for was filed
from that venue, a neutral one when neither party is at home there, so the dateline city
is the place (ACLED: where the event took place, at the most specific place the report
supports). A meeting still to come, or one held by telephone (CAMEO 1.1b3 §041), has no
venue the dateline gives: no place. ``placing`` reads it before putting a meeting in the
dateline's country, ``finishing`` before its dateline fallback.
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


_PHONE = "041"  # CAMEO 1.1b3 §041, discuss by telephone: each party where it was


def talks_off_dateline(
    d: _Draft, ctx: _Context, codes: list[str], dateline: str | None, planned: bool
) -> bool:
    """Whether ``d`` is talks between parties foreign to the ``dateline``'s country
    (``talks_abroad``) that the dateline city cannot be the venue of: still to come
    (``planned``: "will meet next week" is announced, not yet held anywhere) or held by
    telephone ("spoke by phone", §041). Held talks are at the dateline city."""
    phone = (d.trigger.full or "").startswith(_PHONE)
    return talks_abroad(d, ctx, codes, dateline) and (planned or phone)


def venue_city(reason: str, dateline: Mention, planned: bool) -> bool:
    """Whether a meeting placed in the dateline's country for want of a host (``reason`` is
    ``placing.DATELINE_MEETING``: "DOHA - Negotiators from Israel and Hamas held talks") is
    at the dateline city itself, a city and not a country, the meeting held, not ``planned``
    (ACLED: the most specific place the report supports; the wire filed from the venue)."""
    place = dateline.place
    return (
        reason == DATELINE_MEETING and not planned and place is not None and place.kind != "country"
    )
