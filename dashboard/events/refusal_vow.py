"""A vow told after a refusal: "The rebels refused to surrender, vowing to attack the capital".

The participle clause "vowing to attack the capital" is a supplementive clause whose
understood subject is the main clause's (Quirk et al. 1985 §15.58-15.59), and a vow of one's
own act of force is a threat made as it is told (CAMEO 1.1b3 §13, §138x: "threaten with
military force"; §1384 threaten conventional attack). It is an act of its own beside the
refusal (§12), which the participle does not cause or explain. Only a threat of force, §138x,
is read: a vow of anything else ("vowing to fight the charges in court") is left unread.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from dashboard.events.trigger import Trigger

# ", vowing to" after the refusal: the supplementive clause opens at the participle
_VOW = re.compile(r",\s+(?P<verb>vowing|pledging|swearing|threatening)\s+to\s+", re.IGNORECASE)
_PAST = {"vowing": "vowed", "pledging": "pledged", "swearing": "swore", "threatening": "threatened"}
_SUBJECT = "They "  # the understood subject, which the coder reads the clause with
_REFUSAL = "12"  # CAMEO 1.1b3 §12 reject: "refused to surrender", "rejected the ultimatum"


def vow_after_refusal(
    text: str, kept: list[Trigger], code_clause: Callable[[str], list[Trigger]]
) -> Trigger | None:
    """The threat of force (§138x) a ", vowing to …" clause tells after the sentence's leading
    refusal (``kept[0]``, a §12 trigger), as a trigger over ``text`` from the participle to
    the end of the act vowed; None when the lead is no refusal or the vow no threat of force.
    ``code_clause`` codes one clause (``cameo.triggers``); the clause is coded with its
    understood subject and the participle put in the past ("They vowed to attack …")."""
    if not kept or kept[0].code != _REFUSAL or "negated" in kept[0].flags:
        return None
    m = _VOW.search(text, kept[0].end)
    if m is None or text.find(",", kept[0].end, m.start()) != -1:
        return None  # the vow must follow the refusal's own clause
    verb = m.group("verb").lower()
    past = _PAST[verb]
    clause = _SUBJECT + past + text[m.end("verb") :]
    # offsets in ``clause`` past the verb map back to ``text`` by this shift
    shift = m.end("verb") - (len(_SUBJECT) + len(past))
    threat = next((t for t in code_clause(clause) if (t.full or "").startswith("138")), None)
    if threat is None or threat.start > len(_SUBJECT) or "negated" in threat.flags:
        return None
    start, end = m.start("verb"), threat.end + shift
    return replace(threat, start=start, end=end, text=text[start:end], weight=kept[0].weight - 1)


def vowed(text: str, t: Trigger) -> bool:
    """Is ``t`` a vow ``vow_after_refusal`` read (its span opens at the participle)?"""
    if not (t.full or "").startswith("138"):
        return False
    m = _VOW.search(text, max(0, t.start - 4), t.end)
    return m is not None and m.start("verb") == t.start
