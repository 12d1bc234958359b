"""Undated background: a situation a report names as running on ("the ongoing war", "the war
that began in the east"), with no date phrase of its own.

Such a noun names a state in process at the report's time (TimeML 1.2.1: a state, not an
occurrence anchored to the document's creation time); the report gives it no day, and the
week up to publication, the fallback for an undated act, would be a confident wrong date
("the war that began …" did not begin this week). The event reader makes no date claim for
it: the draft is marked ``undated``, as an event of an article with no publication date is,
and left out of the events (``extract``). The words are data: data/lexicon/
standing_background.csv, with a source per row.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from dashboard.events.cameo import Trigger
from dashboard.events.dates_counts import FOR_STRETCH
from dashboard.events.dates_state_since import state_since_happening
from dashboard.events.dates_toll_bound import toll_by_bound
from dashboard.events.lexicon import word_class
from dashboard.events.prefilter import gated
from dashboard.events.tokens import verb_forms
from dashboard.events.vague_span import over_vague_span
from dashboard.paths import data_dir


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    path = data_dir() / "lexicon" / "standing_background.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out: dict[str, list[str]] = {"modifier": [], "onset": [], "situation": [], "toll": []}
    for r in rows:
        out[r["kind"]].append(r["words"].lower())
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


# a short prepositional post-modifier between the noun and its clause or aside ("the war in
# Ukraine, now in …", "the conflict with the RSF that began …")
_NOUN_PP = r"\s+(?:in|of|with|against|between|on)\s+(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*)?"
_ORDINAL = (
    r"\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
    r"|twelfth|(?:\w+-)?(?:first|second|third)|\w+teenth|\w+tieth"
)
_AGE_UNIT = r"day|week|month|year|decade"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = _words()
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words["modifier"])
    onset = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words["onset"])
    # the modifier after a determiner and before the noun, with at most one adjective between
    # ("the ongoing civil war", "Sudan's ongoing war"); "is continuing to investigate" is a verb
    det = r"\b(?:the|an?|its|their|his|her|this|that|[A-Z][\w-]*['’]s)\s+"
    before = re.compile(
        rf"{det}(?:{alt})\s+(?!(?:to|and|or|with|in|on|at|for|from)\s)(?:[a-z][\w-]*\s+)?$",
        re.IGNORECASE,
    )
    # "the war that began …", "the war, which has raged …": the clause right after the noun;
    # or an aside giving its age ("the war in Ukraine, now in its fourth year, …"): TimeML
    # reads "its fourth year" as the state's duration so far, no occurrence of the report's day
    age = rf"\s*,\s+(?:which\s+is\s+)?(?:now\s+)?in\s+its\s+(?:{_ORDINAL})\s+(?:{_AGE_UNIT})\b"
    onset_clause = rf"\s*,?\s+(?:that|which)\s+(?:had\s+)?(?:{onset})\b"
    after = re.compile(rf"(?:{_NOUN_PP})?(?:{onset_clause}|{age})", re.IGNORECASE)
    direct = re.compile(rf"{det}(?:{alt})\s+$", re.IGNORECASE)
    return before, after, direct


def undated_background(
    text: str, trig: Trigger, sentence_start: int, *, strict: bool = False
) -> bool:
    """Whether the trigger ``trig`` names a running situation ("the ongoing war", or a
    situation noun with a clause telling only its start: "the war that began …") rather
    than an occurrence, or is the verb whose subject such a situation is, opening its
    sentence at ``sentence_start`` ("The ongoing war has killed thousands": the situation's
    toll up to the report's time). The caller asks only for a draft with no date phrase:
    "the war that began in April 2023" is dated by its year and month. ``strict`` (a draft
    dated only by its telling: ``dated_only_by_telling``) takes a verb only when the
    situation is its own subject, right before it ("The ongoing war in Sudan has killed"),
    not any verb of a sentence that opens with one ("The ongoing war continued as troops
    shelled …": the shelling is an occurrence)."""
    words = trig.text.split()
    if not words or (strict and _other_past_act(text, sentence_start, trig)):
        return False
    if over_vague_span(text, trig):
        return True  # "suffered takeovers or unrest in recent years": no day in the stretch
    head = trig.end - len(words[-1])  # the noun itself: "The ongoing war" holds its modifier
    forms = verb_forms(words[-1].lower())
    finite = forms is not None and bool(forms[1] & {"VBD", "VBN", "VBZ"})
    lead = max(0, trig.start - 40)
    if not finite and _situation(text, lead, head, trig.end, words):
        return True
    if finite and _patterns()[2].search(text[lead:head]):
        return True  # "the ongoing protests": a noun right after its modifier, not a verb
    if _toll_of_situation(text, sentence_start, trig, words[-1]):
        return True
    if strict:
        return _situation_subject(text, sentence_start, trig.start)
    subject = _SUBJECT_END.search(text, sentence_start, trig.start)
    if subject is None:
        return False
    # the subject's head: a noun among its first words ("The ongoing war in Sudan has killed"),
    # not one inside a modifier of another ("Gunmen in the ongoing conflict killed")
    nouns = list(_NOUN.finditer(text, sentence_start, subject.start()))[:_HEAD_WORDS]
    return any(
        _situation(text, sentence_start, m.start("noun"), m.end("noun"), m["noun"].split())
        for m in nouns
    )


# the trigger's verb right after its subject: "… has killed", "… killed", "… have displaced"
_SUBJECT_END = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
_NOUN = re.compile(r"(?P<noun>\b[A-Za-z][\w-]*(?:\s+war)?)\b")
_HEAD_WORDS = 3


_WORD = re.compile(r"\b[a-z][a-z'’-]*\b")
_AUXILIARIES = frozenset("was were had been".split())


def _other_past_act(text: str, sentence_start: int, trig: Trigger) -> bool:
    """Does the sentence tell, besides ``trig`` and its telling, a verb in the past that may
    be an act of its own ("The ongoing war continued as troops shelled Omdurman, the army
    said on Tuesday": the shelling is the day's occurrence, whatever draft holds it)? A
    speech verb and an auxiliary are not."""
    end = re.compile(r"[.!?](?:\s|$)").search(text, trig.end)
    stop = end.start() if end else len(text)
    for m in _WORD.finditer(text, sentence_start, stop):
        if trig.start <= m.start() < trig.end or m[0] in _AUXILIARIES:
            continue
        forms = verb_forms(m[0])
        if forms is None or "VBD" not in forms[1] or _SPEECH_WORD.fullmatch(m[0]):
            continue
        if forms[0] in _words()["toll"] and _PERFECT.search(text, sentence_start, m.start()):
            continue  # "…, now in its third month, has starved thousands": the toll so far
        return True
    return False


_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _subject_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The situation as the verb's own subject, running up to the verb: with its modifier
    ("the ongoing war in Sudan has …"), or a situation noun with its age aside ("the war in
    Ukraine, now in its fourth year, has …"); and a situation noun before a present perfect
    ("the war in Ukraine has killed …")."""
    words = _words()
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words["modifier"])
    noun = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words["situation"])
    det = r"(?:^|\s)(?:the|its|their|this|[A-Z][\w-]*['’]s)\s+"
    age = rf",\s+(?:which\s+is\s+)?(?:now\s+)?in\s+its\s+(?:{_ORDINAL})\s+(?:{_AGE_UNIT}),"
    tail = rf"(?:{_NOUN_PP})?\s*"
    verb = r"\s*(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?$"
    running = re.compile(
        rf"{det}(?:(?:{alt})\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*|(?:[a-z][\w-]*\s+)?(?:{noun})"
        rf"{tail}{age}){tail}{verb}",
        re.IGNORECASE,
    )
    toll = re.compile(
        rf"{det}(?:[a-z][\w-]*\s+)?(?:{noun}){tail}(?:{age})?\s*(?:has|have)\s+(?:\w+ly\s+)?$",
        re.IGNORECASE,
    )
    return running, toll


def _situation_subject(text: str, sentence_start: int, at: int) -> bool:
    """Is a running situation the subject right before the verb at ``at``?"""
    return _subject_patterns()[0].search(text[sentence_start:at]) is not None


def _toll_of_situation(text: str, sentence_start: int, trig: Trigger, verb: str) -> bool:
    """'The war in Ukraine has killed tens of thousands': a situation noun's toll told in the
    present perfect, the whole toll up to the report's time (a state, TimeML 1.2.1), not an
    occurrence of any day. Only toll verbs (standing_background.csv, kind ``toll``): "the
    war has broken out" is its onset, news of the day."""
    forms = verb_forms(verb.lower())
    if forms is None or "VBN" not in forms[1] or forms[0] not in _words()["toll"]:
        return False
    return _subject_patterns()[1].search(text[sentence_start : trig.start]) is not None


def _situation(text: str, lead_from: int, head: int, end: int, words: list[str]) -> bool:
    """A noun at ``head``..``end`` named as running: its modifier before it, or (a situation
    noun only) a clause telling its start right after it."""
    before, after, _ = _patterns()
    if before.search(text[lead_from:head]) is not None:
        return True
    noun = " ".join(w.lower() for w in words[-2:])
    situation = noun in _words()["situation"] or words[-1].lower() in _words()["situation"]
    return situation and after.match(text, end) is not None


# the day of the telling, not of what is told: next to a speech verb ("said on Tuesday it was
# winning …", "on Tuesday said", ", the UN said on Tuesday."), with at most an adverb between
_SPEECH = r"(?:said|says|added|announced|reported|confirmed|stated|claimed|told\s+[\w.-]+)"
_SPEECH_WORD = re.compile(r"said|added|announced|reported|confirmed|stated|claimed|told")
_TOLD_BEFORE = gated(rf"\b{_SPEECH}\s+(?:(?:earlier|later|late|early)\s+)?$", re.I)
_TOLD_AFTER = re.compile(rf"\s+{_SPEECH}\b", re.I)
# "now" inside the situation's age aside (", now in its fourth year"): the state's, no day
_AGE_NOW = re.compile(r",\s+(?:which\s+is\s+)?$", re.I)
_IN_ITS = re.compile(r"\s+in\s+its\s", re.I)


def dated_only_by_telling(sentence: str, phrases: list[str | None]) -> bool:
    """Whether each date phrase in ``phrases`` (a draft's readings' texts) stands in
    ``sentence`` only as the day of a telling or as the "now" of a situation's age aside.
    "The army said on Tuesday it was winning the ongoing war": Tuesday is the statement's
    day (ACE 2005: the reporting event is not the reported one), and the war it tells of runs
    on with no day of its own (``undated_background``). A phrase the sentence does not hold
    as such (None, or a day of the act: "the ongoing war escalated on Tuesday") is not."""
    if not phrases:
        return False
    for phrase in phrases:
        if not phrase:
            return False
        spots = [m.start() for m in re.finditer(re.escape(phrase), sentence)]
        if not spots or not all(_told_at(sentence, at, at + len(phrase)) for at in spots):
            return False
    return True


def _told_at(sentence: str, start: int, end: int) -> bool:
    if sentence[start:end].lower() == "now":
        return bool(_AGE_NOW.search(sentence, 0, start) and _IN_ITS.match(sentence, end))
    return bool(_TOLD_BEFORE.search(sentence, 0, start) or _TOLD_AFTER.match(sentence, end))


# CAMEO 1.1b3: §181 abduct, hijack or take hostage, §173 arrest or detain; §084 return,
# release: a release undoes a capture, so the capture came before it (TimeML BEFORE)
_CAPTURE = ("181", "173")
_RELEASE = "084"
# the participle's own phrase and the passive of the release on the same noun: "(aid workers)
# kidnapped in Yemen were released", "(fishermen) detained by the navy have been freed"; no
# comma and no subject between, so "Gunmen kidnapped four men, who were released" is not it
_TO_RELEASE = re.compile(
    r"(?:\s+(?:in|by|from|near|at|off|inside|outside|during)\s+[^,;.:()—–]*?)?"
    r"\s+(?:were|was|(?:have|has|had)\s+been)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_NOT_A_NOUN = frozenset(
    "was were been being is are be had has have who that which and or not".split()
)


def capture_before_release(text: str, trig: Trigger, release: Trigger) -> bool:
    """Whether ``trig`` is a capture (§181, §173) told only as a reduced relative on the
    people whose release (§084) the sentence reports ("Four aid workers kidnapped in Yemen
    were released on Monday"): the capture came before the release by a time the text does
    not give (TimeML BEFORE, no anchor), so the release's day is not its and the week of
    publication would be a confident wrong date. The caller asks only for a capture with
    no date phrase of its own ("kidnapped in Yemen last year" is dated by it)."""
    full, undoing = trig.full or trig.code, release.full or release.code
    if not full.startswith(_CAPTURE) or not undoing.startswith(_RELEASE):
        return False
    words = trig.text.split()
    forms = verb_forms(words[-1].lower()) if words else None
    if forms is None or "VBN" not in forms[1] or release.start <= trig.end:
        return False
    before = re.search(r"([A-Za-z][\w'’-]*)\s+$", text[max(0, trig.start - 40) : trig.start])
    if before is None or before[1].lower() in _NOT_A_NOUN:
        return False  # "were kidnapped", "who kidnapped": a finite clause, not a modifier
    return _TO_RELEASE.fullmatch(text, trig.end, release.start) is not None


# a copula and its complement right after the situation noun ("the insurgency was under
# control", "the war has been at a stalemate", "the siege remains in place")
_STATE_AFTER = re.compile(
    rf"(?:{_NOUN_PP})?\s+(?:is|was|are|were|(?:has|have|had)\s+been|remains?|remained|stays?|"
    r"stayed)\s+(?:\w+ly\s+)?[\"“']?(?P<word>[A-Za-z][\w-]*)",
    re.IGNORECASE,
)


def situation_state(text: str, trig: Trigger, phrases: list[str | None]) -> bool:
    """Whether ``trig`` is a situation noun (``standing_background.csv``, kind ``situation``)
    told only in a state by a copula ("Mozambique said the insurgency was 'under control'
    since 2022"), dated by nothing but "since" spans (``phrases``, the draft's readings'
    texts; none at all is also so): the sentence tells how the situation stands, a state
    from that date to the report's time (TimeML 1.2.1: a state, its "since" a BEGUN_BY
    anchor), no occurrence of any day. A participle after the copula is an act told in the
    passive ("the war was launched in 2022": its onset) and is not a state here. A toll
    counted "by" a day ("had been killed by Wednesday") is one too (``toll_by_bound``)."""
    if toll_by_bound(text, trig, phrases, _words()["toll"]):
        return True
    words = trig.text.split()
    if not words or words[-1].lower() not in _words()["situation"]:
        return False
    if any(not p or not p.lower().startswith("since ") for p in phrases):
        return False
    m = _STATE_AFTER.match(text, trig.end)
    if m is None:
        return False
    forms = verb_forms(m["word"].lower())
    return forms is None or not forms[1] & {"VBN", "VBD"}


# what ends the trigger's clause before a "for" stretch: a comma, a stop, a subordinator
_CLAUSE_STOP = re.compile(
    r"[,;:.!?]|\b(?:and|but|after|before|when|while|as|since|who|which|that|where)\b", re.I
)
_LONG_UNITS = frozenset({"weeks", "months", "years", "decades"})


_PAST_PERFECT = re.compile(r"\bhad\s+(?:(?:been|long|already|reportedly)\s+)?$", re.IGNORECASE)


def lasted_undated(text: str, trig: Trigger, end: int) -> bool:
    """Whether the act ``trig``, with no date phrase of its own, is told in its clause (up to
    ``end``) as lasting weeks or longer ("Islamist militants besieged the town of Djibo for
    two years"): a standing situation, not an occurrence of the report's week, and the text
    says neither when it began nor when it ended (TimeML: "for two years" is a DURATION, no
    anchor). A set term ("banned for five years": ``classes.csv`` row TERM_WORD) is the
    length of an act the report dates, and keeps its reading."""
    if _PAST_PERFECT.search(text, max(0, trig.start - 30), trig.start):
        # "Rebels had shelled Sake for three weeks" after Friday's retaking: the stretch ran
        # up to the narrative's day (Reichenbach 1947), which the date rules give it
        return False
    if state_since_happening(text, trig, end):  # "have been stationed since the war"
        return True
    stop = _CLAUSE_STOP.search(text, trig.end, end)
    m = FOR_STRETCH.search(text, trig.end, stop.start() if stop else end)
    if m is None or m["unit"].lower() not in _LONG_UNITS:
        return False
    words = set(_WORD.findall(text[max(0, trig.start - 60) : m.start()].lower()))
    return not words & word_class("TERM_WORD")
