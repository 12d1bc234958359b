"""The timetable future: a present-tense verb that schedules its date.

"The trial resumes Thursday", "polls close on Sunday", "the ban comes into force on Monday":
the simple present of a scheduling verb (``data/lexicon/timetable_verbs.csv``) right before
its date, after a noun subject, is the 'timetable' future (Quirk et al. 1985 §4.26), as is a
present verb with a clock time ("polls open at 7am on Sunday"). Split out of
``dates_tense``, the verb-group reader that calls these two tests.
"""

from __future__ import annotations

from functools import lru_cache

from dashboard.events.lexicon import sourced_rows, word_class
from dashboard.events.tokens import is_noun, verb_forms

PRONOUNS = frozenset("i we you they he she it".split())
DETERMINERS = frozenset("the a an this that these those his her its their our my your".split())

_SLOT = frozenset({"on", "before", "by", "until", "till", "through", "from", "at", "@"})


def timetable(tokens: list[str], i: int, lemma: str) -> bool:
    """Is ``tokens[i]``, a present form of a timetable verb, the verb of a noun subject right
    before the date ("the trial resumes | Thursday", "polls close on | Sunday"), or of a
    listed phrase ending there ("the ban comes into force on | Monday")?"""
    rest = _after_timetable_verb(tokens[i + 1 :], lemma)
    if rest is None or i == 0 or len(rest) > 1 or not set(rest) <= _SLOT:
        return False
    prev = tokens[i - 1]
    if prev in DETERMINERS | PRONOUNS:
        return False
    if prev == "and" and i >= 3 and tokens[i - 2] == "NAME":
        # "the talks begin Monday and end Friday": a second verb sharing the first's
        # subject, after the first's own day, is a timetable when the first one is
        return timetable(tokens[: i - 2], i - 3, _lemma(tokens[i - 3]))
    # a name, a noun, a gerund ("voting ends Sunday") or the sentence's first word
    # ("Kenyans vote on Tuesday": capitalised there, so not marked as a name)
    gerund = prev.endswith("ing") and "VBG" in (verb_forms(prev) or ("", frozenset()))[1]
    return prev == "NAME" or i == 1 or gerund or is_noun(prev)


def _lemma(word: str) -> str:
    forms = verb_forms(word) if word != "NAME" else None
    return forms[0] if forms and forms[1] & {"VBZ", "VBP"} else ""


def _after_timetable_verb(rest: list[str], lemma: str) -> list[str] | None:
    """The tokens after the listed verb or phrase that ``lemma`` opens ("into force" after
    "come"), or None when ``lemma`` opens none of them."""
    for entry in timetable_verbs():
        first, *more = entry.split()
        if first == lemma and rest[: len(more)] == more:
            return rest[len(more) :]
    return None


@lru_cache(maxsize=1)
def timetable_verbs() -> frozenset[str]:
    """Lemmas whose present tense before a date is a schedule (data/lexicon/timetable_verbs.csv).
    Raises ValueError naming a row with no source."""
    return frozenset(
        r["lemma"].strip().lower() for r in sourced_rows("timetable_verbs.csv", "lemma")
    )


def clock_next(tokens: list[str], i: int) -> bool:
    """Is ``tokens[i]`` followed by a clock time ("open at 7am", "opens 8:00"), with a
    subject before it (not the sentence's first word)?"""
    nxt = tokens[i + 1 : i + 3]
    clocked = nxt[:1] == ["@"] or (nxt[:1] in (["at"], ["from"], ["around"]) and nxt[1:] == ["@"])
    return clocked and i > 0 and tokens[i - 1] not in DETERMINERS and tokens[i - 1] != ","


def faced_proceeding(tokens: list[str], i: int, lemma: str) -> bool:
    """Is ``tokens[i]``, a present form of "face", followed within three words by a
    proceeding set for a day (classes.csv ``SCHEDULED_PROCEEDING``: "faces a verdict",
    "face a runoff vote")? Its date is the proceeding's, still to come: the timetable
    future, as "the trial resumes Thursday" is ("faces a verdict in a graft trial on Friday")."""
    if lemma != "face":
        return False
    proceedings = word_class("SCHEDULED_PROCEEDING")
    return any(t in proceedings for t in tokens[i + 1 : i + 4])
