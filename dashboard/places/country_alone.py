"""A country named alone does not pull a world city's name to a small namesake inside it.

"US and Russian leaders met in Geneva" names the United States, and a named country backs
its own towns (``scoring``: +0.8, the weight of forty times the population), so Geneva went
to Illinois' town of 22,000 over Switzerland's city of 200,000. A country named as a whole,
with no division, town or (for the US) word of its government beside it, and not as a
place ("in the United States"), says who acted, not that the text is set there; it does
not outweigh a namesake abroad many times the size of the town it chose. A town the text backs otherwise (its state, a place nearby, the
dateline, the document's main country) keeps its reading: those reasons never move here;
nor does a town in a text that uses a word of US government or counts in dollars, the cues
``us_context`` reads as a text set in North America. A member of Congress ("a US senator",
"U.S. Rep."; ``data/gazetteer/us_federal_offices.csv``) is elected by a state, so beside one
a US city of WORLD_CITY or more keeps its reading ("a US senator visited Birmingham" is
Alabama's); a smaller town still yields ("a US senator met envoys in Geneva").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dashboard.model import Mention
from dashboard.places.former_names import only_by_other_name
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.pairs import moved_to
from dashboard.places.runs import Demonym
from dashboard.places.told_within import demonym_before
from dashboard.places.us_context import US, dollar_sign_countries, us_office, us_word

# a namesake abroad this many times the town's size, and at least this big, outweighs a
# country named alone
TIMES = 5
WORLD_CITY = 100_000
_PLACES = frozenset({"city", "admin1", "admin2", "landmark"})
# a preposition of place right before a country's name: "in the United States" says where
# the text is set, "US officials" only who spoke
_AS_PLACE = re.compile(r"\b(?:in|across|throughout|within|inside|around)(?: the)? $")


def _by_country_alone(reason: str, code: str) -> bool:
    """The reading came from the town's size and its country's name, nothing else."""
    named = f"{code} is named in the text"
    parts = reason.split("; ")
    return (
        named in parts
        and parts[0].startswith("population ")
        and all(p == named or p.startswith(("population ", "beat ")) for p in parts)
    )


def country_alone(
    text: str, mentions: list[Mention], gaz: Gazetteer, demonyms: Sequence[Demonym] = ()
) -> list[Mention]:
    """``mentions`` with each town chosen on its size and its country's name alone moved to
    a namesake abroad TIMES its size (and WORLD_CITY or more) where the text names nothing
    inside that country but the country itself (see the module). A town the text calls its
    country's ("the Lebanese town of Tripoli", ``demonyms``) stays: Libya's capital had
    taken it."""
    out = None
    for k, m in enumerate(mentions):
        p = m.place
        if p is None or p.kind != "city" or not p.country_code or "named in" not in m.reason:
            continue
        if demonyms and demonym_before(text, m.start, demonyms) == p.country_code:
            continue
        code = p.country_code
        if not _by_country_alone(m.reason, code):
            continue
        if any(
            (q := o.place) is not None
            and q.country_code == code
            and o.text != m.text
            and (
                q.kind in _PLACES
                or (q.kind == "country" and _AS_PLACE.search(text, max(0, o.start - 24), o.start))
            )
            for o in mentions
        ):
            continue  # the text names a place inside the country, or the country as a place
        if (code == US and us_word(text)) or ("$" in text and code in dollar_sign_countries()):
            continue  # words of its government, or its money: set there (``us_context``)
        if code == US and p.population >= WORLD_CITY and us_office(text):
            continue  # "a US senator visited Birmingham": a member of Congress, a big US city
        best = None
        for pid, _ in m.candidates:
            c = gaz.get(pid)
            if (
                c is not None
                and c.kind == "city"
                and c.country_code != code
                and c.population >= WORLD_CITY
                and c.population >= TIMES * p.population
                and not only_by_other_name(m.text, p, c)  # "Salisbury" is no longer Harare
                and (best is None or c.population > best.population)
            ):
                best = c
        if best is None:
            continue
        why = (
            f"a city of {best.population:,} in {best.country_code}: {code} is named only as a"
            f" whole, which does not outweigh a namesake {best.population // max(p.population, 1)}"
            " times the size of its own"
        )
        if out is None:
            out = list(mentions)
        out[k] = moved_to(m, best, why)
    return out if out is not None else mentions
