"""Happenings a sentence only mentions, which are no card of the report's own.

1. An act told inside "the first time ... since X" restates the act just told.

"A drone entered the country's airspace on Saturday. It was the first time a drone had
entered its airspace since September 2023." The second sentence ranks Saturday's entry
among the entries since September 2023: "the first time" is a noun phrase whose relative
clause names the occasion compared (Huddleston and Pullum 2002, ch. 13 §4.3, a superlative
or ordinal's domain is given by its modifier), and its subject ("It", or the clause the
apposition follows) is the act told before. TimeML 1.2.1 gives "since September 2023" no
event of its own here: it bounds the span over which the act is the first, so the clause's
verb is a coreferent mention of the earlier act, and the span is no date of an act (a card
from September 2023 to publication would be a long act the text never tells). The fronted
adverbial "For the first time since 2019, rebels shelled the city" is the act itself and is
left as it is.

2. A past happening named with its year on its noun and used as another predicate's
complement or as a modifier ("accused of helping plan the 2008 hotel attacks", "survivors of
the 1994 genocide", "the 2015 attacks trial") is a name for background, not an act the report
tells: TimeML 1.2.1 tags such a nominal an EVENT only as the argument it is, anchored to its
year, and ACLED codes an event from the report of its own occurrence, not from a later
report's reference to it. A nominal that is its own clause's subject ("The 2008 hotel
attacks killed 166 people") still tells the happening and keeps its year.
"""

from __future__ import annotations

import re
from datetime import date

from dashboard.events.cameo import Trigger
from dashboard.events.tokens import is_noun, verb_forms
from dashboard.model import DateRange

# "It was the first time", "This marks the only time", ", the first time that": a copula or
# a comma right before the ranking noun phrase (not "for the first time", an adverbial)
_RANKED_TIME = re.compile(
    r"(?:\b(?:was|is|were|are|marks|marked|became|becomes)\s+(?:also\s+|only\s+)?|,\s+)"
    r"(?:the|its|their)\s+(?:first|second|third|fourth|fifth|only|last)\s+"
    r"(?:such\s+)?(?:time|occasion|instance)\b",
    re.IGNORECASE,
)
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
_REACH = 120  # characters from the ranking phrase to the act it holds


def ranked_restatement(text: str, trigger: Trigger, sentence: tuple[int, int]) -> bool:
    """Whether ``trigger`` stands in the clause of "the first time ... since X" within its
    ``sentence`` (start, end offsets): "It was the first time rebels had shelled the city
    since January 2023" (True for "shelled"). "Troops fired on demonstrators on Monday, the
    first time soldiers had fired on a crowd since 2018" is True for the second "fired" only;
    "For the first time since 2019, rebels shelled the city" is False (no copula or comma
    before "the first time")."""
    s, e = sentence
    for m in _RANKED_TIME.finditer(text, s, e):
        if not m.end() <= trigger.start <= m.end() + _REACH:
            continue
        if ";" in text[m.end() : trigger.start]:
            continue
        if _SINCE.search(text, m.end(), e):
            return True
    return False


# "the 2008 Mumbai", "their 1994": a determiner and a year right before the trigger's noun,
# with up to three names and one modifier between
_YEAR_ON_NOUN = re.compile(
    r"\b(?:the|its|their|his|her)\s+(?P<year>1[6-9]\d\d|20\d\d)\s+"
    r"(?:[A-Z][\w'’.-]*\s+){0,3}(?:[a-z-]+\s+)?$"
)
# words that take the noun phrase as their complement ("accused over", "survivors of")
_PREPOSITIONS = frozenset(
    "of over for in on after since during about with behind against from by to".split()
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s*$")
_WORD_AFTER = re.compile(r"\s*([a-z]+)")


def _complement(text: str, s: int, at: int) -> bool:
    """Whether the noun phrase opening at ``at`` (sentence from ``s``) is a preposition's or a
    verb's complement: the word right before it is a preposition or a lowercase verb form."""
    m = _WORD_BEFORE.search(text, max(s, at - 30), at)
    if m is None:
        return False
    word = m.group(1)
    return word.lower() in _PREPOSITIONS or (word.islower() and verb_forms(word) is not None)


def _modifier(text: str, end: int) -> bool:
    """Whether a noun right after the trigger's end makes the trigger its modifier ("the 2015
    attacks trial"): a noun that is no past or -s verb."""
    m = _WORD_AFTER.match(text, end)
    if m is None or not is_noun(m.group(1)):
        return False
    forms = verb_forms(m.group(1))
    return forms is None or not forms[1] & {"VBD", "VBZ"}


def named_past(
    text: str, trigger: Trigger, sentence: tuple[int, int], readings: list[DateRange], pub: date
) -> bool:
    """Whether ``trigger`` is a happening's noun dated only by a past year written on it and
    used as a complement or a modifier: "accused of helping plan the 2008 hotel attacks"
    (True), "The 2008 hotel attacks killed 166 people" (False: the clause's subject)."""
    m = _YEAR_ON_NOUN.search(text, max(sentence[0], trigger.start - 60), trigger.start)
    if m is None or int(m["year"]) >= pub.year:
        return False
    if any(r.start.year != int(m["year"]) for r in readings):
        return False  # a date of its own beside the year
    return _complement(text, sentence[0], m.start()) or _modifier(text, trigger.end)


def mentioned_only(
    text: str,
    trigger: Trigger,
    sentence: tuple[int, int],
    readings: list[DateRange],
    pub: date | None,
) -> bool:
    """Whether ``trigger`` is a happening its sentence only mentions (``ranked_restatement``,
    ``named_past``): background, no card of the report's own."""
    return ranked_restatement(text, trigger, sentence) or (
        pub is not None and bool(readings) and named_past(text, trigger, sentence, readings, pub)
    )
