"""A date told inside a participle clause on the sentence's subject belongs to the participle.

"Police deployed to the northern border last week fired tear gas on Tuesday": "deployed to
the northern border last week" is a reduced relative on "Police" (Quirk et al. 1985 §17.28,
a past participle postmodifying its noun), and TimeML 1.2.1 anchors a TIMEX3 to the event of
its own clause, so "last week" dates the deployment, not the firing. The regex reading in
``date_clauses.relative_before`` knows a short list of participles and places written with a
capital; this module reads any past participle (lemminflect's VBN) with any prepositional
adjunct before the date, and asks what that reading asks too: right after the date's words
the main clause's finite verb follows, which is what makes the participle no finite verb of
its own ("Police deployed to the border last week, firing tear gas" has none).
"""

from __future__ import annotations

import re

from dashboard.events.dates_common import MONTHS, WEEKDAYS
from dashboard.events.gap_subject import SUBORDINATORS
from dashboard.events.tokens import is_noun, verb_forms

_WORD = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,]*|[,;:()\"“”—–]")
# words that make the stretch before the participle no bare subject noun phrase, or that
# open a clause of its own (an auxiliary makes the participle a verb group: "were deployed")
_NOT_SUBJECT = (
    frozenset(
        "was were been being had has have having is are am be and but or that which who whom "
        "whose then also not never just only already reportedly allegedly they them he she it we "
        "i you said says told say".split()
    )
    | SUBORDINATORS
)
# prepositions that open the participle's adjunct (Quirk et al. 1985 §9.7, simple prepositions)
_PREPOSITIONS = frozenset(
    "in to into from at near on during across along outside inside over under by with for "
    "since after before through throughout around off onto toward towards between among "
    "against".split()
)
# the words a date phrase is made of, skipped on the way to the main clause's verb
_DATE_WORDS = (
    frozenset(
        "in on at since during from until last this next early late mid the of week weeks month "
        "months year years day days night morning evening afternoon weekend today yesterday ago "
        "spring summer autumn fall winter earlier".split()
    )
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
)
# finite operators that open a main clause's verb group after the subject
_OPERATORS = frozenset("will would can could may might must shall should did does do".split())
_SUBJECT_WORDS = 5  # determiners, modifiers and the head of a subject noun phrase
_ADJUNCT_WORDS = 8  # the participle's own prepositional phrase before the date


# participles that date a document the act is done by ("The warrant issued Monday charged
# him", "said in the letter, dated Monday"): the document's date is the act's own, since
# the act is done by issuing it (TimeML 1.2.1: the nominal and the act it performs share
# their time)
DOCUMENT_PARTICIPLES = frozenset(
    "issue date publish release sign write post file send deliver broadcast air".split()
)


def _participle(word: str) -> bool:
    """A lowercase past participle (Penn VBN) that dates no document: "deployed", "sent"."""
    forms = verb_forms(word)
    return (
        word.islower()
        and forms is not None
        and "VBN" in forms[1]
        and forms[0] not in DOCUMENT_PARTICIPLES
    )


def _finite(word: str) -> bool:
    """A finite verb that opens a main clause's predicate and is no noun ("fired", "went",
    "were", "has", "will"); "sanctions" and "protests" are nouns as often as verbs."""
    low = word.lower()
    if low in _OPERATORS:
        return True
    forms = verb_forms(low)
    if forms is None or not forms[1] & {"VBD", "VBZ", "VBP"}:
        return False
    return low in ("was", "were", "is", "are", "has", "have", "had") or not is_noun(low)


def finite_word_at(text: str, at: int) -> bool:
    """Whether the word at ``at`` is a finite verb that is no noun (``_finite``): "fired" in
    "… last week fired tear gas", not "protests" in "last month's protests"."""
    m = _WORD.match(text, at)
    return m is not None and _finite(m.group())


def _subject_then_participle(words: list[str]) -> int | None:
    """Where the participle stands after a bare subject noun phrase opening ``words`` (1 to
    ``_SUBJECT_WORDS`` words, no clause word, comma or finite verb), or None."""
    for k in range(1, min(len(words), _SUBJECT_WORDS + 1)):
        head = words[:k]
        if any(not w[:1].isalnum() or w.lower() in _NOT_SUBJECT for w in head):
            return None
        if _participle(words[k]):
            return k
        if words[k].islower() and _finite(words[k]):
            return None  # "Police fired …": the subject's own finite verb
    return None


def _adjunct(words: list[str]) -> bool:
    """The participle's own adjunct up to the date: empty, or a prepositional phrase of at
    most ``_ADJUNCT_WORDS`` words with no clause word, comma or past verb of its own."""
    if not words:
        return True
    if words[0].lower() not in _PREPOSITIONS or len(words) > _ADJUNCT_WORDS:
        return False
    for w in words:
        low = w.lower()
        if not w[:1].isalnum() or low in _NOT_SUBJECT:
            return False
        forms = verb_forms(low)
        if w.islower() and forms is not None and "VBD" in forms[1] and not is_noun(low):
            return False  # "deployed to the border fired …": the main verb comes before the date
    return True


def _main_verb_after(words: list[str]) -> bool:
    """After the date's words (and a possessive date's head noun: "last month's protests"),
    the next word is the main clause's finite verb."""
    nouns = 0
    possessive = False
    for w in words:
        low = w.lower()
        base = re.sub(r"['’]s$", "", low)
        if base in _DATE_WORDS or low[:1].isdigit():
            possessive = possessive or base != low
            continue
        if possessive and nouns < 2 and is_noun(low) and not _finite(low):
            nouns += 1
            continue
        return _finite(w)
    return False


def participle_date(text: str, s: int, at: int, stop: int) -> bool:
    """Whether the date at ``at`` (before the trigger at ``stop``, in the sentence opening at
    ``s``) stands in a participle clause on the subject: "Police deployed to the northern
    border last week fired tear gas on Tuesday" (the deployment's week), "Activists detained
    during last month's protests went on hunger strike on Wednesday". Not "Police fired tear
    gas last week" (a finite verb), nor "Police deployed to the border last week, firing tear
    gas" (no finite verb after the date)."""
    before = _WORD.findall(text, s, at)
    k = _subject_then_participle(before)
    if k is None or not _adjunct(before[k + 1 :]):
        return False
    return _main_verb_after(_WORD.findall(text, at, stop + 20))
