"""A done act told in a locative relative clause with a day of its own: "laid flowers at the
corner where two men were stabbed to death late last week", "visited the school where a
gunman killed nine pupils on Friday".

A restrictive relative clause holds a proposition of its own (Quirk et al. 1985 §17.8; "where"
opens one on a noun of place, §17.10), and TimeML 1.2.1 anchors each event to its own TIMEX3:
a day phrase after the clause's past verb dates that clause's act, as ``told_relatives``
reads "the ship that Iranian forces seized yesterday". Only the clause's shape is read here;
``told_relatives.dated_relative_act`` keeps its conditions (a past act of force, seizure or
hazard, a day of its own after the verb).
"""

from __future__ import annotations

import re

from dashboard.events.cameo import Trigger
from dashboard.events.dates import DateMention
from dashboard.events.drafts import _Draft
from dashboard.events.tokens import verb_forms

WEEK_DAYS = 6  # a week's last day after its first

# the place noun, then "where": "the corner where", "a school where"
_PLACE_HEAD = re.compile(
    r"\b(?:the|a|an|its|their|his|her|this|that)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?P<noun>[A-Za-z][\w-]*)\s+(?P<rel>where)\s+$",
    re.IGNORECASE,
)
# the passive's or perfect's auxiliary before the act's verb ("were stabbed", "had been shot")
_AUXILIARY = re.compile(r"(?:\s+(?:was|were|had|has|have|been))+\s*$", re.IGNORECASE)


def _finite(word: str) -> bool:
    forms = verb_forms(word.lower())
    return forms is not None and "VBD" in forms[1]


def where_opened(window: str) -> tuple[int, int] | None:
    """(where the place noun starts, where "where" starts) in ``window``, the text that runs
    up to the clause's act verb, when it ends in "<noun> where <subject> [auxiliary]" with a
    subject of one to four words and no finite verb of its own; else None.

    >>> where_opened("laid flowers at the corner where two men were ")
    (20, 27)
    >>> where_opened("said where the men ") is None
    True
    """
    for rel in re.finditer(r"\bwhere\s+", window, re.IGNORECASE):
        head = _PLACE_HEAD.search(window[: rel.end()])
        if head is None:
            continue
        subject = window[rel.end() :]
        aux = _AUXILIARY.search(subject)
        words = (subject[: aux.start()] if aux else subject).split()
        if 1 <= len(words) <= 4 and not any(_finite(w) for w in words):
            return head.start("noun"), head.start("rel")
    return None


def within_week(dm: DateMention) -> bool:
    """A mention of at most a week ("late last week", "last week"): ACLED's time precision 2,
    a time of the clause's own, where a month or a year may describe the place instead."""
    return (dm.range.end - dm.range.start).days <= WEEK_DAYS


def lend_scene(sec: _Draft, main: Trigger, drafts: list[_Draft]) -> None:
    """Give the act of a "where" clause that names no place of its own the place of the main
    act it follows: "laid flowers at the corner where two men were stabbed" puts the
    stabbing at the corner the visit was at (the relative clause's noun is the main act's
    locative, Quirk et al. 1985 §17.10)."""
    first = next((d for d in reversed(drafts) if d.trigger.start == main.start), None)
    if first is not None and first.location is not None:
        sec.location = first.location
        sec.location_reason = f"at the place noun of the act before it: {first.location_reason}"
