"""A capital named as an actor is its state: "Algeria recalled its ambassador from Paris",
"Washington imposed tariffs", "Beijing protested to Manila".

Place-for-people metonymy (Markert & Nissim 2007, SemEval-2007 task 8): a national capital
named as a side stands for its government, and CAMEO 1.1b3 codes a state actor by its
country (ch. 2, actor codes: "Washington" is USAGOV, not a city). The roles give that side
by the state's name, so that two reports, one saying "Paris" and one "France", name the
same side; the actor list keeps the name as written, with the state's country code.
"""

from __future__ import annotations

from collections.abc import Mapping

from dashboard.events.sides import _capitals
from dashboard.model import Place
from dashboard.places import gazetteer


def state_name(name: str, kind: str, code: str | None, countries: Mapping[str, Place]) -> str:
    """The state's name for an actor ``name`` of ``kind`` "country" that is the capital of its
    ISO2 ``code`` ("Paris", FR -> "France"); else ``name`` unchanged. ``countries``: ISO2 ->
    the country's gazetteer place (``TextAnalysis.country_places``: the countries the text
    names), else the gazetteer's."""
    if kind != "country" or code is None or _capitals().get(code, "").lower() != name.lower():
        return name
    place = countries.get(code) or gazetteer.load().country(code)
    return place.name if place is not None else name
