"""A day named as the object of a verb of naming is no time adjunct: in "The military called
Tuesday a black day" Tuesday is what was called a black day, not when the calling happened,
and "The cabinet declared Monday a public holiday" tells no act on Monday.

Quirk et al. 1985 §16.44 (complex-transitive complementation): after a verb such as "call",
"dub" or "declare" a noun phrase is the direct object when an object complement follows it
("a black day"). A bare day after such a verb is an adjunct when no complement follows
("called Tuesday for calm", the wire's "said Tuesday"), so the rule needs both: the verb
just before the day (``data/lexicon/day_object_verbs.csv``, rows of kind ``verb``) and a
complement right after it headed by a noun of days (rows of kind ``head``: "a black day",
"a day of mourning"). TimeML still marks the day a DATE (Sauri et al. 2006); only the
event's date leaves it.
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.dates import DateMention
from dashboard.events.lexicon import sourced_rows
from dashboard.events.non_events import named_by_date
from dashboard.events.tokens import verb_forms

_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


@cache
def _rows(kind: str) -> frozenset[str]:
    """The words of ``day_object_verbs.csv`` of ``kind`` ("verb" or "head").

    Raises ``ValueError`` for a row without its word, kind or source."""
    rows = sourced_rows("day_object_verbs.csv", "word", "kind")
    return frozenset(r["word"].lower() for r in rows if r["kind"] == kind)


@cache
def _complement() -> re.Pattern[str]:
    """An object complement headed by a noun of days, up to four words before its head."""
    heads = "|".join(sorted(_rows("head"), key=len, reverse=True))
    return re.compile(
        rf"\s+(?:as\s+)?(?:a|an|the)\s+(?:[\w'-]+\s+){{0,4}}?(?:{heads})s?\b", re.IGNORECASE
    )


def day_as_object(sent: str, mention: DateMention) -> bool:
    """Whether the one-day ``mention`` of ``sent`` is the object of a verb of naming with a
    complement of days after it ("called Tuesday a black day"): then it dates no act."""
    if mention.range.precision != 1:
        return False
    before = _WORD_BEFORE.search(sent, max(0, mention.start - 30), mention.start)
    forms = verb_forms(before.group(1).lower()) if before is not None else None
    if forms is None or forms[0] not in _rows("verb"):
        return False
    return _complement().match(sent, mention.end) is not None


def adjunct_dates(sent: str, dates: list[DateMention]) -> list[DateMention]:
    """``dates`` of ``sent`` without those that date no act of it: a day naming an earlier
    happening ("Veterans of the 1971 war marched", ``named_by_date``) and a day that is the
    object of a verb of naming (``day_as_object``)."""
    return [d for d in dates if not (named_by_date(sent, d.start, d.end) or day_as_object(sent, d))]
