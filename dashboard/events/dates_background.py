"""Undated background: a situation a report names as running on ("the ongoing war", "the war
that began in the east"), with no date phrase of its own.

Such a noun names a state in process at the report's time (TimeML 1.2.1: a state, not an
occurrence anchored to the document's creation time); the report gives it no day, and the
week up to publication, the fallback for an undated act, would be a confident wrong date
("the war that began …" did not begin this week). The event reader makes no date claim for
it: the draft is marked ``undated``, as an event of an article with no publication date is,
and left out of the events (``extract``). The words are data: data/lexicon/
standing_background.csv, with a source per row.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from dashboard.events.cameo import Trigger
from dashboard.events.tokens import verb_forms
from dashboard.paths import data_dir


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    path = data_dir() / "lexicon" / "standing_background.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out: dict[str, list[str]] = {"modifier": [], "onset": [], "situation": []}
    for r in rows:
        out[r["kind"]].append(r["words"].lower())
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = _words()
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words["modifier"])
    onset = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words["onset"])
    # the modifier after a determiner and before the noun, with at most one adjective between
    # ("the ongoing civil war", "Sudan's ongoing war"); "is continuing to investigate" is a verb
    det = r"\b(?:the|an?|its|their|his|her|this|that|[A-Z][\w-]*['’]s)\s+"
    before = re.compile(
        rf"{det}(?:{alt})\s+(?!(?:to|and|or|with|in|on|at|for|from)\s)(?:[a-z][\w-]*\s+)?$",
        re.IGNORECASE,
    )
    # "the war that began …", "the war, which has raged …": the clause right after the noun
    after = re.compile(rf"\s*,?\s+(?:that|which)\s+(?:had\s+)?(?:{onset})\b", re.IGNORECASE)
    direct = re.compile(rf"{det}(?:{alt})\s+$", re.IGNORECASE)
    return before, after, direct


def undated_background(text: str, trig: Trigger, sentence_start: int) -> bool:
    """Whether the trigger ``trig`` names a running situation ("the ongoing war", or a
    situation noun with a clause telling only its start: "the war that began …") rather
    than an occurrence, or is the verb whose subject such a situation is, opening its
    sentence at ``sentence_start`` ("The ongoing war has killed thousands": the situation's
    toll up to the report's time). The caller asks only for a draft with no date phrase:
    "the war that began in April 2023" is dated by its year and month."""
    words = trig.text.split()
    if not words:
        return False
    head = trig.end - len(words[-1])  # the noun itself: "The ongoing war" holds its modifier
    forms = verb_forms(words[-1].lower())
    finite = forms is not None and bool(forms[1] & {"VBD", "VBN", "VBZ"})
    lead = max(0, trig.start - 40)
    if not finite and _situation(text, lead, head, trig.end, words):
        return True
    if finite and _patterns()[2].search(text[lead:head]):
        return True  # "the ongoing protests": a noun right after its modifier, not a verb
    subject = _SUBJECT_END.search(text, sentence_start, trig.start)
    if subject is None:
        return False
    # the subject's head: a noun among its first words ("The ongoing war in Sudan has killed"),
    # not one inside a modifier of another ("Gunmen in the ongoing conflict killed")
    nouns = list(_NOUN.finditer(text, sentence_start, subject.start()))[:_HEAD_WORDS]
    return any(
        _situation(text, sentence_start, m.start("noun"), m.end("noun"), m["noun"].split())
        for m in nouns
    )


# the trigger's verb right after its subject: "… has killed", "… killed", "… have displaced"
_SUBJECT_END = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
_NOUN = re.compile(r"(?P<noun>\b[A-Za-z][\w-]*(?:\s+war)?)\b")
_HEAD_WORDS = 3


def _situation(text: str, lead_from: int, head: int, end: int, words: list[str]) -> bool:
    """A noun at ``head``..``end`` named as running: its modifier before it, or (a situation
    noun only) a clause telling its start right after it."""
    before, after, _ = _patterns()
    if before.search(text[lead_from:head]) is not None:
        return True
    noun = " ".join(w.lower() for w in words[-2:])
    situation = noun in _words()["situation"] or words[-1].lower() in _words()["situation"]
    return situation and after.match(text, end) is not None
