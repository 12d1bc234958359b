"""Acts one clause names inside another's: the violence an "after" clause gives as the
cause of a reaction, the act a condemnation names as its object, a killing told as the
subject of a reaction, a bare toll caused by an act, and the same day's force told again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from dashboard.events.actors import Actor
from dashboard.events.after_period import NO_DAY, own_period, own_time_after, undated_answer
from dashboard.events.cameo import Trigger
from dashboard.events.clause_weeks import clause_days
from dashboard.events.dates import DateMention, precision_for
from dashboard.events.drafts import _Draft, _precision
from dashboard.events.freed_participle import freed_participle
from dashboard.events.fronted_acts import fronted_act
from dashboard.events.lexicon import word_class
from dashboard.events.narrative import family_of
from dashboard.events.prefilter import gated
from dashboard.events.reacted_acts import owner_sides, reacted_object, yielded
from dashboard.events.span_of_force import span_of_force
from dashboard.events.tokens import verb_forms
from dashboard.model import DateRange


def _violence_as_subject(
    text: str, main: Trigger, strong: list[Trigger], bound: dict[Trigger, DateMention]
) -> Trigger | None:
    """A killing, attack or massacre told as the subject of a reaction ("the killing of two
    journalists drew condemnation"): a happening of its own beside the reaction."""
    if family_of(main.code) == "violence":
        return None
    for t in strong:
        if t is main or t in bound or t.start > main.start or not _done_to(t):
            continue
        if t.text.lower() in word_class("AGENT_NOUN"):
            # "Gunmen blew up the tracks": an agent noun names who acted, not an act
            # (WordNet 3.0 gunman.n.01 'a professional killer who uses a gun'); the doer as
            # the subject of another verb tells that verb's act, no killing of its own
            continue
        if _ASKED_FOR.search(text, max(0, t.start - 30), t.start):
            continue  # "calls for the arrest of the general sparked protests": not done
        if not re.search(r"[;:]|,\s", text[t.end : main.start]):
            return t
    return None


# a noun asked for, planned or threatened is no act done ("calls for the arrest", "a warrant
# for the arrest", "the threat of strikes"): CAMEO 1.1b3 §02 and §13 code the asking
_ASKED_FOR = re.compile(
    r"\b(?:calls?|demands?|appeals?|pleas?|plans?|threats?|warrants?|bids?|push|petitions?)"
    r"\s+(?:for|of|to)\s+(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)


def _done_to(t: Trigger) -> bool:
    """Force (CAMEO 18-20), a seizure (171: "Iran's seizure of the tanker"), a sanction (172:
    "lifted martial law after he declared it"), an arrest (173) or repression (175: "police
    shot dead 19 demonstrators"): acts presupposed done when told as what a reaction answers."""
    return family_of(t.code) == "violence" or (t.full or t.code).startswith(_DONE_TO)


# Verbs that judge or answer an act (CAMEO 1.1b3 §11 disapprove, §018 sympathy): their
# object happened, whatever they say of it ("condemned the riot", "mourned the victims of")
_JUDGING = frozenset({"11", "12"})
# a capitalised word may stand between ("condemned the Israeli air strike"), a modifier of the
# noun phrase, then one plain modifier ("the Russian missile attack"), no preposition ("for")
_OBJECT_GAP = re.compile(
    r"\s+(?:the|a|an|this|that|last|its|their|\w+['’]s)?\s*(?:(?-i:[A-Z])[\w-]*\s+)?"
    r"(?:(?!(?:for|of|to|and|or|but|over|in|on|at|by|with|from|after|as|that|which|who|"
    r"was|were|is|are|had|has)\b)(?-i:[a-z])[\w-]*\s+)?"
)
# the act's own place then its date: "the riot in Brazil's capital on 8 January" names one
# happening; a bare date after the noun ("condemned the invasion on Friday") dates the verb
# or the place it was aimed at, named ("the missile attack on Odesa on Tuesday")
_OWN_PHRASE = re.compile(
    r"(?:\s+(?:(?:on|against|of)\s+)?[^,;.]{1,30}?)?\s+(?:in|at|near|outside|across|throughout)\s+"
    r"[^,;.]{1,40}?\s*|"
    r"(?:\s+(?:on|against))?(?:(?<=\bon)|(?<=against))\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+"
)


def _judged_object(
    text: str, s: int, main: Trigger, strong: list[Trigger], dates: list[DateMention]
) -> tuple[Trigger, DateMention] | None:
    """The violent act or riot a condemnation names as its direct object, dated in its own
    phrase ("condemned the riot in Brazil's capital on 8 January"): a happening of its own,
    as a dated noun before the verb's subject is (``_violence_as_subject``)."""
    announced = (
        _announced_object(text, s, main, strong, dates)
        or _met_at(text, s, main, strong, dates)
        or reacted_object(text, s, main, strong, dates)
        or freed_participle(text, s, main, strong, dates)
        or fronted_act(text, s, main, strong, dates)  # "Following X's arrest of Y on Monday,"
    )
    if announced is not None or main.code not in _JUDGING:
        return announced
    gap_end = main.end
    for t in strong:
        if t.start <= main.end:
            continue
        if gap_end == main.end and _repression_of(text, main.end, t):
            # "condemned the crackdown on protests that broke out ...": the protests
            gap_end = t.end
            continue
        if not (family_of(t.code) == "violence" or t.code == "14"):
            continue
        if gap_end == main.end:
            gap = _OBJECT_GAP.fullmatch(text, main.end, t.start)
        elif _REPRESSED.fullmatch(text, gap_end, t.start) and _BROKE_OUT.match(text, t.end):
            gap = _REPRESSED.fullmatch(text, gap_end, t.start)
        else:
            return None  # "the crackdown on protesters in X": who was repressed, no protest told
        if not (gap or _blamed_toll(text, main, t)):
            return None  # only the verb's own object, not a noun further on
        for dm in dates:
            if s + dm.start >= t.end and (
                _OWN_PHRASE.fullmatch(text, t.end, s + dm.start)
                or _judged_now(text, main, t, s + dm.start)
            ):
                return t, dm
        return None
    return None


def _judged_now(text: str, main: Trigger, t: Trigger, date_at: int) -> bool:
    """A day right after the judged noun while the judging verb is in the present ("strongly
    condemns the attack yesterday against peacekeepers"): a statement made now cannot have
    been made yesterday, so the day is the noun's (TimeML 1.2.1: a TIMEX3 anchors the event
    it modifies; the simple present of a performative verb is the time of speaking, Quirk et
    al. 1985 §4.18), and the attack is a happening of its own."""
    return not main.text.lower().endswith(("ed", "ing")) and not text[t.end : date_at].strip()


# "condemned the crackdown on protests that broke out in X on Monday": a condemnation's object
# may be a repression (CAMEO 1.1b3 §175 use tactics of violent repression) of a protest (§14);
# the protest it was aimed at happened too (the repression presupposes it, as "condemned the
# attack on X" presupposes the attack), and when its own clause gives it a place and a day it
# is a happening of its own, as the condemned act itself is
_REPRESSED = re.compile(r"\s+(?:on|against|of)\s+(?:the\s+)?", re.IGNORECASE)
# the protest's own clause tells that it began (FrameNet 1.7 Process_start: "break out",
# "erupt", "begin"; "spread" and "sweep" tell it under way): a protest only planned or called
# ("protests planned for Saturday") has not happened and is left to the condemnation
_BROKE_OUT = re.compile(
    r"\s+(?:that|which)\s+(?:had\s+)?(?:broke|broken|erupted|began|begun|started|spread|swept)\b",
    re.IGNORECASE,
)


def _repression_of(text: str, after: int, t: Trigger) -> bool:
    """``t`` is a repression noun (§175) that is the judging verb's own object, right after
    it ("condemned the crackdown"), so a protest named after it may be the act judged."""
    return (t.full or "").startswith("175") and bool(_OBJECT_GAP.fullmatch(text, after, t.start))


# "told Scholz at their talks in Berlin yesterday that…", "the treaty the two signed at their
# summit in Hanoi a day earlier": the meeting is named as the occasion of another act, with a
# possessive that refers to the act's sides ("their"), and its own place and day; the occasion
# of a done act took place (the preposition "at" locates the act in it: FrameNet 1.7
# Discussion/Meet_with take the meeting's place and time as its own), so it is a happening of
# its own, CAMEO 1.1b3 §040 (consult), beside what was said or signed there
_AT_THEIR = re.compile(r"\b(?:at|during)\s+their\s+$", re.IGNORECASE)
_MEETING_NOUN = re.compile(r"(?:talks|meeting|summit)", re.IGNORECASE)


def _met_at(
    text: str, s: int, main: Trigger, strong: list[Trigger], dates: list[DateMention]
) -> tuple[Trigger, DateMention] | None:
    """A meeting (CAMEO 04) named as the occasion "at their talks in X <day>", with its own
    place and day (``_OWN_PHRASE``) and no verb of its own: that meeting and its date."""
    for t in strong:
        if t is main or t.code[:2] != _MEET_ROOT or not _MEETING_NOUN.fullmatch(t.text):
            continue
        if not _AT_THEIR.search(text, max(s, t.start - 20), t.start):
            continue
        for dm in dates:
            if s + dm.start >= t.end and (
                _OWN_PHRASE.fullmatch(text, t.end, s + dm.start)
                or _judged_now(text, main, t, s + dm.start)
            ):
                return t, dm
    return None


def met_sides(
    text: str,
    s: int,
    obj: Trigger,
    named: Sequence[Actor],
    countries: list[tuple[int, int, str, str]],
) -> list[Actor]:
    """Who met at the meeting ``_met_at`` found: the named actors of the sentence (from its
    start ``s``) before "their" ("Putin told Erdogan at their talks"), whom the possessive
    refers to; for any other judged object, the country of its possessive ("condemned Russia's
    detention of …", ``reacted_acts.owner_sides``), else [] (its sides are read from its own
    phrase)."""
    if not (
        _MEETING_NOUN.fullmatch(obj.text)
        and _AT_THEIR.search(text, max(s, obj.start - 20), obj.start)
    ):
        return owner_sides(text, s, obj, named, countries)
    return [a for a in named if s <= a.start < obj.start]


# verbs that answer a decision with words or in the street (CAMEO 1.1b3 §11, §12, §14)
_PROTESTING = frozenset({"11", "12", "14"})
# the verb's object is an actor's announcement or decision, dated in its own phrase, whose
# complement names the act announced ("rallied against the cabinet's announcement last week
# that it would halt the talks", "denounced the junta's decision on Monday that it would
# expel the envoy"): the announcing is a happening of its own, coded by the act it announces
# (CAMEO 1.1b3 codes an act by what is done, and a decision announced is taken when told).
# A noun's infinitive ("the decision to halt talks") is heads._dependent's: no act of its own.
_ANNOUNCED = re.compile(
    r"(?:[^,;.]{0,40}?\b(?:against|of|at|over))?\s+(?:the|an?|its|their|this|\w+['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?P<noun>announcement|decision|move)\s+"
    r"(?P<when>[^,;.]{1,30}?)\s+that\s+(?:it|they|he|she)\s+(?:would|will)\s+",
    re.IGNORECASE,
)


def _announced_object(
    text: str, s: int, main: Trigger, strong: list[Trigger], dates: list[DateMention]
) -> tuple[Trigger, DateMention] | None:
    """The act an announcement or decision names, when that noun is ``main``'s object and
    carries its own date: the act's trigger, widened back to the noun, and that date."""
    if main.code not in _PROTESTING:
        return None
    for t in strong:
        if t.start <= main.end or t.code in ("01", "02", "10", "11", "12", "14"):
            continue
        m = _ANNOUNCED.fullmatch(text, main.end, t.start)
        if m is None:
            return None
        for dm in dates:
            if m.start("when") <= s + dm.start and s + dm.end <= m.end("when"):
                at = m.start("noun")
                return replace(t, start=at, text=text[at : t.end]), dm
        return None
    return None


# "responsible for the explosions of radios that killed nine": the harm a blame names (CAMEO
# 1.1b3 §112, the lexicon's "responsible for" row), told on by a restrictive relative clause
# whose verb is its toll; the harm is presupposed to have happened, as a condemned act is, and
# the toll is its own clause's verb (Quirk et al. 1985, 17.12), dated by its own phrase
_HARM_RELATIVE = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:that|which)\s+(?:had\s+)?",
    re.IGNORECASE,
)
_TOLL_VERB = re.compile(r"(?:killed|wounded|injured|maimed)", re.IGNORECASE)


def _blamed_toll(text: str, main: Trigger, t: Trigger) -> bool:
    """``t`` is the toll verb of the relative clause on the harm a blame (§112) names."""
    return (
        (main.full or "").startswith("112")
        and _TOLL_VERB.fullmatch(t.text) is not None
        and _HARM_RELATIVE.fullmatch(text, main.end, t.start) is not None
    )


# "after" opening a clause of its own, not a span of time ("after two days of talks"), or a
_AFTER = gated(  # building's "where a fire killed ..." (hazards.csv, hap98): the fire's clause
    r"\b(?:after|where(?=\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:fire|blaze)\b))\s+"
    r"(?!(?:\w+\s+){0,2}(?:hours?|days?|weeks?|months?|years?|decades?)\b)",
    re.IGNORECASE,
)


def after_act(
    text: str, s: int, end: int, main: Trigger, strong: list[Trigger], dates: list[DateMention]
) -> tuple[Trigger, DateRange | None] | None:
    """The violent act an "after" clause tells as the cause of a non-violent main act, dated
    to the day in that clause ("declared mourning after a missile destroyed a block of flats
    on Saturday"): a happening of its own (TimeML: a temporal subordinate clause has its own
    event, ordered BEFORE the main one). Only force (CAMEO 18-20), as ``_judged_object``, and
    a meeting (04) that a statement (01-13) answers; an act the story told before is folded
    into it by the caller. A past act whose clause has no day of its own ("criticised him on
    Friday after he met Putin in Moscow") is dated to the week up to the main clause's day
    (precision 2): BEFORE that day, by TimeML's reading of "after". Force whose clause has
    no day but "overnight" ("recalled its envoy on Tuesday after missiles hit a house near
    Erbil overnight") comes with ``None`` for its date: the caller dates it as the reader dates
    a main clause's "overnight", to the night ending on the publication day."""
    violent = family_of(main.code) == "violence"
    spanned = None if violent else span_of_force(text, s, main, strong, dates)
    if spanned is not None:
        return spanned
    # a meeting told as what a statement answered ("Seoul voiced alarm on Thursday after the
    # two leaders met in Pyongyang on Wednesday"): CAMEO's verbal roots (01-13) react to it
    meets = main.code[:2] in _REACTS and main.code[:2] != _MEET_ROOT
    t = _after_clause_act(text, end, main, strong, meets)
    if t is None and not violent and _TOLL_WHEN.search(text, main.end, end):
        # "held a day of mourning for an officer killed when gunmen ambushed a patrol early
        # on Sunday": the toll's cause clause tells a happening of its own, with its own day
        t = _after_clause_act(text, end, main, strong, meets, cause=True)
    if t is None:
        return None
    # a place set off by commas ("in the village of Banjska, in northern Kosovo, early on
    # Sunday") does not close the clause: blanked, offsets kept
    clause = _PLACE_ASIDE.sub(lambda m: " " * len(m.group()), text[t.end : end])
    stop = re.search(r"[,;]", clause)
    last = t.end + stop.start() if stop else end
    days = clause_days(dates, s, t.end, last, t.full or t.code)  # a day, or a week for force
    if violent:
        # "attacked border posts on Saturday, days after airstrikes killed 46 people in
        # Paktika on December 24": force answering force is a happening of its own only
        # when its clause names another day than the main clause (ACLED codes one event
        # per day); without one it may be the same fighting told twice
        main_day = [dm.range for dm in dates if main.end <= s + dm.start < t.start]
        if days and main_day and days[0].range != main_day[-1]:
            return t, days[0].range
        if main_day and not days and _named_victim(text, main.end, t):
            # "fighting broke out late Monday after the head of an armed group, N. N., was
            # killed": one named person killed is an act of its own that set the fighting off
            # (ACLED codes a targeted killing apart from the clashes it sparks), on the main
            # clause's day or the one before (TimeML: the clause's event is BEFORE the main)
            day = main_day[-1]
            first = day.start - timedelta(days=1)
            reason = f"before the main clause's date ({day.reason}): what it came after"
            return t, DateRange(first, day.end, precision_for(first, day.end), day.text, reason)
        return None
    if days:
        return t, days[0].range
    # "after drones attacked two tankers last month": force's own week or month (a meeting
    # "last week" stays background, as it does without a day)
    period = own_period(s, (t.end, last), main, dates) if family_of(t.code) == "violence" else None
    if period is not None:
        return t, period
    if _overnight_force(text, t, last):
        return t, None  # the caller dates it as "overnight" (the night ending on publication)
    past = any("VBD" in (verb_forms(w.lower()) or ("", frozenset()))[1] for w in t.text.split())
    main_days = [
        dm.range
        for dm in dates
        if main.end <= s + dm.start < t.start and dm.range.start == dm.range.end
    ]
    counted = _counted_before(text, main.end, t, main_days) if past else None
    if counted is not None:
        return t, counted  # "arrested 40 men on Thursday, days after gunmen stormed a studio"
    # only a verbal reaction (CAMEO 01-13), a cut in relations (16: "recalled its envoy on Sunday
    # after Algeria's army shot down a drone") or a security response (§151 "security was
    # tightened", §0814 emergency laws lifted, §1661 peacekeepers pulled out, §1723-4 a curfew or
    # state of emergency "imposed after gunmen attacked a village") answers what it came after
    # at once ("criticised him on Friday after he met Putin"); "held talks on Sunday after
    # gunmen attacked a church" may follow an attack long past, so it gives none. A disaster the
    # main act answers does ("appealed for help on Wednesday after floods killed 30"): the
    # response follows the hazard (EM-DAT), which struck in the week up to that day; with no
    # day in the main clause ("rescued after their boat sank") it is the rescue's own story
    answers = meets or (
        not main.flags and (main.code[:2] == _REDUCE_ROOT or (main.full or main.code) in _RESPONSES)
    )
    if past and not dates and undated_answer(main, t):  # "curfew imposed after gunmen killed"
        return t, NO_DAY
    if not (answers or (_hazard(t) and not _hazard(main))) or not past or not main_days:
        return None
    if own_time_after(text, s, (t.end, end), dates):
        return None
    day = main_days[-1]
    reason = f"the main clause's date ({day.reason}): what it came after, on or before it"
    return t, DateRange(day.end - timedelta(days=6), day.end, 2, day.text, reason)


# a distance told before "after" ("days after", "two days after", "hours after"): TimeML
# anchors the clause's act BEFORE the main one by that duration (a TIMEX3 DURATION)
_COUNTED_AFTER = re.compile(
    r"\b(?:(?P<n>a|an|one|two|three|four|five|six|\d)\s+)?(?P<unit>hours?|days?)\s+after\s",
    re.IGNORECASE,
)
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def date_cause(sec: _Draft, when: DateRange | None, recent: list[_Draft]) -> _Draft | None:
    """Date ``sec``, the act an "after" clause or a judgement names, by ``when``, its clause's
    date, and return the force of that day among ``recent`` drafts (``_same_day_force``: the
    story's own telling of it; pass none for a judgement), or None. ``when`` None
    (``after_act``'s "overnight" force) flags it as told "overnight", which
    ``date_reckoning`` reads as the night ending on the publication day, as for any clause;
    it has no day to look up."""
    if when is None or when is NO_DAY:  # NO_DAY: undated as its answer, no night told
        sec.overnight = when is None
        return None
    sec.readings.append((when, _precision(sec.location)))
    return _same_day_force(recent, when) if recent else None


def _counted_before(
    text: str, start: int, t: Trigger, main_days: list[DateRange]
) -> DateRange | None:
    """The date of the act ``t`` an "after" clause tells with a distance before it, counted
    back from the main clause's day (``main_days``' last): "two days after" that day less two
    (precision 1); bare "days after" two to thirteen days before (more than a day, less than
    the "weeks" a longer gap would be told in); "hours after" that day or the one before.
    None when no distance stands right before the clause's "after" or the main clause names
    no day."""
    m = next(reversed(list(_COUNTED_AFTER.finditer(text, start, t.start))), None)
    if m is None or not main_days or re.search(r"[;:]", text[m.end() : t.start]):
        return None
    day, n = main_days[-1].end, m.group("n")
    if m.group("unit").lower().startswith("hour"):
        first, last = day - timedelta(days=1), day
    elif n is not None:
        count = int(n) if n.isdigit() else _COUNTS[n.lower()]
        first = last = day - timedelta(days=count)
    else:
        first, last = day - timedelta(days=13), day - timedelta(days=2)
    reason = f"'{m.group().strip()}' the main clause's date ({main_days[-1].reason}): before it"
    return DateRange(first, last, precision_for(first, last), m.group().strip(), reason)


def _after_clause_act(
    text: str,
    end: int,
    main: Trigger,
    strong: list[Trigger],
    meets: bool = False,
    cause: bool = False,
) -> Trigger | None:
    """The first act of force (CAMEO 18-20), seizure (171) or arrest (173) (``_done_to``;
    with ``meets``, also a meeting, 04, a show of force, 15, or a cut in relations, 16; but
    for ``cause``, a launch or drill, 150, or a yielding act, 08, ``reacted_acts.yielded``) that is
    the own verb of an "after" clause following ``main`` before ``end``, if any; with ``cause``, of a "when" clause too ("were killed when a bomb went off": the clause tells the cause)."""
    after = (_CAUSE_CLAUSE if cause else _AFTER).search(text, main.end, end)
    stretch = _STRETCH_AS.match(text, main.start, end) if cause else None
    if stretch is not None and (after is None or stretch.end() <= after.start()):
        after = stretch  # "Russia's war … continued on Tuesday as drones struck Kharkiv"
    if after is None:
        return None
    if cause and _SPAN_BEFORE.search(text, max(0, after.start() - 12), after.start()):
        return None  # "killed days after a missile struck": a later death, told apart
    for t in sorted(strong, key=lambda t: t.start):  # the clause's first act, in text order
        if t.start < after.end():
            continue
        # a launch or drill; a yielding act ("examined after being freed on Saturday")
        launch = not cause and (_show_of_force(t) or yielded(text, t))
        # "killed when protesters attacked the police station": a riot (§145) is force
        # that causes deaths as an attack does (CAMEO 1.1b3 §145 protest violently, riot)
        riot = cause and (t.full or "") == _RIOT
        # "protested after Turkey sent two frigates into the disputed waters", "accused him of
        # bullying after Turkey stopped all trade with Israel": a verbal reaction answers a
        # show of force (§15: a deployment, an alert) or a cut in relations (§16) done before
        # it, as it answers a meeting; so does a protest (§14: "Athens protested after ...")
        answering = meets or (not cause and main.code[:2] == _PROTEST_ROOT)
        answered = answering and not t.flags and t.code[:2] in _ANSWERED_ROOTS
        if not (
            (
                _done_to(t) and not (cause and t.full == "175")
            )  # "killed when police fired": told once
            or (meets and t.code[:2] == _MEET_ROOT)
            or _hazard(t)
            or launch
            or riot
            or answered
        ):
            continue
        # a name set off by commas after the subject's head ("the head of the group, N. N.,
        # was killed"): an apposition inside the clause's subject, no clause boundary
        between = _NAME_APPOSITION.sub(lambda m: " " * len(m.group()), text[after.end() : t.start])
        if re.search(r"[,;:]", between):
            return None  # only the clause's own verb, not one past a comma
        return t
    return None


# "overnight" as an adverb or the act's adjective, not a figure ("an overnight stay")
_OVERNIGHT = re.compile(
    r"\bovernight\b(?!\s+(?:success|sensation|stay|stays|bag|train|flight|bus))", re.I
)


def _overnight_force(text: str, t: Trigger, last: int) -> bool:
    """Is ``t`` force (CAMEO 18-20) or a launch (150) whose "after" clause, up to ``last``
    (its first comma or the sentence's end), tells its time only as "overnight", after the
    verb ("after missiles hit a house near Erbil overnight") or as its adjective just before
    it ("after overnight strikes hit the port")? "Overnight" is a time of its own (TimeML
    TIMEX3: the night before the telling), so the act is a happening of its own, as one
    dated "on Monday" is; a clause with no time at all stays the main clause's story."""
    if not (family_of(t.code) == "violence" or _show_of_force(t)):
        return False
    before = text[max(0, t.start - 30) : t.start]
    return bool(_OVERNIGHT.search(text, t.end, last) or _OVERNIGHT.search(before))


def _show_of_force(t: Trigger) -> bool:
    """A launch or drill coded CAMEO 1.1b3 §150 (demonstrate military power: "fired a
    missile", "a missile fell off the coast", "held drills"): done when told in an "after"
    clause ("asked for a session after the missile fell off X on Sunday"), so, like force, a
    happening of its own with that clause's day (TimeML: BEFORE the main act). Not the
    threatened or planned ones (flags), nor §15's alerts and mobilisations (152-155)."""
    return t.full == "150" and not t.flags


def _hazard(t: Trigger) -> bool:
    """A disaster (``DIS-`` types): "protests began after a canopy collapsed on November 1"
    tells the collapse, a happening of its own (EM-DAT), dated by its own clause's day."""
    return t.code.startswith("DIS-")


_CAUSE_CLAUSE = re.compile(
    r"\b(?:after|when)\s+(?!(?:\w+\s+){0,2}(?:hours?|days?|weeks?|months?|years?|decades?)\b)",
    re.IGNORECASE,
)
# a person's name in apposition, set off by commas ("the head of an armed group, Abdulghani
# al-Kikli,"): Quirk et al. (1985, 17.65) non-restrictive apposition
_NAME_APPOSITION = re.compile(
    r",\s+[A-Z][\w'’.-]*(?:\s+(?:al-|el-|bin\s+|ibn\s+|de\s+|van\s+)?[A-Z][\w'’.-]*){0,3},"
)
# the passive of a killing whose subject ends on such a name: a named person killed
_KILLED_PASSIVE = re.compile(
    r"\b(?:was|had\s+been)\s+(?:shot\s+dead|killed|assassinated|murdered|shot\s+and\s+killed)\b"
)
_PLACE_ASIDE = re.compile(r",\s+(?:in|near|outside)\s+[^,;]{1,40},")
_TOLL_WHEN = gated(r"\b(?:killed|wounded|injured|hurt|died)\s+when\s", re.IGNORECASE)
_SPAN_BEFORE = re.compile(r"\b(?:hours?|days?|weeks?|months?|years?)\s+$", re.IGNORECASE)
# a toll's verbs: ACLED's fatalities and CAMEO's bare "kill" (§190) tell an outcome, not the act
_TOLL = re.compile(r"(?:killed|died|wounded|injured|hurt)", re.IGNORECASE)


def _bare_toll(toll: Trigger, act: Trigger) -> bool:
    """Is ``toll`` a bare casualty verb coded by the generic §190 row, and ``act`` (its cause
    clause's act of force) coded more specifically ("a bomb went off", 183; "a missile
    struck", 195)? CAMEO 1.1b3 codes the act that caused the deaths, not the deaths."""
    generic = toll.full in (None, "190") and toll.code == "19"
    return generic and bool(_TOLL.fullmatch(toll.text)) and act.full not in (None, "190")


# "The fighting began on Wednesday, when India fired missiles at nine sites": a stretch of
# force whose start a "when" clause tells; that clause's act is what happened that day
# (TimeML BEGINS: the clause's event is the start of the stretch), so CAMEO codes the act.
# A stretch that escalated or went on "when" or "as" an act was done ("The war, now in its
# fourth year, escalated on Tuesday when Russia launched 300 drones") tells that act too:
# a war going on is no new event (CAMEO 1.1b3 codes discrete acts), the act is the news
_STRETCH_HEAD = (
    r"(?:fighting|hostilities|clashes|war|violence|conflict|escalation)"
    r"(?:\s*,[^,;.]{1,80},)?\s+(?:began|started|erupted|broke\s+out|flared(?:\s+up)?|"
    r"escalated|intensified|continued|raged\s+on|raged|worsened|deepened)\b[^,;]{0,40}?,?\s+"
)
_STRETCH = re.compile(_STRETCH_HEAD + r"(?:when|as)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
# the "as" of a stretch's clause ("continued on Tuesday as drones struck Kharkiv"): "as"
# is no cause clause elsewhere ("killed as part of"), so only a stretch's opens one
_STRETCH_AS = re.compile(_STRETCH_HEAD + r"as\s+", re.IGNORECASE)


def began_with(text: str, stretch: Trigger, act: Trigger) -> bool:
    """Is ``stretch`` a noun of force that began when ``act`` was done (a generic §190)?"""
    generic = stretch.full in (None, "190") and stretch.code == "19"
    return generic and _STRETCH.fullmatch(text, stretch.start, act.start) is not None


_MEET_ROOT = "04"  # CAMEO 04 consult: meet, visit, host
_REDUCE_ROOT = "16"  # CAMEO 1.1b3 §16 reduce relations: recall an envoy, cut ties
_RESPONSES = frozenset({"151", "0814", "1661", "1723", "1724"})  # security responses (below)
_RIOT = "145"  # CAMEO 1.1b3 §145 protest violently, riot
_DONE_TO = ("171", "172", "173", "175")  # seize, sanction, arrest, repress (``_done_to``)
_ANSWERED_ROOTS = frozenset({"15", "16"})  # exhibit force posture, reduce relations
_PROTEST_ROOT = "14"  # CAMEO 1.1b3 §14 protest (a state's is coded §114 later)
_REACTS = frozenset(f"{n:02d}" for n in range(1, 14))  # CAMEO's verbal roots, 01-13


def _same_day_force(drafts: list[_Draft], day: DateRange) -> _Draft | None:
    """The story's latest act of force read on ``day``: what an "after" clause tells again."""
    for d in reversed(drafts):
        if family_of(d.trigger.code) == "violence" and any(
            (r.start, r.end) == (day.start, day.end) for r, _ in d.readings
        ):
            return d
    return None


def _np_start(text: str, floor: int, noun_start: int) -> int:
    """Where the noun phrase of a noun trigger starts: its article ("the massacre")."""
    det = re.search(r"\b(?:the|a|an)\s+$", text[max(floor, noun_start - 5) : noun_start], re.I)
    return noun_start - (len(det.group()) if det else 0)


def unborrow_place(main: _Draft, cause: _Draft) -> None:
    """Clear the place of an act of force ``main`` taken from the "after" clause that told
    ``cause``, a happening of its own ("attacked border posts on Saturday, days after
    airstrikes killed 46 people in Paktika"): Paktika is the airstrikes' place, and the main
    act falls back on its own sides and dateline (ACLED codes each event where it was)."""
    loc = main.location
    if family_of(main.trigger.code) != "violence" or loc is None:
        return
    if cause.clause[0] <= loc.start < cause.clause[1]:
        main.location, main.location_reason = None, ""


def _named_victim(text: str, start: int, t: Trigger) -> bool:
    """Whether ``t`` is the passive killing of one person named in apposition right before it
    ("…, after the head of a powerful armed group, Abdulghani al-Kikli, was killed")."""
    if not _KILLED_PASSIVE.match(text, max(0, t.start - 12)) and not _KILLED_PASSIVE.search(
        text, max(start, t.start - 12), t.end
    ):
        return False
    names = list(_NAME_APPOSITION.finditer(text, start, t.start))
    return bool(names) and not text[names[-1].end() : t.start].strip(" ").split()[1:]
