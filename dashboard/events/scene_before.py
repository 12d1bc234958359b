"""A happening told in a counted "after" clause takes the place of the main clause that tells
its aftermath at the scene ("Rescue teams in Mandalay were still digging through rubble on
Saturday, a day after the quake killed more than 1,600 people": the quake's place is
Mandalay).

The counted clause ("a day after", "two days after") is read as an act of its own
(``extract._sentence``) within its own words, so a hazard or an attack whose clause names no
place had none. A main clause that tells rescue, digging or the ruins tells the
happening's aftermath, and an aftermath is at the happening's scene (Halliday and Hasan 1976,
ch. 6, lexical cohesion: "rubble", "rescuers" and "wreckage" collocate with the disaster or
attack that left them; ACLED's codebook places an event where its harm was done). A main
clause of markets, talks or statements ("Oil prices rose in London, a day after drones hit
…") tells no aftermath and lends no place.
"""

from __future__ import annotations

import re

from dashboard.model import Mention

# words of a disaster's or an attack's aftermath at its scene (WordNet 3.0: rubble, debris,
# wreckage, rescuer; news' "dug through the ruins"); not the dead, the wounded or mourners,
# who are often told where they were taken or where their families are
_AFTERMATH = re.compile(
    r"\b(?:(?:rescu(?:e|ed|ers?|ing)|rubble|debris|ruins|wreckage|dig(?:s|ging)?|dug|"
    r"death\s+toll|clean(?:ed|ing)?[\s-]up)\b|search(?:ed|es|ing)?\s+(?:for|through)\b)",
    re.IGNORECASE,
)
# a place the main clause puts its people or its scene in ("rescue teams in Mandalay",
# "in the rubble of Antakya", "residents of Derna"), or a title after its country's
# possessive ("in Myanmar's second city": ``places.titled_cities``) and the name in
# apposition to it ("in Myanmar's second city, Mandalay,")
_SITE_BEFORE = re.compile(
    r"\b(?:in|at|of|across|near|outside)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2}['’]s\s+"
    r"(?:(?:[a-z-]+\s+){0,2}[a-z-]+,\s+)?)?$"
)
# roots of harm whose aftermath is told: hazards, violence (CAMEO 1.1b3 §18-20), and §145
_HARM = re.compile(r"DIS-|1[89]|20|145")


def scene_of_aftermath(
    text: str, main: tuple[int, int], code: str, mentions: list[Mention]
) -> tuple[Mention | None, str]:
    """The place of the happening of CAMEO ``code`` told after the main clause
    ``text[main[0]:main[1]]``: the most specific place the main clause puts its scene in
    ("in", "at", "of" before it) when that clause tells an aftermath (see the module); else
    ``(None, "")``. Shapes: ``main`` is a (start, end) span of ``text``; the mention is one of
    ``mentions`` (the analysis' places). "Rescue teams in Mandalay were digging through
    rubble, a day after the quake killed 1,600" with ``code`` "DIS-QUAKE" gives Mandalay."""
    if not _HARM.match(code) or _AFTERMATH.search(text, *main) is None:
        return None, ""
    sites = [
        m
        for m in mentions
        if main[0] <= m.start < main[1]
        and m.place is not None
        and m.place.lat is not None
        and _SITE_BEFORE.search(text, max(main[0], m.start - 60), m.start)
    ]
    if not sites:
        return None, ""
    best = min(sites, key=lambda m: (m.place.geo_precision if m.place else 9, m.start))
    name = best.place.name if best.place else best.text
    return best, f"where its aftermath is told in the main clause: {name}"
