"""Dates told before a verb of saying whose complement clause holds the act: "The ministry on
Tuesday issued a statement saying it had offered talks to the rebels in March" dates the
statement Tuesday and the offer March.

Rule (TimeML Annotation Guidelines 1.2.1, §2.3 SLINK and §2.4.1 TLINK: a reporting event and
the event it reports are two events, each anchored by its own temporal expression; Quirk et
al. 1985, 15.3 and 16.31: an adverbial before the verb of saying modifies that verb, not the
clause it governs): when the trigger stands in the complement of a verb of saying (the
lexicon's ``report`` class, any finite form or its "-ing" participle), a date before that verb
is the saying's, provided the complement has a date of its own after it. With no date in the
complement the saying's day stays the act's only bound, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dashboard.events.cameo import Trigger
from dashboard.events.dates import DateMention
from dashboard.events.lexicon import load as load_lexicon
from dashboard.events.tokens import verb_forms

_WORD = re.compile(r"[A-Za-z]+")
# a verb form that cannot be a noun: "said", "says", "saying" (not "report", "claim")
_VERBAL_TAGS = frozenset({"VBD", "VBZ", "VBG"})
_MAX_GAP = 60  # characters from the verb of saying to the trigger: its complement's subject
_CLAUSE_END = re.compile(r"[;:()—–]|,\s+(?:and|but|while|whereas)\b", re.IGNORECASE)


def _saying_at(text: str, start: int, stop: int) -> int | None:
    """Where the last verb of saying between ``start`` and ``stop`` ends, or None."""
    found = None
    for m in _WORD.finditer(text, start, stop):
        forms = verb_forms(m.group().lower())
        if (
            forms is not None
            and forms[0] in load_lexicon().words("report")
            and forms[1] & _VERBAL_TAGS
        ):
            found = m
    return None if found is None else found.start()


def saying_dates(
    text: str, s: int, main: Trigger, dates: Sequence[DateMention]
) -> list[DateMention]:
    """Those of ``dates`` (offsets from the sentence start ``s``) that date a verb of saying
    whose complement holds ``main``: each lies before that verb, and another of ``dates``
    lies after the trigger inside the same clause. Empty when the trigger is no complement
    of a saying, or the complement has no date of its own.

    Example: "The ministry on Tuesday issued a statement saying it had offered talks in
    March" -> ["on Tuesday"]."""
    verb = _saying_at(text, max(s, main.start - _MAX_GAP), main.start)
    if verb is None or _CLAUSE_END.search(text, verb, main.start):
        return []
    before = [dm for dm in dates if s + dm.end <= verb]
    inside = [
        dm
        for dm in dates
        if s + dm.start >= main.end and not _CLAUSE_END.search(text, main.end, s + dm.start)
    ]
    return before if inside else []


# a participle of saying set off by a comma after the act: ", saying …", ", adding …"
_PARTICIPLE = re.compile(r",\s+([a-z]+ing)\b")
_FINITE_TAGS = frozenset({"VBD", "VBZ"})


def in_said_participle(text: str, main: Trigger, at: int) -> bool:
    """Whether the date phrase starting at ``at`` stands inside the complement of a participle
    of saying that follows the act ``main`` after a comma, past a finite verb of that
    complement: "The ministry rejected the accusation, saying its troops had only returned
    fire after guards opened fire on an outpost on Monday" -> True for "on Monday" (the
    firing's day, not the rejection's). A date right after the participle ("…, saying on
    Monday that …") dates the saying, which is the act's own, and stays (False).

    Rule (TimeML Annotation Guidelines 1.2.1, §2.3 SLINK: the reported event is an event of
    its own, anchored by the time expressions of its own clause; Quirk et al. 1985, 15.58:
    a supplementive "-ing" clause shares its subject with the main clause, and the clauses
    its object holds carry their own adverbials)."""
    for m in _PARTICIPLE.finditer(text, main.end, at):
        forms = verb_forms(m.group(1))
        if forms is None or forms[0] not in load_lexicon().words("report"):
            continue
        if _CLAUSE_END.search(text, m.end(), at):
            return False  # ", and …": a clause of its own decides
        return any(
            (f := verb_forms(w.group().lower())) is not None and bool(f[1] & _FINITE_TAGS)
            for w in _WORD.finditer(text, m.end(), at)
        )
    return False
