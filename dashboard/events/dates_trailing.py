"""Dates inside an aside after the act that belong to the aside: a superlative apposition
(``superlatives``) or a past participle phrase set off by a comma at the sentence's end.

"The attacks came as the two sides neared a deal to restart exports, halted since March
2023." The participle phrase after the comma postmodifies the noun before it, a
non-restrictive reduced relative (Quirk et al. 1985 §17.30, "exports, which have been halted
since March 2023"), and TimeML 1.2.1 anchors a TIMEX3 to the event of its own clause: the
span dates the halt, not the coming of the attacks. The phrase is read as the noun's only
when it runs to the sentence's end and its first word is a past participle (lemminflect's
VBN) that is no verb of saying (", the ministry said on Monday" is the telling, and its
subject comes first).
"""

from __future__ import annotations

import re

from dashboard.events.aside_closed_verb import verb_after_subject_aside
from dashboard.events.dates_common import MONTHS, WEEKDAYS
from dashboard.events.dates_participle import DOCUMENT_PARTICIPLES
from dashboard.events.superlatives import superlative_aside
from dashboard.events.tokens import is_noun, verb_forms

# a comma, a participle and the phrase it opens up to the date (no clause break between)
_TRAILING = re.compile(r"(?P<noun>[A-Za-z][\w'’-]*),\s+(?P<part>[a-z]+)\b[^,;.:()]*$")
_SAYING = frozenset("said told reported added stated announced confirmed quoted".split())
_SENTENCE_END = re.compile(r"[^,;:()]*?(?:[.!?]|$)")
# a date's own words, which end an aside rather than name a thing a participle modifies
_TIME_NOUNS = (
    frozenset(m.lower() for m in MONTHS)
    | frozenset(w.lower() for w in WEEKDAYS)
    | frozenset("year years month months week weeks day days night weekend ago".split())
)


def trailing_participle(text: str, main_start: int, at: int) -> bool:
    """Whether the date at ``at`` stands in a participle phrase set off by a comma after a
    noun, after the trigger at ``main_start``, and running to the sentence's end: "neared a
    deal to restart exports, halted since March 2023." (True); "…, the ministry said on
    Monday." and "…, killing 12 people on Monday." (False: no past participle opens them)."""
    m = _TRAILING.search(text, max(0, at - 80), at)
    if m is None or m.start("part") <= main_start:
        return False
    part = m["part"]
    forms = verb_forms(part)
    if forms is None or "VBN" not in forms[1] or part in _SAYING:
        return False
    if forms[0] in DOCUMENT_PARTICIPLES:
        return False  # "said in the letter, dated Monday": the letter's day is the saying's
    if verb_after_subject_aside(text, main_start, m.end("noun"), forms[1]):
        return False  # "The flood, the worst in decades, swept …": the subject's own verb
    noun = m["noun"]
    if noun.lower() in _TIME_NOUNS or noun.isdigit():
        # "The fighting, which began in April, continued on Monday": the comma closes an
        # aside that ended on its own date, and what follows is the main verb, no participle
        return False
    if not (noun[:1].isupper() or is_noun(noun.lower())):
        return False  # ", … fled, abandoned in May": no noun for the participle to modify
    return _SENTENCE_END.match(text, at) is not None


def aside_date(text: str, main_start: int, at: int) -> bool:
    """Whether the date at ``at`` stands in an aside after the trigger at ``main_start`` that
    dates another thing: a superlative apposition (``superlative_aside``) or a trailing
    participle phrase (``trailing_participle``)."""
    return superlative_aside(text, at) or trailing_participle(text, main_start, at)
