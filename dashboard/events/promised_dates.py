"""A date after a promised or planned act's infinitive dates that act, not the sentence's
act before it: "arrested the mayor after he postponed the vote he had promised to hold in
May" (May is the promised vote's, not the arrest's).

A commissive or plan verb ("promised", "pledged", "planned": ``classes.csv`` PROMISED_TO)
takes a to-infinitive naming an act not yet done (Quirk et al. 1985 §16.38; Searle 1976), and
a date adjunct after that infinitive modifies it (TimeML 1.2.1: a TIMEX3 anchors the event it
modifies, here the infinitive's). Only when the commissive verb stands after the trigger: a
trigger that is itself the infinitive ("vowed to strike in May") keeps its date.
"""

from __future__ import annotations

import re

from dashboard.events.cameo import Trigger
from dashboard.events.lexicon import word_class
from dashboard.events.tokens import verb_forms

# the verb, "to", the infinitive and up to four words of its object or adjuncts, then the date
_TO_INFINITIVE = re.compile(
    r"\b(?P<verb>[a-z]+)\s+to\s+[a-z]+(?:\s+[\w'’-]+){0,4}?\s+$",
)
_BREAK = re.compile(r"[,;:()!?—–\"“”]|\.\s")
_REACH = 60  # characters before the date where the commissive verb may stand


def promised_act_date(text: str, main: Trigger, at: int) -> bool:
    """Whether the date starting at offset ``at`` of ``text`` follows the to-infinitive of a
    PROMISED_TO verb that stands after the trigger ``main``, with no clause break between
    ("…the vote he had promised to hold in May" -> True; "vowed to strike in May", with the
    trigger "strike" -> False)."""
    lo = max(main.end, at - _REACH)
    if lo >= at:
        return False
    m = _TO_INFINITIVE.search(text, lo, at)
    if m is None or _BREAK.search(text, m.start(), at):
        return False
    forms = verb_forms(m["verb"])
    lemma = forms[0] if forms is not None else m["verb"]
    return lemma in word_class("PROMISED_TO")
