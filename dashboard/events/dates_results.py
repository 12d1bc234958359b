"""A quarter or half whose results are told as still to be reported.

"The company will report third-quarter earnings next week", written on Oct. 26, 1989, is
about the third quarter of 1989, which ended in September: a period's results (earnings,
profit, figures) can only be reported once it has ended (IAS 34 Interim Financial
Reporting §1, §20; the IMF's Special Data Dissemination Standard for national figures), and
they are out within a quarter of its end (SEC Form 10-Q: 40 to 45 days; EU Transparency
Directive 2004/109/EC art. 5 as amended by 2013/50/EU: three months for a half-year). The
future verb looks ahead to the report, not to the period, so reading the quarter "by
direction" as the next third quarter (1990's) is wrong. TimeML values the expression by
what it refers to (TimeML Annotation Guidelines 1.2.1, TIMEX3 value), here 1989-Q3.

The rule: a quarter or half with no year, the object (or the modifier of the object) of a
reporting verb told ahead, with a results noun, is the latest such period already over by
publication, provided it ended no more than a quarter (92 days) before it; otherwise the
reader's own reading stands ("will report fourth-quarter results in January", written in
October, is this year's fourth quarter, which ends before the report).

The verbs and the nouns are data: ``data/lexicon/period_results.csv``, a source per row.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from dashboard.events.dates_common import month_span
from dashboard.events.lexicon import sourced_rows
from dashboard.events.tokens import verb_forms

# how long after its end a period's results are out: one quarter (see the module docstring)
REPORT_LAG_DAYS = 92

_DET = r"(?:(?:its|their|the|his|her|our|a|[A-Z][\w.&-]*['’]s)\s+)?"
_ADJ = r"(?:(?:net|operating|quarterly|interim|financial|preliminary|final)\s+)?"
# "report [its] third-quarter earnings": the verb right before the period, a results noun
# right after it
_VERB_BEFORE = re.compile(rf"\b(?P<verb>[a-z]+)\s+{_DET}$")
# (one topic word may stand between: "report September trade figures")
_NOUN_AFTER = re.compile(rf"^\s*{_ADJ}(?P<noun>[a-z]+)\b(?:\s+(?P<noun2>[a-z]+)\b)?")
# "report [its] results for the fourth quarter": verb, results noun, "for"/"of", the period
_VERB_NOUN_FOR = re.compile(rf"\b(?P<verb>[a-z]+)\s+{_DET}{_ADJ}(?P<noun>[a-z]+)\s+(?:for|of)\s+$")
# the passive, the period in its subject: "Figures for September will be released",
# "The September jobs data are due to be published" (a future "be" + reporting participle)
_TO_BE = r"\s+(?:will|(?:is|are)\s+(?:due|expected|scheduled|set)\s+to|(?:is|are)\s+to)\s+be\s+(?P<verb>[a-z]+)\b"
_NOUN_FOR_LEFT = re.compile(r"\b(?P<noun>[A-Za-z]+)\s+(?:for|of)\s+(?:the\s+)?$")
_PASSIVE_AFTER_NOUN = re.compile(rf"^{_TO_BE}")
_NOUN_PASSIVE_RIGHT = re.compile(rf"^\s*{_ADJ}(?:[a-z]+\s+)?(?P<noun>[a-z]+){_TO_BE}")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """(reporting verb lemmas, results nouns) from ``period_results.csv``."""
    rows = sourced_rows("period_results.csv", "word", "kind")
    verbs = frozenset(r["word"].lower() for r in rows if r["kind"] == "verb")
    nouns = frozenset(r["word"].lower() for r in rows if r["kind"] == "noun")
    return verbs, nouns


def _reporting(word: str) -> bool:
    forms = verb_forms(word.lower())
    return forms is not None and forms[0] in _words()[0]


def results_reported(sentence: str, start: int, end: int) -> bool:
    """Is the period at ``sentence[start:end]`` one whose results a reporting verb tells?

    Example: ``results_reported("It will report third-quarter earnings.", 15, 28) is True``;
    "It will cut jobs in the third quarter." is not (no reporting verb, no results noun).
    """
    _, nouns = _words()
    left, right = sentence[:start], sentence[end:]
    before, after = _VERB_BEFORE.search(left), _NOUN_AFTER.match(right)
    named = after and {after["noun"].lower(), (after["noun2"] or "").lower()} & nouns
    if before and named and _reporting(before["verb"]):
        return True
    around = _VERB_NOUN_FOR.search(left)
    if around and _reporting(around["verb"]) and around["noun"].lower() in nouns:
        return True
    return _reported_passive(left, right)


def _reported_passive(left: str, right: str) -> bool:
    """Is the period inside the subject of a reporting verb in the future passive? "Figures
    for September will be released", "The September trade figures are due to be published"
    (the same report of a period told ahead as the active "will release September figures")."""
    nouns = _words()[1]
    held = _NOUN_FOR_LEFT.search(left)
    if held and held["noun"].lower() in nouns and (after := _PASSIVE_AFTER_NOUN.match(right)):
        return _reporting(after["verb"])
    named = _NOUN_PASSIVE_RIGHT.match(right)
    return bool(named and named["noun"].lower() in nouns and _reporting(named["verb"]))


def latest_reported_year(pub: date, last_month: int) -> int | None:
    """The year of the latest period ending in ``last_month`` that is over by ``pub`` and
    ended no more than ``REPORT_LAG_DAYS`` before it; None when there is none.

    Example: ``latest_reported_year(date(1989, 10, 26), 9) == 1989`` (the third quarter
    ended Sept. 30); ``latest_reported_year(date(1989, 10, 26), 12) is None``.
    """
    for year in (pub.year, pub.year - 1):
        ended = month_span(year, last_month)[1]
        if ended < pub:
            return year if (pub - ended).days <= REPORT_LAG_DAYS else None
    return None
