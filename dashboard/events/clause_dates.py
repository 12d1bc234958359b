"""Small readings of the main clause that say whose a date or a noun is: a closing relative
clause's dates are its noun's, an agent noun a passive is told of names those done to, and a
"when"/"after" clause opens where its own subject starts."""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.cameo import Trigger
from dashboard.events.date_scope import _AGENT_NOUN, _TRAILING_RELATIVE, BEGAN_AFTER
from dashboard.events.dates_mention import DateMention
from dashboard.events.lexicon import word_class
from dashboard.events.plan_dates import announced_plan_date

_DONE_TO = re.compile(r"\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+[a-z]+(?:ed|en)\b")


def before_closing_relative(
    text: str, s: int, end: int, main: Trigger, loose: list[DateMention]
) -> list[DateMention]:
    """The dates of ``loose`` (offsets from the sentence start ``s``) that stand before a
    non-restrictive relative clause closing the sentence after ``main`` ("warned that a vote
    would violate the Dayton accord, which ended the 1992-95 war"): such a clause tells its
    noun's own past, so its dates are not the main act's (Quirk et al. 1985, 17.22;
    newuser49: the warning was dated 1992-95). A clause followed by a comma is an aside
    before an attribution (", whom authorities blame, rights groups said on Thursday"), whose
    day stays the act's; "which began…" tells the noun's own start and keeps its date.
    Nor is a date between a plan told by a past verb and its infinitive the planned act's
    (``announced_plan_date``)."""
    loose = [dm for dm in loose if not announced_plan_date(text, s + dm.start, s + dm.end)]
    opened = _ASIDE_OPEN.search(text, max(s, main.start - 80), main.start)
    own = [dm for dm in loose if opened is not None and s + dm.start >= opened.start()]
    if own:
        # "replacing Sogavare, who had signed a pact with China in 2022": an act told inside
        # a relative aside is dated by the aside's own date, not the main clause's day
        loose = own
    close = _aside_close(text, s, main, end)
    if close is not None:
        # "Von der Leyen, who visited Larnaca, said the corridor would open this weekend":
        # the act of a relative set off by commas is dated inside them, never by the main
        # clause after it (Quirk et al. 1985, 17.22: a non-restrictive clause is an aside)
        loose = [dm for dm in loose if s + dm.start < close]
    trailing = _TRAILING_RELATIVE.search(text, main.end, end)
    if trailing is None or BEGAN_AFTER.match(text, main.end):
        return loose
    if re.search(r"[,;]", text[trailing.end() : end]):
        return loose
    return [dm for dm in loose if s + dm.start < trailing.start()]


# a non-restrictive relative opened before the trigger with no comma since (", who visited")
_ASIDE_OPEN = re.compile(r",\s+(?:who|which)\s+[^,;.]*$")
# its closing comma after the trigger, and the main clause's verb word right after
_ASIDE_CLOSE = re.compile(r"[^,;.]*,\s+(?:[a-z]+\s+)?(?:said|says|told|added|announced|warned)\b")


def _aside_close(text: str, s: int, main: Trigger, end: int) -> int | None:
    """The offset of the comma closing a non-restrictive relative that holds ``main``
    (", who visited Larnaca, said"), or None when ``main`` is in no such aside."""
    if _ASIDE_OPEN.search(text, max(s, main.start - 80), main.start) is None:
        return None
    closing = _ASIDE_CLOSE.match(text, main.end, end)
    return None if closing is None else text.index(",", main.end)


def done_to_agents(text: str, main: Trigger, planned: bool) -> bool:
    """Is ``main`` an agent noun ("rioters", "protesters") told as what is done to them: what is
    to come ("the rioters would be punished"), a passive whose subject it is ("Two
    protesters were killed": its patient, Quirk et al. 1985 §3.64), or the person an "of"
    phrase after a noun of ``classes.csv`` ``OF_PERSON`` names ("the funeral of a
    protester", "the family of the rioters": ``_person_of``)? Then it names no act."""
    if not _AGENT_NOUN.fullmatch(main.text):
        return False
    # "The protester, who was shot on Friday, was buried": past the relative aside
    aside = _ASIDE_AFTER.match(text, main.end)
    after = main.end if aside is None else aside.end()
    return planned or _DONE_TO.match(text, after) is not None or _person_of(text, main.start)


_ASIDE_AFTER = re.compile(r",\s+(?:who|whom|which)\b[^,;:()]*,")


# the head noun and "of" before an agent noun, past at most one determiner or numeral
_HEAD_OF = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:(?:a|an|the|one|two|three|\d+)\s+)?$")


@cache
def _of_person() -> frozenset[str]:
    return word_class("OF_PERSON")


def _person_of(text: str, start: int) -> bool:
    """Does an "of" phrase after a noun of ``OF_PERSON`` end right before ``start``?"""
    m = _HEAD_OF.search(text, max(0, start - 40), start)
    if m is None:
        return False
    head = m.group(1).lower()
    return head in _of_person() or head.removesuffix("s") in _of_person()


_CAUSE_OPENER = re.compile(r"\b(?:when|after|before)\s+", re.IGNORECASE)  # before: before_clause


def clause_opened(text: str, lo: int, at: int) -> int | None:
    """Where the "when", "after" or "before" clause holding ``at`` starts its words (after
    the last such word in ``text[lo:at]``), or None: "killed when Russian drones struck"
    names the drones' side before the act's trigger."""
    opens = [m.end() for m in _CAUSE_OPENER.finditer(text, lo, at)]
    return opens[-1] if opens else None
