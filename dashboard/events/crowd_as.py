"""A crowd's protest told in an "as" clause beside a statement ("Union leaders accused the
government of ignoring the country as protesters gathered in Paris"; "Farmers demanded an
end to red tape as they rallied outside the summit"): an act of its own, on the statement's
day.

A temporal "as" clause is an adverbial clause with its own subject and finite verb, a
proposition apart from the main one, told as simultaneous with it (Quirk et al. 1985,
15.25: "as" of time, 'while'; TimeML: a temporal subordinate clause has its own event,
SIMULTANEOUS with the main one). CAMEO 1.1b3 codes each act a report tells and codes the
act, not its motive: a statement (§01-§05, §10-§13) is one event, and the crowd that gathered,
marched or struck (§14: demonstrations, rallies, strikes, riots) is another, the
protest that other outlets lead with. Only a statement leads here: force, a seizure or a
repression beside a protest is read by its own rules (``crowd_relative_act``,
``merged_as``). "Criticised the rally as illegal", "described it as a protest that failed"
and "as many as 2,000 protesters" name no clause with a protest for its own verb.
"""

from __future__ import annotations

import re

from dashboard.events.lexicon import word_class
from dashboard.events.tokens import verb_forms
from dashboard.events.trigger import Trigger

# the statements' roots: CAMEO's verbal quad classes (verbal cooperation §01-§05, verbal
# conflict §10-§13: from "make statement" to "threaten"), not material acts (§06-§09, §14-§20)
_SAID_ROOTS = frozenset("01 02 03 04 05 10 11 12 13".split())
_PROTEST = "14"
# "as" opening a clause of time, not a comparison or a preposition's phrase ("as many as",
# "as well as", "such as", "as if", "as part of", "as a result", "as expected")
_AS = re.compile(
    r"(?<!\bsuch\s)(?<!\bas\swell\s)\bas\s+(?!(?:many|much|well|if|though|part|a\s+result|"
    r"long|soon|far|of|for|to|usual|expected|planned|promised|scheduled|such|opposed|an?\s+"
    r"sign|the\s+result)\b)",
    re.IGNORECASE,
)
TEMPORAL_AS = _AS  # the same clause mark, for ``subordinate_acts``
_CLAUSE_END = re.compile(r"[,;:()]")
_MAX_SUBJECT_WORDS = 6  # "they" .. "a huge pro-Palestinian rally" .. "tens of thousands of workers"
# a word of the subject that would open another clause inside it
_OPENS = re.compile(r"\b(?:who|which|that|when|where|after|before|while|if)\b", re.IGNORECASE)


def _past(word: str) -> bool:
    forms = verb_forms(word.strip(".,;:").lower())
    return forms is not None and "VBD" in forms[1]


def _own_verb_after(words: list[str]) -> bool:
    """Do ``words`` open on a past verb that is not a participle taking an agent ("led by")?"""
    return bool(words) and _past(words[0]) and (len(words) < 2 or words[1].lower() != "by")


def crowd_as_act(
    text: str, main: Trigger, strong: list[Trigger], stop: int
) -> tuple[Trigger, int] | None:
    """The protest (CAMEO 14) that is the own verb of an "as" clause after ``main``, a
    statement (§01-§05, §10-§13), before ``stop``: the protest's trigger and where its clause's
    subject opens, or None. The protest is a past verb ("protesters gathered", "they
    rallied", "a walkout grounded flights") or the subject's noun right before one ("a huge
    rally made its way"); the subject holds at most six words and no clause mark.
    """
    if (main.full or main.code)[:2] not in _SAID_ROOTS:
        return None
    opened = _AS.search(text, main.end, stop)
    if opened is None:
        return None
    closed = _CLAUSE_END.search(text, opened.end(), stop)
    end = closed.start() if closed else stop
    acts = [t for t in strong if opened.end() <= t.start < end and t is not main]
    if not acts or acts[0].code != _PROTEST:
        return None  # the clause's first act must be the protest itself
    # the clause's run of protest triggers; a verb ("gathered") before the noun it follows
    run = acts[: next((i for i, t in enumerate(acts) if t.code != _PROTEST), len(acts))]
    verbs = [t for t in run if any(_past(w) for w in t.text.split())]
    # a noun's verb right after it, not a participle with its agent ("protesters led by X,
    # … were traveling": a reduced relative, Quirk et al. 1985, 17.30)
    nouns = [t for t in run if _own_verb_after(text[t.end : end].split())]
    for t in verbs[:1] or nouns[:1]:
        subject = text[opened.end() : t.start]
        if len(subject.split()) <= _MAX_SUBJECT_WORDS and not _OPENS.search(subject):
            return (t, opened.end()) if _simultaneous_protest(text, t, subject, end) else None
    return None


# a verb of gathering names a protest only when its subject is a protest's crowd
# ("protesters gathered", not "mourners", "fans", "voters" or "police gathered"): WordNet 3.0
# gather v. 'assemble or get together' names any meeting; "gathered pace" is no assembly
_GATHER = frozenset({"gather", "assemble", "converge", "mass"})
_IDIOM_AFTER = re.compile(r"\s+(?:pace|momentum|steam|speed|strength)\b", re.IGNORECASE)
# what makes the clause no act of the statement's day: a past perfect ("as protesters had
# gathered") or a date of its own before the clause ends ("last month", "a year ago")
_NOT_NOW = re.compile(
    r"\bhad\b|\b(?:last|previous)\s+(?:week|month|year|spring|summer|autumn|winter)\b|\bago\b",
    re.IGNORECASE,
)


def _simultaneous_protest(text: str, t: Trigger, subject: str, end: int) -> bool:
    """The "as" clause tells a protest at the statement's time: no past perfect or date of
    its own, and a verb of mere gathering has a protest crowd (``classes.csv`` PROTEST) as
    its subject."""
    if _NOT_NOW.search(subject) or _NOT_NOW.search(text, t.start, end):
        return False
    if _IDIOM_AFTER.match(text, t.end):
        return False
    forms = verb_forms(t.text.split()[0].lower()) if t.text.split() else None
    if forms is None or forms[0] not in _GATHER:
        return True
    crowd = word_class("PROTEST")
    return any(w.strip(".,").lower().rstrip("s") in crowd for w in subject.split())
