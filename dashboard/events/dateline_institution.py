"""A dateline that is only the name of the institution the story is about: "GEORGETOWN -
Students protested at Georgetown University". Universities and colleges are often named
after a town or neighbourhood they do not lie in (Georgetown University is in Washington,
Columbia University in New York: ``institution_words.csv``), and a bare dateline of that name
is read by the resolver from the name alone, as the national capital of that name
(Georgetown, Guyana; Kingston, Jamaica) though towns of other countries bear it too. The act
is at the institution, and the dateline does not show where that is: no place beats a wrong
one (ACLED: where the event took place). A dateline read as a town that is no capital
("PRINCETON - ... at Princeton University") keeps its reading: nothing set the capital above
the town the institution is named after.
"""

from __future__ import annotations

import re

from dashboard.analysis import TextAnalysis
from dashboard.events.lexicon import load
from dashboard.events.sides import capital_country
from dashboard.model import Mention, Place
from dashboard.places import gazetteer

Span = tuple[int, int]


def names_dateline_institution(location: Mention | None, analysis: TextAnalysis) -> bool:
    """Whether ``location`` is the first word of an institution named by the dateline's word
    (``dateline_named_institution``): "Kingston" of "at Kingston University" under a bare
    KINGSTON dateline names the university, not the capital."""
    if location is None or location.start < analysis.dateline_end:
        return False
    found = dateline_named_institution(analysis, (location.start, location.end + 40))
    return found is not None and analysis.text.startswith(found, location.start)


def dateline_named_institution(analysis: TextAnalysis, clause: Span) -> str | None:
    """The institution's name ("Georgetown University") when ``clause`` names an
    institution (cues.csv ``institution`` head word) by the dateline's own word, and the
    dateline, read as a national capital, gives no country ("GEORGETOWN -", not
    "GEORGETOWN, Guyana -") and names towns of other countries too; else None."""
    dl = analysis.dateline
    if dl is None or dl.place is None or "," in analysis.text[dl.start : analysis.dateline_end]:
        return None
    if capital_country(dl) is None or not _abroad_namesakes(dl.place):
        return None
    word = dl.text.strip().title()
    heads = load().words("institution")
    pattern = re.compile(rf"\b{re.escape(word)}\s+([A-Z][a-z]+)\b")
    for m in pattern.finditer(analysis.text, *clause):
        if m.start() >= analysis.dateline_end and m.group(1).lower() in heads:
            return m.group()
    return None


def _abroad_namesakes(place: Place) -> bool:
    """Whether the gazetteer holds towns named exactly as ``place`` in other countries."""
    return any(
        p.name == place.name and p.country_code != place.country_code
        for p in gazetteer.load().lookup(place.name)
    )
