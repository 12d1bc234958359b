"""The nationality of captives is not where they were taken or freed: "Two Italian nuns were
released", "a Japanese man was kidnapped". CAMEO 1.1b3 §0841 (release persons) and §181
(abduct, take hostage) are done where the captives were held or seized, and ACLED codes an
event where it took place; a victim's demonym says where they come from. A demonym before a
state's own bodies ("Malian troops freed ...") stays a side. A country's name before a noun of
its people abroad ("a United States citizen was freed") is the same nationality told by the
name (``nationality_of.nationals_after``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dashboard.events.nationality_of import nationals_after

if TYPE_CHECKING:  # drafts imports modules that import this one
    from dashboard.events.drafts import _Context, _Draft

_CAPTIVITY = ("0841", "181")
# a demonym before these names a side of the act, not its captives
_SIDE_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:forces|troops|army|soldiers|military|police|government|"
    r"authorities|officials?|navy|commandos?|special\s+forces|security|intelligence|"
    r"mediators?|negotiators?|envoys?|diplomats?|embassy|ministry|minister)\b",
    re.IGNORECASE,
)
# people a demonym may qualify as the captives: a lowercase noun follows it
_PEOPLE_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?[a-z]{3,}")


def captive_nationals(d: _Draft, ctx: _Context) -> frozenset[int]:
    """The starts of the demonyms in ``d``'s clause that give captives' nationality ("Two
    Italian nuns were released": the start of "Italian"), when ``d`` is a release of persons
    or an abduction; empty otherwise."""
    code = d.trigger.full or d.trigger.code
    if not code.startswith(_CAPTIVITY):
        return frozenset()
    text = ctx.analysis.text
    return frozenset(
        c.start
        for c in ctx.analysis.countries
        if d.clause[0] <= c.start < d.clause[1]
        and (
            # "a United States citizen was freed": the name as a nationality (``nationals_after``)
            nationals_after(text, c.end)
            or (
                c.demonym
                and _PEOPLE_AFTER.match(text, c.end) is not None
                and _SIDE_AFTER.match(text, c.end) is None
            )
        )
    )
