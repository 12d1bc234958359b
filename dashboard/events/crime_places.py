"""A place inside the crime a judicial act is done for belongs to that crime.

"Germany released X, a Russian serving a life sentence for a 2019 murder in a Berlin park",
"Spain extradited a suspect in a 2020 murder in Amsterdam": the murder was in Berlin or
Amsterdam, the release and the extradition were not. A noun's complements belong to its own
phrase (Huddleston and Pullum 2002, ch. 5 §14), and a crime told as the grounds of a release,
an arrest, a charge or an extradition ("for", "of", "over", "a suspect in") is another
happening with a place of its own; ACLED places an event where it took place. The crimes are
the noun triggers of CAMEO's material roots (``said_about.act_nouns``: murder, killing,
attack...). An act told with its own place before the grounds ("arrested in Lyon for a
robbery in Marseille") keeps it: only a place after the grounds' noun is set aside, and the
caller looks again without it.
"""

from __future__ import annotations

import re

from dashboard.events.cameo import Trigger
from dashboard.events.lexicon import role_words
from dashboard.events.said_about import PLACE_REACH, act_noun_heads
from dashboard.model import Mention

# CAMEO 1.1b3 acts done to a person for a crime: §063 judicial cooperation (extradition),
# §0841 release persons, §112 accuse, §115 bring lawsuit against, §173 arrest, §174 expel
# or deport
_JUDICIAL = ("063", "0841", "112", "115", "173", "174")
# what opens a crime told as the act's grounds: "for a murder", "convicted of an attack",
# "held over the killing", "a suspect in a bombing" (``clause_cues.csv``, role crime_grounds)
_GROUNDS = re.compile(rf"\b(?:{role_words('clause_cues.csv', 'crime_grounds')})\s+", re.I)
_BREAK = re.compile(r"[.;!?]\s|\s[—–]\s")


def crime_place(text: str, trig: Trigger, place: Mention | None) -> bool:
    """Whether ``place``, read for the judicial act ``trig`` (codes in ``_JUDICIAL``), lies
    after it inside the noun phrase of a crime told as its grounds ("released X, serving a
    sentence for a murder in Berlin"), within ``PLACE_REACH`` characters and one clause."""
    code = trig.full or trig.code
    if place is None or place.start < trig.end or not code.startswith(_JUDICIAL):
        return False
    between = text[trig.end : place.start]
    if len(between) > PLACE_REACH or _BREAK.search(between):
        return False
    return any(act_noun_heads(between[m.end() :]) for m in _GROUNDS.finditer(between))
