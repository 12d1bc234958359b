"""Happenings outside CAMEO: natural hazards, industrial accidents, collisions and wrecks at sea.

Their types (``DIS-QUAKE``, ``DIS-FLOOD`` ...) and patterns are data
(``data/events/hazards.csv``, each row with its source: EM-DAT's disaster classification and
the matching GDELT GKG theme), so CAMEO's codes stay pure: ``event_type.code`` is the
``DIS-`` code and ``event_code`` is null. ``dashboard.events.cameo.quad_class`` gives them 0.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache, partial

from dashboard.events.cameo import Trigger, weapon_name
from dashboard.events.dates_holidays import table as holiday_table
from dashboard.events.lead_guards import LeadGuarded
from dashboard.events.prefilter import Needs, fold, needed
from dashboard.events.storm_names import stands_alone
from dashboard.events.tokens import is_noun
from dashboard.events.word_trie import WordScan, case_blind_alternation
from dashboard.model import EventType
from dashboard.paths import data_dir

PREFIX = "DIS-"
WEIGHT = 3  # a phrase: outranks single CAMEO verbs that come later, yields to specific phrases
# A date bound to a hazard noun says it happened as well as a verb does: "the 8 September
# earthquake", "Friday's landslide", "this week's quake", "the flood in Sindh on 27 August" name
# one occurrence ("this week's" is stretched to the Saturday before: ``date_reckoning._week_of_any_start``).
# Rows of ``hazards.csv`` use these as ``{dated}`` (right before the noun) and ``{on_date}``
# (right after it, past a place name).
# the month and weekday names as tries (``word_trie.case_blind_alternation``): the patterns
# are IGNORECASE, where ``re`` entered each name in turn at every place it tried (speed79)
_MONTH = case_blind_alternation(
    "January February March April May June July August September October November December".split()
)
_WEEKDAY = case_blind_alternation(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
# a one-day holiday bound to the noun dates it as a day name does ("the New Year's Day
# earthquake", "the Boxing Day tsunami"): the days of the holidays table (``dates_holidays``)
_HOLIDAY = "|".join(
    re.escape(h.phrase).replace("'", "['’]?")
    for h in sorted(holiday_table().values(), key=lambda h: -len(h.phrase))
    if h.offset_start == h.offset_end
)
_SLOTS = {
    "{dated}": (
        rf"(?:\b(?:{_WEEKDAY}(?:\s+(?:night|morning|afternoon|evening))?|yesterday|today|"
        rf"(?:last|this)\s+week|last\s+(?:night|month|year))['’]s|"
        rf"\bthe\s+(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}|(?:19|20)\d\d|{_MONTH}"
        rf"(?:\s+(?:19|20)\d\d)?|{_HOLIDAY}))\s+(?:[\w.-]+\s+){{0,3}}?"
    ),
    "{on_date}": (
        r"(?:\s+(?:in|near|at|off)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}"
        r"(?:\s+(?:province|region|district|state|county))?)?"
        rf"\s+(?:(?:early|late)\s+)?(?:on|of)\s+(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|"
        rf"{_MONTH}\s+\d{{1,2}}|{_WEEKDAY})\b"
    ),
    # "two days after the quake", "a day after the floods", "days after Cyclone Chido": a
    # definite hazard noun (or a storm's name) that a span counts from is one occurrence that
    # has happened, the span before it (TimeML: an anchored DURATION); the trigger starts at
    # the noun (``_noun_first``), so ``date_reckoning._told_after`` counts the span back. A
    # magnitude may stand before the noun ("two days after the 7.8 quake": a decimal, never
    # a year or a day of the month, which date the noun themselves)
    "{after_span}": (
        r"\b(?:(?:a|an|one|two|three|four|five|six|seven|\d{1,2})\s+)?(?:days?|hours?)\s+after\s+"
        r"(?:the\s+(?:(?:(?!\d)[\w.-]+|\d\.\d\b[\w-]*)\s+){0,3}?|"
        r"(?=(?-i:Cyclone|Hurricane|Typhoon|Storm)\s+(?-i:[A-Z])))"
    ),
}
# what such a noun may modify instead of naming a hazard ("the earthquake drill")
_NOT_HAZARD = r"(?![\s-]+(?:drills?|exercises?|simulations?|scenarios?|anniversary|memorial|appeal|insurance|preparedness)\b)"
_SLOTS["{not_modifier}"] = _NOT_HAZARD


_DATED = re.compile(_SLOTS["{dated}"], re.IGNORECASE)
_AFTER_SPAN = re.compile(_SLOTS["{after_span}"], re.IGNORECASE)
_COUNTED_FROM = re.compile(_SLOTS["{after_span}"] + r"\Z", re.IGNORECASE)
# of those, the dates that lie wholly by the telling: what they are bound to has happened
_DONE = re.compile(
    r"\b(?:yesterday|(?:last|this)\s+week|last\s+(?:night|month|year))['’]s\s+(?:[\w.-]+\s+){0,3}$",
    re.IGNORECASE,
)


def dated_done(text: str, start: int) -> bool:
    """Whether a date of the past is bound to the noun at ``start`` ("this week's wildfire",
    "last week's aftershock", "yesterday's flood", up to three words between): it names one
    occurrence that has happened (TimeML: a possessive temporal modifies its noun), so a future verb of
    another clause ("officials warned the toll would climb") does not make it planned. A
    weekday's or today's may be a forecast ("Saturday's storm is expected to"), so not these.
    ``start`` is the offset in ``text`` of the noun (a hazard's or an act's trigger)."""
    return _DONE.search(text, max(0, start - 60), start) is not None


# a row for a storm named bare after its introduction ("Gaemi hit Fujian", ``storm_names``):
# ``{named_storm}`` is filled with the article's own names, so the row is compiled per article
NAMED_STORM = "{named_storm}"


def expand(pattern: str) -> str:
    """A row's pattern with its date slots filled in (``{dated}``, ``{on_date}``)."""
    for slot, rx in _SLOTS.items():
        pattern = pattern.replace(slot, rx)
    return pattern


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], tuple[tuple[str, re.Pattern[str]], ...]]:
    names: dict[str, str] = {}
    rules: list[tuple[str, re.Pattern[str]]] = []
    for code, name, pattern in _rows():
        names[code] = name
        if NAMED_STORM not in pattern:
            rules.append((code, re.compile(expand(pattern), re.IGNORECASE)))
    return names, tuple(rules)


@lru_cache(maxsize=1)
def _scans() -> tuple[tuple[str, LeadGuarded], ...]:
    """``_table()``'s rules, each scanned from its body when it opens with look-aheads that
    read on to the clause's end (``lead_guards``: asked at every position, they made a long
    sentence cost n² steps a rule; issue 15, reader speed)."""
    return tuple((code, LeadGuarded(rx)) for code, rx in _table()[1])


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, str, str], ...]:
    """``hazards.csv`` as (code, name, pattern) rows, each checked.

    Raises ``ValueError`` for a row whose code lacks the prefix or whose source is empty."""
    rows: list[tuple[str, str, str]] = []
    with (data_dir() / "events" / "hazards.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if not row["code"].startswith(PREFIX) or not row["source"].strip():
                raise ValueError(
                    f"hazards.csv: bad row {row!r} (code must start {PREFIX}, source set)"
                )
            rows.append((row["code"], row["name"], row["pattern"]))
    return tuple(rows)


@lru_cache(maxsize=8)
def _named_rules(names: tuple[str, ...]) -> tuple[tuple[str, LeadGuarded], ...]:
    """The ``{named_storm}`` rows with the article's storm names filled in (case kept: a
    name is a capitalised word, "Beryl", not the mineral "beryl")."""
    if not names:
        return ()
    slot = r"(?<![\w-])(?-i:" + "|".join(map(re.escape, names)) + r")(?:['’]s)?\b"
    return tuple(
        (code, LeadGuarded(re.compile(expand(pattern.replace(NAMED_STORM, slot)), re.I)))
        for code, _, pattern in _rows()
        if NAMED_STORM in pattern
    )


def is_hazard(code: str) -> bool:
    return code.startswith(PREFIX)


def event_type(code: str) -> EventType:
    """The type of a ``DIS-`` code, named as in ``hazards.csv``.

    >>> event_type("DIS-FLOOD")
    EventType(code='DIS-FLOOD', name='Flood')
    """
    return EventType(code, _table()[0][code])


def codes() -> dict[str, str]:
    """Every hazard type, code -> name, for legends and filters."""
    return dict(_table()[0])


@lru_cache(maxsize=1)
def _needs() -> tuple[Needs | None, ...]:
    """Each pattern's literal words (``prefilter.needed``), in the table's order."""
    return tuple(needed(rx) for _, rx in _table()[1])


@lru_cache(maxsize=1)
def _word_index() -> tuple[tuple[tuple[str, tuple[int, ...]], ...], frozenset[int]]:
    """(each word some pattern needs, with the patterns that need it; the patterns that need
    no word), by the patterns' places in the table."""
    by_word: dict[str, list[int]] = {}
    always: set[int] = set()
    for i, words in enumerate(_needs()):
        if words is None:
            always.add(i)
            continue
        for word in sorted(words):
            by_word.setdefault(word, []).append(i)
    return tuple((w, tuple(ids)) for w, ids in by_word.items()), frozenset(always)


@lru_cache(maxsize=1)
def _word_scan() -> tuple[WordScan, dict[str, tuple[int, ...]]]:
    """One scan for every word of ``_word_index`` (``word_trie.WordScan``), with the
    patterns each word is needed by."""
    index, _ = _word_index()
    return WordScan(w for w, _ in index), dict(index)


def _tried(folded: str) -> list[int]:
    """The patterns that may match a sentence (folded), in the table's order: those with a
    word of theirs in it (``may_match``), and those that need none. The ~125 words are
    looked for in one pass of ``re`` (``_word_scan``), where a substring test each cost
    twice as much (issue 15, reader speed)."""
    scan, ids = _word_scan()
    tried = _word_index()[1]
    for word in scan.present(folded):
        tried = tried.union(ids[word])
    return sorted(tried)


def hazard_triggers(sentence: str, storms: tuple[str, ...] = ()) -> list[Trigger]:
    """Hazard happenings in one sentence, as triggers (``full`` None: no CAMEO code).

    ``storms`` are the storm names the article introduced before ("Typhoon Gaemi":
    ``storm_names.named_before``), so that the bare name ("Gaemi hit Fujian") is read too."""
    rules = _scans()
    found = [
        _noun_first(sentence, code, m)
        for code, rx in map(rules.__getitem__, _tried(fold(sentence)))
        for m in map(partial(_within_clause, sentence, rx), rx.finditer(sentence))
        if not weapon_name(sentence, m.start(), m.start() + len(m.group().split()[0]))
    ]
    found += [
        _noun_first(sentence, code, m)
        for code, rx in _named_rules(tuple(n for n in storms if n in sentence))
        for m in rx.finditer(sentence)
        if stands_alone(sentence, m.start())
    ]
    kept: list[Trigger] = []
    # a hazard named by what it left ("towns hit by the floods") yields to a reading of the
    # same words by the hazard's own verb ("the floods ... left"): that one was read first;
    # not to a shorter reading of the same phrase ("hit by the earthquake")
    ends = {t.end for t in found if not _LEFT_BY.match(t.text)}
    for t in sorted(
        found, key=lambda t: (bool(_LEFT_BY.match(t.text)) and t.end not in ends, t.start)
    ):
        if _FIGURATIVE.search(sentence, max(0, t.start - 40), t.start) or _YEARS_AFTER.search(
            sentence, max(0, t.start - 60), t.start
        ):
            continue
        if _ON_PURPOSE.search(sentence, t.start, min(len(sentence), t.end + 20)):
            continue
        noun = t.end - len(t.text.rsplit(maxsplit=1)[-1])  # "hit by a political earthquake"
        if _FIGURATIVE.search(sentence, max(t.start, noun - 40), noun):
            continue
        if not any(t.start < k.end and k.start < t.end for k in kept):
            kept.append(t)
    kept.sort(key=lambda t: t.start)
    counted = [t for t in kept if _COUNTED_FROM.search(sentence, max(0, t.start - 60), t.start)]
    # "A 5.1 quake shook Mandalay on Sunday, two days after the great quake": a hazard of one
    # type told against an earlier one of that type; the sentence's size and place are the
    # new one's, so the earlier one is left to the reports that tell it (precision first)
    return [
        t
        for t in kept
        if t not in counted or not any(k.code == t.code and k not in counted for k in kept)
    ]


def _within_clause(sentence: str, rx: LeadGuarded, m: re.Match[str]) -> re.Match[str]:
    """``m``, or the match of ``rx`` that opens inside the "when" clause ``m`` runs into:
    "the deadliest quake since 1960, when a quake destroyed Agadir" tells the quake of the
    clause, which its time adjunct dates ("since 1960, when": ``when_clauses``); a noun
    before the clause's comma is another's (Quirk et al. 1985 §15.25, "when" of time)."""
    when = _WHEN_INSIDE.search(m.group())
    inner = rx.pattern.search(sentence, m.start() + when.end(), m.end()) if when else None
    return inner if inner is not None and inner.end() == m.end() else m


_WHEN_INSIDE = re.compile(r",\s+when\s")


# a hazard noun in its figurative sense, marked by the domain it shakes or swamps ("a
# political earthquake", "an electoral tsunami", "a financial storm"): WordNet 3.0 earthquake
# n. 2 "a disturbance that is extremely disruptive", storm n. 2 "a violent commotion or
# disturbance"; no hazard struck
_FIGURATIVE = re.compile(
    r"\b(?:political|electoral|economic|financial|fiscal|diplomatic|geopolitical|market|"
    r"social|cultural|media|corporate|emotional|moral|legal|constitutional|parliamentary)\s+$",
    re.IGNORECASE,
)


# people or places told as hit, flattened or brought down by a hazard, or a hazard's "-stricken"
# adjective (``hazards.csv``'s rows of what a disaster left)
_LEFT_BY = re.compile(
    r"\w+\s+(?:(?:worst|badly|hardest|hard|severely|most)\s+)?(?:hit|affected|devastated|"
    r"flattened|destroyed|damaged|levell?ed|toppled|wrecked|ravaged|razed|battered|swamped|"
    r"submerged|inundated|shaken|struck)\s+by\b|[\w-]+-(?:stricken|ravaged|affected|battered|"
    r"devastated|damaged|struck|wrecked|flattened|hit)\b",
    re.IGNORECASE,
)


# a collision or crash told as meant ("the vessel deliberately collided with its ship", "rammed
# it on purpose"): an act of an actor, no accident (EM-DAT's technological disasters are
# accidents; CAMEO 1.1b3 §17-19 code what a side does on purpose), so no hazard is read
_ON_PURPOSE = re.compile(
    r"\b(?:deliberately|intentionally|purposely|purposefully|wil?fully|on\s+purpose)\b",
    re.IGNORECASE,
)


# a hazard recalled on its anniversary ("on the anniversary of the cyclone"): the clause's
# day is the remembrance's, not the hazard's, and the text gives the hazard no time of its
# own; no hazard of the telling's time. "A year after the quake" is read and counted back
# from the clause's day (``counted_after.RELATIVE``, the date readers' "a year after")
_YEARS_AFTER = re.compile(
    r"\banniversary\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


# a hazard still to come or only feared ("a cyclone could hit Mozambique", "is expected to
# make landfall"): no hazard that struck (ACE 2005 modality Other)
_MODAL = re.compile(
    r"\b(?:could|(?-i:may)|might|would|will|is\s+expected\s+to|are\s+expected\s+to|is\s+forecast\s+to|"
    r"threatens?\s+to|is\s+likely\s+to)\b",
    re.IGNORECASE,
)


# a hazard denied ("No strong earthquake has hit the capital since 1911", "the storm did not
# reach the coast"): "no" before the noun (past at most two modifiers), or "not"/"never" on
# the verb that ends the match (ACE 2005 polarity Negative). "No one was killed in the quake"
# denies the deaths, not the quake: there the match opens on the verb, not on the noun.
_NEGATED_VERB = re.compile(r"(?:\bnot|\bnever|n['’]t)\s+(?:\w+\s+)?\w+$", re.IGNORECASE)
_NO_BEFORE = re.compile(r"\bno\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)


# a hazard inside a denial's clause ("denied reports that a tsunami had reached the coast"):
# the report is called false (FactBank 1.0: a proposition its source denies is
# counterfactual), so no hazard struck
_DENIED_BEFORE = re.compile(
    r"\b(?:deny|denies|denied|denying)\s+(?:(?:the\s+)?(?:reports?|claims?|rumou?rs?)\s+)?"
    r"that\s+(?:(?:an?|the)\s+)?(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _denied(sentence: str, m: re.Match[str]) -> bool:
    if _NEGATED_VERB.search(m.group()):
        return True
    if _DENIED_BEFORE.search(sentence, 0, m.start()) is not None:
        return True
    first = m.group().split(maxsplit=1)[0].lower()
    return is_noun(first) and _NO_BEFORE.search(sentence, 0, m.start()) is not None


def _noun_first(sentence: str, code: str, m: re.Match[str]) -> Trigger:
    """The trigger of a match; one opening on its date ("Friday's landslide") starts at the
    noun, so the date stays a date phrase that dates it (``date_scope._bound_dates``). A modal
    inside the match makes it hypothetical; a negation inside it or right before, negated."""
    span = _AFTER_SPAN.match(sentence, m.start())
    start = span.end() if span and span.end() < m.end() else m.start()
    dated = _DATED.match(sentence, start)
    start = dated.end() if dated and dated.end() < m.end() else start
    flags: tuple[str, ...] = ("hypothetical",) if _MODAL.search(m.group()) else ()
    if _denied(sentence, m):
        flags = (*flags, "negated")
    return Trigger(code, WEIGHT, start, m.end(), sentence[start : m.end()], None, flags)


_TOLL_OF = re.compile(r"(?:death\s+)?toll\b", re.IGNORECASE)
_TOLL_BEFORE = re.compile(r"\btoll\s+(?:from|of|in)\s+$", re.IGNORECASE)


def told_by_toll(text: str, s: int, trigger: Trigger) -> bool:
    """Is the hazard ``trigger`` (its sentence starting at ``s``) told by its toll: a trigger
    that is the toll ("the death toll from the earthquake rose") or the hazard a toll is
    "from" ("The death toll from the fire that engulfed seven towers rose to 128 on
    Friday")? The toll's date then bounds the hazard, which came on or before it."""
    return bool(_TOLL_OF.match(trigger.text) or _TOLL_BEFORE.search(text, s, trigger.start))
