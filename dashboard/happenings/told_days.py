"""Two acts of one kind at one place on two neighbouring days, told apart by what each says.

The rule's one-day slack (``rules.date_part``) forgives one outlet's day: an act at a day's
edge is "late on Saturday" to one outlet and "early on Sunday" or "overnight" to the next, and
two time zones' clocks put one moment on two dates. It is not meant for two acts a day apart
(set AP: Russian missiles on Odesa's port "early on Wednesday" and on its centre "early on
Thursday"; set AR: an Israeli strike on Beirut's suburbs "on Monday afternoon" and the next
one there "on Tuesday"). Two things a report says rule the slack out:

- **the day told with its part** (``edges``): each report names its own day in its sentence
  ("on Tuesday", "Tuesday's", "early on Wednesday") and no other weekday, and the parts of
  day it gives (TimeML's TIMEX3 parts of day MO, MI, AF, EV, NI and mods START, END:
  ``data/lexicon/day_edges.csv``) say whether its act may lie at the day's opening (the small
  hours, which the night before runs into) or at its close. Two reports a day apart can be
  one act only if the earlier may lie at its day's close and the later at its day's opening
  (``straddle``); a day named with no part may lie anywhere in it, so "on Tuesday" against
  "on Wednesday" keeps the slack, and so does any night ("Monday night", "overnight");
- **the toll** (``toll``): the number killed a report gives ("killing at least 20", "the
  death toll rose to 133"). Tolls are revised up for days as the dead are found (ACLED
  Codebook 2023, fatalities: the most conservative count, updated as reports come in; EM-DAT
  counts the final toll), so a report of the later day giving less than half the toll the
  earlier day's report gave counts another act (``shrunk``).

- **the act it comes after** (``after_act``): the later report's sentence dates its own act
  "a day after" an act of force ("set fire to the bazaar on Friday, a day after the convoy
  attack"). TimeML relates two events by a TLINK, and AFTER holds between two events where
  IDENTITY would hold for one (TimeML Annotation Guidelines 1.2.1, section 2.3.1): the act
  told as coming a day after another is not that one. A report that counts the dead or tells
  a toll is left out ("the toll rose to 42 on Friday, a day after the attack" tells the
  attack, dated by the counting);
- **how many sites it struck** (``site_counts``): each report counts the struck sites of one
  class and the counts differ ("a strike on the Hamama school" against "strikes hit two
  schools" the next day);
- **whom it killed** (``named_dead``): each report names the people its act killed or
  targeted and no one in common ("killed Hezbollah's Nabil Kaouk on Saturday" against
  "Hassan Nasrallah was killed in Friday's strike"): a strike's target is part of the act.

Only day-dated reports of the two days (``Report.firm``, a gap of one day) are read; a report
whose sentence names two weekdays ("the toll from Tuesday's strike rose on Wednesday") says
nothing here, and on one day (no slack used) both cues are silent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from functools import cache
from typing import NamedTuple

from dashboard.events.dates_common import NUMBER_WORDS_RX, NUMBERS, WEEKDAYS
from dashboard.events.lexicon import sourced_rows, word_class
from dashboard.happenings.model import Report
from dashboard.happenings.named_dead import named_dead, other_dead
from dashboard.happenings.site_counts import counted_sites, other_counts


class DayFacts(NamedTuple):
    """What a report's sentences tell of its act's day, dead and sites, in the order of
    ``Report.day_edges``, ``toll``, ``after_act``, ``dead`` and ``counts``."""

    edges: tuple[bool, bool] | None  # (morning told, evening told) of the day, or None
    toll: int | None  # the dead counted, or None
    after_act: bool  # the act is told as following another
    dead: frozenset[str]  # the dead named
    counts: frozenset[tuple[str, int]]  # (kind of site, how many) struck


# a part of day is looked for this many characters around the weekday it tells
_NEAR = 24
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_COUNT = r"(\d[\d,]*|" + NUMBER_WORDS_RX + r")"
_HEDGE = r"(?:at\s+least|more\s+than|over|some|nearly|almost|about|around|up\s+to)\s+"
# "killing at least 20", "killed 12 people", "rose to 133", "left 40 dead", "20 people were
# killed": a count of the dead, the number the toll is (people, not "20 buildings")
_TOLLS = (
    re.compile(
        rf"\b(?:killing|killed|kills|kill)\s+(?:{_HEDGE})?{_COUNT}\b(?!\s*(?:%|per\s*cent|km|miles))",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\btoll\b[^.;]{{0,100}}?\b(?:to|at|of|reached|passed)\s+(?:{_HEDGE})?{_COUNT}\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b{_COUNT}\s+(?:people|persons|civilians|others)\s+(?:were|have\s+been|had\s+been)\s+killed\b",
        re.IGNORECASE,
    ),
    re.compile(rf"\bleft\s+(?:{_HEDGE})?{_COUNT}\s+(?:people\s+)?dead\b", re.IGNORECASE),
)
# the later report's toll under this share of the earlier's counts another act
SHRUNK = 0.5
# "a day after" / "the day after" / "a day following", then an act of force named within a
# few words ("a day after the deadly convoy attack")
_DAY_AFTER = r"\b(?:a|one|the)\s+day\s+(?:after|following)\s+(?:[\w'’-]+\s+){0,5}?"
_TOLD_TOLL = re.compile(r"\btoll\b", re.IGNORECASE)


@cache
def _parts() -> tuple[tuple[re.Pattern[str], bool, bool], ...]:
    """``(phrase, may open the day, may close it)`` from ``data/lexicon/day_edges.csv``."""
    return tuple(
        (
            re.compile(rf"\b{re.escape(row['phrase'])}\b", re.IGNORECASE),
            row["opens"] == "1",
            row["closes"] == "1",
        )
        for row in sourced_rows("day_edges.csv", "phrase", "opens", "closes")
    )


def edges(sentences: Sequence[str], day: date) -> tuple[bool, bool] | None:
    """Whether the act a report dates to ``day`` may lie at that day's opening and at its
    close, as its sentences tell the day; ``None`` when they do not name its weekday, or name
    another too.

    >>> edges(["Missiles hit the port early on Wednesday."], date(2023, 7, 19))
    (True, False)
    >>> edges(["A strike hit the suburbs on Monday afternoon."], date(2024, 9, 23))
    (False, False)
    >>> edges(["The toll from Tuesday's strike rose on Wednesday."], date(2023, 10, 31)) is None
    True
    """
    name = day.strftime("%A").lower()
    found = [(s, m) for s in sentences for m in _WEEKDAY.finditer(s)]
    if not found or any(m.group(1).lower() != name for _, m in found):
        return None
    opens = closes = False
    for s, m in found:
        near = s[max(0, m.start() - _NEAR) : m.end() + _NEAR]
        told = [(o, c) for pattern, o, c in _parts() if pattern.search(near)]
        if not told:
            return True, True  # a day with no part: any hour of it
        opens = opens or any(o for o, _ in told)
        closes = closes or any(c for _, c in told)
    return opens, closes


def straddle(earlier: tuple[bool, bool] | None, later: tuple[bool, bool] | None) -> bool:
    """Can two reports a day apart tell one act: the earlier at its day's close, the later at
    its day's opening? ``True`` unless both name their days and the parts rule it out."""
    if earlier is None or later is None:
        return True
    return earlier[1] and later[0]


def toll(sentences: Iterable[str]) -> int | None:
    """The largest count of the dead a report's sentences give, or ``None``.

    >>> toll(["Strikes hit the camp, killing at least 50 people."])
    50
    >>> toll(["The death toll rose to 133 on Saturday."])
    133
    >>> toll(["Rioters hurled bricks at police."]) is None
    True
    """
    counts = [_count(m.group(1)) for s in sentences for rx in _TOLLS for m in rx.finditer(s)]
    found = [c for c in counts if c is not None]
    return max(found) if found else None


@cache
def _after_act() -> re.Pattern[str]:
    """The day-after phrase with the nouns of acts of force (``classes.csv`` ATTACK and
    ATTACK_KINDS, CAMEO 1.1b3 roots 18-20)."""
    nouns = sorted(word_class("ATTACK") | word_class("ATTACK_KINDS") | {"stabbing", "shooting"})
    return re.compile(_DAY_AFTER + r"(?:" + "|".join(nouns) + r")s?\b", re.IGNORECASE)


def after_act(sentences: Sequence[str]) -> bool:
    """Does a report's sentence date its act a day after an act of force, counting no dead?

    >>> after_act(["Armed men torched the bazaar on Friday, a day after the convoy attack."])
    True
    >>> after_act(["The toll rose to 42 on Friday, a day after the attack."])
    False
    """
    if toll(sentences) is not None or any(_TOLD_TOLL.search(s) for s in sentences):
        return False
    return any(_after_act().search(s) for s in sentences)


def day_facts(sentences: Sequence[str], day: date) -> DayFacts:
    """``(edges, toll, after_act, named_dead, counted_sites)`` of an act of force dated to
    ``day``, as its sentences tell them.

    >>> day_facts(["A strike hit a school on Monday, killing 5 people."], date(2024, 9, 23))
    DayFacts(edges=(True, True), toll=5, after_act=False, dead=frozenset(), counts=frozenset({('school', 1)}))
    """
    said = list(sentences)
    dead, counts = named_dead(said), counted_sites(said)
    return DayFacts(edges(said, day), toll(said), after_act(said), dead, counts)


def _count(word: str) -> int | None:
    digits = word.replace(",", "")
    if digits.isdigit():
        return int(digits)
    if word.lower() in ("a", "an"):
        return None  # "killing a boy and his grandmother" names victims, it does not count them
    return NUMBERS.get(word.lower())


def shrunk(earlier: int | None, later: int | None) -> bool:
    """Does the later day's toll fall under ``SHRUNK`` of the earlier day's?"""
    return earlier is not None and later is not None and later < SHRUNK * earlier


def next_day_apart(a: Report, b: Report) -> str | None:
    """Why two day-dated reports one day apart tell two acts (``edges``, ``toll``), in
    words for the refusal, or ``None`` when the slack may join them."""
    if not (a.firm and b.firm) or abs((a.start - b.start).days) != 1:
        return None
    early, late = (a, b) if a.start < b.start else (b, a)
    if not straddle(early.day_edges, late.day_edges):
        return (
            f"{early.start} told at {_told(early.day_edges)} and {late.start} at "
            f"{_told(late.day_edges)}: no night between them, two acts"
        )
    if late.after_act:
        return f"{late.start} tells its act as coming a day after another: two acts"
    if shrunk(early.toll, late.toll):
        return f"{late.start} counts {late.toll} dead, under half of {early.start}'s {early.toll}: another act"
    if counts := other_counts(early.counts, late.counts):
        return f"{early.start} and {late.start} count the sites struck apart ({counts}): two acts"
    if other_dead(early.dead, late.dead):
        return (
            f"{early.start} names {_names(early.dead)} and {late.start} names {_names(late.dead)} "
            "as killed or targeted, no one in common: two acts"
        )
    return None


def _names(dead: frozenset[str]) -> str:
    return " and ".join(n.title() for n in sorted(dead))


def _told(e: tuple[bool, bool] | None) -> str:
    if e is None:
        return "its day"
    return {
        (True, False): "its day's opening",
        (False, True): "its day's close",
        (False, False): "its day's middle",
    }.get(e, "any hour")
