"""A narrative phrase ("the next day", "two days later") counts from the day its own sentence
told before it, when that day stands in an earlier clause of the sentence.

"His death was confirmed on Saturday, and the mayor declared a curfew the next day": the
phrase's reference time is the last time told before it (TimeML 1.2.1: an anchored TIMEX3's
``anchorTimeID`` is the time the phrase is understood from; TIMEN, Llorens et al. 2012,
takes the last date mentioned as the reference time). The event reader reads each clause of
such a sentence apart, so the clause "the mayor declared a curfew the next day" holds no day
and its phrase was counted from the story an earlier event told (``extract``'s ``later``),
which may lie sentences back. The date reader, given the sentence up to the phrase, counts
the phrase from the day told before it, even when the act that day dates is not read as an
event (confirming a death is no CAMEO act); that count goes first.
"""

from __future__ import annotations

from datetime import date

from dashboard.events.dates import DateMention, find_dates
from dashboard.model import DateRange


def _sentence_start(text: str, clause_start: int) -> int:
    """Where the sentence holding the clause at ``clause_start`` opens in ``text``."""
    return max(text.rfind(". ", 0, clause_start) + 2, text.rfind("\n", 0, clause_start) + 1, 0)


def counted_in_sentence(
    text: str,
    clause: str,
    clause_start: int,
    phrase: DateMention,
    pub: date | None,
    *,
    future: bool = False,
) -> DateRange | None:
    """The date narrative ``phrase`` (offsets in ``clause``, which stands at ``clause_start``
    of the article ``text``) names when counted from a date told earlier in its sentence;
    None when the clause opens the sentence, when the clause is not at ``clause_start``,
    without a publication date ``pub``, or when no earlier date of the sentence anchors it.

    >>> t = "It was found on 3 May 2024, and a curfew came the next day."
    >>> c = "a curfew came the next day."
    >>> p = next(m for m in find_dates(c, date(2024, 5, 9)) if m.continues)
    >>> counted_in_sentence(t, c, t.index(c), p, date(2024, 5, 9)).start
    datetime.date(2024, 5, 4)
    """
    if pub is None or not text.startswith(clause, clause_start):
        return None
    start = _sentence_start(text, clause_start)
    if start >= clause_start:
        return None
    end = clause_start + phrase.end
    for m in find_dates(text[start:end], pub, future=future):
        if start + m.end == end and not m.continues:
            return m.range
    return None
