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
from dashboard.events.dates import DateMention
from dashboard.events.tokens import verb_forms

# the relative word opening a subject's restrictive clause ("Rebels who", "the men that")
_RELATIVE = re.compile(r"\b(?:who|that|which)\s+(?:had\s+)?", re.IGNORECASE)
_SUBJECT_WORDS = 5  # words of the subject's noun phrase before its relative word


def main_verb_first(
    text: str, s: int, strong: list[Trigger], dates: list[DateMention]
) -> list[Trigger]:
    """``strong`` (sorted strongest first, offsets in ``text``) with the main clause's verb
    moved first when the first trigger is a subject relative clause's act (see the module);
    ``dates`` are the sentence's (offsets from ``s``). Example: "Rebels who seized the town
    on February 19 attacked a post on Tuesday" -> [attacked, Rebels who seized]."""
    if len(strong) < 2:
        return strong
    rel = strong[0]
    opened = _RELATIVE.search(text, s, rel.end)
    if opened is None or len(text[s : opened.start()].split()) > _SUBJECT_WORDS:
        return strong  # no relative clause on the sentence's subject before the act
    if any(c in text[s : rel.start] for c in ",;:"):
        return strong
    for main in strong[1:]:
        if main.start <= rel.end or not _past_finite(main):
            continue
        own = [dm for dm in dates if rel.end <= s + dm.start and s + dm.end <= main.start]
        after = [dm for dm in dates if s + dm.start >= main.end]
        if own and after and not text[s + own[-1].end : main.start].strip():
            return [main, *[t for t in strong if t is not main]]
    return strong


def _past_finite(t: Trigger) -> bool:
    """Does the trigger open with a past-tense verb ("attacked a post")?"""
    forms = verb_forms(t.text.split()[0].lower())
    return forms is not None and "VBD" in forms[1]
