"""A clash between people who bear no arms ("Trump and Zelensky clashed in the Oval Office",
"The minister clashed with reporters"): a row of words, CAMEO 1.1b3 §110 disapprove (as the
"clashed over the budget" row already reads it), not §190 force. Merriam-Webster, clash v. 2
'to come into conflict' (of people: to disagree angrily) beside the armed sense; a clause
naming any armed force, armed group or crowd keeps the armed reading.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.events.actors import armed_nouns, military_nouns
from dashboard.events.drafts import _Draft
from dashboard.events.lexicon import word_class

_CLASH = re.compile(r"clash", re.IGNORECASE)


def verbal_clash(d: _Draft, text: str) -> _Draft:
    """``d`` re-coded §110 when its trigger is "clash" read as force (§190), its source a
    person, its target a person or none, and its clause names no armed force or crowd."""
    t = d.trigger
    if (t.full or t.code) != "190" or not _CLASH.match(t.text) or d.source is None:
        return d
    if d.source.kind != "person" or (d.target is not None and d.target.kind != "person"):
        return d
    words = set(re.findall(r"[a-z]+", text[d.clause[0] : d.clause[1]].lower()))
    # who clashes bodily besides armed forces: crowds (classes.csv CROWD, PROTEST) and police
    crowds = word_class("CROWD") | word_class("PROTEST") | {"police", "supporters", "fans"}
    if words & (set(armed_nouns()) | set(military_nouns()) | crowds):
        return d
    return replace(d, trigger=replace(t, code="11", full="110"))
