"""Parts of the dateline city the event's clause names without naming the city: a street or
square ("TBILISI - Police dispersed protesters on Rustaveli Avenue"), and an institution
whose first word the resolver doubted as a place ("NEW YORK - Police arrested protesters at
Columbia University"). Both are in the city the story was filed from (AP Stylebook,
datelines: where the reporter gathered the story), finer than its country and truer than a
namesake town elsewhere (ACLED: the most specific place the report supports).
"""

from __future__ import annotations

import re

from dashboard.analysis import TextAnalysis
from dashboard.events.lexicon import load
from dashboard.model import Mention

Span = tuple[int, int]

# a capitalised name of one to three words, then its head word ("on Rustaveli Avenue", "in
# Tahrir Square"), after a preposition of place (Quirk et al. 1985 §9.17: position)
_NAMED_HEAD = re.compile(
    r"\b(?:on|in|at|along|near|outside|off|into|around|across|down)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){1,3}([A-Z][a-z]+)\b"
)
# below it the resolver itself doubted the name's place (scores run 0 to 1): "Columbia" in
# "Columbia University" went to Columbia, South Carolina at 0.27; "Kharkiv University"
# (0.88) is read in Kharkiv
DOUBT = 0.5
_HEAD_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b")


def _city_dateline(analysis: TextAnalysis) -> Mention | None:
    """The dateline when it names a place finer than a country, else None."""
    dl = analysis.dateline
    if dl is None or dl.place is None or dl.place.kind == "country":
        return None
    return dl


def street_in_dateline(
    location: Mention | None, analysis: TextAnalysis, clause: Span
) -> tuple[Mention, str] | None:
    """The dateline city, with its reason, when the fallback ``location`` is only that city's
    country (read from an actor: "Georgian riot police") and ``clause`` names a street or
    square (cues.csv ``street``) with no town of its own; else None."""
    dl = _city_dateline(analysis)
    if dl is None or location is None or location.place is None or dl.place is None:
        return None
    if location.place.kind != "country" or location.place.country_code != dl.place.country_code:
        return None
    heads = load().words("street")
    text = analysis.text
    for m in _NAMED_HEAD.finditer(text, *clause):
        if m.group(1).lower() in heads and not _town_named_after(text, m.end(), analysis):
            street = m.group().split(maxsplit=1)[1]
            why = f"a street or square of the dateline city ({dl.text}) is named: '{street}'"
            return dl, why
    return None


def _town_named_after(text: str, end: int, analysis: TextAnalysis) -> bool:
    """A place named right after a street ("Baker Street in Leeds", "Main Street, Leeds"):
    the street is in that town, not in the dateline city."""
    return any(end < m.start <= end + 5 for m in analysis.mentions)


def institution_in_dateline(
    location: Mention | None, analysis: TextAnalysis
) -> tuple[Mention, str] | None:
    """The dateline city, with its reason, when ``location`` is the first word of an
    institution's name (cues.csv ``institution``: "Columbia University") that the resolver
    scored below DOUBT, in the dateline city's country: the name is the institution's, and
    the institution is in the city the story was filed from; else None."""
    dl = _city_dateline(analysis)
    if dl is None or dl.place is None or location is None or location.place is None:
        return None
    head = _HEAD_AFTER.match(analysis.text, location.end)
    if (
        location.start < 0
        or head is None
        or head.group(1).lower() not in load().words("institution")
        or location.score >= DOUBT
        or location.place.country_code != dl.place.country_code
    ):
        return None
    name = analysis.text[location.start : head.end()]
    return dl, f"'{name}' names an institution, not a place: in the dateline city ({dl.text})"
