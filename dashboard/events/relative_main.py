"""The main clause's act first when the strongest trigger sits in a relative clause on the
subject and each clause has a day of its own: "Rebels who seized the town on February 19
attacked a police post on Tuesday" tells the attack on Tuesday.

A restrictive relative clause on the subject identifies its noun; the sentence asserts the
main clause's predicate (Quirk et al. 1985 §17.8, §17.14), and TimeML 1.2.1 anchors each
event to its own TIMEX3: February 19 is the seizure's, Tuesday the attack's. The lexicon
weighs triggers by how much of the pattern they match, so a relative clause's act may
outweigh the main verb (a longer clause leaves the verb's subject pattern unmatched) and
the card took the clause's act and day under the main clause's summary. Only when the main
verb, past and finite, follows the clause's own date at once and has a date of its own
after it; "Rebels who seized the town attacked a post" (no day in the clause) and "Police
who arrested him on Tuesday said" (no day after the verb) keep their order.
"""

from __future__ import annotations

import re

from dashboard.events.cameo import Trigger
from dashboard.events.date_scope import in_relative_before
from dashboard.events.dates import DateMention
from dashboard.events.tokens import verb_forms

# the relative word opening a subject's restrictive clause ("Rebels who", "the men that")
_RELATIVE = re.compile(r"\b(?:who|that|which)\s+(?:had\s+)?", re.IGNORECASE)
_SUBJECT_WORDS = 5  # words of the subject's noun phrase before its relative word


def main_verb_first(
    text: str, s: int, strong: list[Trigger], dates: list[DateMention]
) -> list[Trigger]:
    """``strong`` (sorted strongest first, offsets in ``text``) with the main clause's verb
    moved first when a stronger trigger is the subject's or its relative clause's (see the module);
    ``dates`` are the sentence's (offsets from ``s``). Example: "Rebels who seized the town
    on February 19 attacked a post on Tuesday" -> [attacked, Rebels who seized]."""
    if len(strong) < 2:
        return strong
    for main in strong[1:]:
        opened = _RELATIVE.search(text, s, main.start)
        if opened is None or not _past_finite(main):
            continue
        subject = text[s : opened.start()].split()
        if len(subject) > _SUBJECT_WORDS or any(_past(w) for w in subject):
            continue  # no relative clause on the sentence's subject ("said that" opens none)
        if any(c in text[s : main.start] for c in ",;:"):
            continue  # a clause break: the act may open another clause
        own = [dm for dm in dates if opened.end() <= s + dm.start and s + dm.end <= main.start]
        after = [dm for dm in dates if s + dm.start >= main.end]
        if own and after and not text[s + own[-1].end : main.start].strip():
            return [main, *[t for t in strong if t is not main]]
    return strong


def _past_finite(t: Trigger) -> bool:
    """Does the trigger open with a past-tense verb ("attacked a post")?"""
    return _past(t.text.split()[0])


def _past(word: str) -> bool:
    forms = verb_forms(word.lower().strip(".,;:\"“”'’"))
    return forms is not None and "VBD" in forms[1]


def relative_own_day(
    text: str, s: int, main: Trigger, t: Trigger, dates: list[DateMention]
) -> bool:
    """Whether the act ``t`` stands in a relative clause on the subject before ``main`` while
    ``main`` has a date of its own after it ("Nurses who walked out on June 3 marched on the
    ministry on Tuesday"): then ``t``'s date is its own, not ``main``'s though the two acts
    are of one kind; with no date after ``main`` ("Protesters who gathered on Monday
    clashed with police") the clause's day stays the sentence's."""
    return in_relative_before(text, s, main, t.start) and any(
        s + dm.start >= main.end for dm in dates
    )
