"""The country a story's lead sentence names first, for a dateline city without a country.

Reuters and AFP datelines drop the country of a well-known city abroad ("SAN JOSE, May 9
(Wire) - Costa Rica's new president ..."), where AP style would write "SAN JOSE, Costa
Rica". The lead sentence then names the country the story is about, right after the
dateline; that country, not the country the rest of the text names most (a US reward, US
experts), says which namesake filed the story.
"""

from __future__ import annotations

import re

from dashboard.model import Place
from dashboard.places.names import fold
from dashboard.places.recognise import Match

# A namesake in the lead's country is taken over a bigger one elsewhere only when it is a
# city of some weight: at least this share of the biggest namesake's population. Why: a
# hamlet that shares a US city's name ("DALLAS - Mexico's ...") must not move a US dateline
# abroad; San Jose, Costa Rica holds about a third of San Jose, California's people.
_MIN_SHARE = 0.1

# the lead sentence ends at the first full stop followed by a space and a capital or quote
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘A-Z])")


def lead_country_namesake(
    text: str,
    matches: list[Match],
    candidates: list[list[Place]],
    k: int,
    line_end: int,
) -> str | None:
    """ISO 3166-1 alpha-2 code of the first country named in the lead sentence (the text
    from ``line_end``, the end of the dateline, to the sentence's full stop) when the
    dateline place (``matches[k]``, with its ``candidates[k]``) has a namesake of weight
    there (at least ``_MIN_SHARE`` of its biggest namesake's population); else None.

    ``matches`` and ``candidates`` are parallel lists in text order, as the resolver's
    context builds them. Never raises on an empty lead or a dateline without candidates.
    Rule source: Reuters and AFP dateline style (a foreign capital or famous city stands
    without its country) with the lead naming the story's country; AP Stylebook,
    "datelines", for the contrast.
    """
    places = candidates[k]
    if not places:
        return None
    stop = _SENTENCE_END.search(text, line_end)
    lead_end = stop.start() if stop else len(text)
    first: str | None = None
    for m, cands in zip(matches[k + 1 :], candidates[k + 1 :], strict=True):
        if m.start < line_end:
            continue
        if m.start >= lead_end:
            break
        key = fold(text[m.start : m.end])
        country = next(
            (p.country_code for p in cands if p.kind == "country" and fold(p.name) == key), None
        )
        if country:
            first = country
            break
    if first is None:
        return None
    biggest = max(p.population for p in places)
    key = fold(text[matches[k].start : matches[k].end])
    there = [
        p
        for p in places
        if p.country_code == first
        and p.kind != "country"
        and fold(p.name) == key
        and p.population >= _MIN_SHARE * biggest
    ]
    return first if there else None
