"""Date phrases that name something other than the act's time: the day a declaration names
("declared Friday a day of mourning") and the period that bounds a ranking ("the first
attacks this year", "the deadliest attack this month").

TimeML 1.2.1 anchors a TIMEX3 to the event it modifies. In "declared Friday a day of
mourning" the weekday is the object of a complex-transitive verb (Quirk et al. 1985 §16.43):
the day declared, often one still ahead, not when the declaring was done. In "the first
attacks this year" the period is the postmodifier of an ordinal or superlative noun phrase
(Quirk et al. 1985 §5.116, §7.84): it bounds the set compared, so a card for the whole year
would claim a precision (ACLED time precision 3) the text never gives the act. A day after
"for" that closes such a day's noun phrase ("declared a day of mourning for Tuesday") is that
day's postmodifier (Quirk et al. 1985 §17.41: a prepositional phrase postmodifying a noun),
the day set apart, not the time of declaring. The words are data
(``data/lexicon/date_domains.csv``).

Only a deictic period bounds a ranking here ("this year", valued from the publication date,
TimeML 1.2.1 TIMEX3): it is the running period news compares an act against. A calendar
period the text names ("its last major battle in August 2022") holds the act on either
reading, as the set's member or as the verb's adverbial, so it dates the act; so does a month
named without its year ("closed its last open crossing in December"), which is a calendar
period too, though its year is found from publication.
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.dates import DateMention
from dashboard.events.dates_common import MONTHS
from dashboard.events.lexicon import role_words

_WIDE = frozenset({3, 4})  # a month or longer (ACLED time precision 3 and 4)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The naming verb right before a date, the day-noun complement right after it, a
    ranking noun phrase (up to four words, no clause break, no "of") right before it, and a
    day-noun phrase closing on "for" right before it."""
    naming = re.compile(rf"\b(?:{role_words('date_domains.csv', 'naming')})\s+$", re.I)
    head = role_words("date_domains.csv", "named_head")
    named = re.compile(rf"\s+(?:as\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{head})s?\b", re.I)
    rank = role_words("date_domains.csv", "ranking")
    # no "of" between: "the first half of the 20th century" is a part of the period, one
    # TIMEX3 (TimeML 1.2.1, mod START), not a ranking the period bounds
    ranked = re.compile(
        rf"\b(?:the|its|their|this|a)\s+(?:{rank})\s+(?:(?!of\b)[\w-]+\s+){{1,4}}$",
        re.IGNORECASE,
    )
    # "a day of national mourning for Tuesday", "a public holiday for Monday"
    set_apart = re.compile(rf"\b(?:{head})s?\b(?:\s+[\w-]+){{0,3}}?\s+for\s+$", re.IGNORECASE)
    return naming, named, ranked, set_apart


def names_other(text: str, s: int, dm: DateMention) -> bool:
    """Whether the date ``dm`` of the sentence at ``s`` (offsets into ``text[s:]``) names a
    day a declaration names or bounds a ranking, rather than dating the act.

    >>> from datetime import date
    >>> from dashboard.events.dates import find_dates
    >>> t = "The president declared Friday a day of mourning."
    >>> names_other(t, 0, find_dates(t, date(2025, 3, 13))[0])
    True
    """
    naming, named, ranked, set_apart = _patterns()
    at, end = s + dm.start, s + dm.end
    if naming.search(text, max(0, at - 20), at) and named.match(text, end):
        return True
    if dm.range.precision == 1 and set_apart.search(text, max(0, at - 50), at):
        return True  # "declared a day of mourning for Tuesday": the day set apart
    # "its last battle in August 2022": a named calendar period holds the ranked act itself
    wide = dm.range.precision in _WIDE and not _names_month(dm.text)
    return dm.relative and wide and bool(ranked.search(text, max(0, at - 60), at))


def _names_month(phrase: str) -> bool:
    """Whether the date phrase names a calendar month ("in December", "late March"): a
    calendar period the text names, not a deictic one ("this year")."""
    return any(w.strip(".,").lower() in MONTHS for w in phrase.split())
