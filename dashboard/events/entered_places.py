"""A named town taken by an armed side, told with a verb the lexicon rows read only before a
common noun: "Rebels entered Kidal", "the rebels took Masisi on February 20", and each later
conjunct of a list of takings ("captured Sake, took Minova and entered Rubaya"): CAMEO 1.1b3
§192 occupy territory, one event per town.

The verbs and which armed words may take with them are data (``taking_verbs.csv``: a
non-state armed group that enters a town has taken it, ACLED's "non-state actor overtakes
territory"; troops that enter one stay a §154 deployment). The taker must be named before the
verb in the sentence by a word of ``classes.csv`` ARMED or TROOPS, and no police word may
stand between (police enter and take people, not towns).

Shape::

    entered_places(text, (s, e), found, mentions) -> list[Trigger]   # found + the takings
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from dashboard.events.lexicon import sourced_rows, word_class
from dashboard.events.trigger import Trigger
from dashboard.model import Mention

_TERRITORY = frozenset({"city", "admin1", "admin2", "region"})
WEIGHT = 4  # as the lexicon's "capture|overrun|recapture|retake * town" row
# the deployment row a non-state group's entering replaces ("@TROOPS * enter")
_DEPLOYED = frozenset({"154"})
# "the town of Walikale": the named town is the object through its kind noun
_KIND_OF = re.compile(
    r"(?i)the\s+(?:town|city|village|port|district|provincial capital|capital)\s+of\s+"
)
# a modal, negation or "to" before the verb: no taking told as done
_NOT_DONE = re.compile(
    r"(?i)\b(?:not|never|n't|would|could|might|may|will|to|if|unless|failed to)\s+(?:have\s+)?$"
)
_CLAUSE_MARK = re.compile(r"[,;:()]")
# the verb right after a clause mark, maybe after "and": a later predicate of a list
_OPENS_PREDICATE = re.compile(r"(?i)\s*(?:and\s+)?(?:then\s+)?")
# a preposition before the armed noun: it is no subject ("clashes with rebels")
_GOVERNED = frozenset({"with", "against", "from", "by", "of", "to", "for", "on", "at", "among"})
_POLICE = re.compile(r"(?i)\b(?:police|policemen|officers|agents|detectives)\b")


@cache
def _verbs() -> dict[str, frozenset[str]]:
    """Each taking verb form and the nouns that may take a town with it."""
    out: dict[str, frozenset[str]] = {}
    for row in sourced_rows("taking_verbs.csv", "verb", "takers"):
        words: frozenset[str] = frozenset()
        for name in row["takers"].split("|"):
            words |= word_class(name)
        out[row["verb"]] = words
    return out


def _taker_before(text: str, s: int, at: int, takers: frozenset[str]) -> bool:
    """An armed noun of ``takers`` (or its plural) as the subject of the verb at ``at``: in
    the verb's own part of the sentence ``text[s:at]``, or, when the verb opens a part of its
    own (", took Minova"), in the part before, whose subject a list of predicates shares
    (Quirk et al. 1985 §13.46); not after a preposition ("clashes with rebels"), and no police
    word."""
    parts = _CLAUSE_MARK.split(text[s:at])
    own = parts[-1]
    if _OPENS_PREDICATE.fullmatch(own) and len(parts) > 1:
        own = parts[-2]
    if _POLICE.search(own):
        return False
    previous = ""
    for w in re.findall(r"[A-Za-z]+", own.lower()):
        if (w in takers or (w.endswith("s") and w[:-1] in takers)) and previous not in _GOVERNED:
            return True
        previous = w
    return False


def _place_after(text: str, end: int, mentions: list[Mention]) -> bool:
    """A named territory right after ``end`` (maybe after "the town of")."""
    after = len(text) - len(text[end:].lstrip())
    kind = _KIND_OF.match(text, after)
    after = kind.end() if kind else after
    return any(
        m.place is not None
        and m.place.kind in _TERRITORY
        and m.start == after
        and not text.startswith("'s", m.end)  # "took Goma's mayor hostage": a person
        for m in mentions
    )


def entered_places(
    text: str, span: tuple[int, int], found: list[Trigger], mentions: list[Mention]
) -> list[Trigger]:
    """``found`` with each taking verb of ``taking_verbs.csv`` in ``text[span[0]:span[1]]``
    whose object is a named territory and whose taker is armed coded §192: a new trigger
    where none covers the verb, a §154 one on "entered" recoded (article offsets)."""
    s, e = span
    verbs = _verbs()
    out = list(found)
    for m in re.finditer(r"\b[a-z]+\b", text[s:e]):
        takers = verbs.get(m.group())
        if takers is None:
            continue
        start, end = s + m.start(), s + m.end()
        if _NOT_DONE.search(text, max(s, start - 20), start):
            continue
        if not _place_after(text, end, mentions) or not _taker_before(text, s, start, takers):
            continue
        covering = [i for i, t in enumerate(out) if t.start < end and start < t.end]
        if not covering:
            out.append(Trigger("19", WEIGHT, start, end, m.group(), "192"))
        elif len(covering) == 1 and (out[covering[0]].full or "") in _DEPLOYED:
            t = out[covering[0]]
            out[covering[0]] = replace(t, code="19", full="192")
    return out
