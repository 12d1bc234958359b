"""Acts along a line: on a road, railway or route between two places ("blockaded fuel
convoys on the road between Kayes and Bamako") an act happened somewhere along it, at
neither end: the ends are how the route is named. ACLED codes an event at the most
specific place the report supports, so the country both ends lie in (geo precision 3), and
no place when they lie in two countries; never the first end at its own precision.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from dashboard.events.dateline_acts import country_mention
from dashboard.model import Mention

if TYPE_CHECKING:  # drafts imports ``where``, which imports modules that import this one
    from dashboard.events.drafts import _Context, _Draft

_ROUTE_BETWEEN = re.compile(
    r"\b(?:road|roads|highway|motorway|route|railway|rail\s+line|supply\s+line|corridor)\s+"
    r"between\s+(?:the\s+(?:towns?\s+|cities\s+)?(?:of\s+)?)?$",
    re.IGNORECASE,
)
_AND = re.compile(r"\s+and\s+(?:the\s+)?")
REACH = 60  # characters back from the first end its route noun is read in


def _ends(d: _Draft, ctx: _Context) -> tuple[Mention, Mention] | None:
    """The two places ``d``'s clause names after "<route> between" joined by "and"."""
    text = ctx.analysis.text
    told = [m for m in ctx.mentions.within(*d.clause) if m.place is not None]
    for a, b in pairwise(told):
        if _ROUTE_BETWEEN.search(text, max(0, a.start - REACH), a.start) and _AND.fullmatch(
            text, a.end, b.start
        ):
            return a, b
    return None


def along_route(
    d: _Draft, ctx: _Context, location: Mention | None
) -> tuple[Mention | None, str] | None:
    """What stands for ``location`` when it is an end of a route ``d``'s clause names ("on
    the road between Kayes and Bamako"): the country of both ends at geo precision 3, or
    (None, reason) when they lie in two; None when ``location`` is no such end."""
    if location is None or location.place is None:
        return None
    ends = _ends(d, ctx)
    if ends is None or location.start not in (ends[0].start, ends[1].start):
        return None
    codes = {m.place.country_code for m in ends if m.place is not None}
    names = f"{ends[0].text} and {ends[1].text}"
    if len(codes) != 1 or None in codes:
        return None, f"no place named; a route between {names} crosses a border"
    why = f"no place named; somewhere on the route between {names}: their country"
    return country_mention(ctx, d, codes.pop() or "", why)


# a path's object ("resume oil exports through Turkey", "sent aid via Egypt"): "through" and
# "via" name the route a thing takes (Merriam-Webster, via prep. 1 'by way of'; through prep.
# 1 'into at one side and out at another'), never who acts (CAMEO 1.1b3: the source is the
# verb's subject), so such a name is no source candidate, not even a fallback
PATH_BEFORE = re.compile(r"\b(?:through|via)\s+(?:the\s+)?$", re.IGNORECASE)
