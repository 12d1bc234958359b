"""Ships sent toward a place that are no force: "China sent ships toward Taiwan" is a force
moved (CAMEO 1.1b3 §154, mobilize or increase armed forces), but a plain "ship" is a force
only when a state sends it and no word before it names a civilian errand ("sent aid ships",
"cargo ships"). A warship (cameo.csv's TROOPS class) is a force whoever tells it; a plain
ship's sender must be a state, as an armed force is a state's (UNCLOS art. 29: a warship
belongs to a state's armed forces; activists' or traders' ships are none).
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.drafts import _Draft
from dashboard.events.lexicon import word_class

_MOBILISE = "154"  # CAMEO 1.1b3 §154, mobilize or increase armed forces
# the plain vessel nouns of the lexicon's "send * ship toward" row, not a warship's
_PLAIN = re.compile(r"\b(?:ships?|vessels?)\s+towards?\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")


@cache
def _civil() -> frozenset[str]:
    return word_class("CIVIL_VESSEL")


def no_force_sent(d: _Draft) -> bool:
    """Whether ``d`` is a §154 draft read from plain ships sent toward a place ("sent 20
    ships toward the island") whose sender is no state (``d.source`` None or not of kind
    ``country``) or whose ships a word in the trigger names as civilian ("sent cargo ships
    toward"): such a draft tells no force moved and is dropped."""
    trig = d.trigger
    if trig.full != _MOBILISE or _PLAIN.search(trig.text) is None:
        return False
    if any(w in _civil() for w in _WORD.findall(trig.text.lower())):
        return True
    return d.source is None or d.source.kind != "country"
