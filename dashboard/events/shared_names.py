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
from dashboard.events.lexicon import sourced_rows


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
            if home_country(a) not in countries:
                continue
        out.append(a)
    return out
