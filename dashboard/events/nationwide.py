"""An act told as spread over a whole country ("halting trains across Germany", "strikes
spread nationwide", "across the country"): with no place of its own, it is in that country
at geo precision 3, not in the dateline city the story was filed from. ACLED codes an event
at the most specific location the report supports, and a nationwide one at the country.
"""

from __future__ import annotations

import re

from dashboard.events.drafts import _Context, _Draft
from dashboard.model import Mention

# "across Germany", "throughout France", "all over Italy": the country right after
_ACROSS = re.compile(r"\b(?:across|throughout|all\s+over)\s+(?:all\s+of\s+)?$", re.IGNORECASE)
# "nationwide", "across the country": the country the story is about, the dateline's
_THE_COUNTRY = re.compile(
    r"\b(?:nationwide|countrywide|(?:across|throughout|all\s+over)\s+the\s+(?:country|nation))\b",
    re.IGNORECASE,
)


# armed force (CAMEO 1.1b3 ch. 19-20), whose field is not the doer's own; a show of force
# (ch. 15: raise an alert, mobilize) is a state's posture at home ("Eritrea ordered a
# nationwide mobilization", filed from Nairobi, is in Eritrea), and so is a state's assault
# on its own people (ch. 18: "Iran hanged two men", filed from Dubai, is in Iran), so both
# keep the doer's country
_FORCE = frozenset({"19", "20"})


def nationwide_place(d: _Draft, ctx: _Context) -> tuple[Mention | None, str]:
    """The country ``d``'s sentence tells the act spread across (a country mention after
    "across", "throughout" or "all over"; for "nationwide" or "across the country", the
    source's country, else the dateline's), as a location at the trigger; (None, "") when
    there is none."""
    s, e = d.evidence[0]
    text = ctx.analysis.text
    for m in ctx.analysis.mentions:
        if not s <= m.start < e or m.place is None or m.place.kind != "country":
            continue
        if _ACROSS.search(text, max(s, m.start - 20), m.start):
            why = f"no place of its own; told across {m.text}: the country"
            return Mention(m.start, m.end, m.text, m.place, 1.0, why), why
    if _THE_COUNTRY.search(text, s, e) is None:
        return None, ""
    # "KAMPALA — Kenyan police arrested protesters across the country": the doer's country;
    # but force crosses borders ("Russian missiles killed 38 people across the country"):
    # there another country the sentence names, else the dateline's, never the doer's
    dateline = ctx.analysis.dateline
    own = d.source.country_code if d.source is not None else None
    named = [
        m.place.country_code
        for m in ctx.analysis.mentions
        if s <= m.start < e and m.place is not None and m.place.kind == "country"
    ]
    filed = dateline.place.country_code if dateline is not None and dateline.place else None
    force = (d.trigger.full or d.trigger.code)[:2] in _FORCE
    if force:
        cc = next((c for c in named if c and c != own), None) or (filed if filed != own else None)
    else:
        # no doer's country: the one country the sentence names ("DUBAI - Iran hanged two men
        # … during nationwide protests" is Iran's nation), else the dateline's
        alone = set(named) if len(set(named)) == 1 else set()
        cc = own or (next(iter(alone)) if alone else None) or filed
    place = (ctx.analysis.country_places.get(cc) or ctx.analysis.nations.get(cc)) if cc else None
    if place is None:
        return None, ""
    why = "no place of its own; told nationwide: the country"
    return Mention(
        d.trigger.start, d.trigger.end, text[d.trigger.start : d.trigger.end], place, 1.0, why
    ), why
