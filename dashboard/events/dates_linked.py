"""Dates an act takes from what the sentence links it to: the happening it is told
"during" (TimeML IS_INCLUDED), the cause whose CAMEO code the card carries, a clock time
that fixes a planned act to the day of writing, and an open condition that leaves a planned
act with no date at all.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date

from dashboard.events.cameo import Trigger
from dashboard.events.dates import DateMention, find_dates
from dashboard.events.drafts import _Draft
from dashboard.events.narrative import family_of
from dashboard.events.tokens import verb_forms
from dashboard.model import DateRange

# a verb's words up to "in the" or "during (the)" before a dated noun: "abducted by gunmen in
# the", "arrested during" ("during May Day protests", "during Tuesday's rallies": "during" takes
# a happening, so the date written on its noun is that happening's; "in" without "the" may
# be the act's own time, "arrested 20 people in May", and stays out)
_DURING_DATED = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+(?:in\s+the|during(?:\s+the)?)\s+")
# a verb's words up to "during" before a noun the date follows: "shot dead at least 16 people
# during nationwide protests" (words only: a comma or a clause's end parts the two)
_DURING_NOUN = re.compile(r"(?:\s+[\w'’-]+){0,8}?\s+during\s+(?:[\w'’-]+\s+){0,3}")


def during_dated(
    text: str,
    s: int,
    t: Trigger,
    bound: Mapping[Trigger, DateMention],
    dates: Sequence[DateMention],
) -> DateMention | None:
    """The date of the happening ``t`` is told to befall or happen during, from ``bound``
    (trigger -> the date phrase bound to it; phrase offsets are from the sentence start
    ``s``), or None. TimeML's TLINK IS_INCLUDED / DURING puts the act inside that
    happening's time:

    - "were abducted in the Oct. 7, 2023 attack": the date written before the noun;
    - "shot dead 16 people during protests on Wednesday marking the anniversary": a date
      right after the noun (bound to it), with no other date phrase between the act and
      the noun ("arrested 20 people on Tuesday during protests on Monday" keeps Tuesday).
    """
    for u, dm in bound.items():
        if (
            u.start > t.end
            and _DURING_DATED.fullmatch(text, t.end, s + dm.start)
            # "arrested 40 people on Friday during May Day marches": the act's own day
            and not any(t.end <= s + o.start < s + dm.start for o in dates)
        ):
            return dm
    for u, dm in bound.items():
        if (
            u.start > t.end
            and s + dm.start >= u.end
            and _DURING_NOUN.fullmatch(text, t.end, u.start)
            and not any(t.end <= s + o.start < u.start for o in dates)
        ):
            return dm
    return None


def coded_by_cause(
    text: str,
    s: int,
    main: Trigger,
    strong: Sequence[Trigger],
    dates: Sequence[DateMention],
    recent: Sequence[_Draft] = (),
) -> bool:
    """Whether the first of the act's dates ``dates`` stands in the subject of a causing verb right after an act
    of force whose code ``main`` carries ("Pakistani airstrikes on Kabul last Thursday had
    triggered the fighting": the fighting is coded 195 from the airstrikes, so the card is
    the airstrikes', and their date is its own). CAMEO 1.1b3 codes the most specific act of
    the event (§19: 195 aerial weapons); a cause of another kind ("the court ruling on
    Sunday sparked the protests") or one the code does not come from keeps the effect
    undated by it. With force already read in the ``recent`` drafts, "the fighting" is that
    happening told again (the reader folds it there), and the cause's date is not its own."""
    if not dates or any(family_of(p.trigger.code) == "violence" for p in recent):
        return False
    at = s + dates[0].start
    for c in strong:
        if c is main or not c.end <= at < main.start:
            continue
        if (
            family_of(c.code) == family_of(main.code) == "violence"
            and (c.full or c.code) == (main.full or main.code)
            and not re.search(r"[,;:]", text[c.end : main.start])
        ):
            return True
    return False


# a point in time after a planned act, in its clause: "would take effect at 6 p.m. local time",
# "will begin at 10:30"; not midnight (the end of the day or the start of the next), nor
# hours "from noon until 3 p.m." (a schedule, as often of a day named elsewhere)
_CLOCK_AFTER = re.compile(
    r"[^,;.]{0,60}?\bat\s+(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|(?:[01]?\d|2[0-3]):[0-5]\d|noon)"
    r"(?!\.?\s*(?:daily|nightly|every|each)\b)",
    re.IGNORECASE,
)


def planned_clock_day(
    text: str, trig: Trigger, sentence: tuple[int, int], pub: date
) -> DateRange | None:
    """The publication day for a planned act with no date phrase whose clause gives it a
    time of day ("a ceasefire would take effect at 6 p.m. local time"): TimeML anchors a
    bare time to the reference time, for a future act told with no other date the document
    time, and a wire story announces what is to start later on its own day; ACLED time
    precision 1. None without such a time, at "midnight" (which day it closes or opens the
    text does not say), for a recurring time ("at 6 p.m. daily"), or when the text before
    the sentence named a day after publication: a bare time is then anchored to that
    reference time (TimeML anaphoric times), not to the day of writing."""
    if _CLOCK_AFTER.match(text, trig.end, sentence[1]) is None:
        return None
    if any(dm.range.end > pub for dm in find_dates(text[: sentence[0]], pub)):
        return None  # "The fair opens on Saturday. … will begin at 10 a.m.": that Saturday
    why = f"planned at a time of day with no date: the day of writing ({pub}; TimeML anchoring)"
    return DateRange(pub, pub, 1, None, why)


# an open condition after a planned act: "are expected to sign a treaty after Armenia amends
# its constitution", "will return once the army withdraws its troops", "will resume when the
# bill is passed": a temporal clause in the present tense after a future act names a
# happening still to come on no day (Quirk et al. 1985 §14.25: the present for the future in
# temporal clauses), so the act is bound to no week; "if" and "unless" are left alone (a
# threat's condition: the threat is made when told, CAMEO 1.1b3 §13)
_OPEN_CONDITION = re.compile(
    r"[^,;.]{0,60}?\b(?:after|once|when|as\s+soon\s+as)\s+"
    r"(?:(?:the|its|their|his|her)\s+)?(?P<subject>(?:[\w'’-]+\s+){1,3}?)"
    r"(?:(?:is|are|has|have)\s+(?:been\s+)?[a-z]+ed\b|(?P<verb>[a-z]+s)\s+(?P<next>[\w'’-]+))",
)
# words that cannot stand in a clause's subject: "after weeks of talks", "when in power"
_NOT_SUBJECT = frozenset(
    "of in on at for with by from to and or than into over about a an the this that".split()
)
# what a verb's object or complement opens with: "amends its constitution", "approves the deal"
_OBJECT_OPENER = frozenset("its their his her the a an it them this that".split())


def open_condition(text: str, trig: Trigger, clause_end: int) -> bool:
    """Whether a planned act with no date is told to wait on an open condition after it
    ("will be signed after parliament approves it", "once the army withdraws its troops"):
    see ``_OPEN_CONDITION``. A plural noun is no verb: "after the peace talks", "after weeks
    of talks" keep the week from publication; a verb in "-s" counts only before an object's
    first word. Its date is no week from publication, but none the text gives."""
    m = _OPEN_CONDITION.match(text, trig.end, clause_end)
    if m is None or any(w.lower() in _NOT_SUBJECT for w in m["subject"].split()):
        return False
    if m["verb"] is None:
        return True  # "after the bill is approved": a passive present
    forms = verb_forms(m["verb"].lower())
    return forms is not None and "VBZ" in forms[1] and m["next"].lower() in _OBJECT_OPENER


# the time of the act is said to be untold ("has not said when the fighters will hand over
# their weapons", "it is unclear when talks will resume"): an indirect question left open
_UNTOLD_WHEN = re.compile(
    r"\b(?:(?:has|have|had|did|does|do)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:said|say|announced|"
    r"announce|disclosed|disclose|specified|specify|given|give)|(?:is|was|remains|remained)\s+"
    r"(?:unclear|not\s+clear|unknown))\s+(?:exactly\s+)?when\b[^.;!?]*$",
    re.IGNORECASE,
)
_UNTOLD_REACH = 120  # characters before the trigger


def open_when(text: str, trig: Trigger) -> bool:
    """Whether a planned act stands in a "when" question its sentence leaves open ("The group
    has not said when the fighters will disarm"): the time is what is not told (TimeML: no
    TIMEX3 anchors it), so its date is none, not the week from publication."""
    return _UNTOLD_WHEN.search(text, max(0, trig.start - _UNTOLD_REACH), trig.start) is not None


# a verb whose act lasts as long as its object's happening: one who attends or hosts a summit
# does so when the summit is (TimeML TLINK SIMULTANEOUS; ``date_clauses._COEXTENSIVE``)
_COEXTENSIVE = frozenset("host hold stage convene attend chair join".split())
# the trigger "attend the summit": the verb, then a definite object's head noun
_DEFINITE_OBJECT = re.compile(r"(?P<verb>[a-z]+)\s+the\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]{4,})$")
TOLD_BEFORE_SENTENCES = 2  # "the summit" refers to one named in the sentences just before


def happening_told_before(text: str, d: _Draft, drafts: Sequence[_Draft]) -> _Draft | None:
    """The draft of the happening a planned act ``d`` with no date shares its time with,
    when ``d`` is attending, hosting or joining "the <noun>" and one of the last
    ``TOLD_BEFORE_SENTENCES`` sentences of ``text`` named that noun in a dated act ("Egypt
    will host a summit later Monday. Netanyahu will not attend the summit": Monday). A
    definite noun refers to the happening just named (ACE 2005 event coreference), and
    attending it is SIMULTANEOUS with it (TimeML). None otherwise; the caller keeps the
    draft's own reading when that happening is dated before publication (a past meeting is
    not the one ahead)."""
    m = _DEFINITE_OBJECT.fullmatch(d.trigger.text.lower())
    forms = verb_forms(m["verb"]) if m else None
    if m is None or forms is None or forms[0] not in _COEXTENSIVE:
        return None
    noun = rf"\b{m['noun']}s?\b"
    for p in reversed(drafts):
        if p is d or not p.readings or not 0 < d.sentence - p.sentence <= TOLD_BEFORE_SENTENCES:
            continue
        words = p.trigger.text.split()
        lemma = verb_forms(words[0].lower()) if words else None
        if re.search(noun, p.trigger.text, re.IGNORECASE) or (
            lemma is not None
            and lemma[0] in _COEXTENSIVE
            and re.match(
                r"\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?" + noun, text[p.trigger.end :]
            )
        ):
            return p
    return None


# "on election day", "on polling day": the day of the election the story names (TIMEX3 DATE
# anchored to that event; lower case, so not the U.S. holiday ``dates_holidays`` reads)
_ELECTION_DAY = re.compile(r"\bon\s+(?:election|polling|voting)\s+day\b")
# a date phrase on the election's noun: "last week's election", "Sunday's vote", "the
# election on 29 October", "the October 29 election"
_ELECTION_NOUN = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:elections?|vote|polls)\b", re.I)
_NOUN_BEFORE = re.compile(r"\b(?:elections?|vote|polls)\s+(?:held\s+)?$", re.IGNORECASE)
ELECTION_REACH = 600  # characters back to the sentence that names and dates the election


def election_day(text: str, d: _Draft, pub: date) -> DateRange | None:
    """The date of the election an undated act "on election day" is told on, from the last
    date phrase in the ``ELECTION_REACH`` characters before its sentence that sits on an
    election's noun ("…declared the winner of last week's election. Security forces opened
    fire on protesters on election day": last week); None without one. TimeML dates such a
    phrase by the event it names."""
    s, e = d.evidence[0]
    if _ELECTION_DAY.search(text, s, e) is None:
        return None
    start = max(0, s - ELECTION_REACH)
    before = text[start:s]
    for dm in reversed(find_dates(before, pub)):
        on_noun = _ELECTION_NOUN.match(before, dm.end) or _NOUN_BEFORE.search(
            before, max(0, dm.start - 20), dm.start
        )
        if on_noun is not None and dm.range.end <= pub:
            why = f"'on election day': the election dated '{dm.text}' before ({dm.range.reason})"
            return DateRange(dm.range.start, dm.range.end, dm.range.precision, None, why)
    return None


# what may open the sentence before the date mention itself: a preposition of time
_FRONT_PREP = re.compile(r"\s*(?:(?:in|on|at|during)\s+)?", re.IGNORECASE)


def fronted_date(text: str, s: int, dates: Sequence[DateMention]) -> bool:
    """Whether the first of ``dates`` (offsets from the sentence start ``s``) opens the
    sentence and is closed by a comma ("In July 2021, fuel shortages set off protests"): a
    fronted adverbial of time modifies the whole clause (Quirk et al. 1985 §8.18, sentence
    adjuncts in initial position), so it dates what the clause's verb sets off, not only the
    subject's cause, as a date inside the subject ("the ruling on Sunday sparked") does."""
    if not dates:
        return False
    first = dates[0]
    if not _FRONT_PREP.fullmatch(text, s, s + first.start):
        return False  # "In" may stand outside the mention ("In July 2021,"), nothing else
    return text[s + first.end : s + first.end + 2].lstrip().startswith(",")
