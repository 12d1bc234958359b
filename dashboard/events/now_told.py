"""An undated act whose sentence speaks from the time of writing does not continue a story
told with a year.

``coreference._link_narratives`` gives an event with no date of its own the date of an
earlier event that shares a place or a name with it. A background paragraph told with a
written year ("In August 2017, gunmen killed 40 worshippers in Kunduz") is a flashback; a
later sentence that points at the time of writing ("The governor said last week's attack
showed ...") has returned to the news: a deictic expression is valued from the document
creation time, not from a date told in the text (TimeML Annotation Guidelines 1.2.1, TIMEX3
``anchorTimeID``), so that sentence is told in the report's own time (Reichenbach 1947: its
reference time is the speech time's). Such a sentence does not take the year-dated date.

The deictic phrases are data (``data/lexicon/now_references.csv``, a source per row); a
weekday's possessive ("Sunday's attack") is one too, as a weekday is valued from the
document's week.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.events.dates_common import WEEKDAYS
from dashboard.events.drafts import _Draft
from dashboard.events.lexicon import sourced_rows

# a written year in a date phrase ("In August 2017", "the 2019 floods", "March 3, 2020")
_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")


@lru_cache(maxsize=1)
def _now_pattern() -> re.Pattern[str]:
    """The deictic phrases (``now_references.csv``) and weekday possessives, as one pattern.

    Raises ValueError naming the row when a row has no phrase or no source."""
    rows = sourced_rows("now_references.csv", "phrase")
    phrases = sorted((r["phrase"].strip() for r in rows), key=len, reverse=True)
    alternation = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    weekdays = "|".join(WEEKDAYS)
    return re.compile(rf"\b(?:{alternation}|(?:{weekdays})['’]s)\b", re.IGNORECASE)


def year_dated(e: _Draft) -> bool:
    """Whether every date reading of ``e`` is written with a year ("In August 2017")."""
    return bool(e.readings) and all(
        r.text is not None and _YEAR.search(r.text) for r, _ in e.readings
    )


def speaks_from_now(text: str, d: _Draft) -> bool:
    """Whether ``d``'s sentence holds a deictic time phrase ("last week's attack", "today").

    >>> bool(_now_pattern().search("The governor said last week's attack showed it"))
    True
    """
    s, e = d.evidence[0]
    # the evidence may be one clause of the sentence ("..., and he threatened ..."): the
    # deictic phrase may stand in the clause before it
    start = max(text.rfind(". ", 0, s) + 2, text.rfind("\n", 0, s) + 1, 0)
    return _now_pattern().search(text, start, e) is not None


def back_to_now(text: str, earlier: _Draft, d: _Draft) -> bool:
    """Whether undated ``d`` leaves the year-dated story of ``earlier`` for the time of
    writing: ``earlier`` is dated only with written years and ``d``'s sentence speaks from
    now. The caller then does not give ``d`` ``earlier``'s date."""
    return year_dated(earlier) and speaks_from_now(text, d)
