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
