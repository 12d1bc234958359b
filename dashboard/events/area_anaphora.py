"""A definite area noun with no name ("on the island", "in the province") refers to the last
area of its kind the story named.

"Cyclone Chido killed 39 people on the island last month", after "...would arrive from
mainland France", took France: "the island" may be an island country, but a place the text
calls the mainland is by that word not the island (Merriam-Webster mainland: 'a continent
or the main part of a continent as distinguished from an offshore island').
"""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.events.drafts import _Context, _Draft
from dashboard.events.prefilter import gated
from dashboard.model import Mention
from dashboard.places.epithets import epithet_nouns

# "mainland" right before a name ("from mainland France", "the Chinese mainland" is not
# written before the name): searched with an end at the name's start
_MAINLAND = re.compile(r"\bmainland\s+$", re.IGNORECASE)


# "declared a state of emergency in the territory": a definite territory, island, province or
# district with no name refers to the last one the story named (as "the city" does a town;
# ACE 2005 entity coreference: a definite nominal mention of a named GPE). A district is a
# second-level area (GeoNames ADM2) or a curated region within one country. "The region" is
# left out: news uses it for a wider area never named ("ties in the region", "the quake
# region"), and reading it as the last named area misplaced two bundled events
_THE_AREA = gated(
    r"\b(?:in|on|across|to|throughout)\s+the\s+(territory|island|province|district|"
    r"breakaway\s+region|separatist\s+region|enclave|"
    # "marched to the provincial capital": the seat of the division just named, so in it
    r"provincial\s+capital|regional\s+capital|state\s+capital)\b"
    r"(?!\s+of)"
)
_AREA_KINDS = {
    "territory": ("country", "admin1"),
    "island": ("country", "admin1", "region"),
    "province": ("admin1",),
    "district": ("admin2", "region"),
    # "the breakaway region": a named region the story told (Nagorno-Karabakh, Abkhazia)
    "breakaway region": ("region", "admin1"),
    "separatist region": ("region", "admin1"),
    "enclave": ("region", "admin1", "admin2"),
    # a capital of a first-level division, unnamed: the division (geo precision 2), as the
    # report supports no finer place (ACLED)
    "provincial capital": ("admin1",),
    "regional capital": ("admin1",),
    "state capital": ("admin1",),
}
AREA_REACH = 600  # characters back the area may have been named
EPITHET_REACH = 40  # characters after the act's word its "in the Balkan country" may open


@lru_cache(maxsize=1)
def _epithet() -> re.Pattern[str]:
    """ "in the Balkan country", "to the Caribbean nation": a region's adjective before a
    state noun of ``places.epithets`` (data/gazetteer/epithet_nouns.csv), a definite noun
    phrase that refers back to a country told before (Quirk et al. 1985 §5.65)."""
    nouns = "|".join(sorted(epithet_nouns()))
    return re.compile(
        r"\b(?:in|on|to|into|from|across|throughout)\s+the\s+(?:former\s+)?"
        rf"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+({nouns})\b"
    )


def area_named_before(d: _Draft, text: str, ctx: _Context) -> tuple[Mention | None, str]:
    """The latest place of the kind the noun names ("the territory": a country or first-level
    division) named within AREA_REACH characters before the noun, dateline aside,
    when the sentence says "in the territory", "on the island", "in the province" or "in
    the district"; else (None, "")."""
    s = d.evidence[0][0]
    m = _THE_AREA.search(text, s, d.evidence[0][1])
    if m is None:  # "detained in the Balkan country": the state an epithet refers back to
        # right after the act's own word: an act of another clause keeps its own place
        near = d.trigger.end + EPITHET_REACH
        m = _epithet().search(text, d.trigger.end, min(d.evidence[0][1], near))
    if m is None:
        return None, ""
    kinds = _AREA_KINDS.get(" ".join(m.group(1).split()), ("country",))
    dl = ctx.analysis.dateline
    named = [
        x
        for x in ctx.mentions.within(max(0, s - AREA_REACH), m.start())
        if x.place
        and x.place.kind in kinds
        and x is not dl
        and (x.place.country_code or m.group(1) != "district")
        and not (m.group(1) == "island" and _MAINLAND.search(text, 0, x.start))
    ]
    if not named:
        return None, ""
    last = named[-1]
    return last, f"'the {m.group(1)}' of the story: {last.text}, named before"
