"""Places in a non-restrictive relative clause after an act that names its own place:
"fought in the war in Darfur, which ended with a deal signed in Doha" is in Darfur.

A relative clause set off by a comma (", which ended ...") adds a proposition of its own about
its antecedent (Quirk et al. 1985 §17.22, non-restrictive relative clauses; §17.12): its
finite verb tells another act, and a place inside it is that act's. ACLED codes an event where
it took place, so when the main clause has already named a place of its own ("in"/"at")
between its trigger and the relative word, a place inside the relative clause is not the main
act's. Without a place of its own before the clause ("shelled the village, which lies near Bakhmut") the clause may say
where the act's object is, so nothing is dropped then.
"""

from __future__ import annotations

import re

from dashboard.events.tokens import verb_forms
from dashboard.model import Mention

_REACH = 120  # characters from the relative word to the name: one short clause
# ", which" (or "who") and its finite verb, an auxiliary before it at most
_ASIDE = re.compile(
    r",\s+(?:which|who)\s+(?:(?:has|have|had|was|were|is|are)\s+)?(?:[a-z]+ly\s+)?"
    r"(?P<verb>[a-z]+)\b[^,;:()—–.]*$"
)
_FINITE = frozenset({"VBD", "VBZ", "VBP", "VBN"})
# the main act's own place is a locative adjunct: "in" or "at" of position (Quirk et al. 1985
# §9.15-9.17), an article or a modifier or two between ("in northern Mali"); a name inside
# an organisation's ("the Orange County Sanitation District") places nothing
_LOCATIVE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")


def _aside_start(text: str, trigger_start: int, m: Mention) -> int | None:
    """Where the relative clause holding ``m`` opens after the trigger, or None when ``m``
    stands in no such clause or the clause's next word is no verb."""
    if m.start <= trigger_start:
        return None
    aside = _ASIDE.search(text, max(trigger_start, m.start - _REACH), m.start)
    if aside is None:
        return None
    forms = verb_forms(aside["verb"])
    if forms is None or not (forms[1] & _FINITE):
        return None
    return aside.start()


def _own_place(text: str, trigger_start: int, o: Mention, opens: int) -> bool:
    """Whether ``o`` is a locative place of the main clause, after the trigger and before the
    relative clause opening at ``opens``."""
    if not (trigger_start < o.start and o.end <= opens):
        return False
    return _LOCATIVE.search(text, max(trigger_start, o.start - 40), o.start) is not None


def outside_relative_aside(text: str, trigger_start: int, options: list[Mention]) -> list[Mention]:
    """``options`` less the places inside a comma relative clause after the trigger, when
    another option stands between the trigger and that clause as a locative adjunct (the
    main act's own place: ``_own_place``); the order of ``options`` is kept."""
    kept = []
    for m in options:
        opens = _aside_start(text, trigger_start, m)
        if opens is None or not any(_own_place(text, trigger_start, o, opens) for o in options):
            kept.append(m)
    return kept
