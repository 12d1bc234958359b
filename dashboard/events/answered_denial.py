"""A denial told in a clause joined to the act it answers: "Kurdish officials accused armed
factions of the attack, but the Iraqi government denied any involvement" and "Pakistan
accused Kabul of sheltering the gunmen, which the Taliban government denied".

CAMEO 1.1b3 §016 (deny responsibility) codes the denial as an act of its own, done by the
clause's own subject: a clause joined by "but" carries its own arguments (Quirk et al. 1985,
13.1), and a non-restrictive "which" clause adds a proposition of its own (17.22). Only a
clause with a named subject of its own before a past denial makes one; a pronoun ("but it
denied") is left to the reader of the next sentence, and a denial flagged negated, planned
or hypothetical is no act done.
"""

from __future__ import annotations

import re

from dashboard.events.cameo import Trigger

DENY = "016"  # CAMEO 1.1b3 §016 deny responsibility
_ACCUSE_ROOT = "11"  # CAMEO 1.1b3 §11 disapprove: accuse, blame, criticise

# ", but the Iraqi government in Baghdad denied": the conjunct's subject runs from "but" to
# the denial, with no comma, semicolon or second clause word inside
_BUT = re.compile(r",?\s+but\s+(?P<subject>[^,;:]{2,80}?)\s+$", re.IGNORECASE)
# ", which the Taliban government denied.": the relative pronoun is the object of a bare
# past denial that closes the sentence or its clause (a comma, or "as" with its judgement)
_WHICH_DENIED = re.compile(
    r",\s+which\s+(?P<subject>[^,;:]{2,80}?)\s+(?P<verb>denied|rejected)(?=\s*(?:[.;,]|\bas\b|$))",
    re.IGNORECASE,
)
# a subject that is a pronoun or opens with one names no side of its own here
_PRONOUN = re.compile(r"(?:it|he|she|they|we|i|you|this|that|these|those)\b", re.IGNORECASE)


def _named_subject(subject: str) -> bool:
    """Does ``subject`` name a doer of its own: not a pronoun, and holding a capitalised word
    ("the Iraqi government", "the Taliban", "Moscow")?"""
    words = subject.strip()
    return (
        not _PRONOUN.match(words)
        and any(w[:1].isupper() for w in words.split())
        and not re.search(r"\b(?:that|who|when|after|if|because)\b", words, re.IGNORECASE)
    )


def answered_denial(
    text: str, main: Trigger, strong: list[Trigger], end: int
) -> tuple[int, Trigger] | None:
    """The denial told after ``main`` and before ``end`` in a "but" conjunct or a trailing
    "which" clause with a named subject of its own: ``(where its subject starts, the denial
    trigger)``, or None. The "but" form takes the reader's own §016 trigger ("denied any
    involvement"); the "which" form makes one for the bare verb, whose object is the
    relative pronoun, only after an accusation (§11): what "which" stands for is a charge."""
    if (main.full or main.code) == DENY:
        return None
    for t in strong:
        if t.start <= main.end or t.end > end or t.full != DENY or t.flags:
            continue
        m = _BUT.search(text, main.end, t.start)
        if m is not None and _named_subject(m["subject"]):
            return m.start("subject"), t
        return None
    if main.code != _ACCUSE_ROOT or main.flags:
        return None
    w = _WHICH_DENIED.search(text, main.end, end)
    if w is None or not _named_subject(w["subject"]):
        return None
    verb = Trigger(DENY[:2], 5, w.start("verb"), w.end("verb"), w["verb"], DENY)
    return w.start("subject"), verb
