"""A "when" clause right after a date ("in March, when troops shelled the town") or after a
noun phrase a year names ("since the 2019 fuel crisis, when truckers blocked the roads").

A temporal subordinator anchors its clause to the time named before it (TimeML 1.2.1
guidelines, temporal subordinators; Quirk et al. 1985 §15.25, "when" of time). After a year
that names a noun ("the 2019 economic crisis"; ``dates_absolute.names_noun``) the noun phrase
goes on for a word or two before the comma, and the clause tells what happened in that year:
each act of the clause is dated by it, not by the week of publication.
"""

from __future__ import annotations

import re

from dashboard.events.cameo import Trigger
from dashboard.events.dates_absolute import names_noun
from dashboard.events.dates_mention import DateMention
from dashboard.events.drafts import _Draft

_WHEN_AFTER = re.compile(r",\s+when\s")
# the rest of a noun phrase a year names, then ", when": "the 2019 economic [crisis], when"
_NOUN_THEN_WHEN = re.compile(r"(?:\s+[a-z][\w-]*){0,2},\s+when\s")
_REACH = 60  # characters from "when" to the clause's trigger


def _in_clause(text: str, when: re.Match[str] | None, t: Trigger) -> bool:
    """Whether ``t`` opens within ``_REACH`` of the "when" matched, before the clause closes."""
    if when is None:
        return False
    gap = text[when.end() : t.start]
    return 0 <= t.start - when.end() <= _REACH and not any(c in gap for c in ".;,")


def when_clause_of(text: str, end: int, t: Trigger) -> bool:
    """The trigger ``t`` stands in a "when" clause that follows a date ending at ``end``,
    before the clause closes ("in March, when troops shelled the town")."""
    return _in_clause(text, _WHEN_AFTER.match(text, end), t)


def noun_year_when(text: str, dm: DateMention, end: int, t: Trigger) -> DateMention | None:
    """The year (``dm``'s part) that dates ``t`` when ``t`` stands in a "when" clause after the noun phrase
    that the year ``dm`` (ending at ``end`` in ``text``) names ("the 2019 economic crisis,
    when protesters stormed ..."); None otherwise."""
    if not dm.parts or not names_noun(dm.text, dm.range.precision):
        return None
    return dm.parts[0] if _in_clause(text, _NOUN_THEN_WHEN.match(text, end), t) else None


# "since early December, when the president promised …", "since 2019, when": a day, month
# or year (a capital or a digit opens it, so "since the bombings of 2004, when" is a noun's),
# then the clause up to the trigger, with no clause break between "when" and it
_SINCE_WHEN_BEFORE = re.compile(
    r"\b[Ss]ince\s+(?:(?:early|mid|late)[- ])?[A-Z0-9][^,;.!?]{0,40},\s+when\s[^,;.!?]*$"
)


def since_when_act(text: str, start: int) -> bool:
    """Whether the trigger at ``start`` stands in a "when" clause after a "since" date ("calm
    since May 4, when two people were killed"): the act anchors the open span as a flashback
    (TimeML BEGUN_BY), so its day is no point a later sentence's story is told at."""
    return _SINCE_WHEN_BEFORE.search(text, max(0, start - 120), start) is not None


def outside_flashbacks(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """``drafts`` less those told in a "since DAY, when" clause (``since_when_act``): a
    pronoun opening the next sentence ("He said …") carries on the story's occasion, not the
    flashback's (``clause_drafts._same_occasion``)."""
    return [d for d in drafts if not since_when_act(text, d.trigger.start)]
