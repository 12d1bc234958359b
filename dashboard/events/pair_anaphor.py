"""Who "the two leaders" or "the leaders of the two neighbours" are: the two sides of the
story's last event with both. A numeral after the definite article refers back to a set the
text has already named (Halliday and Hasan 1976, *Cohesion in English*, §2.4.2), here the
pair of the latest event that named a source and a target.

A pair of states ("the two countries", "the two Asian neighbours") is those sides' countries,
as CAMEO codes state actors by country (CAMEO 1.1b3 §2, actor codes); a pair of people ("the
two leaders") is the sides as they were named.
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor
from dashboard.events.drafts import RECENT, _Draft
from dashboard.model import Place
from dashboard.places.gazetteer import load

# "The two leaders", "the leaders of the two Asian neighbours", "the two countries"
_PAIR = re.compile(
    r"\b[Tt]he\s+(?:(?:leaders|heads|governments|presidents|ministers)\s+of\s+the\s+)?two\s+"
    r"(?:[A-Z][\w-]*\s+){0,2}(?P<noun>countries|sides|nations|leaders|presidents|neighbou?rs|"
    r"governments|ministers|men|delegations|states)\b"
)
_STATES = frozenset({"countries", "nations", "neighbours", "neighbors", "governments", "states"})
# what may stand between that subject and its act: a few verb words ("worked to [repair]")
_VERB_GAP = re.compile(r"(?:\s+[a-z]+){0,3}\s+")


def pair_sides(d: _Draft, text: str, s: int, drafts: list[_Draft]) -> None:
    """Give ``d`` (a draft with no source and no target, its sentence starting at article
    offset ``s``) the two sides its subject "the two …" refers back to, from the latest of
    ``drafts`` with both. A pair of states becomes the two sides' countries, added to
    ``d.actors``, and is left unread when either side has no country or both one; anything
    else leaves ``d`` unchanged."""
    pair = _subject_pair(text, s, d.trigger.start)
    if pair is None:
        return
    # the pair is the latest act told with a side: "the two …" refers back to the set the text
    # has just named (Halliday and Hasan 1976, §2.4.2), so when the latest act with a side is
    # one side's own ("North Korea fired a missile"), an older pair ("Seoul and Washington
    # held talks") is no longer what "the two" takes up, and no sides are given
    before = next((p for p in reversed(drafts[-RECENT:]) if p.source or p.target), None)
    if before is None or before.source is None or before.target is None:
        return
    if pair.group("noun") not in _STATES:
        d.source, d.target = before.source, before.target
        return
    # "the two countries" after "Blinken spoke with Aliyev": a side of no known state (or
    # two of one state) is no pair of countries, so the pair is left unread rather than made
    # of the people who spoke
    codes = (before.source.country_code, before.target.country_code)
    if None in codes or codes[0] == codes[1]:
        return
    gaz = load()
    states = [_country(gaz.country(code), code) for code in codes if code]
    if any(a is None for a in states):
        return
    # one joint subject, as "Japan and South Korea worked to repair ties": neither side is
    # the other's addressee
    d.source, d.target, d.joint = states[0], states[1], True
    names = {a.name for a in d.actors}
    d.actors += [a for a in states if a is not None and a.name not in names]


def _subject_pair(text: str, s: int, trigger_start: int) -> re.Match[str] | None:
    for m in _PAIR.finditer(text, s, trigger_start):
        before = text[s : m.start()].strip()
        if not before:
            return m  # the sentence opens with it: "The two leaders on Friday signed"
        # after a fronted phrase ("Since last year, the two neighbours worked to repair"),
        # only a few verb words may stand between the subject and its act
        if before.endswith(",") and _VERB_GAP.fullmatch(text, m.end(), trigger_start):
            return m
    return None


def _country(place: Place | None, code: str) -> Actor | None:
    return Actor(place.name, "country", code) if place is not None else None
