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
from dashboard.events.sides import capital_country
from dashboard.model import Mention, Place
from dashboard.places import gazetteer

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
    the_city = _THE_CITY.search(text, *clause)
    if the_city is not None and not _other_town_before(analysis, dl, clause[0]):
        # "LOS ANGELES - agents arrested 44 people in raids across the city": with no other
        # town told before, "the city" points back to the one the story was filed from
        return dl, f"'{the_city.group()}' with no other town named: the dateline ({dl.text})"
    return None


# "the city" after a preposition of place (Quirk et al. 1985 §5.32: the definite article's
# situational use points to the place the text is set in)
_THE_CITY = re.compile(r"\b(?:in|across|around|throughout|through)\s+the\s+city\b")


def _other_town_before(analysis: TextAnalysis, dl: Mention, end: int) -> bool:
    """A town or city other than the dateline's named after the dateline and before ``end``
    ("KYIV - Missiles hit Kharkiv ... across the city": Kharkiv, not Kyiv)."""
    return any(
        m.place is not None
        and m.place.kind not in ("country", "admin1", "region")
        and m.start >= analysis.dateline_end
        and m.start < end
        and (dl.place is None or m.place.name != dl.place.name)
        for m in analysis.mentions
    )


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


# "at Harvard University", "at the University of Chile": an institution named as the act's
# site, by the name before its head word or after "<head> of" (ACE 2005: ORG or FAC)
_NAME_BEFORE_HEAD = re.compile(r"\b([A-Z][\w'’-]+)\s+(?:State\s+)?([A-Z][a-z]+)\b")
_OF_AFTER_HEAD = re.compile(r"\b([A-Z][a-z]+)\s+of\s+(?:the\s+)?$")


def _exact_places(name: str) -> list[Place]:
    """The gazetteer's places named exactly ``name`` (its look-up also answers near
    spellings: "Taras" finds Taraz, which names no institution "Taras Shevchenko ...")."""
    return [p for p in gazetteer.load().lookup(name) if p.name == name]


def institution_abroad(analysis: TextAnalysis, clause: Span) -> str | None:
    """The name of an institution (cues.csv ``institution``) that ``clause`` names by a
    place's name found only in other countries than the dateline's ("KYIV - Students
    protested at Harvard University": every Harvard is in the United States), or None. The
    institution is then not shown to be in the dateline city, where the story was filed,
    and a wrong city is worse than none (ACLED: where the event took place); a name the
    dateline's country holds ("NEW YORK - … at Columbia University") or no place's
    ("Taras Shevchenko University") leaves the dateline to stand."""
    dl = analysis.dateline
    if dl is None or dl.place is None or not dl.place.country_code:
        return None
    heads = load().words("institution")
    for m in _NAME_BEFORE_HEAD.finditer(analysis.text, *clause):
        if m.group(2).lower() not in heads or m.start() < analysis.dateline_end:
            continue
        codes = {p.country_code for p in _exact_places(m.group(1))}
        if codes and dl.place.country_code not in codes:
            return m.group()
    return None


def institution_of_country(
    location: Mention | None, analysis: TextAnalysis
) -> tuple[Mention, str] | None:
    """The dateline city, with its reason, when ``location`` is a country named in an
    institution's name after "<head> of" ("SANTIAGO - Students occupied the main campus of
    the University of Chile") and the dateline is that country's capital: a national
    institution named for its country is read at its seat, the capital the story was filed
    from, finer than the country its name gives (ACLED: the most specific place the report
    supports); else None."""
    dl = _city_dateline(analysis)
    if dl is None or dl.place is None or location is None or location.place is None:
        return None
    if location.place.kind != "country" or location.start < 0:
        return None
    head = _OF_AFTER_HEAD.search(analysis.text, max(0, location.start - 30), location.start)
    if head is None or head.group(1).lower() not in load().words("institution"):
        return None
    if capital_country(dl) != location.place.country_code:
        return None
    name = analysis.text[head.start() : location.end]
    return dl, f"'{name}' names an institution of the country: at its capital ({dl.text})"
