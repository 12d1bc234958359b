"""How a person named once is named again: by the family name, which opens a Korean or
Chinese name ("President Yoon Suk Yeol ... Yoon withdrew the order": Chicago Manual of
Style 8.15-8.16) and ends a Western one; and a name cut by the sentence splitter at a
middle initial ("President George W. | Bush visited Baghdad"), whose surname opens the
next chunk.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from dashboard.events.dates_common import MONTHS, WEEKDAYS
from dashboard.events.lexicon import sourced_rows, word_class

if TYPE_CHECKING:
    from dashboard.events.actors import Actor


@cache
def family_first() -> frozenset[str]:
    """The family names of ``data/lexicon/family_first_surnames.csv`` (Korean and Chinese
    names in English news put them first)."""
    return frozenset(r["surname"] for r in sourced_rows("family_first_surnames.csv", "surname"))


def surnames(name: str) -> tuple[str, ...]:
    """The words a later sentence may name the person ``name`` by: its last word, and its
    first word too when that is a family name written first ("Yoon Suk Yeol" -> ("Yeol",
    "Yoon")); a one-word name is itself.

    >>> surnames("Yoon Suk Yeol"), surnames("Emmanuel Macron"), surnames("Putin")
    (('Yeol', 'Yoon'), ('Macron',), ('Putin',))
    """
    words = name.split()
    if len(words) > 1 and words[0] in family_first():
        return (words[-1], words[0])
    return (words[-1],) if words else ()


# a name ending on a middle initial ("George W."): the splitter ends a sentence at "W. " when
# a capital follows, so the surname opens the next chunk
_INITIAL_END = re.compile(r"\s[A-Z]\.$")
# the surname that opens the chunk after the cut, a capitalised word (its possessive allowed)
_SURNAME_OPENS = re.compile(r"[A-Z][a-z'’-]+(?=['’]s\b|[\s,.;:]|$)")


def cut_at_initial(name: str, name_end: int, sentence: str) -> bool:
    """Does the person ``name``, ending at ``name_end`` in ``sentence``, end on a middle
    initial that also ends the sentence ("President George W.")? Then the sentence was cut
    inside the name, not after it (an initial is no sentence end: AP Stylebook, "middle
    initials")."""
    return _INITIAL_END.search(name) is not None and not sentence[name_end:].strip()


def surname_opening(sentence: str) -> tuple[int, str] | None:
    """The offset in ``sentence`` and the text of the capitalised word opening it, which
    completes a name cut at its middle initial in the chunk before (``cut_at_initial``);
    None when the chunk opens with no such word or with a function word ("The", "He")."""
    m = _SURNAME_OPENS.match(sentence, len(sentence) - len(sentence.lstrip()))
    if m is None or m.group().lower() in word_class("ENGLISH_FUNCTION"):
        return None
    return m.start(), m.group()


def completed(cut: Actor | None, sentence: str, offset: int) -> Actor | None:
    """The person ``cut`` (named at the end of the chunk before, up to a middle initial:
    ``cut_at_initial``) with the surname opening ``sentence`` (article offset ``offset``)
    added to the name and the span set on the surname; None with no cut or no surname."""
    opening = surname_opening(sentence) if cut is not None else None
    if cut is None or opening is None:
        return None
    at, surname = offset + opening[0], opening[1]
    return replace(cut, name=f"{cut.name} {surname}", start=at, end=at + len(surname))


# the word after a family name written first: a capitalised given name, which may be
# hyphenated as Korean given names are romanised ("Min-ho")
_GIVEN_AFTER = re.compile(r"\s(?P<given>[A-Z][a-z]+(?:-[A-Za-z][a-z]*)?)\b")


def namesake(sentence: str, end: int, name: str) -> bool:
    """True when the family name ending at ``end`` in ``sentence`` opens the full name of
    another person than ``name``, the person remembered by it: the given name after it is
    none of ``name``'s words ("Park Chul-soo ... the former chief, Park Min-ho"). A family
    name written first (Chicago Manual of Style 8.16) is followed by the bearer's given name,
    so a different one names a different bearer, not the one named earlier (ACE 2005: a
    name mention refers to the entity the whole name names).

    >>> namesake("the former chief, Park Min-ho.", 22, "Park Chul-soo")
    True
    >>> namesake("Park said on Monday", 4, "Park Chul-soo"), namesake("Park Chul-soo said", 4, "Park Chul-soo")
    (False, False)
    """
    family = sentence[max(0, end - 30) : end].split()
    if not family or family[-1] not in family_first():
        return False  # a Western surname ends the name: what follows is no given name
    m = _GIVEN_AFTER.match(sentence, end)
    if m is None:
        return False
    given = m["given"]
    # "Park Monday" is no name: a calendar word is capitalised like a given name
    calendar = given.lower() in MONTHS or given.lower() in WEEKDAYS
    return given not in name.split() and not calendar
