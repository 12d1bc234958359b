"""The event reader's working records: a draft event (``_Draft``), what one sentence
offers its events (``_Sent``), one article's reading state (``_Context``), and the small
questions every stage asks of a draft (its precision, whether it is told as having happened).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from dashboard.analysis import TextAnalysis
from dashboard.events.actors import Actor, ActorFinder
from dashboard.events.cameo import Trigger
from dashboard.events.dates import DateMention
from dashboard.events.where import precision_of
from dashboard.model import DateRange, Mention

# How many recent events a sentence may continue or merge with: an article's narrative, not
# every event of a 400 KB text (keeps the continuation search linear).
RECENT = 40
Countries = list[tuple[int, int, str, str]]  # (start, end, ISO2, name) of country names/demonyms


class _Spans:
    """Mentions (or countries) sorted by start, sliced per sentence by bisection: O(log n)."""

    def __init__(self, items: list, starts: list[int]) -> None:
        self.items, self.starts = items, starts

    def within(self, s: int, e: int) -> list:
        return self.items[bisect_left(self.starts, s) : bisect_left(self.starts, e)]


@dataclass
class _Draft:
    trigger: Trigger  # offsets in the article
    clause: tuple[int, int]
    evidence: list[tuple[int, int]]
    actors: list[Actor]
    readings: list[tuple[DateRange, int]] = field(
        default_factory=list
    )  # (date, location precision)
    lead: str = ""  # the first actor of the sentence that opened the event, for the summary
    source: Actor | None = None  # CAMEO's source actor: who did it
    target: Actor | None = None  # CAMEO's target actor: to whom
    dates: list[tuple[int, int]] = field(default_factory=list)  # date phrases of its sentence
    relative: tuple[_Draft, int, str] | None = None
    planned: bool = False
    overnight: bool = False  # its clause says "overnight" and gives no date phrase
    judged: bool = False  # an act named as what a reaction judges: never at its dateline
    # the target is the other half of a reciprocal verb's joint subject ("Putin and Xi met"):
    # a co-party, not a host or a struck side
    joint: bool = False
    location: Mention | None = None
    location_reason: str = ""
    places: list[Mention] = field(default_factory=list)
    sentence: int = -1  # index of the sentence that opened it
    cue: bool = False  # its sentence carries a story on ("continued", "later")
    # the act's own dates, kept when an intent is dated by its telling (``told_on``): "said it
    # would deploy troops next month" is a plan for next month once it is no threat
    act_readings: list[tuple[DateRange, int]] = field(default_factory=list)
    narrative: tuple[_Draft, str] | None = None  # the dated event it continues, and its words
    # "two days later": counted from this event; the sentence, the phrase, its direction
    later: tuple[_Draft, str, DateMention, bool] | None = None
    depth: int = 0  # how many "later"s its date is counted through
    # "the war began …, when gunmen attacked": where the act's clause opens and its trigger's
    # span, so the card's line tells the act, not the stretch it began
    told: tuple[int, int, int] | None = None
    reporter: str | None = (
        None  # the country whose own body reports it ("Ukraine's air force said")
    )
    # the subject a negated verb of participation denies a side in it ("Syria did not take
    # part in the fighting"): no actor of the act, but the one a joined clause's "it" takes up
    denied: Actor | None = None


@dataclass
class _Sent:
    """What one sentence offers its events: places, every actor, spans that are names."""

    mentions: list[Mention]
    pool: list[Actor]  # named actors and countries, in text order
    blocked: list[tuple[int, int]]  # ship, unit and organisation names: never a location
    dates: list[tuple[int, int]]  # date phrases, in article offsets
    reporter: str | None = None  # ISO2 of a country whose own body the sentence cites
    # the countries inside what the sentence cites ("…, Iran's foreign ministry said"): no side
    # of a reported act, but the one who makes a threat it quotes (threat_sides)
    cited: list[Actor] = field(default_factory=list)


@dataclass
class _Context:
    """One article's reading state: the analysis, indexed for per-sentence slices."""

    text: str
    pub: date | None
    mentions: _Spans
    countries: _Spans
    analysis: TextAnalysis
    first_country: dict[str, tuple[int, int]] = field(default_factory=dict)  # ISO2 -> first span
    work: Counter[str] = field(default_factory=Counter)  # units of work done, for the cost tests
    finder: ActorFinder = field(default_factory=ActorFinder.new)
    drafts: list[_Draft] = field(default_factory=list)


_precision = precision_of


def _factual(d: _Draft) -> bool:
    """Told as having happened: not negated, not someone's speculation."""
    return not {"negated", "hypothetical"} & set(d.trigger.flags)


def told_on(d: _Draft, saying: list[DateMention], act: Sequence[DateMention] = ()) -> None:
    """Date a told intent or threat by its telling (CAMEO 1.1b3 §03, §13: the statement is
    the event): the last date phrase of the saying (``saying``, the sentence's dates outside
    the reported clause), else none, so that the story's or publication's time dates it. It
    has happened, so it is not planned. The act's own dates (``act``) are kept aside, in
    ``act_readings``, for an intent later read as a plan (``own_deployment``)."""
    d.act_readings = [(dm.range, _precision(d.location)) for dm in act]
    d.readings[:] = [(saying[-1].range, _precision(d.location))] if saying else []
    d.planned = False
