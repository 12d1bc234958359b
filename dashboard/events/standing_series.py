"""A clause that tells a habit or a series up to now, not one happening: "Gangs routinely
rob travellers", "The mines of the valley have been the scene of repeated killings".

``narrative.is_generic`` finds habits told with adverbs of frequency and standing states; a
repetition held inside a bounded stretch ("every night for a week", "each day since
Monday") stays a run of happenings in that stretch (TimeML SET anchored to a bounded
duration, Pustejovsky et al. 2003).

The present perfect with an adjective of frequency before a plural noun ("have seen
repeated clashes", "has suffered frequent raids") tells a recurrent situation up to now
(Quirk et al. 1985 §4.22), which ACE 2005 (event guidelines 5.1) marks generic, not a
specific event: with no date phrase of its own, the clause is read as no event, where it
gave a card on the report's week. The adjectives are the ``ITERATIVE`` row of
``data/lexicon/classes.csv``; a dated series ("repeated attacks since Monday",
"repeated raids in May") is news and stays.
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.cameo import Trigger
from dashboard.events.dates import DateMention
from dashboard.events.lexicon import word_class
from dashboard.events.narrative import is_generic
from dashboard.events.ranked_referent import ranked_pronoun_complement

# "every night for a week", "each day since Monday", "every day this week": a repetition held
# inside a stretch that has an end or a recent start is a run of happenings in that stretch
# (TimeML SET anchored to a bounded duration, Pustejovsky et al. 2003), not a habit
_BOUNDED_SERIES = re.compile(
    r"\b(?:every|each)\s+(?:day|night|morning|evening|week)\s+(?:(?:for|over|during)\s+"
    r"(?:the\s+(?:past|last)\s+)?(?:a|one|two|three|four|five|six|seven|ten|\d+|several)\s+"
    r"(?:days?|nights?|weeks?)|since\s+(?:last\s+)?(?:\w+day|the\s+weekend)|"
    r"(?:this|last)\s+week)\b",
    re.I,
)


def standing(text: str, s: int, end: int, own_dates: list[DateMention]) -> bool:
    """Does the clause ``text[s:end]`` tell a habit or a recurrent series rather than one
    happening? ``own_dates`` are its date phrases; a dated recurrent series is news."""
    clause = text[s:end]
    if is_generic(clause) and not _BOUNDED_SERIES.search(text, s, end):
        return True
    return not own_dates and _recurrent_perfect().search(clause) is not None


def no_one_happening(
    text: str, s: int, end: int, own_dates: list[DateMention], strong: list[Trigger]
) -> bool:
    """Does the clause ``text[s:end]`` with its strong triggers ``strong`` tell no one happening:
    a habit or series (``standing``), or a pronoun ranked by a superlative complement ("It
    was the deadliest attack since 2004": ``ranked_referent``)?"""
    return standing(text, s, end, own_dates) or ranked_pronoun_complement(text, s, strong)


@cache
def _recurrent_perfect() -> re.Pattern[str]:
    """'have|has', up to five words, an ``ITERATIVE`` adjective and a plural noun, with at
    most one word between ("has seen repeated clashes", "have been the scene of frequent
    armed raids")."""
    adjectives = "|".join(sorted(word_class("ITERATIVE"), key=len, reverse=True))
    return re.compile(
        rf"\b(?:have|has)\s+(?:[a-z]+\s+){{0,5}}?(?:{adjectives})\s+(?:[a-z-]+\s+)?[a-z]+s\b",
        re.IGNORECASE,
    )
