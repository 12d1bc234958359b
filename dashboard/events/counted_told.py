"""An act told as a count after a happening a sentence before named again by a definite
noun: "Rebels took the port on June 9. Two days after the port fell, a ferry was shelled"
(June 11), "... The day after the raid, a patrol was ambushed".

``dates_counted_after`` moves a day told inside the "after" phrase. When the phrase holds no
day but names its happening by a definite noun or a possessive (Halliday and Hasan 1976,
ch. 2: reference by a definite determiner points back to what was told), its anchor is the
act told just before, and TimeML 1.2.1 values the phrase as that act's day moved by the
count, as it does "two days after March 3". Only a single-day anchor told in the same
sentence or the one just before is taken, so a count after a happening told long ago, or
dated only by month, moves nothing.

A counted "after" of whole days also sets the act apart from the happening its phrase
names: "The day after the bombing, a patrol was ambushed" is not the bombing told again
(``coreference._antecedent``), unless the act is itself a definite mention ("Two days after
the attack, officials said the bombing killed 30" tells the bombing again).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from dashboard.events.cameo import Trigger
from dashboard.events.counted_before import counted_back
from dashboard.events.dates import DateMention
from dashboard.events.dates_counted_after import (
    _PHRASE_END,
    COUNTED_AFTER,
    _days,
    _moved,
    follow_up_day,
)
from dashboard.events.drafts import _Draft
from dashboard.events.lexicon import word_class
from dashboard.model import DateRange


def follow_up(
    text: str,
    s: int,
    end: int,
    main: Trigger,
    dates: list[DateMention],
    free: list[DateRange],
    earlier: list[_Draft],
) -> list[DateRange]:
    """``dates_counted_after.follow_up_day``, then, with no day found, a count after the
    happening told just before (``counted_after_told``)."""
    found = follow_up_day(text, s, end, main, dates, counted_back(text, s, end, main, dates, free))
    return counted_after_told(text, s, end, main, found, earlier)


def counted_after_told(
    text: str, s: int, end: int, main: Trigger, free: list[DateRange], earlier: list[_Draft]
) -> list[DateRange]:
    """The day of ``main`` (sentence ``text[s:end]``, no day of its own: ``free`` empty) told
    as a count after a happening named by a definite noun, ``[anchor day moved]``; the anchor
    is the last of ``earlier`` (the drafts told before). ``free`` unchanged otherwise.
    Example: "... on June 9. Two days after the port fell, a ferry was shelled" is June 11."""
    if free or not earlier:
        return free
    anchor = earlier[-1]
    if not anchor.readings or not _just_before(text, s, anchor):
        return free
    day = anchor.readings[0][0]
    for m in COUNTED_AFTER.finditer(text, s, end):
        days = _days(m)
        close = _PHRASE_END.search(text, m.end(), end)
        if m.start() <= main.start < (close.start() if close is not None else end):
            continue  # "came two weeks after that strike": the act is the phrase's own noun
        if days is None or days[0] < 1 or day.precision != 1:
            continue  # no whole day to move by
        if not _back_reference(text, m.end()):
            continue  # "two days after a bomb exploded": a happening not told before
        phrase = " ".join(text[m.start() : m.end()].split())
        moved = _moved(day, days, f"'{phrase}' the act told before: {day.reason}")
        return [replace(moved, text=phrase)]
    return free


def _just_before(text: str, s: int, anchor: _Draft) -> bool:
    """Is ``anchor`` told in the sentence opening at ``s`` or in the one just before it
    (only whitespace between its evidence and ``s``)?"""
    if anchor.trigger.start >= s:
        return True
    ends = [e for _, e in anchor.evidence if e <= s]
    return bool(ends) and not text[max(ends) : s].strip()


def _back_reference(text: str, at: int) -> bool:
    """Does the noun phrase opening at ``at`` refer back: a definite determiner or a
    possessive ("the attack", "its capture", "the army's retreat")?"""
    # a determiner before its noun, not a bare "after that," the narrative reader counts
    m = re.compile(r"\s*([A-Za-z]+)(['’]s)?(?=\s+[A-Za-z])").match(text, at)
    if m is None:
        return False
    return m.group(1).lower() in _back_words() or (m.group(2) is not None)


@cache
def _back_words() -> frozenset[str]:
    """The ``BACK_REFERENCE`` determiners of ``classes.csv``."""
    return word_class("BACK_REFERENCE")


def counted_anchor(text: str, ref: tuple[int, int], act_start: int) -> bool:
    """Is the definite mention at ``ref`` (its start and end) the anchor of a counted "after"
    phrase of whole days before the act at ``act_start`` ("The day after the raid, a
    patrol was ambushed": "the raid" is what the ambush followed, not the ambush told
    again)? Such a mention refers back, but the act is another happening a day or more on."""
    ref_start, ref_end = ref
    if ref_end > act_start:
        return False  # "came two weeks after that strike": the mention is the act itself
    window = max(0, ref_start - 40)
    for m in COUNTED_AFTER.finditer(text, window, ref_start + 1):
        days = _days(m)
        if days is None or days[0] < 1 or not m.end() <= ref_start < act_start:
            continue
        if not text[m.end() : ref_start].strip() or _back_reference(text, m.end()):
            return True
    return False
