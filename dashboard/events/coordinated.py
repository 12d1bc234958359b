"""The second of two coordinated acts that share one subject ("Soldiers killed two gunmen and
arrested a third suspect"): an act of its own, as two sentences would tell it.

Quirk et al. (1985, 13.46, coordinated predicates): "X verbed A and verbed B" gives both verbs
the one subject; CAMEO 1.1b3 codes each act a report tells (§173 arrest beside §190 the
killing), so the second verb is a second event when it is another act, not the toll of the
first ("attacked the village and killed five" tells one attack and its dead).
"""

from __future__ import annotations

import re

from dashboard.events.cameo import Trigger
from dashboard.events.crowd_as import crowd_as_act
from dashboard.events.crowd_parts import riot_after_protest
from dashboard.events.prefilter import gated
from dashboard.events.refusal_vow import vowed
from dashboard.events.reporter_vow import commits, reported_before
from dashboard.events.segments import _OWN_DATE
from dashboard.events.tokens import verb_forms

# what joins the second verb to the first verb's object: "and", maybe an adverb of sequence
_AND_BEFORE = re.compile(r"\s+and\s+(?:then\s+|later\s+|also\s+)?$")
_AND_PASSIVE = re.compile(r"\s+and\s+(?:was|were)\s+(?:then\s+|later\s+)?$")
# what a passive conjunct may tell as done to its subject: coercion (arrest, jail) or assault
# (CAMEO 1.1b3 §17, §18); "and were met by gunmen firing" is no meeting (§04)
_DONE_TO = frozenset({"17", "18"})
# a clause mark or a pronoun that would open a clause with its own subject or a relative
_NEW_CLAUSE = re.compile(r"[;:()\"“”]|,|\b(?:who|which|that|when|where|after|before|as)\b")
# a casualty verb after an act of force is that act's toll, not a second act
_TOLL = re.compile(r"(?:killed|died|wounded|injured|hurt|left)\b", re.IGNORECASE)
# a passive verb group: its subject is the patient, and "and" may join a verb of another
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+$", re.IGNORECASE)
# the first verb's part ends on a preposition whose object is the second's too (right node
# raising, Huddleston and Pullum 2002 ch. 15 §4.4): one act told with two verbs
_OPEN_PREPOSITION = re.compile(
    r"\b(?:with|to|in|on|at|for|from|against|of|by|into|over)\s*$", re.IGNORECASE
)
# a modal or "do" before a bare first verb ("would not recognise the verdict and threatened"):
# the operator takes a bare verb only, so a past verb after "and" is a predicate of its own,
# outside the operator's negation or modality (Quirk et al. 1985 §10.64; ``modality.new_group``)
_OPERATOR_BEFORE = re.compile(
    r"\b(?:would|will|could|can|may|might|must|shall|should|did|does|do)(?:\s+not|n't)?\s+$",
    re.IGNORECASE,
)
_MAX_OBJECT_WORDS = 8  # "killed two gunmen" .. "attacked a checkpoint on the main road"
_MAX_SUBJECT_WORDS = 6
# a day told inside the first verb's part ("accused Seoul on Wednesday of …"): an adjunct of
# time, which the object's length limit should not count (Quirk et al. 1985, 8.51)
_DAY = re.compile(
    r"\b(?:(?:late|early)\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)(?:\s+(?:morning|afternoon|evening|night))?\b"
)  # "police" .. "the US destroyer Mason and two frigates"


def coordinated_act(text: str, main: Trigger, strong: list[Trigger], stop: int) -> Trigger | None:
    """The trigger of a second past verb joined to ``main``'s past verb by "and" after its
    object, before ``stop`` (the clause's end), coded as another act; None when there is none,
    when a clause mark or relative word stands between, or when it is the first act's toll.

    >>> # "Police arrested two men and seized rifles": 173, then 1721 (confiscate)
    """
    if not (
        any(_past_verb(w) for w in main.text.split())
        or operator_joined(text, main)
        or _past_verb_object(text, main)
    ):
        # "killed", "militants attacked"; "would not recognise … and threatened"; "kept
        # its promise and released"
        return None
    passive = _PASSIVE_BEFORE.search(text, max(0, main.start - 12), main.start) is not None
    if passive and reported_before(text, main.start) is None:
        return None  # "fighters were killed and vowed to retaliate": another subject's verb
    for t in strong:
        if t is main or t.start < main.end or t.start >= stop:
            continue
        if passive and not commits(t):
            continue  # "said two were killed and vowed to respond": only the reporter's vow
        between = text[main.end : t.start]
        joined = _AND_BEFORE.search(between)
        if joined is None or not t.text.split() or not _past_verb(t.text.split()[0]):
            # "refused to leave and was taken back to prison": a passive conjunct shares
            # the subject too (Quirk et al. 1985 §13.46), its participle the act done to it
            joined = _AND_PASSIVE.search(between) if t.text.split() else None
            if joined is None or not _participle(t.text.split()[0]) or t.code not in _DONE_TO:
                continue
        if _TOLL.match(t.text):
            continue
        obj = _predicative_off(between[: joined.start()], main.text)
        # "accused South Korea on Wednesday of flying drones": the day is no object word
        if _NEW_CLAUSE.search(obj) or len(_DAY.sub(" ", obj).split()) > _MAX_OBJECT_WORDS:
            continue
        if _OPEN_PREPOSITION.search(obj):
            continue  # "established ties with and opened an embassy in": one shared object
        if (t.full or t.code)[:3] == (main.full or main.code)[:3] and not _own_days(
            between, text[t.end : stop]
        ):
            continue  # "shelled the town and bombed it": one act told twice
        return t
    return None


def _own_days(first: str, second: str) -> bool:
    """Does each verb's part tell a day of its own, and do the days differ ("looted shops in
    Hull on Saturday and clashed with police in York on Friday night")? Two acts of one code
    told on two days are two happenings (CAMEO 1.1b3 codes each event a report tells; an
    event is one act at one time, Schrodt 2012 ch. 1), not one act told twice."""
    days = [_DAY.search(part) for part in (first, second)]
    return all(days) and _weekday(days[0]) != _weekday(days[1])


def _weekday(found: re.Match[str] | None) -> str:
    """The weekday a ``_DAY`` match names ("Friday" of "late on Friday night")."""
    return next((w for w in found.group(0).split() if w[:1].isupper()), "") if found else ""


# an object predicative ending the first verb's part: "as" and up to three words, or one to
# three words in quotation marks ("rejected the charge as "lies"", "called the strike
# "political""): Quirk et al. 1985 §16.48 (complex transitive complementation), a complement
# of the object, no clause of its own, so no clause mark between the two verbs
_PREDICATIVE = re.compile(
    r"\s+(?:as\s+(?:an?\s+)?)?(?:[\"“](?P<quoted>[\w'’-]+(?:\s+[\w'’-]+){0,2})[\"”]|"
    r"(?<=as\s)(?P<bare>[\w'’-]+(?:\s+[\w'’-]+){0,2}))\s*$"
)


def _predicative_off(obj: str, main: str) -> str:
    """``obj`` without an object predicative at its end (``_PREDICATIVE``); a bare one after
    "as" whose words hold a past verb may be a clause ("as police fired"), so it stays. A
    closing mark that ends a quoted predicative ``main``'s own words open ('called the strike
    "political' + '"') is that predicative's."""
    if sum(main.count(q) for q in '"“”') % 2 and re.match(r'\s*["”]', obj):
        obj = obj.lstrip()[1:]
    m = _PREDICATIVE.search(obj)
    if m is None or (m["bare"] and any(_past_verb(w) for w in m["bare"].split())):
        return obj
    if m["bare"] and not re.search(r"\bas\s+(?:an?\s+)?" + re.escape(m["bare"]) + r"\s*$", obj):
        return obj
    return obj[: m.start()]


def operator_joined(text: str, main: Trigger) -> bool:
    """Is ``main`` a bare verb after a modal or "do" (``_OPERATOR_BEFORE``), so that a past
    verb joined to it is told in its own tense ("would not recognise … and threatened")?"""
    return _OPERATOR_BEFORE.search(text, max(0, main.start - 24), main.start) is not None


# a past verb and the determiner of its object noun, right before the trigger ("kept its
# promise", "honoured the pledge"): the noun is that verb's object, so the clause's predicate
# is a past verb and a second past verb after "and" is coordinated with it (Quirk et al. 1985
# §13.46), as after a verb trigger
_VERB_THEN_DET = re.compile(r"\b([a-z]+)\s+(?:its|their|his|her|the|a|an)\s+$")


def _past_verb_object(text: str, main: Trigger) -> bool:
    """Is ``main`` a noun that is the object of a past verb ("kept its promise")?"""
    m = _VERB_THEN_DET.search(text, max(0, main.start - 30), main.start)
    return m is not None and _past_verb(m.group(1))


def _participle(word: str) -> bool:
    """``word`` is a past participle ("taken", "arrested")."""
    forms = verb_forms(word.lower())
    return forms is not None and "VBN" in forms[1]


def _past_verb(word: str) -> bool:
    """``word`` is a finite past verb form ("arrested", "kidnapped")."""
    forms = verb_forms(word.lower())
    return forms is not None and "VBD" in forms[1]


# a crowd noun and the relative word that makes it the subject of the next verb
_CROWD_WHO = gated(
    r"\b(?:protesters|demonstrators|rioters|crowds?|mobs?|students)\s+(?:who|that)\s+(?:had\s+)?$",
    re.IGNORECASE,
)
# verbs of a crowd forcing its way in or wrecking (recoding.FORCED_ENTRY's kind)
_CROWD_FORCE_ROOTS = ("17", "18", "19", "20")


def crowd_relative_act(
    text: str, main: Trigger, strong: list[Trigger], stop: int
) -> tuple[Trigger, int] | None:
    """The act of a crowd told in a relative clause on ``main``'s object, coded as the crowd's
    riot ("police opened fire on protesters who stormed parliament": the storming is a
    violent protest, CAMEO 1.1b3 §145, beside the police's act), or None. A restrictive
    relative clause holds a proposition of its own (Quirk et al. 1985, 17.8), so the crowd's
    act is a second event, as two sentences would tell it. Returns the act's trigger and
    the offset where its crowd noun starts (the riot's clause)."""
    for t in strong:
        if t is main or t.start < main.end or t.start >= stop:
            continue
        crowd = _CROWD_WHO.search(text, main.start, t.start)
        if crowd is None:
            continue
        if (t.full or t.code)[:2] in _CROWD_FORCE_ROOTS and _past_verb(t.text.split()[0]):
            riot = Trigger("14", t.weight, t.start, t.end, t.text, "145", t.flags)
            return riot, crowd.start()
    return None


def crowd_clause_act(
    text: str, main: Trigger, strong: list[Trigger], stop: int
) -> tuple[Trigger, int] | None:
    """A crowd's act told in a clause of its own beside ``main``: a relative clause on its
    object (``crowd_relative_act``: the riot) or an "as" clause beside a statement
    (``crowd_as.crowd_as_act``: the protest); its trigger and where its clause opens."""
    return crowd_relative_act(text, main, strong, stop) or crowd_as_act(text, main, strong, stop)


# the words that open a joined clause (segments' ", and" with its own subject)
# ", after which": a continuative relative clause, a later act told as a joined clause
# with its own subject is (Quirk et al. 1985, 15.57 sentential relative clauses)
JOINED_OPEN = re.compile(r"(?:,\s+(?:and|but|after\s+which)|,?\s+(?:while|whereas))\s+")
# the roots of acts a joined clause tells as news of its own: force, coercion, protest, aid
# and reduced relations ("…, and the government expelled the ambassador": CAMEO 1.1b3 §16)
_JOINED_ROOTS = ("07", "14", "15", "16", "17", "18", "19", "20")
# and an agreement signed ("…, and the two sides signed an accord"): CAMEO 1.1b3 §057 sign
# formal agreement is a done act of its own, as news as the acts above, not a stance
_JOINED_CODES = ("057",)


def joined_act(
    text: str, joined: int, whole: int, strong: list[Trigger], main: Trigger
) -> tuple[Trigger, int] | None:
    """The act of a clause joined after the main act with its own subject and past verb
    (``joined``, from ``segments._joined_subject_start``; ``whole`` when none), when it is an act of
    force, coercion, protest, aid or reduced relations and names no date of its own (a dated one is read as a
    sentence of its own): Quirk et al. (1985, 13.1), each coordinated clause carries its own
    predication, and CAMEO codes each act a report tells. Returns the act's trigger and where
    its clause opens. A vow of force after a refusal (``refusal_vow``: "refused to surrender,
    vowing to attack the capital") is such an act too, opening at its participle."""
    vow = next((t for t in strong if t is not main and vowed(text, t)), None)
    if vow is not None and main.end <= vow.start < whole:
        return vow, vow.start
    if joined >= whole or _OWN_DATE.search(text, joined, whole):
        return None
    acts = [t for t in strong if joined <= t.start < whole and t is not main]
    if not acts:
        return None
    found = _clause_act(text, joined, acts[0], main)
    if found is None:
        # "…, and nine were killed as police dispersed the crowd": the stronger act sits in
        # the joined clause's own "as" clause; the clause's first verb is its predicate
        first = min(acts, key=lambda t: t.start)
        found = _clause_act(text, joined, first, main) if first is not acts[0] else None
    return found


def _clause_act(
    text: str, joined: int, act_trigger: Trigger, main: Trigger
) -> tuple[Trigger, int] | None:
    """``act_trigger`` and where its clause opens, when it is the past verb of the clause
    joined at ``joined`` (its subject short and holding no clause of its own) and of a root
    a joined clause tells apart from ``main``'s; None otherwise."""
    code = act_trigger.full or act_trigger.code
    if not (code[:2] in _JOINED_ROOTS or code.startswith(_JOINED_CODES)):
        return None
    opened = JOINED_OPEN.match(text, joined)
    told = main.full or main.code
    same = code[:2] == told[:2] and not riot_after_protest(told, code)  # "…, and some rioted"
    if same and not (opened and opened.group().strip(", \n").lower() in _APART):
        return None  # "fired missiles, and Washington sent carriers": one root would merge them
    if not _past_verb(act_trigger.text.split()[0]):
        return None
    start = opened.end() if opened else joined
    subject = text[start : act_trigger.start]
    if _NEW_CLAUSE.search(subject) or len(subject.split()) > _MAX_SUBJECT_WORDS:
        return None  # the act is not the joined clause's own verb ("…, the Pentagon said")
    return act_trigger, start


# a fronted clause of time or reason with its subject and verb, closed by a comma before the
# main clause ("In August last year, after U.S. House Speaker Nancy Pelosi visited Taipei, ")
_FRONTED = re.compile(
    r"(?:[^,;]{0,40},\s*)?"
    # "Hours before he shot six in Brno, …": a count of time ahead of the conjunction
    r"(?:(?:[\w-]+\s+){0,2}(?:hour|minute|moment|day|week|month|year)s?\s+)?"
    r"(?:after|before|when|while|since|once|because)\s+([^,;]{3,150}?),\s+",
    re.IGNORECASE,
)


def fronted_clause_end(text: str, s: int, trigger_start: int) -> int | None:
    """Where the main clause opens after a fronted subordinate clause that has a past verb of
    its own (Quirk et al. 1985, 15.17: an adverbial clause is a proposition apart, so its
    places are its own act's), when the trigger lies after it; None otherwise ("After talks
    in Doha, Israel agreed" fronts a phrase with no verb, whose place stays the act's)."""
    m = _FRONTED.match(text, s, trigger_start)
    if m is None or m.end() > trigger_start:
        return None
    past = any(_past_verb(w) for w in re.findall(r"[a-z]+", m.group(1)))
    return m.end() if past else None


# "while" and "whereas" set two clauses side by side, each with its own subject (Quirk et al.
# 1985, 15.20, contrast and simultaneous time): "police clashed with protesters in Karachi
# while soldiers clashed with militants in Swat" tells two acts, of one root or two
# and ", after which" tells a later act apart, of one root or two ("raided the offices, after
# which hundreds were jailed": TimeML orders the clause's act AFTER the main one)
_APART = frozenset({"while", "whereas", "after which"})
