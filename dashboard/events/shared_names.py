"""Abbreviations of ``organisations.csv`` that other bodies share (``shared_abbreviations.csv``:
"ADF" is the Allied Democratic Forces of the DR Congo and the Australian Defence Force; "RSF"
is Sudan's Rapid Support Forces and Reporters Without Borders). Such a name is read as the
listed group only in a story that names the group's country (a place there, the country, its
people, or the dateline): an abbreviation is resolved by the text it stands in (ACE 2005
entity guidelines: a name mention refers by its context), and a confident wrong side is
worse than none. A listed name in brackets right after a name ("the Rapid Support Forces
(RSF)") glosses that name: it is the same actor, not a second one (Chicago Manual of Style
10.3, an abbreviation given in parentheses after the spelled-out form).
"""

from __future__ import annotations

from functools import cache

from dashboard.analysis import TextAnalysis
from dashboard.events.actors import Actor, home_country
from dashboard.events.cameo import triggers
from dashboard.events.lexicon import sourced_rows


@cache
def unarmed_others() -> frozenset[str]:
    """The shared abbreviations whose other meaning is no armed body (``other_armed`` "no":
    RSF's Reporters Without Borders): as the subject of an act of armed force, such a name
    can only be the listed armed group, whatever countries the story names."""
    return frozenset(
        r["abbreviation"]
        for r in sourced_rows("shared_abbreviations.csv", "abbreviation")
        if r.get("other_armed", "").strip() == "no"
    )


@cache
def shared_abbreviations() -> frozenset[str]:
    """The abbreviations of ``data/lexicon/shared_abbreviations.csv`` (each row sourced).

    Raises ``ValueError`` for a row with no abbreviation or source."""
    return frozenset(
        r["abbreviation"] for r in sourced_rows("shared_abbreviations.csv", "abbreviation")
    )


def story_countries(analysis: TextAnalysis) -> frozenset[str]:
    """The ISO2 codes of the countries the story names: places (the dateline's too), country
    names and demonyms."""
    places = [m.place.country_code for m in analysis.mentions if m.place is not None]
    return frozenset(c for c in (*places, *(c.code for c in analysis.countries)) if c)


def kept_actors(actors: list[Actor], text: str, analysis: TextAnalysis) -> list[Actor]:
    """``actors`` without the shared abbreviations the story gives no ground for (the group's
    country is not in the story) and without a listed name glossing the name before it in
    brackets ("the Rapid Support Forces (RSF)")."""
    shared = shared_abbreviations()
    countries: frozenset[str] | None = None  # read once, and only for a shared name
    out = []
    for a in actors:
        if any(b is not a and text[b.end : a.start] in (" (", "(") for b in actors):
            continue  # "the Rapid Support Forces (RSF)": the gloss of the name before it
        if a.name in shared:
            countries = countries if countries is not None else story_countries(analysis)
            if home_country(a) not in countries and not (
                a.name in unarmed_others() and _armed_subject(text, a)
            ):
                continue
        out.append(a)
    return out


# the roots of armed force: assault, fight, mass violence (CAMEO 1.1b3 §18, §19, §20)
_FORCE_ROOTS = ("18", "19", "20")
# words that may stand between a subject and its verb: auxiliaries and medial adverbs
_BETWEEN = frozenset("had has have was were also then later reportedly allegedly again".split())


def _armed_subject(text: str, a: Actor) -> bool:
    """Whether ``a`` is the subject of an act of armed force (CAMEO 1.1b3 roots 18-20): the
    first trigger of the stretch opening at ``a`` is such an act, with only auxiliaries or
    medial adverbs between ("the RSF had attacked a camp"). Force is no act of a press
    freedom group, so the shared name is the armed one (ACE 2005: a name refers by its
    context)."""
    stretch = text[a.start : a.end + 80].split(".")[0]
    found = sorted(triggers(stretch), key=lambda t: t.start)
    if not found or not (found[0].full or found[0].code).startswith(_FORCE_ROOTS):
        return False
    gap = stretch[len(a.name) : found[0].start].split()
    return all(w.lower() in _BETWEEN for w in gap)
