"""The day a threat, a warning or a promise was told, when the act it names is dated ahead.

"The union threatened on Tuesday to strike next month": the threat (CAMEO 13) happened on
Tuesday; "next month" dates the strike it names. TimeML gives each its own TIMEX3 and anchors
the saying event on the date next to its verb; the event reader dates the telling by that
date rather than by the week up to publication, the fallback when the sentence names no day
of the telling at all.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dashboard.events.cameo import Trigger
from dashboard.events.date_clauses import saying_verb
from dashboard.events.dates import DateMention, find_dates
from dashboard.events.dates_common import MONTH_NAMES_RX
from dashboard.events.dates_tense import verb_tense
from dashboard.events.narrative import inferred_range
from dashboard.events.tokens import verb_forms
from dashboard.model import DateRange

# the telling's date sits next to its verb ("threatened on Tuesday to", "on Tuesday
# threatened"), with no clause break in between: a comma or a relative word starts another
# clause, whose date is its own act's ("the rebels, who attacked on Monday, threatened …")
_NEAR_CHARS = 30
_BREAK = re.compile(r"[,;:()]|\b(?:who|which|that|whose|where|when|after|before)\b", re.I)
# CAMEO 1.1b3's verbal acts whose content may lie ahead: a statement (01), an appeal (02), an
# intent (03), a demand (10) and a threat (13) are made when told, whatever date their act has
SAYING_ROOTS = frozenset({"01", "02", "03", "10", "13"})
# the unit of publication, as a date phrase: "this year", "later this month"
_UNIT_NOW = re.compile(
    r"(?:(?:later|earlier)\s+)?this\s+(?:year|month|summer|winter|spring|autumn|quarter)",
    re.IGNORECASE,
)
# an infinitive after the telling verb: "agreed to send", "pledged to deliver"
_INFINITIVE = re.compile(r"\bto\s+(?P<verb>[a-z]+)\b")
# "On Tuesday, the union threatened …": a date fronting the sentence dates its main verb
_FRONTED = re.compile(r"\s*(?:On|Early|Late|Earlier|Last)?\s*", re.I)


def aimed(code: str, sentence: str, verb: tuple[int, int], act: DateRange, pub: date) -> bool:
    """Whether ``act``, the date of a verbal act of CAMEO ``code`` at ``verb``, dates the act it
    names rather than the telling: a date after ``pub``, or the unit of publication standing
    in the infinitive clause after the verb ("The EU agreed to send food aid to Sudan this
    year": the sending's year; TimeML 1.2.1 anchors a TIMEX3 to its own clause's event, and
    an adverbial closing the infinitive modifies the infinitive, Quirk et al. 1985 §8.15)."""
    if code[:2] not in SAYING_ROOTS:
        return False
    if act.start > pub:
        return True
    if not act.text or not _UNIT_NOW.fullmatch(act.text):
        return False
    at = sentence.find(act.text, verb[1])
    if at <= 0 or _BREAK.search(sentence, verb[1], at) is not None:
        return False
    # "to send", not the preposition: "entered a plea to the charges earlier this month"
    return any(
        "VB" in (verb_forms(m["verb"].lower()) or ("", frozenset()))[1]
        for m in _INFINITIVE.finditer(sentence, verb[1], at)
    )


def telling_date(
    sentence: str, verb: tuple[int, int], act: DateRange, pub: date
) -> DateRange | None:
    """The date the sentence gives its telling verb at ``verb`` (start, end offsets in
    ``sentence``), when ``act`` (the date of the act told, after ``pub``) is not it; None when
    no past date stands next to the verb. The date must end by publication: what a report
    tells as threatened was threatened by then."""
    found = [
        dm
        for dm in find_dates(sentence, pub)
        if dm.range.end <= pub and dm.text != act.text and dm.range.start <= dm.range.end
    ]
    near = [dm for dm in found if _next_to(sentence, dm, verb)]
    if not near:
        return None
    best = min(near, key=lambda dm: min(abs(dm.start - verb[1]), abs(verb[0] - dm.end)))
    why = f"'{best.text}' dates the telling; '{act.text}' dates the act it names"
    return replace(best.range, reason=f"{best.range.reason}; {why}")


def told_by_publication(
    sentence: str, verb: tuple[int, int], act: DateRange, pub: date, why: str
) -> tuple[DateRange, bool]:
    """The date of a verb told in the past whose sentence's date ``act`` lies after ``pub``:
    the past date next to the verb (``telling_date``), else the week up to publication.
    Returns the range and whether it is inferred; ``why`` says whose ``act`` is."""
    own = telling_date(sentence, verb, act, pub)
    if own is not None:
        return own, False
    told = inferred_range(pub, planned=False)
    return replace(told, reason=f"{why}; {told.reason}"), True


# "accused X of killing …": the act alleged opens on "of" and a gerund
_ALLEGED = re.compile(r"\bof\s+(?:[a-z]+ly\s+)?[a-z]+ing\b")
ALLEGED_BEFORE_DAYS = 7  # a date this long before publication is not news of the telling


def alleged_act_dated(sentence: str, verb: tuple[int, int], act: DateRange, pub: date) -> bool:
    """Whether ``act``, the date phrase of an accusation at ``verb``, stands inside the act
    alleged ("accused soldiers of killing 30 protesters in 2020") and ends more than
    ``ALLEGED_BEFORE_DAYS`` before ``pub``: then it dates that act, and the accusation, told
    as news, is dated by publication (TimeML gives each event its own time). A period that
    runs up to publication ("of abducting 14 farmers earlier this month", "this year") is the
    act alleged's too: the wires tell an accusation's own time by its day (AP Stylebook,
    days of the week), and the phrase is inside the gerund's clause (its scope, TimeML); a
    day or week within the last seven days stays the accusation's ("accused … of shelling
    Kharkiv on Sunday")."""
    recent = act.end >= pub - timedelta(days=ALLEGED_BEFORE_DAYS)
    if not act.text or (recent and act.start >= pub - timedelta(days=ALLEGED_BEFORE_DAYS)):
        return False
    at = sentence.find(act.text, verb[1])
    return at > 0 and _ALLEGED.search(sentence, verb[1], at) is not None


def _next_to(sentence: str, dm: DateMention, verb: tuple[int, int]) -> bool:
    """Whether ``dm`` is the verb's own: right after it or right before it with no clause
    break between, or fronting the sentence before a comma ("On Tuesday, …")."""
    if dm.start >= verb[1]:
        gap = sentence[verb[1] : dm.start]
    elif dm.end <= verb[0]:
        gap = sentence[dm.end : verb[0]]
        if _FRONTED.fullmatch(sentence, 0, dm.start) and sentence[dm.end : dm.end + 1] == ",":
            return _BREAK.search(sentence, dm.end + 1, verb[0]) is None
    else:
        return False
    return len(gap) <= _NEAR_CHARS and _BREAK.search(gap) is None


# the word right after a noun trigger: its verb ("the roadside bomb exploded")
_NEXT_WORD = re.compile(r"\s+[a-z]+\b")


def told_in_past(sentence: str, t: Trigger, s0: int) -> bool:
    """Whether the trigger ``t`` is told in the simple past: the verb group ending at its
    first word ("attacked") or its last ("soldiers stormed"), or, for a noun trigger, the
    verb right after it ("the roadside bomb exploded") unless that verb is one of saying.
    ``sentence`` starts at article offset ``s0``."""
    head = t.start - s0 + len(t.text.split()[0])
    tense = verb_tense(sentence, head)[0]
    if tense is None and " " in t.text:  # "soldiers stormed": the verb after its subject
        tense = verb_tense(sentence, t.end - s0)[0]
    nxt = _NEXT_WORD.match(sentence, t.end - s0)
    if tense is None and nxt is not None and not saying_verb(nxt.group().strip()):
        # "the mediator said … talks would resume": a saying's tense is not the act's
        tense = verb_tense(sentence, nxt.end())[0]
    return tense == "past"


# a month named in the phrase ("on March 14", "14 March"), and a year written out ("2025",
# "'25"): a phrase with a year names its year itself
_MONTH_NAMED = re.compile(rf"\b(?:{MONTH_NAMES_RX})\b\.?", re.IGNORECASE)
_YEAR_WRITTEN = re.compile(r"\b\d{4}\b|['’]\d\d\b")
SLIP_DAYS = 7  # a week: a wire's or a dateline's slip, not a day a year back


def year_back_slip(when: DateRange, pub: date) -> DateRange | None:
    """The reading in publication's year of a day told without its year that a past verb
    put a year back (``dates_common.pick_year``), when that reading is at most ``SLIP_DAYS``
    after publication: "shelled Kherson on March 14" in a story of March 10 is either a year
    gone or a slip of the story's date. News leaves out the current year (AP Stylebook,
    dates), so both readings stand and clash; None otherwise.

    >>> year_back_slip(DateRange(date(2025, 3, 14), date(2025, 3, 14), 1, "on March 14", ""),
    ...                date(2026, 3, 10)).start
    datetime.date(2026, 3, 14)
    """
    if when.precision != 1 or when.start != when.end or not when.text:
        return None
    if not _MONTH_NAMED.search(when.text) or _YEAR_WRITTEN.search(when.text):
        return None
    if when.start.year != pub.year - 1 or (when.start.month, when.start.day) == (2, 29):
        return None
    same = when.start.replace(year=pub.year)
    if not 0 < (same - pub).days <= SLIP_DAYS:
        return None
    why = f"{when.text!r} in publication's year ({same}), {(same - pub).days} days after it"
    return DateRange(same, same, 1, when.text, why)
