"""Acts a reaction names as its object: "Seoul condemned the North's launch of a missile",
"the EU welcomed Hamas's release of three hostages in Gaza on Sunday", "Japan lodged a
protest over China's drills around Taiwan". The reaction is one event; the act it judges,
praises or worries about is presupposed to have happened and is a happening of its own
(ACE 2005: a definite, asserted, specific event mention), coded by what was done (CAMEO
1.1b3 codes the act, not the words about it).

``embedded_acts._judged_object`` already reads force (18-20) and protests (14) a
condemnation names with their own place and day; this module reads the other done acts
(a launch or drill, an expulsion, a release, an arrest or seizure, a meeting) after more
reaction verbs (praise §051, concern §012, a protest "over" something §114), and dates an
act whose phrase has no day of its own to the week up to the reaction's day (TimeML: the
act is BEFORE or on the day of the reaction that answers it), never to the reaction's day.

Shapes::

    reacted_object(text, s, main, strong, dates) -> (Trigger, DateMention) | None
    owner_sides(text, s, obj, named, countries) -> list[Actor]   # "North Korea's launch": North Korea
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from functools import cache

from dashboard.events.actors import Actor, military_nouns
from dashboard.events.cameo import Trigger
from dashboard.events.dates import DateMention
from dashboard.events.dates_common import possessive_date
from dashboard.events.lexicon import word_class
from dashboard.events.narrative import family_of
from dashboard.events.parties import _country_actors
from dashboard.events.tokens import verb_forms
from dashboard.model import DateRange

# reactions whose object happened: disapproval (CAMEO 1.1b3 §11: condemn, denounce,
# criticise, protest officially §114), praise (§051: welcome, hail) and concern (§012
# pessimistic comment: "voiced concern over"). Not a rejection (§12), which may be of a
# proposal, nor a crowd's protest (§14), whose own place and day would be read as the act's
_REACTING = ("11", "051", "012")
# the object may follow the verb or a preposition of the complaint's or concern's topic
# (Merriam-Webster *over* 4: "concerning"; "protested over", "concern at"; "by" after an
# adjective of concern, its cause: "concerned by", "alarmed by", Quirk et al. 1985 §16.69), after an
# addressee and the reaction's own day ("lodged a protest with Pyongyang on Tuesday over");
# then a definite noun phrase: "the", a possessive pronoun, a name's possessive ("North
# Korea's", "the North's"), two coordinated proper adjectives ("the Russian and Belarusian
# drills": Quirk et al. 1985 §13.68, coordinated premodifiers of one head) and at most three
# plain modifiers ("large-scale military", a quoted name: the '"Strait Thunder" drills'),
# after a measure of the act's count or time ("China's latest round of drills", "two days
# of drills": Quirk et al. 1985 §5.8 partitives; the act is the "of" complement). An
# indefinite, a quantifier or a plain plural ("any launch", "a possible expulsion",
# "launches") is no specific act (ACE 2005 genericity), nor one said to be possible or to come.
# The act may also be the subject of the reaction's complement clause ("warned that the North's
# firing drill was a provocation"): a definite subject is presupposed to exist (Strawson 1950;
# Levinson 1983, 4.2), and "would", "will" after it leave it to come (``_NOT_DONE_AFTER``)
# a measure of an act's count or time before its noun ("latest round of", "two days of")
_MEASURE = (
    r"(?:(?:latest|last|first|second|third|two|three|four|several)\s+"
    r"(?:rounds?|series|waves?|days)\s+of\s+)?"
)
_OBJECT_PATTERN = (
    r"(?:\s+(?:strongly|sharply|firmly|warmly))?(?:\s+(?:late\s+|early\s+)?on\s+\w+day)?"
    r"(?:\s+that(?=\s)|[^,;.]{0,50}?\s(?:over|at|about|regarding|against|"
    r"(?:(?<=concerned\s)|(?<=alarmed\s)|(?<=worried\s)|(?<=troubled\s))by))?"
    r"\s+(?P<det>(?:the|its|their|his|her|this|that)\s+)?"
    r"(?P<own>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}(?:\s+(?-i:%s))?['’]s?\s+)?"
    r"(?:(?-i:[A-Z])[\w-]*\s+and\s+(?=(?-i:[A-Z])))?"
    + _MEASURE
    + r"(?:(?!(?:any|possible|potential|planned|proposed|future|further|more|upcoming|next|"
    r"threatened|expected|repeated|frequent|such|these|those|prospective|rumoured|rumored|"
    r"alleged|would-be|new|for|of|to|and|or|but|over|in|on|at|by|with|from|after|as|that|"
    r"which|who|was|were|is|are|had|has)\b)[\"“]?[\w-]+[\"”]?\s+){0,3}"
)


@cache
def _object_re() -> re.Pattern[str]:
    """``_OBJECT_PATTERN`` with the armed-force nouns of ``military_subjects.csv`` as the
    plain head a side's adjective may own the act by: "the Chinese army's exercises", "the
    Russian navy's drills" (Quirk et al. 1985, 17.41: the possessor is the agent whether it
    is a name or a noun phrase headed by a common noun); and the two-word heads of the
    ``FORCE_OWNER`` class ("the Chinese coast guard's drills")."""
    nouns = sorted({*military_nouns(), *word_class("FORCE_OWNER")}, key=len, reverse=True)
    heads = "|".join(re.escape(n) for n in nouns)
    return re.compile(_OBJECT_PATTERN % heads, re.IGNORECASE)


# "condemned Pyongyang for firing two missiles", "praised Hamas for releasing two hostages",
# "thanked Washington for the lifting of sanctions":
# the reaction's object is the doer and "for" gives the act it is judged for, which the
# judgement presupposes done (Huddleston and Pullum 2002, ch. 14: a gerund-participial
# complement of reason); not after an accusation (§112) or a lawsuit (§115), which allege it
_FOR_DOING = re.compile(
    r"(?:\s+(?:strongly|sharply|firmly|warmly))?\s+(?P<doer>(?:the\s+)?(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})\s+(?:on\s+\w+day\s+)?for\s+(?P<the>the\s+)?"
)
_FOR_REACTING = ("110", "111", "114", "051")
# after the noun: a plan, a schedule or a condition ("the drills planned for May", "the talks
# due next week", "the release it had promised") is no act done
_NOT_DONE_AFTER = re.compile(
    r"[^,;.]{0,60}?\b(?:planned|scheduled|due|expected|set\s+to|proposed|promised|"
    r"threatened|would|will|if|unless)\b",
    re.IGNORECASE,
)
# the act's own place, then its day: "the release of three hostages in Gaza on Sunday",
# "the drills around Taiwan the day before", as ``embedded_acts._OWN_PHRASE`` reads a
# condemned attack's (a place then a date belong to the noun, not to the verb)
_OWN_PLACE_DAY = re.compile(
    r"(?:\s+(?:(?:of|between|with|by)\s+)?[^,;.]{1,60}?)?\s+"
    r"(?:in|at|near|outside|around|off|across)\s+[^,;.]{1,40}?\s*",
    re.IGNORECASE,
)
# where the act's phrase ends: a comma, a clause's conjunction or participle, or "and" before
# a second verb of the reaction's ("condemned the launch and urged talks"); "and" inside the
# phrase ("talks between US and Russian officials") does not end it
# a stop after a lone capital is an initialism's ("U.S. embassies", "the U.N. compound"),
# no end of the phrase
_PHRASE_END = re.compile(
    r"[,;]|(?<!\b[A-Z])\.|\s(?:but|as|after|saying|calling|while|when)\s|"
    r"\sand\s+(?:\w+ly\s+)?\w+ed\b",
    re.IGNORECASE,
)
# an exercise held with others (CAMEO 1.1b3 §062 cooperate militarily: "the joint drills")
# is a show of force as one's own drills are (§150 names military drills and exercises; the
# merge reads it as such, ``merged_as.csv``); not a joint patrol or a training deal
_EXERCISE_NOUN = re.compile(
    r"\b(?:drill|exercise|manoeuvre|maneuver|war\s?-?games?)", re.IGNORECASE
)
# a meeting noun (CAMEO 1.1b3 §040), as ``embedded_acts._MEETING_NOUN``
_MEETING_NOUN = re.compile(r"(?:talks|meeting|summit)", re.IGNORECASE)


# yielding acts a reaction presupposes done (CAMEO 1.1b3 §08): sanctions or curbs eased (§081,
# §085), a blockade eased (§0872), forces withdrawn or demobilised, a retreat (§087, §0873,
# §0874): "welcomed the lifting of US sanctions", "hailed the Russian retreat from the island".
# Not a ceasefire (§0871): one welcomed may be only agreed, its start still to come
_YIELDED = ("081", "085", "0872", "0873", "0874")


def yielded(text: str, t: Trigger) -> bool:
    """A yielding act told as done (CAMEO 1.1b3 §08: a release of persons or property §084,
    curbs or sanctions eased §081 §085, a blockade eased §0872, a withdrawal or retreat §087
    §0873 §0874; not a ceasefire §0871, which may be only agreed), not flagged unreal, by a
    past form ("after Hamas freed", "after being freed") or a definite noun ("after the
    release of"); not an infinitive or a modal's verb ("a ruling to repatriate the child")."""
    code = t.full or t.code
    if t.flags or not (code == "087" or code.startswith(("084", *_YIELDED))):
        return False
    before = _WORD_BEFORE.search(text, max(0, t.start - 30), t.start)
    word = before.group(1).lower() if before else ""
    if word in _NOT_DONE_BEFORE:
        return False
    forms = verb_forms(t.text.split()[0].lower())
    past = forms is not None and bool({"VBD", "VBN"} & forms[1])
    return past or word in _DETERMINERS or word.endswith(("'s", "’s"))


_WORD_BEFORE = re.compile(r"([\w'’]+)\s+$")
# an infinitive's "to" or a modal before the verb: the act still to come (TimeML modality)
_NOT_DONE_BEFORE = frozenset("to will would shall should may might can could must".split())
_DETERMINERS = frozenset("the their its his her".split())


def _done_kind(t: Trigger) -> bool:
    """Acts this module reads as a reaction's object: a show of force (§15: a launch, a
    drill, a deployment, an alert; not one flagged planned or negated), a cut in relations
    (§16: ties cut, an envoy recalled or expelled, aid or trade halted), a release (§084), a
    seizure, a sanction or an arrest (§171-173), an extradition (§063), an inquiry (§09), a
    meeting (§04) told by its noun, and an exercise held with others (§062: "the joint
    drills"). Force (18-20) and protests (14) stay with ``embedded_acts._judged_object``."""
    code = t.full or t.code
    if t.flags or family_of(t.code) == "violence" or t.code == "14":
        return False
    if t.code == "04":
        return _MEETING_NOUN.fullmatch(t.text) is not None
    if code == "150" and t.text.lower().startswith("drilling"):
        return False  # "condemned Exxon's drilling off Guyana": a rig's work, no exercise
    if code == "087":
        return True  # a withdrawal (§087 de-escalate), told by its noun
    if code.startswith("062"):  # "condemned the joint drills": an exercise held with others
        return _EXERCISE_NOUN.search(t.text) is not None
    # §15's build-ups and alerts (152-155: "the Russian army's deployment of troops") are
    # shows of force as drills are, and every cut in relations (§16: "Washington's suspension
    # of weapons deliveries", "Mali's break in diplomatic relations") is done when judged,
    # as the expulsion (§166) and the cut of ties (§161) were read before
    # and material cooperation of a kind that is one act, not a standing tie: an extradition
    # or handover (§063 judicial cooperation: "condemned Spain's extradition of the activist")
    # and an inquiry opened (§09 investigate: "welcomed the police investigation into the
    # killings"); a definite noun presupposes the act as the others' do (ACE 2005). Not aid
    # (§07), whose noun may name a pledge or a standing policy ("Britain's asylum policy")
    # People expelled (§174: "France condemned Niger's expulsion of three French nationals")
    # and a crackdown (§175: "criticised the crackdown on protesters in Tbilisi") are
    # coercion done, as an arrest (§173) is
    return code.startswith(("15", "16", "084", "17", *_YIELDED, *_COOPERATED)) and code != "170"


# a repression aimed at protests: the older rule reads the protests it names as the happening
_ON_PROTESTS = re.compile(
    r"\s*(?:on|of|against)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:protests?|protesters|demonstrations?|"
    r"demonstrators|rallies|marches)\b",
    re.IGNORECASE,
)


# material cooperation a reaction presupposes done (CAMEO 1.1b3 §063, §09): ``_done_kind``
_COOPERATED = ("063", "09")


def _object_of(text: str, main: Trigger, strong: list[Trigger]) -> tuple[Trigger, int] | None:
    """The first trigger after ``main`` and where its definite noun phrase starts, when it is
    the reaction's own object (``_LEAD`` then ``_DEFINITE`` reach it) and of a done kind."""
    nxt = min((t for t in strong if t.start > main.end), key=lambda t: t.start, default=None)
    while nxt is not None and (head := _compound_head(text, nxt, strong)) is not None:
        nxt = head
    if nxt is None or not _done_kind(nxt):
        return None
    if (nxt.full or nxt.code).startswith("175") and _ON_PROTESTS.match(text, nxt.end):
        return None  # "the crackdown on protests that broke out": the protests are read (hap51)
    m = _object_re().fullmatch(text, main.end, nxt.start)
    if m is not None and (m.group("det") or m.group("own") or _sided_show(text, m, nxt)):
        return nxt, m.start("det") if m.group("det") else m.start("own")
    by = _FOR_DOING.fullmatch(text, main.end, nxt.start)
    if by is None or not (main.full or "").startswith(_FOR_REACTING):
        return None
    # the act by its gerund ("for firing") or by its noun right after "the" ("thanked
    # Washington for the lifting of sanctions": the same presupposed act, nominalised)
    done = nxt.text.split()[0].lower().endswith("ing") or by.group("the") is not None
    return (nxt, by.start("doer")) if done else None


# a bare plural show of force with a side's adjective and its own place ("condemned Chinese
# military drills around the island"): the side and the place make it one specific set of
# drills, not drills in general (ACE 2005 genericity: a specific event is anchored to a
# participant and a place); a plain plural ("condemned drills") stays generic
_SIDED = re.compile(r"(?-i:[A-Z])[a-z]+")
_OWN_PLACE_AFTER = re.compile(r"\s+(?:around|near|off|in|across)\s+", re.IGNORECASE)


def _sided_show(text: str, m: re.Match[str], t: Trigger) -> bool:
    """``m`` (``_object_re``'s match, ending at ``t``) is a bare plural §15 act with a side's
    capitalised adjective among the three words before it (``_SIDED``) and its own place
    after it (``_OWN_PLACE_AFTER``): "condemned Chinese military drills around Taiwan"."""
    if not t.code.startswith("15") or not t.text.lower().endswith("s"):
        return False
    words = text[m.start() : m.end()].split()[-3:]
    return any(_SIDED.fullmatch(w) for w in words) and bool(_OWN_PLACE_AFTER.match(text, t.end))


def _compound_head(text: str, t: Trigger, strong: list[Trigger]) -> Trigger | None:
    """The noun trigger right after ``t`` (only a space between) that heads the compound ``t``
    modifies: "the North's artillery firing drill" is a drill, not a firing (Quirk et al. 1985,
    17.108: the last noun of a noun compound is its head)."""
    return next((u for u in strong if u.start > t.end and not text[t.end : u.start].strip()), None)


def reacted_object(
    text: str, s: int, main: Trigger, strong: list[Trigger], dates: list[DateMention]
) -> tuple[Trigger, DateMention] | None:
    """The act a reaction ``main`` names as its object, with the date that dates it: the day
    of its own phrase ("… in Gaza on Sunday"), else the week up to the reaction's day (a
    ``DateMention`` ending where the act's phrase ends). None when ``main`` is no reaction,
    flagged (negated, planned), when the object is not definite, is told as planned, or when
    the sentence names no day for either."""
    official = _official_protest(text, s, main)
    if main.flags or not ((main.full or main.code).startswith(_REACTING) or official):
        return None
    found = _object_of(text, main, strong)
    if found is None or (official and not found[0].code.startswith("15")):
        return None
    obj, _ = found
    stop = _PHRASE_END.search(text, obj.end)
    phrase_end = stop.start() if stop else len(text)
    if _NOT_DONE_AFTER.match(text[:phrase_end], obj.end):
        return None
    if (obj.full or obj.code).startswith("084") and not _persons(text[obj.start : phrase_end]):
        return None  # "welcomed the release of the report": no person freed
    days = [dm for dm in dates if dm.range.start == dm.range.end and s + dm.start < phrase_end]
    for dm in days:  # "welcomed Monday's talks between": the day owns the noun
        if main.end <= s + dm.start and _DAY_OWNS.fullmatch(text, s + dm.end, obj.start):
            # placed where the act's phrase ends, so its clause holds its parties and place
            return obj, replace(dm, start=phrase_end - s, end=phrase_end - s)
    for dm in days:
        if s + dm.start >= obj.end and _OWN_PLACE_DAY.fullmatch(text, obj.end, s + dm.start):
            return obj, dm
    later = [dm for dm in days if s + dm.start >= obj.end]
    if later and any(main.start <= s + dm.start and s + dm.end <= obj.end for dm in days):
        # "accused China's coast guard on Wednesday of boarding two boats during a resupply
        # mission on Monday": the reaction has its day before the act's phrase ends, so the
        # day after it is the act's own, however long the phrase between
        return obj, later[0]
    if obj.code == "04" or not days:
        return None  # a meeting with no day of its own may be one to come: left to its verb
    return obj, _week_before(days[-1], phrase_end - s)


# who protests in the street (classes.csv CROWD and PROTEST) or a headcount of people
_CROWD_WORDS = frozenset({"hundreds", "thousands", "dozens", "scores", "people", "police"})


def _official_protest(text: str, s: int, main: Trigger) -> bool:
    """``main`` is the verb "protest" (read §140) whose subject, from the sentence's start
    ``s``, names no crowd ("The Philippines protested the presence of Chinese warships"): a
    state's complaint (CAMEO 1.1b3 §114 complain officially), which presupposes the show of
    force it names as done, as a condemnation does; a crowd's protest ("Hundreds protested the
    presence of US warships at the port") is §14, its place and day its own, and is left."""
    if main.code != "14" or not main.text.lower().startswith("protested"):
        return False
    crowd = word_class("CROWD") | word_class("PROTEST") | _CROWD_WORDS
    words = set(re.findall(r"[a-z]+", text[s : main.start].lower()))
    return not words & crowd


# people freed (CAMEO 1.1b3 §0841 release persons): the classes.csv ``HELD`` words, a plain
# word for people, or a person's name (two capitalised words: "Evan Gershkovich")
_PEOPLE = frozenset({"people", "man", "men", "woman", "women", "child", "children"})
_NAME = re.compile(r"\b(?-i:[A-Z])[a-z'’-]+\s+(?-i:[A-Z])[a-z'’-]+")
# a counted nationality noun: its plural denotes persons ("five Americans", "three Israelis",
# "two Britons", "four Spaniards": Quirk et al. 1985 §7.25, nationality nouns, by their
# plural endings), as "people" does; "five Boeings" or "two Reports" are no such noun
_COUNTED_NATIONALS = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|\d+)\s+"
    r"(?-i:[A-Z])[a-z]*(?:ans|is|ons|ards|anders|inos)\b"
)


# a day in the genitive right before the act's noun, with at most three modifiers between
# ("Monday's talks", "Sunday's recall of", "Thursday's 35-minute meeting"): the genitive of
# time dates the noun it modifies (Quirk et al. 1985, 5.117: "yesterday's meeting")
_DAY_OWNS = re.compile(r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,3}")


def _persons(phrase: str) -> bool:
    """Does the freed object's phrase name persons ("three Israeli hostages", "Evan
    Gershkovich and two other Americans")? A document or a sum released is no §0841."""
    held = word_class("HELD") | _PEOPLE
    words = {w.lower() for w in re.findall(r"[A-Za-z-]+", phrase)}
    singular = {w[:-1] for w in words if w.endswith("s")} | {w.replace("men", "man") for w in words}
    return (
        bool((words | singular) & held)
        or _NAME.search(phrase) is not None
        or _COUNTED_NATIONALS.search(phrase) is not None
    )


def _week_before(told: DateMention, at: int) -> DateMention:
    """The week up to the reaction's day ``told`` (precision 2), placed at ``at`` (the end of
    the act's phrase, sentence-relative) so the act's clause ends there: the act was done on
    or before the day it was answered, and that day alone would be a guess."""
    day = told.range.end
    reason = f"on or before the reaction's day ({told.range.reason}): the act it answers"
    week = DateRange(day - timedelta(days=6), day, 2, told.range.text, reason)
    return replace(told, start=at, end=at, range=week)


# who did an act named by a noun, in the possessive right before it: "Moldova's expulsion",
# "the Chinese army's exercises" (a side's adjective and a plain head, as ``_object_re``)
# or a two-word ``FORCE_OWNER`` head ("the Chinese coast guard's drills")
@cache
def _owner_re() -> re.Pattern[str]:
    """``_OWNER``'s pattern: a capitalised name of one to three words, then at most one
    plain noun or a ``FORCE_OWNER`` head, in the possessive, then up to three modifiers."""
    heads = "|".join(re.escape(n) for n in sorted(word_class("FORCE_OWNER"), key=len, reverse=True))
    return re.compile(
        r"(?:the\s+)?\b(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}"
        rf"(?:\s+(?:{heads})|\s+[a-z][\w-]*)?['’]s?\s+{_MEASURE}(?:[\"“]?[\w-]+[\"”]?\s+){{0,3}}$"
    )


# the doer a judgement names before "for" ("condemned Pyongyang for firing"): ``_FOR_DOING``
_FOR_DOER = re.compile(
    r"\b(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+(?:on\s+\w+day\s+)?for\s+$"
)


# a possessive pronoun before the act's noun ("his arrest", "their release"): the act's owner
# is the pronoun's antecedent, the doer or, for an arrest or a release, the one held (Quirk et
# al. 1985 §17.41-42: subjective and objective genitives), so no name before it is the doer
_PRONOUN_OWNER = re.compile(r"\b(?:his|her|its|their)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def owner_sides(
    text: str,
    s: int,
    obj: Trigger,
    named: Sequence[Actor],
    countries: list[tuple[int, int, str, str]],
) -> list[Actor]:
    """Who owns the act's noun phrase in the possessive ("North Korea's launch", "Hamas's
    release of"): a named actor or a country there is the act's doer, as a possessor names
    the agent of an action noun (Quirk et al. 1985, 17.41 subjective genitive); [] when none."""
    if _PRONOUN_OWNER.search(text, max(s, obj.start - 40), obj.start):
        return []  # "condemned his arrest": the pronoun owns the act, and may be its patient
    owner = _owner_re().search(text, max(s, obj.start - 60), obj.start) or _FOR_DOER.search(
        text, max(s, obj.start - 60), obj.start
    )
    if owner is None:
        return []
    own = [a for a in named if owner.start() <= a.start < obj.start]
    return own + _country_actors(countries, owner.start(), obj.start, obj, text)


def subject_span(
    text: str, t: Trigger, date: tuple[int, int], main: Trigger, end: int
) -> tuple[int, int]:
    """Where the parties and place of a dated noun ``t`` (its date's span ``date``) are told:
    a noun before the main verb is its subject ("Tuesday's Chinese drills around Taiwan drew
    warnings from Washington"), its own words from its date to the verb, and the predicate's
    parties and places are the reaction's, not the act's (Quirk et al. 1985 §10.2: the subject
    and the predicate are separate constituents); a noun after the verb runs from the verb to
    the clause's ``end``. Only a noun dated in the genitive ("Tuesday's"): a verb dated by
    a clause before the main one ("since December, when Castro promised") keeps its clause."""
    # no comma between: "at tonight's meeting, rounding on X" is an adjunct, not a subject
    if (
        t.start < main.start
        and possessive_date(text, date[1])
        and "," not in text[t.end : main.start]
    ):
        return date[0], main.start
    return main.end, end
