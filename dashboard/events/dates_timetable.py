"""The timetable future: a present-tense verb that schedules its date.

"The trial resumes Thursday", "polls close on Sunday", "the ban comes into force on Monday":
the simple present of a scheduling verb (``data/lexicon/timetable_verbs.csv``) right before
its date, after a noun subject, is the 'timetable' future (Quirk et al. 1985 §4.26), as is a
present verb with a clock time ("polls open at 7am on Sunday"), and so is the -s present of
any verb that is also a noun right after its clause's subject ("the team plays Brazil on
Saturday", ``subject_then_present``). Split out of
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
    if subject_then_present(tokens, i):
        return True
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


# words a subject noun phrase may hold besides determiners, names and nouns ("the head of
# the mission"); any other word with no verb form is taken as an adjective ("the new team")
_NP_GLUE = frozenset({"of"})
# function words that are never part of a subject noun phrase before its verb: a clause
# opening on a preposition ("despite sporadic showers Monday") has its subject later
_NOT_NP = frozenset(
    "and or but not also then so to in on at for with by from as after before since during "
    "until while than if despite amid among against about across over under without within "
    "through throughout into onto upon like via per near beyond behind around including "
    "following , ( ) ; : @".split()
)
_FINITE = frozenset(
    "is are was were am has have had will would shall should can could may might must do does "
    "did 's 're 've 'll 'd".split()
)


def subject_then_present(tokens: list[str], i: int) -> bool:
    """Is ``tokens[i]`` the -s present of a listed verb that is also a noun ("plays",
    "leaves", "visits", "votes"; ``timetable_movers`` and ``timetable_verbs``), right after the clause's whole subject noun phrase ("the team |
    plays Brazil on Saturday", "the president | leaves for Asia on Sunday")? Then it is the
    clause's finite verb, and the simple present with a date is the 'timetable' future
    (Quirk et al. 1985 §4.26; HeidelTime reads a present tense with a weekday as ahead), as
    a present -s form that is no noun already is. ``tokens`` is the clause up to the date.

    The subject must open the clause (so "attended the peace | talks on Sunday" keeps its
    past verb), be at most five words of determiners, names, nouns and adjectives, and end
    in a noun or a name; after the verb come no verb of its own ("the meeting dates are",
    "total cases pending"), and the stretch opens on no name mid-sentence (the words after
    a date inside a name: "Sunday | School Class hosts")."""
    w = tokens[i]
    forms = verb_forms(w)
    if not 1 <= i <= 5 or not w.endswith("s") or forms is None or "VBZ" not in forms[1]:
        return False
    if forms[0] not in timetable_movers() | timetable_verbs():
        # "peace talks in Geneva", "Israeli strikes on Sunday", "voters cast ballots": a
        # plural noun of a happening reads as an -s verb too, so only listed verbs count
        return False
    if tokens[0] == "NAME":
        # a capitalised word opening the stretch mid-sentence: the words right after a date
        # ("First UMC Sunday | School Class hosts"), where the date sits inside a name or the
        # subject, or a clause after a comma; neither is taken
        return False
    head = tokens[i - 1]
    # the sentence's first word is capitalised there, so not marked as a name ("Brazil
    # faces Argentina on Sunday"): as the subject alone it passes, as in ``timetable``
    if head in DETERMINERS or not (head in ("NAME", "NAME's") or i == 1 or is_noun(head)):
        return False
    if head.endswith("'s"):
        return False  # "the team's plays": a possessor before a noun
    for t in tokens[:i]:
        if t in _NOT_NP or t in PRONOUNS or t in _FINITE:
            return False
        if t in DETERMINERS or t in ("NAME", "NAME's") or t in _NP_GLUE:
            continue
        f = verb_forms(t)
        if f is not None and not is_noun(t):
            return False  # a verb of its own before: the -s word is its object noun
    for j in range(i + 1, len(tokens)):
        t = tokens[j]
        f = verb_forms(t) if t not in ("NAME", "NAME's") else None
        verb = f is not None and f[1] & {"VBD", "VBN", "VBG"} and not is_noun(t)
        # a participle after a determiner is an adjective ("visits the flooded towns")
        if t in _FINITE or (verb and tokens[j - 1] not in DETERMINERS):
            return False
    return True


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


@lru_cache(maxsize=1)
def timetable_movers() -> frozenset[str]:
    """Lemmas of visits, trips, hostings and contests whose -s present after its subject, with
    an object before the date, is a schedule (data/lexicon/timetable_movers.csv). Raises
    ValueError naming a row with no source."""
    return frozenset(
        r["lemma"].strip().lower() for r in sourced_rows("timetable_movers.csv", "lemma")
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
