"""The place of an act offered, agreed or pledged, which is not where it was offered.

"Lithuania offered on Tuesday to send engineers to Latvia" and "The two leaders agreed in
Geneva to build a bridge across the border river": the to-infinitive after a verb of
intention or agreement is a non-finite clause of its own (Quirk et al. 1985 §16.38 ff.), and
TimeML gives its event its own EVENT tag, a modal one SUBORDINATE to the agreeing; the places
in it are that act's, still to come. CAMEO 1.1b3 codes the statement (§03 express intent to
cooperate, §05 diplomatic cooperation), and ACLED places an event where it took place: where
the speakers were, a venue before the infinitive ("agreed in Geneva to"), else the dateline.
"""

from __future__ import annotations

import re

from dashboard.events.cameo import Trigger
from dashboard.events.tokens import verb_forms
from dashboard.model import Mention

# CAMEO 1.1b3 verbal cooperation whose object may be an act to come: §03 intent, §05
# diplomatic cooperation (agree, sign, endorse)
_ROOTS = frozenset({"03", "05"})
# the infinitive marker and the verb after it ("to open", "to supply")
_TO_VERB = re.compile(r"\bto\s+([a-z]+)\b")
# the clause ends at a sentence break, a semicolon or a dash
_BREAK = re.compile(r"[.;!?]\s|\s[—–]\s")
_REACH = 120  # characters from the act to the place, as ``talks_topic._REACH``


def intended_act_place(text: str, trig: Trigger, place: Mention | None) -> bool:
    """Whether ``place``, read for the statement ``trig``, stands inside the to-infinitive
    that names the act it offers or agrees to ("offered to supply the region with gas
    bought in Romania"): that act's place, not the offer's."""
    if place is None or trig.code not in _ROOTS or place.start < trig.end:
        return False
    between = text[trig.end : place.start]
    if len(between) > _REACH or _BREAK.search(between):
        return False
    for m in _TO_VERB.finditer(between):
        forms = verb_forms(m.group(1))
        if forms is not None and "VB" in forms[1]:
            return True
    return False
