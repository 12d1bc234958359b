"""Turn an article into dated, typed, located events, one per happening.

Per sentence: the strongest CAMEO trigger makes an event; a trigger tightly bound to its own
date ("its 1910-45 occupation") makes a second one; "N days after <clause>" makes the clause
an event dated from the main clause's. Sentences with only a reporting verb, or whose
subject points back ("He", "The two countries"), add evidence to the event they continue.
Events of one type that share a named actor, or the same open range, are merged; when their
dates disagree both readings are kept, one is chosen with a reason, and ``date_conflict`` set.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING

from dashboard.analysis import TextAnalysis, in_dateline
from dashboard.events import hazards
from dashboard.events.actors import (
    OWNER_AFTER,
    REPORTER_AFTER,
    ROUTE_BEFORE,
    Actor,
    ActorFinder,
    attributions,
    leading_speaker,
    nominal_object,
    reporting_country,
    roles,
    within,
    witnessed_from,
)
from dashboard.events.cameo import (
    WEAK,
    Trigger,
    event_type,
    hazard_word,
    quad_class,
    told_false,
    triggers,
)
from dashboard.events.dates import DateMention, dateline_date, find_dates, shift
from dashboard.events.dates_common import (
    MONTHS,
    NUMBERS,
    add_months,
    event_span,
    month_span,
    precision_for,
)
from dashboard.events.dates_since import since_perfect
from dashboard.events.dates_tense import verb_tense
from dashboard.events.lexicon import word_class
from dashboard.events.narrative import (
    CONTINUES,
    PARTICIPANTS,
    PROTEST_ROOT,
    bound_year,
    continued_range,
    family_of,
    inferred_range,
    is_generic,
    narrative_range,
    reference,
)
from dashboard.events.sides import ADDRESSED_ROOTS, capital_country, capital_metonyms
from dashboard.events.state_acts import as_state_act
from dashboard.events.summary import summarise
from dashboard.events.tokens import verb_forms
from dashboard.events.where import (
    BETWEEN_PARTIES,
    CURRENCY_AFTER,
    MAKER_AFTER,
    MAKER_BEFORE,
    MEDIA_AFTER,
    NATIONALITY_AFTER,
    NOT_LOCATION,
    PATRON_AFTER,
    TRAVELLER_AFTER,
    dateline_elsewhere,
    dateline_refines,
    demonym_in_name,
    locate,
    own_stretch,
    precision_of,
)
from dashboard.model import Article, DateRange, Event, EventType, Evidence, Mention, Place, Roles

if TYPE_CHECKING:
    from dashboard.places.geoparser import Geoparser

_FUTURE = re.compile(
    r"\b(?:will|would|shall|(?:is|are|was|were) (?:expected|scheduled|set|due|slated|planning) to|plans? to|intends? to|to be held)\b",
    re.I,
)
# "every night for a week", "each day since Monday", "every day this week": a repetition held
# inside a stretch that has an end or a recent start is a run of happenings in that stretch
# (TimeML SET anchored to a bounded duration, Pustejovsky et al. 2003), not a habit
_BOUNDED_SERIES = re.compile(
    r"\b(?:every|each)\s+(?:day|night|morning|evening|week)\s+(?:(?:for|over|during)\s+"
    r"(?:the\s+(?:past|last)\s+)?(?:a|one|two|three|four|five|six|seven|ten|\d+|several)\s+"
    r"(?:days?|nights?|weeks?)|since\s+(?:last\s+)?(?:\w+day|the\s+weekend)|"
    r"(?:this|last)\s+week)\b",
    re.I,
)
# "N days after <clause>"; "three days after that," is a narrative phrase of the resolver's
_RELATIVE = re.compile(
    r"\b(?P<num>\d+|one|two|three|four|five|six|seven|a) (?P<unit>days?|weeks?) (?P<dir>after|before)\b(?!\s+that\s*(?:[,.;]|$))",
    re.I,
)
_ANAPHOR = re.compile(
    r"^\s*(?:He|She|They|Both|The two (?:countries|sides|nations|leaders|neighbou?rs|governments))\b"
)
# a sentence that opens on the hazard told just before: "It struck near Arequipa", "The
# quake also hit Cusco"
_HAZARD_ANAPHOR = re.compile(
    r"^\s*(?:It|The\s+(?:quake|earthquake|tremor|storm|typhoon|cyclone|hurricane|flood|floods|"
    r"flooding|eruption|blaze|wildfire|fire|tornado|landslide|tsunami))\b"
)
_PAIR_ANAPHOR = re.compile(
    r"^\s*(?:The|the)\s+two\s+(?:countries|sides|nations|leaders|presidents|neighbou?rs|"
    r"governments|ministers|men|delegations)\b"
)
_NUM_WORDS = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_FORCE = frozenset({"15", "17", "18", "19", "20"})
# Work caps per sentence (issue 10, item 9): a sentence with more triggers than this is a
# list or a paste, not prose (the bundled samples have at most 6), and is skipped with a note.
MAX_TRIGGERS = 24
# How many recent events a sentence may continue or merge with: an article's narrative, not
# every event of a 400 KB text (keeps the continuation search linear).
RECENT = 40
# "The next day ... Two days later ... A week later": a date counted through at most this many
# steps (each step is one recursion when the date is chosen)
MAX_CHAIN = 12
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
    # the target is the other half of a reciprocal verb's joint subject ("Putin and Xi met"):
    # a co-party, not a host or a struck side
    joint: bool = False
    location: Mention | None = None
    location_reason: str = ""
    places: list[Mention] = field(default_factory=list)
    sentence: int = -1  # index of the sentence that opened it
    cue: bool = False  # its sentence carries a story on ("continued", "later")
    narrative: tuple[_Draft, str] | None = None  # the dated event it continues, and its words
    # "two days later": counted from this event; the sentence, the phrase, its direction
    later: tuple[_Draft, str, DateMention, bool] | None = None
    depth: int = 0  # how many "later"s its date is counted through
    reporter: str | None = (
        None  # the country whose own body reports it ("Ukraine's air force said")
    )


@dataclass
class _Sent:
    """What one sentence offers its events: places, every actor, spans that are names."""

    mentions: list[Mention]
    pool: list[Actor]  # named actors and countries, in text order
    blocked: list[tuple[int, int]]  # ship, unit and organisation names: never a location
    dates: list[tuple[int, int]]  # date phrases, in article offsets
    reporter: str | None = None  # ISO2 of a country whose own body the sentence cites


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


class EventExtractor:
    """Codes events from a ``TextAnalysis``; it never calls the places layer.

    ``read(article, analysis)`` is the whole contract. ``extract(article)`` is a convenience
    that first asks its geoparser for the analysis (one call, before reading starts).
    """

    def __init__(self, geoparser: Geoparser | None = None) -> None:
        self._geoparser = geoparser
        self.work: Counter[str] = Counter()  # the last read's work counters

    def extract(self, article: Article, analysis: TextAnalysis | None = None) -> list[Event]:
        if analysis is None:
            if self._geoparser is None:
                from dashboard.places.geoparser import Geoparser

                self._geoparser = Geoparser()
            analysis = self._geoparser.analyse(article.text, article.published)
        return self.read(article, analysis)[0]

    def read(self, article: Article, analysis: TextAnalysis) -> tuple[list[Event], tuple[str, ...]]:
        """The article's events and notes on what was not read (sentences over a work cap)."""
        text, pub = article.text, article.published
        filed = _filed_on(text, pub)
        if filed is not None:
            # "TBILISI, June 16 (Reuters) -": relative dates count from when the story was
            # filed (TimeML's document creation time), not from a later publication
            pub = filed
            article = replace(article, published=filed)
        # the dateline says where the story was filed, not where anything happened
        mentions = [m for m in analysis.mentions if not in_dateline(analysis, m.start)]
        countries = [
            (c.start, c.end, c.code, c.name)
            for c in analysis.countries
            if not in_dateline(analysis, c.start) or c.demonym
        ]
        ctx = _Context(
            text,
            pub,
            _Spans(mentions, [m.start for m in mentions]),
            _Spans(countries, [c[0] for c in countries]),
            analysis,
        )
        for c in reversed(countries):
            ctx.first_country[c[2]] = (c[0], c[1])
        notes = list(analysis.notes)
        for i, (s, e) in enumerate(_sentences_read(analysis)):
            before = len(ctx.drafts)
            note = self._sentence(ctx, s, e)
            if note:
                notes.append(note)
            cue = bool(CONTINUES.search(text, s, e))
            for d in ctx.drafts[before:]:
                d.sentence, d.cue = i, cue
        if analysis.dateline_start:
            ctx.drafts = _without_headline_repeats(ctx.drafts, analysis)
        _link_narratives(ctx.drafts, text)
        ctx.work["drafts"] += len(ctx.drafts)
        self.work = ctx.work
        events = [self._finish(article, d, ctx) for d in _merge(ctx.drafts, ctx.work)]
        # with no publication date, events with no explicit date of their own cannot be placed
        # in time; they appear once the user sets the article's date, and the report says so
        kept = [e for e in events if "undated" not in e.flags]
        if len(kept) < len(events):
            notes.append(
                f"{len(events) - len(kept)} event(s) with no date of their own left "
                "out until the article has a date"
            )
        return kept, tuple(notes)

    # ------------------------------------------------------------ per sentence

    def _sentence(self, ctx: _Context, s: int, e: int) -> str | None:
        """Read one sentence into ``ctx.drafts``; a note when it is over a work cap."""
        text, pub, drafts = ctx.text, ctx.pub, ctx.drafts
        sent = text[s:e]
        trigs = _renamed_dropped(text, [_shift(t, s) for t in _with_hazards(sent)])
        ctx.work["sentences"] += 1
        ctx.work["sentence_chars"] += e - s
        ctx.work["triggers"] += len(trigs)
        if len(trigs) > MAX_TRIGGERS:
            return (
                f"sentence at {s}–{e} not read for events: {len(trigs)} triggers, over the "
                f"cap of {MAX_TRIGGERS} per sentence"
            )
        # "Iranian-made drones": the maker of the weapon, not a side in the happening
        # and "drones made by Turkey" likewise; nor is a patron ("Iran-backed militias",
        # "pro-Russian separatists": the militia and the separatists act, of no named country)
        countries: Countries = [
            c
            for c in ctx.countries.within(s - 60, e)
            if not MAKER_AFTER.match(text, c[1])
            and not MAKER_BEFORE.search(text, max(0, c[0] - 40), c[0])
            and not PATRON_AFTER.match(text, c[1])
            and not MEDIA_AFTER.match(text, c[1])
            and not CURRENCY_AFTER.match(text, c[1])
            and not demonym_in_name(text, c[0], c[1], c[3])
            and not _PRO_BEFORE.search(text, max(0, c[0] - 5), c[0])
            and not _LABEL_AFTER.match(text, c[1])
            and not _REGION_BEFORE.search(text, max(0, c[0] - 8), c[0])
        ]
        # "Moscow said", "Tehran fired", "Kyiv's forces": a capital standing for its
        # government is a side like its country's name (``sides``); it stays a place mention
        countries = sorted(countries + capital_metonyms(text, ctx.mentions.within(s, e), s, e))
        # who the sentence cites ("..., a British maritime agency said") reports the event:
        # neither its source nor its target, nor where it happened
        cited = attributions(sent, s)
        # "Kyiv said a missile struck Odesa": the opening speaker reports an attack it does
        # not say it made, as the side struck tells it; but "North Korea's media said the
        # missile launched on Tuesday..." tells the speaker's own act, so only force counts
        told = [t for t in trigs if t.weight > WEAK]
        speaker = leading_speaker(sent, s, [t.start for t in told])
        first = next((t for t in told if speaker and t.start > speaker[1]), None)
        if speaker is not None and first is not None and first.code[:2] in ("18", "19", "20"):
            cited.append(speaker)
        reporter = reporting_country(text, cited, countries)
        countries = [c for c in countries if not within(cited, c[0])]
        named = [a for a in ctx.finder.find(sent, s, countries) if not within(cited, a.start)]
        story = _hazard_story(drafts) or _unrest_story(drafts)
        if story is not None:
            tolls = [t for t in trigs if _toll(text, t, e)]
            trigs = [t for t in trigs if t not in tolls]
            if tolls and not any(t.weight > WEAK for t in trigs):
                story.evidence.append((s, e))  # the flood's toll, not a fight of its own
                return None
        elif _hazard_told_before(text, s, drafts):
            # "…hit by catastrophic floods. More than 1,100 people have been killed": the
            # toll of a hazard the story named without an event of its own, no fight
            rest = [t for t in trigs if not _toll(text, t, e)]
            if len(rest) < len(trigs) and not any(t.weight > WEAK for t in rest):
                return None
        future = bool(_FUTURE.search(sent))
        dates = find_dates(sent, pub, future=future)
        filed = dateline_date(text[: s + 120]) if s < 120 else None
        if filed:  # a wire dateline's filing date dates no event
            dates = [d for d in dates if not (s + d.start < filed[1] and filed[0] < s + d.end)]
        # "two days later", "that day": counted from the story's last date, not publication
        later = next((d for d in dates if d.continues), None)
        dates = [d for d in dates if not d.continues]
        pool = sorted(
            named + [Actor(n, "country", c, cs, ce) for cs, ce, c, n in countries if s <= cs < e],
            key=lambda a: a.start,
        )
        mentions = _Sent(
            [m for m in ctx.mentions.within(s, e) if not within(cited, m.start)],
            pool,
            [(a.start, a.end) for a in named if a.kind in ("unit", "organisation")],
            [(s + d.start, s + d.end) for d in dates]
            + ([(s + later.start, s + later.end)] if later else []),
            reporter,
        )
        rel = _RELATIVE.search(sent)
        if rel and not sent[: rel.start()].strip():
            # fronted ("Two days after the election, supporters clashed…"): the main clause
            # follows it; the phrase dates it from a noun, not from another event read here
            rel = None
        main_end = s + rel.start() if rel else e
        strong = [t for t in trigs if t.weight > WEAK and t.start < main_end]
        sub = [t for t in trigs if t.weight > WEAK and rel and t.start >= s + rel.end()]
        lead = strong[0] if strong else None
        # who a "since" clause names ("since soldiers ousted President Bazoum") is that
        # clause's, not a side of this event
        # "…seized the ship, and a Spanish frigate chased them": who a joined clause with its
        # own subject names acts in that clause, not in the lead's
        own_end = _joined_subject_start(text, lead, main_end)
        actors = [
            a for a in named if a.start < own_end and not _in_since_clause(text, s, a.start)
        ] + _country_actors(countries, s, own_end, lead, text)
        before = len(drafts)
        anchor = self._main_event(
            text,
            s,
            main_end,
            sent,
            strong,
            trigs,
            dates,
            actors,
            future,
            mentions,
            drafts,
            named,
            countries,
        )
        if pub and len(drafts) > before:
            ago = _fronted_ago(text, s, drafts[before].trigger, pub)
            if ago is not None:  # "A year after the earthquake, survivors still live in tents":
                # the main clause's day ("held a memorial on Monday") is not the quake's
                drafts[before].readings[:] = [(ago, _precision(drafts[before].location))]
            begun = since_perfect(sent, drafts[before].trigger.start - s, dates, pub)
            if begun is not None:  # "Since the war began in 2022, Russia has shelled ...":
                drafts[before].readings[:] = [(begun, _precision(drafts[before].location))]
        if later and len(drafts) > before and not drafts[before].readings:
            story = next(
                (
                    d
                    for d in reversed(drafts[max(0, before - RECENT) : before])
                    if (d.readings or d.later) and _factual(d)
                ),
                None,
            )
            if story is not None and story.depth < MAX_CHAIN:
                drafts[before].later = (story, sent, later, future)
                drafts[before].depth = story.depth + 1
        main_dates = [dm for dm in dates if s + dm.start < s + rel.start()] if rel else []
        if rel and sub and (anchor is not None or main_dates):
            days = _number(rel["num"]) * (7 if rel["unit"].lower().startswith("week") else 1)
            days = -days if rel["dir"].lower() == "after" else days
            sub_actors = [a for a in named if a.start >= s + rel.end()]
            sub_actors += _country_actors(countries, s + rel.end(), e, sub[0], text)
            d = self._draft(
                sub[0],
                (s + rel.end(), e),
                sent_span=(s, e),
                actors=sub_actors,
                mentions=mentions,
                text=text,
            )
            others = [x for x in drafts[-RECENT:] if x is not anchor]
            earlier = _antecedent(text, s + rel.end(), d, others, {})  # its own clause's
            if earlier is not None:
                # "The barrage came two weeks after that strike": the strike told before
                earlier.evidence.append((s, e))
                return None
            own = [dm for dm in dates if s + dm.start >= s + rel.end() and dm.range.precision == 1]
            if own:
                # "two weeks after it was hit by missiles on 18 February": the clause's own
                # day outranks the count from the main clause ("nearly two weeks" is loose)
                d.readings.append((own[0].range, _precision(d.location)))
            elif anchor is not None and not main_dates:
                d.relative = (anchor, days, rel.group())
            else:
                # "The drills began on Saturday, three days after X met Y": the count runs
                # from the main clause's own day, not from the day the main event was merged to
                # "The ship lay at anchor on Saturday, a day after commandos boarded it": no
                # event in the main clause, but its date still counts the other one's
                r = shift(main_dates[0].range, days, rel.group(), "the main clause's date")
                d.readings.append((r, _precision(d.location)))
            drafts.append(d)
        return None

    def _main_event(
        self,
        text: str,
        s: int,
        end: int,
        sent: str,
        strong: list[Trigger],
        trigs: list[Trigger],
        dates: list[DateMention],
        actors: list[Actor],
        future: bool,
        mentions: _Sent,
        drafts: list[_Draft],
        named_actors: list[Actor],
        countries: list[tuple[int, int, str, str]],
    ) -> _Draft | None:
        own_dates = [d for d in dates if s + d.start < end]
        target = self._continues(sent, strong, trigs, own_dates, actors, drafts[-RECENT:])
        if target is not None and strong and target.trigger.code.startswith("DIS-"):
            # "It struck near Arequipa": a finer place in the hazard's country refines it
            here = self._draft(strong[0], (s, end), (s, s + len(sent)), [], mentions, text)
            if _refines(here.location, target.location):
                target.location, target.location_reason = here.location, here.location_reason
        if target is not None:
            target.evidence.append((s, len(sent) + s))
            names = {a.name for a in target.actors}
            target.actors += [a for a in actors if a.kind != "country" and a.name not in names]
            return target
        if not strong or (is_generic(text[s:end]) and not _BOUNDED_SERIES.search(text, s, end)):
            return None  # no trigger, or a habitual or standing situation: not one happening
        bound = _bound_dates(strong, own_dates, s, text)
        main = strong[0]
        # a dated noun of the main verb's own kind is its subject or object, one happening:
        # "the attack on 2 January had killed four", "fought a war since 1814"
        subject = [
            t
            for t in bound
            if t is not main
            and family_of(t.code) == family_of(main.code)
            and not _when_clause_of(text, s + bound[t].end, t)
            and _argument_of(text, main, t)
        ]
        if subject and main not in bound:
            bound[main] = bound[subject[0]]
        for t in subject:
            del bound[t]
        later = [s + dm.start for t, dm in bound.items() if t is not main and t.start > main.end]
        # "Ten years after Russia annexed Crimea, Ukrainians in Kherson…": the act told in the
        # fronted span has its places there, not in the main clause
        whole = min([end, *later])
        # "…pressing Somali authorities to free the ship, which gunmen seized on Sunday": a
        # trailing relative clause's own dated act is a happening of its own, and its place
        # and day are not the main act's
        trailing_rel = _trailing_relative_act(text, s, main, strong, own_dates, whole)
        if trailing_rel is not None:
            whole = trailing_rel[0].start()
        # "flew asylum seekers to Rwanda, despite protests in London": what the act went ahead
        # despite, or what it waits on, is another happening, and its place is not the act's
        concessive = _CONCESSIVE.search(text, main.end, whole)
        if concessive is not None:
            whole = concessive.start()
        stop = _fronted_end(text, s, main) or whole
        # "Stockholm applied to join in May 2022 … after Russia invaded Ukraine": an act told
        # in a trailing "after" clause has its places there, not in the clause it follows
        trailing = _AFTER_OPEN.search(text, max(s, main.start - 50), main.start)
        verb = verb_forms(main.text.split()[0].lower())
        # a clause with its own past verb, not a noun ("a fire at Odesa's port after a drone
        # strike": the strike's place is the fire's)
        clause_verb = verb is not None and "VBD" in verb[1]
        first = trailing.start() if trailing is not None and clause_verb else s
        d = self._draft(main, (first, stop), (s, s + len(sent)), actors, mentions, text)
        if d.location is None and stop != whole:  # the span names no place: the sentence's
            d = self._draft(main, (first, whole), (s, s + len(sent)), actors, mentions, text)
        joined = _joined_subject_start(text, main, whole)
        if d.target is not None and d.target.start >= joined:
            # "…seized the ship, and a Spanish frigate chased them": no side of the seizure
            d.target = None
        act = None
        if family_of(main.code) == "violence":
            act = _after_clause_act(text, end, main, strong, cause=True)
        by = None
        if act is not None:
            by = self._draft(act, (act.start, end), (s, s + len(sent)), actors, mentions, text)
        if act is not None and by is not None and _bare_toll(d.trigger, act):
            # "30 were killed when a bomb went off": CAMEO codes the act, not its toll, so
            # the bombing's 183 (or the missile's 195), not the bare 190 of "killed"; who
            # acted is the act's subject ("when a Houthi missile struck"), not the dead
            d.trigger = replace(d.trigger, code=act.code, full=act.full)
            if by.source is not None and d.source is None:
                d.source, d.target = by.source, by.target
        if by is not None and d.location is None and by.location is not None:
            # "two people were killed after a missile struck a building in Kyiv": the deaths
            # are the attack's toll, so the attack's place is theirs (the "after" clause
            # tells their cause, one happening; not a reply to an earlier one)
            d.location = by.location
            d.location_reason = f"where the act that caused it happened: {by.location_reason}"
        if d.source is None and d.target is None and _PAIR_ANAPHOR.match(sent):
            # "Lula arrived in China on Thursday. The two leaders met in Beijing on Friday":
            # "the two leaders" are the two sides of the story's last event with both
            before = next((p for p in reversed(drafts[-RECENT:]) if p.source and p.target), None)
            if before is not None:
                d.source, d.target = before.source, before.target
        d.overnight = bool(_OVERNIGHT.search(text, s, end))
        # "reaffirmed the 1951 treaty": a year naming another thing dates that thing, not this
        loose = [
            dm
            for dm in own_dates
            if dm not in bound.values()
            and not _ATTRIBUTIVE_YEAR.fullmatch(dm.text)
            and not _attributive_month(text, s + dm.start, s + dm.end)
            and not _in_since_clause(text, main.end, s + dm.start)
            and not _in_apposition(text, s, main, s + dm.start)
        ]
        if trailing_rel is not None:
            loose = [dm for dm in loose if s + dm.start < trailing_rel[0].start()]
        # "people had fled since the clashes began", said on Monday: an act a "since" clause
        # opens came before the span it starts, so a date outside that clause is not its own
        standing = _standing_relative(text, s, main)
        if standing is not None:
            # "an award in 1899, which Venezuela rejects": a stance held now; the year before
            # the relative pronoun dates the award it describes, not the rejection
            loose = [dm for dm in loose if s + dm.start > standing]
        since = _SINCE.search(text, max(s, main.start - 60), main.start)
        if since is not None:
            if main not in bound and not any(s + dm.start > since.start() for dm in own_dates):
                # "the deadliest since the war began", "fled since the clashes began": an
                # undated act a "since" clause names only anchors a span; it is background,
                # no happening this report tells (TimeML BEGINS, with no time of its own)
                return None
            if not _RANKED_SINCE.search(text, max(s, since.start() - 80), since.start()):
                # "people had fled since the clashes began in Goma on 3 May", said on Monday:
                # the act the clause opens came before the span it starts, so a date outside
                # the clause is not its own ("the worst attack since…" only compares)
                loose = [dm for dm in loose if s + dm.start > since.start()]
        # "Rebels who had seized Bunia in January withdrew on Monday": a relative clause's date
        # before the verb is its own when the verb has one after it (TimeML)
        if any(s + dm.start >= main.end for dm in loose):
            loose = [dm for dm in loose if not _in_relative_before(text, s, main, s + dm.start)]
        # "The talks, which collapsed in March, resumed on Monday": a date inside a relative
        # clause set off after the trigger tells what else befell its noun, when a date
        # after the clause closes is the sentence's own (Quirk et al. 1985, 17.22)
        # ("which began in Doha on Monday" tells the talks' own start, so it keeps its date)
        aside = _relative_aside(text, main, s + len(sent))
        if (
            aside is not None
            and not _BEGAN_AFTER.match(text, main.end)
            and any(s + dm.start >= aside[1] for dm in loose)
        ):
            loose = [dm for dm in loose if not aside[0] <= s + dm.start < aside[1]]
        # "Police banned the rally planned for Saturday": a date a plan's participle gives
        # another noun is that noun's (TimeML: the rally's time), not the ban's
        loose = [dm for dm in loose if not _planned_for_other(text, s + dm.start, main)]
        # "said on Thursday that the missile launched on 4 October": Thursday dates the saying
        of_event = [
            dm
            for dm in loose
            if not _REPORTING_BEFORE.search(text, max(s, s + dm.start - 30), s + dm.start)
        ]
        ordered = _hazard_date_first(
            text, s, main, _own_part_first(text, s, main, of_event or loose)
        )
        free = [_days_before(text, s, dm) for dm in _joined_days(text, s, ordered)]
        year = bound_year(text, main.start, s)
        # "marked 30 years since the 1994 genocide on Sunday": a year written on the noun
        # outranks a day bound after it that falls in another year (the day is the marking's)
        bound_holds = main in bound and (
            year is None or year.start <= bound[main].range.start <= year.end
        )
        if bound_holds:
            free = [_week_of_any_start(main, bound[main])]
        elif year is not None:
            free = [year]  # "the 1994 massacre": background keeps its own year
        if free and _FOUND.search(text, max(s, main.start - 30), main.start):
            free = [_found_before(free[0])]
        caused_date_after = bool(ordered) and s + ordered[0].start > main.end
        if (
            free
            and _CAUSED.search(text, max(s, main.start - 40), main.start)
            and main not in bound
            and not caused_date_after
        ):
            # "the court on Sunday scaled back the quota that sparked the protests": the
            # sentence's date is the other act's; the protests are told as its cause or effect
            # (a date after the effect is its own: "rain triggered landslides that killed 30
            # in Kerala on Tuesday")
            free = []
        left = hazards.is_hazard(main.code) and _AFTERMATH_OF.match(main.text)
        if left and not (free and free[0].start == free[0].end):
            # "survivors of the earthquake still live in tents": with no day of its own the
            # sentence may tell a standing state long after; only a dated one is news of it
            return None
        aid_day = free[0] if left else None
        if (
            free
            and main not in bound
            and hazards.is_hazard(main.code)
            and (_TOLL_OF.match(main.text) or left)
            and not _WEEKDAY_END.search(main.text)
        ):
            # "the death toll from the earthquake rose to 2,100 on Sunday": Sunday dates the
            # toll; the quake came on or before it (and so for its survivors and victims)
            day = free[0].end
            free = [
                DateRange(
                    day - timedelta(days=6),
                    day,
                    2,
                    free[0].text,
                    f"the toll's date ({free[0].reason}): the hazard on or before it",
                )
            ]
        elif free and main not in bound and year is None and loose and not of_event:
            also = _ALSO_BEFORE.search(text, max(s, main.start - 25), main.start)
            earlier_days = drafts[-1].readings if also and drafts else []
            if earlier_days and earlier_days[0][0].end <= free[0].end:
                # "A ship fired a water cannon on Tuesday. It also rammed the boat, a spokesman
                # told a news conference on Wednesday": "also" adds to the act told before, so
                # its day, not the telling's (TimeML: the reporting event dates only itself)
                day0 = earlier_days[0][0]
                free = [replace(day0, reason=f"'also' adds to the act told before: {day0.reason}")]
            else:
                free = _said_bound(main, free[0])
        if not free and main not in bound:
            # "killed after the disputed 2007 vote": the act follows a happening the text
            # dates by its noun's year or month, so it lies just after that period
            free = _after_dated_noun(text, s, end, main, own_dates)
        if (
            free
            and free[0].precision >= MONTH_PRECISION
            and trailing is not None
            and clause_verb
            and main not in bound
            and ordered
            and s + ordered[0].end <= trailing.start()
        ):
            # "Stockholm applied to join in May 2022 … after Russia invaded Ukraine": the date
            # is the clause's the "after" clause follows; the act came before it, how long
            # before the text does not say (TimeML BEFORE), so the half year up to that date
            free = [_before_range(free[0])]
        if free:
            d.readings.append((free[0], _precision(d.location)))
        # a future word elsewhere in the sentence ("..., and he said they would return") does
        # not make a happening told in the past planned: the verb group ending at the
        # trigger's first word ("flew" in "flew surveillance aircraft") decides when it is past
        head = main.start + len(text[main.start : main.end].split()[0])
        d.planned = future and (
            verb_tense(text[s:end], head - s)[0] != "past"
            or _WILL_SEE.search(text, max(s, main.start - 50), main.start) is not None
        )
        if d.planned and _BEGAN_AFTER.match(text, main.end):
            d.planned = False  # "The talks, which began on Monday, will resume": they were held
        if d.planned and _AGENT_NOUN.fullmatch(main.text):
            # "the rioters would be punished": what is to come is done to them, not by them
            return None
        earlier = _antecedent(text, s, d, drafts[-RECENT:], bound)
        if earlier is not None:  # "the Tuesday bombing": the happening told before
            kept = earlier.location, earlier.location_reason
            dated = bool(d.readings) and _overlapping(earlier, d)
            after = _AFTER_CLAUSE.search(text, d.trigger.end, s + len(sent))
            if d.location and after and d.location.start >= after.start():
                # "The drill came after North Korea fired…": that place is the other event's
                d.location, d.location_reason = None, ""
            _fold(earlier, d)
            if kept[0] is not None and not dated:  # an undated mention adds evidence, not a place
                earlier.location, earlier.location_reason = kept
            return earlier
        drafts.append(d)
        aid = next((t for t in strong if t is not main and t.code[:2] == _AID_ROOT), None)
        if aid_day is not None and aid is not None:  # "..., as search teams arrived": that too
            sec = self._draft(aid, (s, end), (s, s + len(sent)), actors, mentions, text)
            # "survivors of the quake on Saturday received aid on Tuesday": a day after the aid's
            # verb is the aid's own (the hazard's day is bound to its noun)
            own = [dm.range for dm in own_dates if s + dm.start > aid.end]
            sec.readings.append((own[0] if own else aid_day, _precision(sec.location)))
            drafts.append(sec)
        left_by = _aftermath_after_aid(main, trigs, free)
        if left_by is not None:
            # "aid workers reached villages cut off by the earthquake on Tuesday": the aid
            # leads, and the hazard it answers struck on or before its day (EM-DAT's affected)
            hz, hz_when = left_by
            sec = self._draft(hz, (hz.start, end), (s, s + len(sent)), [], mentions, text)
            sec.readings.append((hz_when, _precision(sec.location)))
            if _antecedent(text, s, sec, drafts[-RECENT:-1], {}) is None:
                drafts.append(sec)
        for t, dm in bound.items():
            if t is main or s + dm.start > t.start:
                continue  # only a date written before its noun dates a second happening
            sec_actors = [a for a in named_actors if main.end <= a.start < t.start]
            sec_actors += _country_actors(countries, main.end, end, t, text)
            sec = self._draft(t, (t.start, end), (s, s + len(sent)), sec_actors, mentions, text)
            sec.readings.append((_week_of_any_start(t, dm), _precision(sec.location)))
            drafts.append(sec)
        told = _violence_as_subject(text, main, strong, bound)
        if told is not None:  # "the massacre of 40 villagers last week was condemned"
            owner = _POSSESSOR.search(text, max(s, told.start - 40), told.start)
            head = owner.start() if owner else _np_start(text, s, told.start)
            sides = _country_actors(countries, head, told.start, told, text) if owner else []
            sec = self._draft(told, (head, main.start), (s, s + len(sent)), sides, mentions, text)
            between = [dm.range for dm in own_dates if told.end <= s + dm.start < main.start]
            if between:
                sec.readings.append((between[0], _precision(sec.location)))
            told_before = _antecedent(text, s, sec, drafts[-RECENT:-1], {})
            if told_before is not None:  # "the kidnappers had demanded a ransom"
                told_before.evidence.append((s, s + len(sent)))
            else:
                drafts.append(sec)
        if trailing_rel is not None:
            self._trailing_act(
                text, s, sent, trailing_rel, named_actors, countries, mentions, drafts
            )
        judged = _judged_object(text, s, main, strong, own_dates)
        cause = _after_act(text, s, end, main, strong, own_dates) if judged is None else None
        if judged is not None or cause is not None:
            # "leaders condemned the riot in the capital on 8 January"; "the region declared
            # mourning after a missile destroyed a block of flats on Saturday"
            if judged is not None:
                obj, dm = judged
                when, clause = dm.range, (obj.start, s + dm.end)
            else:
                obj, when = cause  # type: ignore[misc]
                clause = (obj.start - 40, end)
            sides = [] if judged else [a for a in named_actors if obj.start - 40 <= a.start < end]
            sides += [] if judged else _country_actors(countries, obj.start - 40, end, obj, text)
            sec = self._draft(obj, clause, (s, s + len(sent)), sides, mentions, text)
            sec.readings.append((when, _precision(sec.location)))
            before = _antecedent(text, s, sec, drafts[-RECENT:-1], {})
            if before is None and cause is not None:  # force the story told on that day
                before = _same_day_force(drafts[-RECENT:-1], when)
            if before is not None:  # "G7 leaders condemned the attack": the attack told before
                before.evidence.append((s, s + len(sent)))
            else:
                drafts.append(sec)
        return d

    def _trailing_act(
        self,
        text: str,
        s: int,
        sent: str,
        rel: tuple[re.Match[str], Trigger, DateMention],
        named: list[Actor],
        countries: list[tuple[int, int, str, str]],
        mentions: _Sent,
        drafts: list[_Draft],
    ) -> None:
        """Add the act of a trailing relative clause (``_trailing_relative_act``) as a happening
        of its own, dated by its clause, unless the story told it before."""
        m, t, dm = rel
        e = s + len(sent)
        sides = [a for a in named if m.end() <= a.start < e]
        sides += _country_actors(countries, m.end(), e, t, text)
        sec = self._draft(t, (m.end(), e), (s, e), sides, mentions, text)
        sec.readings.append((dm.range, _precision(sec.location)))
        before = _antecedent(text, s, sec, drafts[-RECENT:-1], {})
        if before is not None:
            before.evidence.append((s, e))
        else:
            drafts.append(sec)

    def _continues(
        self,
        sent: str,
        strong: list[Trigger],
        trigs: list[Trigger],
        own_dates: list[DateMention],
        actors: list[Actor],
        drafts: list[_Draft],
    ) -> _Draft | None:
        """The earlier event this sentence only adds to, if any."""
        if not drafts:
            return None
        people = {a.name for a in actors if a.kind in ("person", "unit")}
        reporting = any(t.weight == WEAK for t in trigs)
        if people and (not strong or (reporting and not own_dates)):
            for d in reversed(drafts):
                if people & {a.name for a in d.actors}:
                    return d
        last = drafts[-1]
        if (
            last.trigger.code.startswith("DIS-")
            and _HAZARD_ANAPHOR.match(sent)
            and all(family_of(t.code) == "violence" for t in strong)
        ):
            # "A strong earthquake hit southern Peru on Monday. It struck near Arequipa": the
            # pronoun is the quake, and "struck" its impact, no act of force (CAMEO codes
            # political actors only)
            return last
        bare_since = re.search(r"\bsince\b(?!\s+(?:early|mid|late|last|this|the|\d|[A-Z]))", sent)
        if _ANAPHOR.match(sent) and (not own_dates or bare_since):
            last = drafts[-1]
            first_of_sentence = next(d for d in drafts if d.evidence[0] == last.evidence[0])
            if not strong or quad_class(strong[0].code) == quad_class(
                first_of_sentence.trigger.code
            ):
                return first_of_sentence
        return None

    def _draft(
        self,
        trig: Trigger,
        clause: tuple[int, int],
        sent_span: tuple[int, int],
        actors: list[Actor],
        mentions: _Sent,
        text: str,
    ) -> _Draft:
        in_sentence = [m for m in mentions.mentions if m.place]
        d = _Draft(trig, clause, [sent_span], list(actors), places=in_sentence)
        d.lead = _lead_actor(actors, trig)
        own = own_stretch(text, trig.start, clause, trig.full or trig.code)
        # aid goes to its recipient, a suspect is extradited to the receiving state (CAMEO
        # 1.1b3 §063 judicial cooperation is between the handing and the receiving state)
        given = (trig.full or trig.code).startswith(("07", "033", "063"))
        d.source, d.target = roles(
            text,
            trig.start,
            trig.end,
            own,
            actors,
            mentions.pool,
            trig.code[:2] in ADDRESSED_ROOTS,
            recipient_to=given,
            stance=(trig.full or trig.code).startswith(("012", "013")),
            asked=trig.code[:2] in ("02", "10"),
        )
        if d.target is None and d.source is not None:
            d.target = _reciprocal_partner(text, trig, d.source, actors)
            d.joint = d.target is not None
        if trig.code.startswith("DIS-"):
            # "Assam has been hit by flooding": a hazard has no sides; what it hit is where it
            # happened (CAMEO 1.1b3 codes acts of political actors only; ACLED codes place)
            d.source = d.target = None
        d.trigger = trig = _taken_place(as_state_act(trig, d.source, text), mentions.mentions, text)
        welcome = _welcomed_guest(trig, actors, text)
        if welcome is not None:  # "Orban was welcomed by Putin in Moscow": a visit hosted
            d.trigger = trig = replace(trig, code="04", full="043")
            guest, host = welcome
            d.source, d.target = host or d.source, guest
        d.dates = mentions.dates
        d.reporter = mentions.reporter
        d.location, d.location_reason = locate(
            text,
            trig.start,
            clause,
            mentions.mentions,
            mentions.blocked,
            trig.full or trig.code,
            d.source.country_code if d.source and not _intercepts(trig) else None,
        )
        if _attacker_named_as_place(d, text):
            d.location, d.location_reason = None, ""  # the target's country, when finishing
        elif _addressee_named_as_place(d):
            d.location, d.location_reason = None, ""  # where the speaker is, when finishing
        elif _joint_speaker_named_as_place(d, text):
            d.location, d.location_reason = None, ""  # a joint statement: no one's home
        return d

    # ------------------------------------------------------------ finishing

    def _finish(self, article: Article, d: _Draft, ctx: _Context) -> Event:
        pub = article.published
        when, alts, flags = _choose_date(d, pub)
        when = event_span(when, pub, d.planned)  # "late last year", "later this month"
        code = d.trigger.full or d.trigger.code
        sentence = article.text[slice(*d.evidence[0])]
        past = _past_weekday(when, pub, sentence) if pub and code[:2] in _SAYING_ROOTS else None
        if past is not None and not d.planned:
            # "Beijing threatened to impose tariffs on wine on Tuesday": in wire copy a bare
            # weekday dates the finite past verb, the week before publication (AP style:
            # weekdays for the past week), not the act threatened
            when, alts = past, ()
        if pub and not d.planned and when.start > pub and code[:2] in _SAYING_ROOTS:
            # "threatened to attack the town on Tuesday": a date after publication is the act
            # threatened or promised; the threat itself, told in the past, was made by then
            told = inferred_range(pub, planned=False)
            why = f"a {code[:2]} told in the past; '{when.text}' dates the act it names"
            when, alts = replace(told, reason=f"{why}; {told.reason}"), ()
            flags = [*flags, "date_inferred"]
        if pub and not d.planned and when.start < pub < when.end:
            # "earlier this week" is the week (TimeML), but what a report tells as done
            # happened by its publication: the event's range stops there
            when = replace(when, end=pub, reason=f"{when.reason}; up to publication ({pub})")
        flags += d.trigger.flags
        if "no_publication_date" in article.flags:
            flags.append("no_publication_date")
        if d.planned or (pub and when.start > pub):
            flags.append("planned")
        location, reason = d.location, d.location_reason
        listed = _listed_regions(article.text, d, ctx)
        if listed is not None:
            location, reason = listed
        if location is None and d.narrative is not None and d.narrative[0].location is not None:
            # "Police fired tear gas at the protesters": no place of its own, so the place of
            # the story it continues (ACLED codes a follow-on to the location of its event)
            story = d.narrative[0]
            location = story.location
            reason = (
                f"no place named: the place of the story it continues ({story.location_reason})"
            )
        if location is None:
            location, reason = _town_named_before(d, article.text, ctx.drafts)
        if location is None:
            location, reason = _area_named_before(d, article.text, ctx)
        fell_back = location is None
        if fell_back:
            location, reason = _fallback_location(d, article, ctx)
        dateline = ctx.analysis.dateline
        recent = dateline is not None and pub is not None and abs((when.end - pub).days) <= 31
        if fell_back and recent and dateline_refines(location, ctx.analysis, d.clause):
            # "LIMA (AP) - Peruvian police arrested…": the dateline city is in the country
            # the actors give, and finer (ACLED: the most specific place the report supports)
            location, reason = dateline, f"{reason}; the dateline city ({dateline.text}) is in it"  # type: ignore[union-attr]
        if (
            location is None
            and recent
            and dateline is not None
            and not dateline_elsewhere(ctx.analysis, code)
        ):
            # the dateline says where the story was filed: the place only when nothing else is,
            # and never for background told from far away in time, nor for an act in a story
            # about another country ("NAIROBI - … fighting near Masisi", in Congo)
            location, reason = (
                dateline,
                f"no place named and no actor country: the dateline ({dateline.text})",
            )
        text = article.text
        evidence = tuple(Evidence(text[s:e], s, e) for s, e in sorted(set(d.evidence)))
        codes: dict[str, str | None] = {}
        # CAMEO's source and target lead the list (GDELT's Actor1, Actor2), then the rest
        ranked = [r for r in (d.source, d.target) if r] + sorted(d.actors, key=_actor_rank)
        for a in ranked:
            # every actor carries its ISO2: a country is its own, people, units and bodies
            # theirs; the happenings merge compares two reports' sides by these codes
            codes[a.name] = codes.get(a.name) or a.country_code
        actors = tuple(codes)
        places = tuple({m.place.id: m for m in d.places if m.place}.values())
        return Event(
            id=_event_id(article.id, d),
            article_id=article.id,
            summary=_summary(text, d, location, ctx.analysis.dateline_end),
            when=when,
            roles=_roles(d),
            event_type=_type_of(d.trigger.code),
            actors=actors,
            location=location,
            location_reason=reason,
            places=places,
            evidence=evidence,
            flags=tuple(dict.fromkeys(flags)),
            alt_dates=alts,
            actor_countries=tuple(codes.values()),
            event_code=d.trigger.full,
        )


# ---------------------------------------------------------------- helpers


def _shift(t: Trigger, offset: int) -> Trigger:
    return replace(t, start=t.start + offset, end=t.end + offset)


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUM_WORDS[word.lower()]


def _country_actors(
    countries: list[tuple[int, int, str, str]], s: int, e: int, trig: Trigger | None, text: str
) -> list[Actor]:
    """Countries on the subject side of the trigger, or joined to it by 'with'."""
    out = []
    for cs, ce, code, name in countries:
        if not s <= cs < e:
            continue
        before_trigger = trig is None or cs < trig.start
        partner = re.search(r"\bwith\s+(?:the\s+|their\s+|its\s+)?$", text[max(s, cs - 20) : cs])
        possessor = re.match(r"['’]\s?s\b", text[ce : ce + 3])  # "Japan's atrocities"
        target = NOT_LOCATION.search(text[max(s, cs - 30) : cs])
        route = ROUTE_BEFORE.search(text, max(0, cs - 60), cs)  # "sailing from Mombasa to Oman"
        if (before_trigger or partner) and (possessor or not target) and not route:
            out.append(Actor(name, "country", code, cs, ce))
    return out


# "A year after the earthquake, …", "Six months after the coup, …": an anniversary story
# opens on the span since its happening, told from the time of writing
_FRONTED_AGO = re.compile(
    r"\s*(?P<num>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?P<unit>years?|months?)\s+(?:after|since)\s+",
    re.IGNORECASE,
)


def _fronted_end(text: str, s: int, trig: Trigger) -> int | None:
    """Where a fronted "N years after …," span holding ``trig`` ends (its comma), or None."""
    m = _FRONTED_AGO.match(text, s)
    if m is None or not m.end() <= trig.start <= m.end() + 40:
        return None
    comma = text.find(",", trig.end, trig.end + 80)
    return comma if comma >= 0 else None


def _fronted_ago(text: str, s: int, trig: Trigger, pub: date) -> DateRange | None:
    """The month ``N`` years or months before publication, when the sentence opens on "N
    years after the <trigger>" (TimeML anchors the span at the document time); else None."""
    m = _FRONTED_AGO.match(text, s)
    if (
        m is None
        or not m.end() <= trig.start <= m.end() + 40
        or "," not in text[trig.end : trig.end + 80]
    ):
        return None
    word = m["num"].lower()
    n = int(word) if word.isdigit() else NUMBERS[word]
    months = n * 12 if m["unit"].lower().startswith("year") else n
    y, mo = add_months(pub.year, pub.month, -months)
    start, end = month_span(y, mo)
    return DateRange(
        start,
        end,
        3,
        m.group().strip(),
        f"'{m.group().strip()}' the event, told at publication ({pub}): "
        f"{months} month(s) before it",
    )


def _hazard_date_first(
    text: str, s: int, main: Trigger, dates: list[DateMention]
) -> list[DateMention]:
    """``dates`` with the one told right after a hazard's own verb first: "Rescuers reached
    the villages on Sunday after the earthquake that hit the region on Friday night" is a
    quake on Friday (the hazard's trigger runs to its verb, so its date follows it)."""
    if not hazards.is_hazard(main.code):
        return dates
    own = [
        dm
        for dm in dates
        if 0 <= s + dm.start - main.end <= 40
        and not re.search(r"[,;]", text[main.end : s + dm.start])
    ]
    return own[:1] + [dm for dm in dates if dm not in own[:1]]


# a concessive tail, or a condition after the act ("would be sent to the border if the talks
# in Geneva failed"): its place belongs to that other happening
_CONCESSIVE = re.compile(
    r",\s+(?:despite|in spite of|notwithstanding)\b|(?:,\s*|\s)(?:if|unless)\s", re.IGNORECASE
)
_PART_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas)\b", re.IGNORECASE)
# a subordinate clause inside the sentence ("delayed the vote on Monday after rioters torched
# an office on Saturday"): its act keeps its own date; a fronted one ("After talks failed on
# Sunday, …") starts the sentence and is no break
_FRONTED = re.compile(r"(?:After|Before|When|Following|Since|Until|While)\b[^,;.]{0,120},\s*")
_SUB_BREAK = re.compile(r"(?<=\w)\s+(?:after|before|when|following|until)\s+(?=\w)")


def _own_part_first(
    text: str, s: int, main: Trigger, dates: list[DateMention]
) -> list[DateMention]:
    """``dates`` with those of the trigger's own part of the sentence first: "Talks were held
    on Monday, and fighting resumed on Friday" dates the fighting Friday."""
    end = s + max((dm.end for dm in dates), default=0)
    for breaking in ((_PART_BREAK, _SUB_BREAK), (_PART_BREAK,)):
        # one character past the trigger's start: the break's lookahead sees its first letter
        start = max(
            (
                m.end()
                for rx in breaking
                for m in rx.finditer(text, s, main.start + 1)
                if m.end() <= main.start
            ),
            default=s,
        )
        fronted = _FRONTED.match(text, s)
        if fronted and fronted.end() <= main.start:
            start = max(start, fronted.end())  # "After talks failed on Sunday, troops attacked…"
        stops = [
            m.start() for rx in breaking if (m := rx.search(text, main.end, max(end, main.end)))
        ]
        stop_at = min(stops, default=len(text))
        own = [dm for dm in dates if start <= s + dm.start < stop_at]
        if own:  # a subordinate clause with no date of its own: its sentence part's
            return own + [dm for dm in dates if dm not in own]
    return dates


_DAYS_JOIN = re.compile(r"\s*(?:and|or|through|to|until|-|–)\s*(?:on\s+)?", re.IGNORECASE)


def _joined_days(text: str, s: int, dates: list[DateMention]) -> list[DateMention]:
    """Two days joined in one phrase ("on Thursday and Friday", "on 3 and 4 May") date one
    happening over both: a range of up to a week, at week precision (ACLED's 2), not the
    first day alone."""
    if len(dates) < 2:
        return dates
    a, b = dates[0], dates[1]
    ra, rb = a.range, b.range
    if not (
        ra.precision == rb.precision == 1 and _DAYS_JOIN.fullmatch(text, s + a.end, s + b.start)
    ):
        return dates
    start, end = min(ra.start, rb.start), max(ra.end, rb.end)
    if (end - start).days > 6:
        return dates
    phrase = text[s + a.start : s + b.end]
    both = DateRange(
        start, end, 2, phrase, f"'{phrase}': from {start} to {end} ({ra.reason}; {rb.reason})"
    )
    return [replace(a, end=b.end, text=phrase, range=both), *dates[2:]]


# "Latin American", "South American", "North African": a region's adjective, no country
_REGION_BEFORE = re.compile(r"\b(?:Latin|South|Central|North|East|West|Pan|Sub-Saharan)[\s-]$")
# a topic label opening a headline ("Haiti: Gangs attack police station"): no side
_LABEL_AFTER = re.compile(r":\s+(?-i:[A-Z])")
_TOLL_OF = re.compile(r"(?:death\s+)?toll\b", re.IGNORECASE)
# a hazard named by what it left ("survivors of the earthquake", "villages cut off by the
# quake", ``hazards.csv``): the hazard told again, after it struck; CAMEO's 07 (provide aid)
# is the one act told of them that is the disaster's own response ("as search teams
# arrived"), so only it may stand beside one
_AFTERMATH_OF = re.compile(
    r"(?:survivors|victims|aftermath|cut\s+off|isolated|stranded|displaced|(?:left|made)\s+homeless)\b",
    re.IGNORECASE,
)
_AID_ROOT = "07"


def _aftermath_after_aid(
    main: Trigger, trigs: list[Trigger], free: list[DateRange]
) -> tuple[Trigger, DateRange] | None:
    """The hazard an aid act (CAMEO 07) was given in the aftermath of, told after it ("aid
    workers reached villages cut off by the earthquake on Tuesday"), with the week up to the
    aid's day (precision 2): the hazard struck on or before the aid came (EM-DAT counts the
    affected, isolated or displaced, after the disaster). None when the aid leads no such
    hazard or has no day."""
    if main.code[:2] != _AID_ROOT or not free or free[0].start != free[0].end:
        return None
    hz = next(
        (
            t
            for t in trigs
            if t.start > main.end and hazards.is_hazard(t.code) and _AFTERMATH_OF.match(t.text)
        ),
        None,
    )
    if hz is None:
        return None
    day = free[0].end
    reason = f"the aid's date ({free[0].reason}): the hazard on or before it"
    return hz, DateRange(day - timedelta(days=6), day, 2, free[0].text, reason)


def _said_bound(main: Trigger, said: DateRange) -> list[DateRange]:
    """The date of a hazard whose sentence's only date is the day it was said ("the
    earthquake killed 153 people, the ministry said on Sunday"): a count is given after the
    disaster, for days after it (the toll's rule above), so the saying's day bounds the hazard
    from above, a week at most (precision 2); a saying dated vaguer than a day keeps its own
    range. Other acts keep the saying's day: a statement
    about a clash is mostly of that day, and the dates scorer dates them so."""
    if not hazards.is_hazard(main.code) or said.start != said.end:
        return [said]  # "said in 2021", "said last week": already no day
    day = said.end
    reason = f"the saying's date ({said.reason}): the hazard on or before it"
    return [DateRange(day - timedelta(days=6), day, 2, said.text, reason)]


_THIS_WEEK = re.compile(r"this\s+week\b", re.IGNORECASE)


def _week_of_any_start(main: Trigger, dm: DateMention) -> DateRange:
    """The range of a date bound to a trigger; for a hazard named "this week's" ("this week's
    earthquake"), the week as any reader's calendar starts it: ISO 8601 starts the week on
    Monday, but CLDR's ``firstDay`` data has it start on Sunday (United States, Canada,
    Japan...) or Saturday (Afghanistan, Iran, Egypt...), so a quake of the Saturday or Sunday
    before the ISO week may be "this week's" to the outlet: the range opens on that Saturday.
    Other dates and other triggers keep their range."""
    r = dm.range
    if not hazards.is_hazard(main.code) or r.precision != 2 or not _THIS_WEEK.match(dm.text):
        return r
    why = f"{r.reason}; a week may start on the Saturday before (CLDR firstDay)"
    return replace(r, start=r.start - timedelta(days=2), reason=why)


# a noun phrase set off by a comma ("..., a meeting to which Ukraine was not invited"): an
# appositive, which re-names what the clause before it told (Quirk et al. 1985, 17.65)
_APPOSITIVE_OPEN = re.compile(r",\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}$")


def _renamed_dropped(text: str, trigs: list[Trigger]) -> list[Trigger]:
    """``trigs`` without a noun trigger in apposition to an act of its own root told before it
    in the sentence ("the presidents met in Alaska on Friday, a meeting to which Ukraine was
    not invited"): the appositive re-names the act, so the act, not the noun, leads the
    event, with its own place. A noun of another root ("met on Friday, a visit...") stays."""
    out = []
    for t in trigs:
        opens = _APPOSITIVE_OPEN.search(text, max(0, t.start - 40), t.start)
        if opens and any(
            u.end <= opens.start() and u.code[:2] == t.code[:2] and u.weight > WEAK for u in trigs
        ):
            continue
        out.append(t)
    return out


_ADVERBIAL = re.compile(r"(?:on|in|at|by|during|since|until|from)\s", re.IGNORECASE)


def _bound_dates(
    strong: list[Trigger], dates: list[DateMention], s: int, text: str
) -> dict[Trigger, DateMention]:
    """Dates that modify one trigger directly ("its 1910-45 occupation", "Tuesday's attack",
    "the attack on 2 January"); not a date before a verb ("2 January had killed")."""
    bound: dict[Trigger, DateMention] = {}
    clause_heads: dict[int, Trigger] = {}  # per date, the first trigger of its when-clause
    for t in strong:
        for dm in dates:
            ds, de = s + dm.start, s + dm.end
            # "Tuesday's attack", "the 8 May quake"; not "on Tuesday demanding…" (an adverb)
            before = (
                0 <= t.start - de <= 6
                and _MODIFIER_GAP.fullmatch(text, de, t.start)
                and not _ADVERBIAL.match(dm.text)
            )
            # "the attack on 2 January had killed four": a noun and its date before the verb;
            # a weekday closing the sentence after an object ("condemned the seizure on
            # Friday") says when the verb's act was, as news writes it
            after = 0 <= ds - t.end <= 4 and not (
                _WEEKDAY_END.match(dm.text) and _CLAUSE_END.match(text, de) and t is not strong[0]
            )
            if before or after:
                bound[t] = dm
            elif _when_clause_of(text, de, t):
                head = clause_heads.get(dm.start)
                if head is None or t.start < head.start:
                    clause_heads[dm.start] = t
    for dm in dates:
        head = clause_heads.get(dm.start)
        if (
            head is not None
            and head not in bound
            and dm.parts
            and dm.text.lower().startswith("since")
        ):
            # "since 2018, when a bomber killed 149": the when-clause is anchored to the time
            # named before it (TimeML 1.2.1 guidelines, temporal subordinators), here the
            # start of the open "since" range; one happening per clause. Other dates with a
            # when-clause ("the riot on 3 June, when crowds burned cars") date the sentence
            bound[head] = dm.parts[0]
    return bound


# what parts a verb from a noun that is not its subject or object: "killed 40 villagers on
# Sunday in what officials called revenge for an attack last month"
_NOT_ARGUMENT = re.compile(r"[,;]|\b(?:for|after|before|since|following|than|in what|as)\b")


def _argument_of(text: str, main: Trigger, t: Trigger) -> bool:
    """Whether nothing but a noun phrase's words part ``t`` from the verb ``main``: the
    noun may be its subject or object ("the attack on 2 January had killed four")."""
    gap = text[t.end : main.start] if t.end <= main.start else text[main.end : t.start]
    return not _NOT_ARGUMENT.search(gap)


_WHEN_AFTER = re.compile(r",\s+when\s")


def _when_clause_of(text: str, end: int, t: Trigger) -> bool:
    """The trigger ``t`` stands in a "when" clause that follows a date ending at ``end``,
    before the clause closes ("in March, when troops shelled the town")."""
    when = _WHEN_AFTER.match(text, end)
    return (
        when is not None
        and 0 <= t.start - when.end() <= 60
        and not any(c in text[when.end() : t.start] for c in ".;,")
    )


# a weekday, or a day told from the writing ("yesterday", "last night"), closing the clause
_WEEKDAY_END = re.compile(
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"(?:yesterday|today|tonight|last\s+night|earlier\s+today|this\s+(?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"\s*(?:[.;]|,\s+(?:\w+\s+){0,4}(?:said|says|told|reported)\b|$)")


# where a sentence turns to what its event followed or answered
_AFTER_CLAUSE = re.compile(
    r"\b(?:after|following|since|before|in response to|in retaliation for)\b", re.IGNORECASE
)
# a happening named as what another act caused or answered: "the quota that sparked the
# protests", "the decision that triggered the strike"
_CAUSED = re.compile(
    r"\b(?:sparked|triggered|prompted|provoked|fuel(?:l)?ed|caused|ignited|led\s+to|set\s+off)"
    r"\s+(?:the\s+|a\s+|an\s+|(?:weeks|months|days|years)\s+of\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "overnight" as an adverb or a happening's adjective, not a figure ("an overnight success")
_OVERNIGHT = re.compile(
    r"\bovernight\b(?!\s+(?:success|sensation|stay|stays|bag|train|flight|bus))", re.I
)
# a date right after a reporting verb dates the report, not what it reports (ACE 2005: the
# reporting event is an event of its own), when the sentence has another date for the event
_REPORTING_BEFORE = re.compile(
    r"\b(?:said|says|announced|reported|confirmed|stated|added|told\s+\w+|disclosed|revealed|"
    r"denied|denies|rejected|dismissed|"
    # "told a news conference on Wednesday", "said at a briefing on Monday": the telling
    r"(?:told|said\s+at|said\s+in|speaking\s+at)\s+(?:a|an|the)\s+(?:\w+\s+)?"
    r"(?:conference|briefing|meeting|session|interview|hearing|summit))"
    r"\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$",
    re.IGNORECASE,
)
# a year used as a noun's modifier ("the 1951 Mutual Defense Treaty", "a 1994 law")
_ATTRIBUTIVE_YEAR = re.compile(r"(?:(?:the|a|an)\s+)?\d{4}\s+\S+", re.I)
FILED_BEFORE_DAYS = 14  # a wire story is published within two weeks of its dateline


def _filed_on(text: str, pub: date | None) -> date | None:
    """The day a wire dateline gives ("TBILISI, June 16 (Reuters) -"), when it falls in the
    two weeks up to publication; None otherwise (no dateline date, or one that cannot be
    the filing day of this publication)."""
    span = dateline_date(text[:200]) if pub else None
    if span is None or pub is None:
        return None
    found = find_dates(text[span[0] : span[1]], pub)
    day = found[0].range if found else None
    if day is None or day.precision != 1 or not 0 < (pub - day.start).days <= FILED_BEFORE_DAYS:
        return None
    return day.start


# CAMEO 1.1b3 §192 occupy territory: what was seized is a town or a region named right after
# the verb ("Rebels seized Bunia"), as "seized the town of Bunia" is coded
_SEIZED_ROOTS = frozenset({"171", "181"})
_TERRITORY = frozenset({"city", "admin1", "admin2", "region"})


def _refines(finer: Mention | None, coarser: Mention | None) -> bool:
    """Is ``finer`` a place of finer geo precision inside ``coarser``'s country?"""
    if finer is None or finer.place is None:
        return False
    if coarser is None or coarser.place is None:
        return True
    same = finer.place.country_code == coarser.place.country_code
    return same and finer.place.geo_precision < coarser.place.geo_precision


def _after_dated_noun(
    text: str, s: int, end: int, main: Trigger, dates: list[DateMention]
) -> list[DateRange]:
    """The span after a happening an "after"/"following"/"followed" phrase names with a
    year or month on its noun ("after the disputed 2007 vote", "protests that followed the
    July vote"): TimeML's TLINK AFTER puts the act after that period, so from its start to
    the end of the next year (a year) or of the next two months (a month), at ACLED time
    precision 3; empty when there is no such phrase."""
    year = _AFTER_YEAR_NOUN.search(text, main.end, end)
    if year is not None and 1900 <= int(year["year"]) <= 2100:
        # the date reader leaves a year on a noun ("the 2007 vote") to that noun
        y = int(year["year"])
        why = f"after the {y} happening its noun names (TimeML AFTER): {y} or the year after"
        return [DateRange(date(y, 1, 1), date(y + 1, 12, 31), 4, year["year"], why)]
    for dm in dates:
        at = s + dm.start
        if at < main.end or at >= end or not _attributive_month(text, at, s + dm.end):
            continue
        if not _AFTER_NOUN.search(text, max(main.end, at - 40), at):
            continue
        y, m = add_months(dm.range.start.year, dm.range.start.month, 2)
        last = month_span(y, m)[0] - timedelta(days=1)
        why = f"after the happening '{dm.text}' dates (TimeML AFTER): from it to {last}"
        return [DateRange(dm.range.start, last, 3, dm.text, why)]
    return []


_ALSO_BEFORE = re.compile(r"\balso\s+(?:\w+\s+)?$", re.IGNORECASE)
_AFTER_YEAR_NOUN = re.compile(
    r"\b(?:after|following|followed)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?"
    r"(?P<year>\d{4})\s+(?!(?:and|or|to)\b)[a-z][\w-]*",
)
# "after the disputed 2007 vote", "that followed the July vote": up to the noun's date
_AFTER_NOUN = re.compile(
    r"\b(?:after|following|followed|since)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def _past_weekday(when: DateRange, pub: date, sentence: str) -> DateRange | None:
    """The same weekday in the week before ``pub`` when ``when`` is a bare weekday ("on
    Tuesday") read forward, into the week after publication; else None. A deadline ("by
    Friday", "until Monday") stays ahead: it bounds what is to come."""
    if when.start != when.end or not pub < when.start <= pub + timedelta(days=7):
        return None
    if not when.text or _WEEKDAY.fullmatch(when.text.strip()) is None:
        return None
    day_name = when.text.strip().split()[-1]
    if re.search(rf"\b(?:by|until|till|before|from|next|this|coming)\s+{day_name}", sentence, re.I):
        return None
    day = when.start - timedelta(days=7)
    why = f"'{when.text}' after a verb told in the past: that day in the week before publication"
    return DateRange(day, day, 1, when.text, why)


_WEEKDAY = re.compile(r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.IGNORECASE)


def _welcomed_guest(
    trig: Trigger, actors: list[Actor], text: str
) -> tuple[Actor, Actor | None] | None:
    """The person a praise verb of greeting (051 "welcomed", "greeted") receives at a place:
    "Putin welcomed Orban in Moscow", "Orban was welcomed by Putin in Moscow". CAMEO 1.1b3
    codes a guest received as §043 "host a visit"; §051 "praise or endorse" is for what is
    welcomed (a decision, a deal), which is no person. Returns (guest, host), the host when a
    passive names it after "by"; None when the object is not a named person or no place
    follows ("welcomed the deal in Brussels" stays praise)."""
    if trig.full != "051" or not _GREET.fullmatch(trig.text):
        return None
    for a in actors:
        if a.kind != "person" or a.start < 0:
            continue
        host = None
        if a.start > trig.end and text[trig.end : a.start].strip() == "":
            rest = a.end  # "welcomed Orban in Moscow"
        elif a.end < trig.start and _PASSIVE_GAP.fullmatch(text, a.end, trig.start):
            by = _BY_AGENT.match(text, trig.end)  # "Orban was welcomed by Putin in Moscow"
            rest = by.end() if by else trig.end
            if by is not None:
                host = next((h for h in actors if by.start() < h.start < by.end()), None)
        else:
            continue
        if _AT_PLACE.match(text, rest):
            return a, host
    return None


_GREET = re.compile(r"(?:welcom|greet)(?:e|es|ed|ing)?", re.IGNORECASE)
_PASSIVE_GAP = re.compile(r"\s+(?:was|were|had been|has been|is|are|will be)\s+")
_BY_AGENT = re.compile(r"\s+by(?:\s+[A-Z][\w'’.-]*){1,4}?(?=\s+(?:in|to|at)\b)")
_AT_PLACE = re.compile(r"\s+(?:in|to|at)\s+(?:the\s+)?[A-Z]")


def _taken_place(trig: Trigger, mentions: list[Mention], text: str) -> Trigger:
    """A seizure (171, 181) whose object is a place named right after the verb is the
    occupation of territory (192)."""
    if (trig.full or trig.code) not in _SEIZED_ROOTS:
        return trig
    after = len(text) - len(text[trig.end :].lstrip())
    for m in mentions:
        if m.start == after and m.place is not None and m.place.kind in _TERRITORY:
            return replace(trig, code="19", full="192")
    return trig


# "the deal will see 33 hostages released": a participle after "will see" is still to come
_WILL_SEE = re.compile(
    r"\b(?:will|would|shall|is\s+set\s+to|are\s+set\s+to|is\s+to|are\s+to)\s+"
    r"(?:see|have|get)\s+[^.;,]{0,40}$",
    re.IGNORECASE,
)


# a relative clause that says its noun's happening began or was held ("The talks, which began
# in Doha on Monday, …"): it happened, whatever the main verb says of what comes next
_BEGAN_AFTER = re.compile(
    r",?\s+(?:which|that)\s+(?:had\s+)?(?:began|started|opened|took place|was held|were held)\b",
    re.IGNORECASE,
)


_RELATIVE_WORD = re.compile(
    r"\b(?:who|which|whose|(?:accused|suspected|convicted|charged|wanted)\s+(?:of|with|for))\b",
    re.IGNORECASE,
)


def _reciprocal_partner(
    text: str, trig: Trigger, source: Actor, actors: list[Actor]
) -> Actor | None:
    """The other side of a reciprocal verb's joint subject ("Thailand and Cambodia clashed",
    "Indian and Pakistani troops exchanged fire"): the actor joined to ``source`` by "and"
    before the trigger, when the trigger's head is in the RECIPROCAL class (classes.csv);
    else None."""
    forms = verb_forms(trig.text.split()[0].lower())
    if forms is None or forms[0] not in word_class("RECIPROCAL"):
        return None
    joined = [
        a
        for a in actors
        if source.end <= a.start < trig.start
        and a.name != source.name
        and _JOINED.fullmatch(text, source.end, a.start)
    ]
    return joined[0] if joined else None


_PLANNED_FOR = re.compile(
    r"\b(?:planned|set|scheduled|slated|due|called|announced)\s+for\s+(?:next\s+|this\s+)?$",
    re.IGNORECASE,
)
_REDUCED_RELATIVE = re.compile(
    r"\b(?P<noun>[a-z]{3,})\s+(?:[a-z]+ed|held|shut|built|kept|taken|seen|struck|shot)\s+$"
)
# words before a participle that make it a verb group or a clause, not a noun's reduced
# relative ("had closed since", "who fled in March", "and seized in March")
_NOT_A_NOUN = frozenset(
    "was were been being had has have having is are and but that which who then also not "
    "never just only already reportedly allegedly they them their its his her".split()
)
_RIGHT_AFTER = re.compile(r"[\s,]*(?:(?:originally|initially|first|now)\s+)?")


def _planned_for_other(text: str, at: int, main: Trigger) -> bool:
    """The date at ``at`` follows a plan's participle ("planned for", "set for") that does
    not stand right after the trigger ``main``: it dates the noun that participle describes
    ("banned the rally planned for Saturday"), not the trigger ("the rally planned for
    Saturday was called off" keeps it); or a reduced relative clause after the trigger
    ("reopen border posts closed since 2025", "a ship seized in March"): a noun, then a
    past participle with no auxiliary, dates what befell that noun (Quirk et al. 1985,
    17.28, reduced relatives)."""
    m = _PLANNED_FOR.search(text, max(0, at - 30), at)
    if m is not None and not (
        main.end <= m.start() and _RIGHT_AFTER.fullmatch(text, main.end, m.start())
    ):
        return True
    r = _REDUCED_RELATIVE.search(text, max(main.end, at - 40), at)
    return r is not None and r["noun"].lower() not in _NOT_A_NOUN


# a non-restrictive relative clause: ", which|who … ," (Quirk et al. 1985, 17.22)
_ASIDE = re.compile(r",\s+(?:which|who|whom|whose)\b[^,;:()]*,", re.IGNORECASE)
ASIDE_REACH = 40  # characters after the trigger where its noun's relative clause may open


# ", which gunmen seized": a non-restrictive relative clause opening after the main act
_TRAILING_RELATIVE = re.compile(r",\s+(?:which|who|whom)\s+")


def _trailing_relative_act(
    text: str, s: int, main: Trigger, strong: list[Trigger], dates: list[DateMention], end: int
) -> tuple[re.Match[str], Trigger, DateMention] | None:
    """A relative clause set off by a comma after ``main`` that runs to ``end`` and tells a
    past act of its own with a day of its own ("to free the ship, which gunmen seized in the
    Indian Ocean on Sunday"): (the clause's opening match, its act, its date), or None. A
    non-restrictive relative clause adds a proposition of its own (Quirk et al. 1985, 17.22),
    and TimeML anchors each event to its own time; the main clause must have a date of its
    own before the clause, so the two are told apart."""
    m = _TRAILING_RELATIVE.search(text, main.end, end)
    if m is None or re.search(r"[,;]", text[m.end() : end]):
        return None
    acts = [t for t in strong if t.start >= m.end() and t.end <= end]
    days = [dm for dm in dates if s + dm.start >= m.end() and dm.range.start == dm.range.end]
    if not acts or not days or not any(s + dm.start < m.start() for dm in dates):
        return None
    past = any(
        "VBD" in (verb_forms(w.lower()) or ("", frozenset()))[1] for w in acts[0].text.split()
    )
    return (m, acts[0], days[0]) if past else None


def _relative_aside(text: str, main: Trigger, stop: int) -> tuple[int, int] | None:
    """The (start, end) offsets of a relative clause set off by commas within ASIDE_REACH
    characters after the trigger ``main`` and before ``stop`` ("The talks, which collapsed
    in March, resumed"), or None."""
    m = _ASIDE.search(text, main.end, min(stop, main.end + ASIDE_REACH + 200))
    if m is None or m.start() > main.end + ASIDE_REACH:
        return None
    return m.start(), m.end()


def _in_relative_before(text: str, s: int, main: Trigger, at: int) -> bool:
    """The date at ``at`` stands in a relative clause ("who had seized Bunia in January") or
    a charge ("the man accused of bombing a mosque last year") opened after the sentence's
    start and before the trigger ``main``."""
    rel = _RELATIVE_WORD.search(text, s, main.start)
    return rel is not None and rel.end() <= at < main.start


# a discovery of what a happening left ("found a mass grave", "unearthed the bodies of")
_FOUND = re.compile(
    r"\b(?:found|discovered|uncovered|unearthed|exhumed|located)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
FOUND_BEFORE_DAYS = 30  # ACLED time precision 3: the month up to the day of the finding


# how far before a month or a year an act told only as coming before it may lie ("in May
# 2022 … after Russia invaded Ukraine": background at the scale of its date); after a day
# ("took cover on Thursday after North Korea fired a missile") news tells the same day
AFTER_CLAUSE_DAYS = 183
MONTH_PRECISION = 3


def _before_range(r: DateRange) -> DateRange:
    """The span up to ``r``'s end that an act told as preceding ``r`` may fall in."""
    days = AFTER_CLAUSE_DAYS
    start = r.start - timedelta(days=days)
    why = f"before the date of the clause it is told after ({r.reason}): the {days} days up to it"
    return DateRange(start, r.end, precision_for(start, r.end), r.text, why)


def _found_before(r: DateRange) -> DateRange:
    """What a discovery found ("found a mass grave … on Tuesday") happened before the day it
    was found, on no day the text gives: the 30 days up to the day before, at precision 3
    (TimeML dates the finding, not the killings)."""
    if r.precision != 1:
        return r
    end = r.start - timedelta(days=1)
    return DateRange(
        end - timedelta(days=FOUND_BEFORE_DAYS - 1),
        end,
        3,
        r.text,
        f"found {r.reason}: what was found happened before it",
    )


# "before", "ahead of", "prior to", "in the run-up to" a day: TimeML's BEFORE, not on it
_BEFORE_DAY = re.compile(
    r"\b(?:before|ahead\s+of|prior\s+to|in\s+the\s+(?:run|lead)[\s-]?up\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
BEFORE_DAYS = 7  # ACLED time precision 2: the week up to the day named
_CLOCK_FIRST = re.compile(
    r"(?:before\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b|\d{1,2}:\d\d|noon\b|midnight\b|dawn\b)",
    re.I,
)


def _days_before(text: str, s: int, dm: DateMention) -> DateRange:
    """The range of an act told as "before" a day ("flew to Florida before the Jan. 1
    inauguration"): the week up to the day before it, at ACLED time precision 2, not the
    day itself (TimeML relates such an act BEFORE the timex, it does not happen on it)."""
    r = dm.range
    told = dm.text.lower().startswith("before ") or _BEFORE_DAY.search(
        text, max(0, s + dm.start - 30), s + dm.start
    )
    if not told or r.precision != 1 or _CLOCK_FIRST.match(dm.text):
        return r  # "shortly before midnight on Sunday": "before" governs the hour, not the day
    word = told.group().strip().removesuffix(" the") if isinstance(told, re.Match) else "before"
    end = r.start - timedelta(days=1)
    return DateRange(
        end - timedelta(days=BEFORE_DAYS - 1),
        end,
        2,
        r.text,
        f"'{word}' {r.reason}: in the week up to the day before it",
    )


_THE_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|last|next)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:of|and|or|to|in|on|at|for|as|was|were|is|are|has|had|have|will)\b)[a-z][\w-]*"
)


def _attributive_month(text: str, start: int, end: int) -> bool:
    """A bare month written on a noun ("postponed the February election on Saturday"): it
    dates that noun, not the sentence's act, as a year does ("the 1951 treaty")."""
    return (
        text[start:end].lower() in MONTHS
        and _THE_BEFORE.search(text, max(0, start - 8), start) is not None
        and _NOUN_AFTER.match(text, end) is not None
    )


# what may stand between a date and the noun it dates: "'s", a hyphen, one modifier word
_MODIFIER_GAP = re.compile(
    r"(?:['’]s)?[\s-]*(?!(?:had|has|have|was|were|is|are|will|would|and|or|but|then|to|as|"
    # a preposition opens the verb's adjunct ("visit Paris next week for talks"): no modifier
    r"after|before|while|when|for|of|in|on|at|with|by|from)\b)(?:[\w-]+\s+)?"
)


_precision = precision_of
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")


def _listed_regions(text: str, d: _Draft, ctx: _Context) -> tuple[Mention, str] | None:
    """The country, when the event's place is one of several regions of it named as a list
    ("nurses in England, Wales and Northern Ireland went on strike"): one happening across
    them is in their country, not in whichever region was named last."""
    loc = d.location
    if loc is None or loc.place is None or loc.place.kind != "admin1":
        return None
    code = loc.place.country_code
    regions = [
        m
        for m in d.places
        if m.place
        and m.place.kind == "admin1"
        and m.place.country_code == code
        and d.clause[0] <= m.start < d.clause[1]
    ]
    i = next((k for k, m in enumerate(regions) if m.start == loc.start), None)
    if i is None or code is None:
        return None
    joined = [
        k
        for k in (i - 1, i)
        if 0 <= k < len(regions) - 1
        and _LIST_JOIN.fullmatch(text, regions[k].end, regions[k + 1].start)
    ]
    country = ctx.analysis.country_places.get(code)
    if not joined or country is None:
        return None
    names = ", ".join(m.text for m in regions)
    why = f"several regions of one country named as a list ({names}): the country"
    return Mention(loc.start, loc.end, loc.text, country, 1.0, why), why


# said to or about a party, wherever the speaker is: "Hezbollah blamed Israel" was said in
# Lebanon (CAMEO 1.1b3's verbal roots; a visit or a meeting, 04, is where the host is)
_SAID_TO = frozenset({"01", "02", "03", "05", "10", "11", "12", "13"})


def _addressee_named_as_place(d: _Draft) -> bool:
    """The event is a statement to or about a country named as its target, and that name is
    the only place its clause gave: a party, not where it was said."""
    loc, tgt = d.location, d.target
    # a capital standing for its government is that party too ("Kinshasa accused Kigali")
    return (
        d.trigger.code in _SAID_TO
        and loc is not None
        and tgt is not None
        and loc.start == tgt.start
        and loc.place is not None
        and (
            loc.place.kind == "country"
            or (tgt.country_code is not None and capital_country(loc) == tgt.country_code)
        )
    )


_COAST_BEFORE = re.compile(r"\b(?:off|along|near|from)\s+the\s+$", re.IGNORECASE)
_COAST_AFTER = re.compile(r"\s+(?:coast|coastline|shore|shores|waters)\b", re.IGNORECASE)


def _coast_of(d: _Draft, text: str, ctx: _Context) -> str | None:
    """The ISO2 of a country named by its adjective before its coast in the event's clause
    ("off the Yemeni coast"), or None."""
    for cs, ce, code, _ in ctx.countries.within(d.clause[0], d.clause[1]):
        if _COAST_AFTER.match(text, ce) and _COAST_BEFORE.search(text, max(0, cs - 12), cs):
            return code
    return None


# "struck positions east of the city": a definite city, town or village with no name refers
# to the last one the story named (Halliday and Hasan 1976: reference by a general noun)
_THE_TOWN = re.compile(r"\bthe\s+(?:city|town|village)\b(?!\s+(?:of|council|hall|centre|center))")
_TOWN_KINDS = frozenset({"city"})
TOWN_REACH = 2  # sentences back the town may have been named in


def _town_named_before(d: _Draft, text: str, drafts: list[_Draft]) -> tuple[Mention | None, str]:
    """The place of the latest earlier event, within TOWN_REACH sentences, that is a town,
    when ``d``'s sentence says "the city", "the town" or "the village" and names none; else
    (None, "")."""
    if not any(_THE_TOWN.search(text, s, e) for s, e in d.evidence):
        return None, ""
    for e in reversed(drafts):
        if e is d or e.sentence >= d.sentence or d.sentence - e.sentence > TOWN_REACH:
            continue
        place = e.location.place if e.location else None
        if place is not None and place.kind in _TOWN_KINDS:
            return e.location, f"'the city' (or town) of the story: {place.name}, told before"
    return None, ""


# "declared a state of emergency in the territory": a definite territory, island or province
# with no name refers to the last one the story named (as "the city" does a town)
_THE_AREA = re.compile(
    r"\b(?:in|on|across|to|throughout)\s+the\s+(territory|island|province)\b(?!\s+of)"
)
_AREA_KINDS = {
    "territory": ("country", "admin1"),
    "island": ("country", "admin1", "region"),
    "province": ("admin1",),
}
AREA_REACH = 600  # characters back the area may have been named


def _area_named_before(d: _Draft, text: str, ctx: _Context) -> tuple[Mention | None, str]:
    """The latest place of the kind the noun names ("the territory": a country or first-level
    division) named within AREA_REACH characters before ``d``'s sentence, dateline aside,
    when the sentence says "in the territory", "on the island" or "in the province"; else
    (None, "")."""
    s = d.evidence[0][0]
    m = _THE_AREA.search(text, s, d.evidence[0][1])
    if m is None:
        return None, ""
    kinds = _AREA_KINDS[m.group(1)]
    dl = ctx.analysis.dateline
    named = [
        x
        for x in ctx.mentions.within(max(0, s - AREA_REACH), s)
        if x.place and x.place.kind in kinds and x is not dl
    ]
    if not named:
        return None, ""
    last = named[-1]
    return last, f"'the {m.group(1)}' of the story: {last.text}, named before"


def _fallback_location(d: _Draft, article: Article, ctx: _Context) -> tuple[Mention | None, str]:
    # who reports it ("…, the Kremlin said") says nothing of where it happened, nor does the
    # flag or owner of a ship ("the Greek-managed tanker": ACLED codes where it happened), nor
    # a traveller's nationality ("a Chinese engineer was kidnapped")
    actors = sorted(
        (
            a
            for a in d.actors
            if a.end < 0
            or not (
                REPORTER_AFTER.match(article.text, a.end)
                or OWNER_AFTER.match(article.text, a.end)
                or TRAVELLER_AFTER.match(article.text, a.end)
            )
        ),
        key=_actor_rank,
    )
    # nor whom a nominal act before it was done to ("Pakistan's expulsion of Afghan refugees
    # drew criticism": the refugees' country is neither side nor place of the criticism)
    done_to = nominal_object(article.text, d.clause[0], d.trigger.start)
    actors = [a for a in actors if not done_to <= a.start < d.trigger.start]
    # nor who only heard or saw it ("its patrols had heard artillery fire": ACE 2005 gives
    # a witness no role, and ACLED codes where it happened, not the witness's home)
    seen = witnessed_from(article.text, d.trigger.start)
    actors = [a for a in actors if not 0 <= a.start < seen]
    if d.trigger.code in _SAID_TO and d.target is not None:
        actors = [a for a in actors if a.country_code != d.target.country_code]
    codes = [a.country_code for a in actors if a.country_code]
    if not codes and d.source is not None and d.source.country_code:
        codes = [d.source.country_code]  # a side named by its body only: "the Kremlin said"
    dl = ctx.analysis.dateline
    dateline = dl.place.country_code if dl and dl.place else None
    host = d.target.country_code if d.target and not d.joint else None
    met = host or dateline
    code: str
    coast = _coast_of(d, article.text, ctx)
    if coast is not None:
        # "off the Yemeni coast": the sea off that country, which ACLED codes to the country
        code, why = coast, "no place named; off the coast of the country its adjective names"
    elif d.trigger.code in _FORCE_AT_SEA and len(_AT_SEA.findall(article.text, *d.clause)) > 1:
        # "A Chinese vessel fired a water cannon at a Philippine ship": two ships meet at sea,
        # and ACLED codes international waters to the body of water, never to a flag state
        # (one ship seized by a state keeps the seizer's country: it is taken to its waters)
        return None, "no place named; an encounter between vessels is at sea, not in a flag state"
    elif d.trigger.full == "043" and d.source is not None and d.source.country_code:
        # CAMEO 1.1b3 043 "host a visit": the source actor is the host, so a visit told as
        # hosted or received ("Putin received the Hungarian prime minister") is in the
        # source's country, not in the guest's (042, "make a visit", names the host as target)
        code, why = d.source.country_code, "no place named; a hosted visit is in the host's country"
    elif (
        d.trigger.code == "04"
        and codes
        and met is not None
        and met != codes[0]
        and not (
            host
            and d.target is not None
            and d.target.start >= 0
            and BETWEEN_PARTIES.search(article.text, max(0, d.target.start - 50), d.target.start)
        )
    ):
        # (talks mediated "between Israel and Hamas" are hosted by neither party)
        # a visit or meeting happens where the host is, not in the visitor's country
        code = met
        why = "no place named; a meeting is in the host's country" + (
            "" if host else " (the dateline's)"
        )
    elif _intercepts(d.trigger) and d.source is not None and d.source.country_code:
        # air defence acts over its own ground: the interceptor's country, not the launcher's
        code, why = (
            d.source.country_code,
            "no place named; an interception is where the defender is",
        )
    elif (
        d.trigger.code in ("18", "19", "20")
        and host is not None
        and _struck(d, article.text)
        and not _abroad_target(d, article.text)
    ):
        # force lands where its target is: "Iran fired drones at Israel" happened in Israel,
        # as ACLED codes an attack to where it struck, not where it came from
        code, why = host, "no place named; an attack is where its target is (the target's country)"
    elif d.trigger.code in ("18", "19", "20") and d.reporter is not None:
        # "..., Ukraine's air force said": a country's own forces report what struck its soil
        code, why = d.reporter, "no place named; the country whose own forces report the attack"
    elif d.trigger.code in ("15", "17") and d.source is not None and d.source.country_code:
        # who used force (CAMEO's source actor), not who reported it ("Japan's coast guard
        # said a North Korean missile fell…" is North Korea's launch)
        code, why = d.source.country_code, "no place named; the country of who did it"
    elif d.trigger.code not in _FORCE and dateline is not None and dateline in codes:
        code, why = dateline, "no place named; the dateline country among the actors"
    elif _two_parties(d, article.text):
        # "Russia and Ukraine exchanged prisoners", "Thailand and Cambodia agreed": an act of
        # two states together names neither as its venue
        return None, "no place named; a joint act of two countries is in neither by default"
    elif codes and not (
        d.trigger.code in ("18", "19", "20")
        and d.source is not None
        and codes[0] == d.source.country_code
    ):
        # (force used by a side with no place and no target named lands who knows where:
        # not in the attacker's own country by default)
        code, why = codes[0], "no place named; the main actor's country"
    else:
        return None, "no place named and no actor country"
    place: Place | None = ctx.analysis.country_places.get(code)
    body = None
    if place is None and d.source is not None and d.source.country_code == code:
        # the country is named only by its body ("the Kremlin"): the body's span stands for it
        place = ctx.analysis.nations.get(code)
        body = (d.source.start, d.source.end) if d.source.start >= 0 else None
    if place is None:
        return None, why
    near = ctx.countries.within(d.clause[0], d.clause[1])
    span = next(((s, e) for s, e, c, _ in near if c == code), None)
    span = span or ctx.first_country.get(code) or body or (d.trigger.start, d.trigger.end)
    return Mention(span[0], span[1], article.text[span[0] : span[1]], place, 1.0, why), why


_FORCE_AT_SEA = frozenset({"15", "17", "18", "19", "20"})
_AT_SEA = re.compile(
    r"\b(?:vessels?|ships?|boats?|tankers?|warships?|frigates?|destroyers?|cutters?|trawlers?)\b",
    re.IGNORECASE,
)
# two countries joined as one subject: "Russia and Ukraine exchanged"
_JOINED = re.compile(r"\s+and\s+(?:the\s+)?$")


def _two_parties(d: _Draft, text: str) -> bool:
    """The trigger's subject is two countries joined by "and" ("Russia and Ukraine
    exchanged 84 prisoners"), or, for a statement, a country and another party ("The
    United States and the European Union urged")."""
    return bool(_joint_subjects(d, text))


def _joint_subjects(d: _Draft, text: str) -> list[Actor]:
    """The actors of a subject joined by "and" before the trigger, of different countries;
    countries only, except for a statement (``_SAID_TO``), where any actor counts: ACLED
    codes an event where it happened, and a joint appeal of two parties says nowhere."""
    said = d.trigger.code in _SAID_TO
    before = sorted(
        (
            a
            for a in d.actors
            if (said or (a.kind == "country" and a.country_code))
            and d.clause[0] <= a.start < d.trigger.start
        ),
        key=lambda a: a.start,
    )
    return [
        x
        for a, b in pairwise(before)
        if a.country_code != b.country_code and _JOINED.fullmatch(text, a.end, b.start)
        for x in (a, b)
    ]


def _joint_speaker_named_as_place(d: _Draft, text: str) -> bool:
    """The place read is a country that is one of a statement's joint subjects ("The United
    States and the European Union urged Kenyan leaders"): a party, not the venue (ACLED: the
    location is where the event happened, never an actor's home)."""
    loc = d.location
    if d.trigger.code not in _SAID_TO or loc is None or loc.place is None:
        return False
    return loc.place.kind == "country" and any(
        a.start == loc.start for a in _joint_subjects(d, text)
    )


_PRO_BEFORE = re.compile(r"\b(?:pro|anti)[-‐‑]$", re.IGNORECASE)
# what a country's name or demonym qualifies when it names the attacker or the flag, not the
# target: "the largest Russian attack", "Russian missiles", "a Liberia-flagged tanker"
_AGENT_AFTER = re.compile(
    r"(?:\s+[\w-]+)?\s+(?:attacks?|strikes?|offensive|assault|bombardment|barrage|missiles?|"
    r"drones?|rockets?|forces|troops|army|military|jets|warplanes|navy)\b|[-‐‑](?:flagged|"
    r"registered|owned|operated|made|built)\b",
    re.IGNORECASE,
)


_INTERCEPT = re.compile(r"\b(?:shot|shoot(?:s|ing)?|intercept\w*|down(?:ed|s)?)\b", re.I)


def _intercepts(t: Trigger) -> bool:
    """An air-defence trigger ("shot down", "intercepted"), CAMEO 190."""
    return t.full == "190" and _INTERCEPT.search(t.text) is not None


def _abroad_target(d: _Draft, text: str) -> bool:
    """The target is named as the nationality of a ship, troops, an aircraft or an embassy
    ("fired a missile at a US warship"): those are anywhere, not in their country."""
    t = d.target
    return (
        t is not None
        and t.kind == "country"
        and (NATIONALITY_AFTER.match(text, t.end) or TRAVELLER_AFTER.match(text, t.end)) is not None
    )


def _struck(d: _Draft, text: str) -> bool:
    """The target names who was struck, not the attacker, a ship's flag or only the way the
    weapons went ("fired missiles toward the United States" says where they were aimed, not
    where they landed)."""
    tgt = d.target
    return (
        tgt is not None
        and _AGENT_AFTER.match(text, tgt.end) is None
        and _HEADED_BEFORE.search(text, max(0, tgt.start - 20), tgt.start) is None
    )


_HEADED_BEFORE = re.compile(r"\b(?:toward|towards|in the direction of)\s+(?:the\s+)?$", re.I)


def _attacker_named_as_place(d: _Draft, text: str) -> bool:
    """ "Russia attacked Ukraine's grid": the only place named is the attacker's country, and
    the target is another country's; the attack is there, not in the attacker's country."""
    loc = d.location.place if d.location else None
    src, tgt = d.source, d.target
    if d.trigger.code not in ("18", "19", "20") or loc is None or loc.kind != "country":
        return False
    if src is None:
        return False
    if tgt is None or not tgt.country_code:
        # "Russia launched drones overnight, Ukraine's air force said": the reporting
        # country's own forces tell of an attack on it, not on the attacker
        return d.reporter is not None and loc.country_code == src.country_code != d.reporter
    return loc.country_code == src.country_code != tgt.country_code and _struck(d, text)


def _lead_actor(actors: list[Actor], trig: Trigger) -> str:
    """Who did it, for the summary: the named person, unit or organisation nearest before the
    trigger; else a country right before it ("Russia's invasion"); else the first actor that
    is not a country after the trigger."""
    before = [a for a in actors if 0 <= a.start < trig.start]
    named = [a for a in before if a.kind != "country"]
    if named:
        return max(named, key=lambda a: a.start).name
    close = [a for a in before if trig.start - a.end <= 25]
    if close:
        return max(close, key=lambda a: a.start).name
    # a country after the trigger is what was done to or where ("close the border with
    # Chile"), never who did it
    ranked = sorted(
        (a for a in actors if a.kind != "country" or a.start < trig.start), key=_actor_rank
    )
    return ranked[0].name if ranked else ""


def _actor_rank(a: Actor) -> tuple[int, int]:
    return ({"person": 0, "unit": 1, "organisation": 2, "country": 3}[a.kind], a.start)


# CAMEO 1.1b3's verbal acts whose content may lie ahead: a statement (01), an appeal (02), an
# intent (03), a demand (10) and a threat (13) are made when told, whatever date their act has
_SAYING_ROOTS = frozenset({"01", "02", "03", "10", "13"})


def _choose_date(d: _Draft, pub: date | None) -> tuple[DateRange, tuple[DateRange, ...], list[str]]:
    if d.relative is not None:
        anchor, days, phrase = d.relative
        base, _, _ = _choose_date(anchor, pub)
        return shift(base, days, phrase, "the event it follows"), (), []
    readings = list(dict.fromkeys(d.readings))
    if not readings and d.overnight and pub is not None and not d.planned:
        # not a date in TimeML's sense (the dates contract leaves it out), but a report's
        # "overnight" is the night that ended on its publication day: that day, give or take
        # the one day the happenings' rule allows between day-dated reports
        why = f"'overnight': the night ending on the publication day ({pub})"
        return DateRange(pub, pub, 1, "overnight", why), (), []
    if not readings and d.later is not None:
        story, sent, told, future = d.later
        base = _choose_date(story, pub)[0]
        return continued_range(base, sent, told, pub, future=future), (), []
    if not readings and d.narrative is not None:
        anchor, words = d.narrative
        base, _, _ = _choose_date(anchor, pub)
        return narrative_range(base, words), (), []
    if not readings:
        if pub is None:
            return (
                DateRange(date.min, date.min, 4, None, "no date phrase and no publication date"),
                (),
                ["undated"],
            )
        # never day precision from the publication date alone
        return inferred_range(pub, d.planned), (), ["date_inferred"]
    spans = {(r.start, r.end): r for r, _ in readings}
    distinct = list(spans.values())
    if len(distinct) == 1:
        return readings[0][0], (), []
    chosen, _prec = min(readings, key=lambda rp: (rp[1], -rp[0].start.toordinal()))
    # a wider reading that holds the chosen one agrees with it ("a toll on Sunday" is on or
    # after Friday's quake): only a reading apart from it is a conflict
    others = tuple(
        r
        for r in distinct
        if (r.start, r.end) != (chosen.start, chosen.end)
        and not (r.precision > chosen.precision and r.start <= chosen.start and chosen.end <= r.end)
    )
    if not others:
        return chosen, (), []
    why = (
        f"{chosen.reason}; chosen over "
        + ", ".join(f"'{o.text}' ({o.start})" for o in others)
        + " because its sentence places the event more precisely"
    )
    return replace(chosen, reason=why), others, ["date_conflict"]


def _merge(drafts: list[_Draft], work: Counter[str]) -> list[_Draft]:
    """Fold drafts of one happening together. Candidates come from an index keyed by what
    two drafts must share (a named actor, an open range's start), so the pass is linear."""
    out: list[_Draft] = []
    index: dict[tuple[str, str, object], list[int]] = {}
    for d in drafts:
        keys = _merge_keys(d)
        # the most recent events sharing each key: a person named in a thousand distinct
        # events must not make every later event compare with all of them
        seen = {i for key in keys for i in index.get(key, ())[-RECENT:]}
        work["merge_keys"] += len(keys)
        work["merge_checks"] += len(seen)
        target_i = next((i for i in sorted(seen) if _same_happening(out[i], d)), None)
        if target_i is None:
            out.append(d)
            target_i = len(out) - 1
        else:
            _fold(out[target_i], d)
        for key in _merge_keys(out[target_i]):
            slot = index.setdefault(key, [])
            if not slot or slot[-1] != target_i:
                slot.append(target_i)
    return out


def _merge_keys(d: _Draft) -> set[tuple[str, str, object]]:
    if d.relative:
        return set()
    keys: set[tuple[str, str, object]] = {
        (d.trigger.code, "actor", a.name) for a in d.actors if a.kind in ("person", "unit")
    }
    keys |= {(d.trigger.code, "range", r.start) for r, _ in d.readings if r.precision == 4}
    return keys


def _fold(target: _Draft, d: _Draft) -> None:
    """Add ``d``'s evidence, actors, places and readings to ``target`` (each actor and
    reading once, so a happening told a thousand times stays small)."""
    target.evidence += d.evidence
    names = {a.name for a in target.actors}
    target.actors += [a for a in d.actors if a.name not in names]
    target.places += d.places
    target.readings += [r for r in d.readings if r not in target.readings]
    target.planned = target.planned and d.planned
    if _precision(d.location) < _precision(target.location):
        target.location, target.location_reason = d.location, d.location_reason


def _same_happening(a: _Draft, b: _Draft) -> bool:
    if a.trigger.code != b.trigger.code or a.relative or b.relative:
        return False
    if set(a.trigger.flags) != set(b.trigger.flags):
        return False  # what happened and what did not (or only may) are never one event
    named = {x.name for x in a.actors if x.kind in ("person", "unit")}
    if named & {x.name for x in b.actors if x.kind in ("person", "unit")}:
        return _close_dates(a, b)
    starts_a = {r.start for r, _ in a.readings if r.precision == 4}
    return bool(starts_a & {r.start for r, _ in b.readings if r.precision == 4})


def _close_dates(a: _Draft, b: _Draft) -> bool:
    for ra, _ in a.readings:
        for rb, _ in b.readings:
            if abs((ra.start - rb.start).days) > 3:
                return False
    return True


def _sentences_read(analysis: TextAnalysis) -> list[tuple[int, int]]:
    """The sentences, each told once, with a headline line that ends in no full stop cut from
    the dateline and lead after it ("Drones hit fuel depot" / "KYIV — Ukrainian drones hit…"): two
    sentences, so the lead's event keeps its own trigger, date, place and sides."""
    cut = analysis.dateline_start
    out: list[tuple[int, int]] = []
    seen: set[str] = set()
    for s, e in analysis.sentences:
        # a sentence told again word for word (a scraped page's caption or teaser repeating
        # its lead) is one telling: one arrest, not two on the map
        told = " ".join(analysis.text[s:e].split()).casefold()
        if len(told) > 40 and told in seen:
            continue
        seen.add(told)
        if cut and s < cut < e:
            out += [(s, cut), (cut, e)]
        else:
            out += _coordinate_parts(analysis.text, s, e)
    return out


# ", and the European Parliament last week called for new elections": a main clause joined
# on with its own subject (an article or a name) and its own date tells a happening of its
# own, as two sentences would (TimeML: each event has its own anchor)
_COORDINATE = re.compile(
    r",\s+(?:and|but|while|whereas)\s+(?=(?:the\s+)?(?-i:[A-Z]))|,\s+(?:and|but)\s+(?=the\s)"
)
_OWN_DATE = re.compile(
    r"\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|"
    r"last\s+(?:week|month|year|night|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"earlier\s+(?:this|in\s+the)\s+(?:week|month|year)|(?:in|on|since)\s+(?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December)|in\s+(?:19|20)\d\d)\b"
)


# ", and a Spanish frigate chased them": a main clause joined on with a subject of its own
# (a noun phrase of one to three words, no pronoun or adverb) and a past verb
_JOINED_SUBJECT = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:(?:the|a|an)\s+)?")
_NOT_SUBJECT = frozenset("the a an then later also he she it they we which who".split())


def _joined_subject_start(text: str, lead: Trigger | None, end: int) -> int:
    """Where a main clause joined after the lead trigger with its own subject and a past verb
    opens (", and a Spanish frigate chased them"); ``end`` when none does. Quirk et al. (1985,
    13.1): coordinated clauses each carry their own subject and arguments."""
    if lead is None:
        return end
    for m in _JOINED_SUBJECT.finditer(text, lead.end, end):
        words = re.findall(r"[A-Za-z][\w'-]*", text[m.end() : min(end, m.end() + 60)])[:4]
        for k in range(1, len(words)):
            if words[k - 1].lower() in _NOT_SUBJECT:
                break
            forms = verb_forms(words[k])
            if forms is not None and "VBD" in forms[1]:
                return m.start()
            if verb_forms(words[k - 1].lower()) is not None and words[k - 1][0].islower():
                break  # a verb before the subject's end: "and wounded three"
    return end


def _coordinate_parts(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The sentence ``s``..``e``, cut before a joined main clause with its own date when the
    part before it has a date of its own too; else the sentence whole."""
    for m in _COORDINATE.finditer(text, s, e):
        left, right = text[s : m.start()], text[m.end() : e]
        if len(right.split()) >= 5 and _OWN_DATE.search(right) and _OWN_DATE.search(left):
            return [(s, m.start()), (m.end(), e)]
    return [(s, e)]


def _without_headline_repeats(drafts: list[_Draft], analysis: TextAnalysis) -> list[_Draft]:
    """The drafts without the headline's when the story after the dateline tells any event:
    a headline sums up its story in fewer words ("Envoy expelled", "Fighters kill 100 in
    village"), without the lead's date, place or sides, so its events are the story's told
    again. A headline over a story that tells no event keeps its own."""
    if not any(d.trigger.start >= analysis.dateline_end for d in drafts):
        return drafts
    return [d for d in drafts if d.trigger.start >= analysis.dateline_start]


def _summary(text: str, d: _Draft, location: Mention | None, dateline_end: int = 0) -> str:
    said = location is not None and not d.location_reason.startswith("no place")
    place = (location.text, location.start, location.end) if location and said else None
    actor = d.source.name if d.source else d.lead
    clause = d.clause
    if clause[0] < dateline_end <= d.trigger.start:
        # "MOSCOW, March 3 (Reuters) - ...": where and when it was filed is no part of the line
        clause = (dateline_end, clause[1])
    return summarise(text, clause, (d.trigger.start, d.trigger.end), actor, d.dates, place)


def _roles(d: _Draft) -> Roles:
    src, tgt = d.source, d.target
    return Roles(
        src.name if src else None,
        src.country_code if src else None,
        tgt.name if tgt else None,
        tgt.country_code if tgt else None,
    )


def _event_id(article_id: str, d: _Draft) -> str:
    key = f"{article_id}:{d.trigger.code}:{d.trigger.start}"
    return "e" + hashlib.sha256(key.encode()).hexdigest()[:12]


def _antecedent(
    text: str, s: int, d: _Draft, recent: list[_Draft], bound: dict[Trigger, DateMention]
) -> _Draft | None:
    """The earlier event a definite mention in this sentence refers to ("the attack"): one
    of its family, told in an earlier sentence, whose dates agree with the mention's own
    ("the attack on 2 January" is not Sunday's attack)."""
    ref = reference(text, s, d.trigger.end)
    names_trigger = ref is not None and ref[2] >= d.trigger.end  # the reference is the trigger
    if ref is None:
        # "six people were killed in the raid": the happening named as where this one befell
        after = reference(text, d.trigger.end, d.evidence[0][1])
        if after is not None and _BEFELL_IN.fullmatch(text, d.trigger.end, after[1]):
            ref = after
    fam = family_of(d.trigger.full or d.trigger.code)
    if ref is None or fam is None:
        return None
    families, rs, re_ = ref
    own = [(dm.range, 9) for t, dm in bound.items() if rs <= t.start <= re_]
    probe = replace(d, readings=d.readings + own) if own else d
    if fam not in families and not (names_trigger and "violence" in families):
        return None
    mine = d.trigger.full or d.trigger.code
    # "Saturday's explosion" refers back to the explosion told before, not to the missile
    # strike told since: an earlier happening of the mention's own code is looked for first
    for same_code in (True, False):
        for e in reversed(recent):
            their = family_of(e.trigger.full or e.trigger.code)
            if same_code and (e.trigger.full or e.trigger.code) != mine:
                continue
            # "the blast" read as a bombing refers back to the depot explosion told as a hazard
            either = names_trigger and their in families and fam in families
            # a happening dated from another ("two days after") is an antecedent only for a
            # mention of its own code
            if (e.relative and not same_code) or e.evidence[0][0] >= s:
                continue
            if their != fam and not either:
                continue
            if not _factual(e) or not _factual(d):
                continue  # "the attack" never refers to one that did not happen
            if fam == "hazard" and their == "hazard" and e.trigger.code != d.trigger.code:
                continue
            if not e.readings and any(r.precision > 2 for r, _ in probe.readings):
                continue  # "the floods of 2010" is no undated flood told this week
            if not probe.readings or not e.readings or _overlapping(e, probe):
                return e
    return None


_BEFELL_IN = re.compile(r"\s+(?:in|during)\s+", re.IGNORECASE)


def _overlapping(a: _Draft, b: _Draft) -> bool:
    """Some reading of each falls within three days of the other's (ranges that overlap)."""
    slack = timedelta(days=3)
    return any(
        ra.start - slack <= rb.end and rb.start - slack <= ra.end
        for ra, _ in a.readings
        for rb, _ in b.readings
    )


def _link_narratives(drafts: list[_Draft], text: str) -> None:
    """Give each event without a date of its own the dated event whose story it continues:
    one that shares a place or a named actor with it, or the event of the sentence before
    when this one carries the story on ("Fighting continued near Kibumba")."""
    for i, d in enumerate(drafts):
        if d.readings or d.relative or d.later:
            continue
        places = {m.place.id for m in d.places if m.place and m.place.kind != "country"}
        names = {a.name for a in d.actors if a.kind != "country"}
        # of the earlier events sharing a place or a name, one of this event's own root first
        # ("Missiles struck central Kyiv" continues the missile strikes told before, not the
        # bridge blast told in the same sentence)
        window = reversed(drafts[max(0, i - RECENT) : i])
        earlier = [e for e in window if e.readings and e.sentence != d.sentence and _factual(e)]
        root = d.trigger.code[:2]
        earlier.sort(key=lambda e: e.trigger.code[:2] != root)  # stable: latest first within
        for e in earlier:
            shared = places & {m.place.id for m in e.places if m.place} or names & {
                a.name for a in e.actors if a.kind != "country"
            }
            crowd = (
                e.trigger.code[:2] == PROTEST_ROOT
                and d.sentence - e.sentence <= 2
                and any(PARTICIPANTS.search(text, s, t) for s, t in d.evidence)
            )
            if shared or crowd or (d.cue and e.sentence == d.sentence - 1):
                s, t = e.evidence[0]
                d.narrative = (e, text[s:t])
                break


def _with_hazards(sentence: str) -> list[Trigger]:
    """CAMEO's triggers in the coder's order (strongest first), with the hazard happenings.
    A CAMEO trigger inside a hazard phrase ("an earthquake struck") is the hazard's verb. A
    hazard before every CAMEO trigger is the sentence's happening and leads; others follow."""
    found = hazards.hazard_triggers(sentence)
    false = told_false(sentence) if found else None
    if false is not None:  # "reports of a dam collapse were false": no collapse
        lo, hi = false
        found = [
            replace(h, flags=(*h.flags, "negated")) if lo <= h.start < hi else h for h in found
        ]
    cameo = [
        t for t in triggers(sentence) if not any(t.start < h.end and h.start < t.end for h in found)
    ]
    strong = [t for t in cameo if t.weight > WEAK]
    if any(t.code[:2] != _AID_ROOT for t in strong):
        # "survivors of the earthquake protested": the sentence tells what they did; their
        # hazard names a happening only beside aid sent to them, or beside no act at all
        found = [h for h in found if not _AFTERMATH_OF.match(h.text)]
    if found and all(found[0].start < t.start for t in strong):
        # the hazard comes first, so it is the subject's happening ("an explosion at a plant
        # killed four"): it outranks however the coder weighs the later verbs
        top = max((t.weight for t in strong), default=hazards.WEIGHT)
        return [replace(found[0], weight=max(hazards.WEIGHT, top + 1)), *cameo, *found[1:]]
    return cameo + found


# A toll told without its cause: victims killed, hurt or dead, and no "by"/"in" naming who or
# what did it (ACE's Life.Die/Injure need an agent to be an attack; CAMEO 19 needs a fighter)
_TOLL_WORD = re.compile(
    r"(?:killed|injured|wounded|hurt|died|dead|deaths?|perished|missing)\b", re.I
)
_AGENT = re.compile(
    r"^[^.;]{0,40}?\bby\s+(?!(?:the\s+|falling\s+|rising\s+)?(?:flood|storm|water|wave|debris|"
    r"landslide|mud|fire|flame|collaps|lightning|wind|rubble|quake|earthquake))",
    re.I,
)
# How far back a toll may look for the hazard it counts: the story's last few happenings
HAZARD_REACH = 4


def _hazard_story(drafts: list[_Draft]) -> _Draft | None:
    """The hazard the article is telling now: the latest hazard or violence draft, if a hazard."""
    for d in reversed(drafts[-HAZARD_REACH:]):
        if hazards.is_hazard(d.trigger.code):
            return d
        if family_of(d.trigger.code) == "violence":
            return None
    return None


# a happening ranked against a span ("the deadliest attack since the spring", "the worst
# flooding in decades since 1998"): the span is what it is compared with, not its date
_RANKED_SINCE = re.compile(
    r"\b(?:\w+iest|worst|biggest|largest|strongest|highest|lowest|first|second|third|fourth|"
    r"fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
    r"most\s+\w+)\b[^.;]{0,60}?(?:\bsince\s*)?$",
    re.IGNORECASE,
)
# an inserted participle phrase set off by commas ("Bazoum, elected in 2021, was detained"):
# its date is the participle's act, not the event's
_APPOSITION = re.compile(
    r",\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|orn)\b[^,;.]{0,60},"
    r"(?=\s+(?:was|were|is|are|has|have|had|will|[a-z]+ed)\b)"  # the clause's own verb follows
)


def _in_apposition(text: str, s: int, main: Trigger, at: int) -> bool:
    """Is the date at ``at`` inside a comma-set participle phrase that does not hold the
    event's trigger?"""
    for m in _APPOSITION.finditer(text, s, at + 80):
        if m.start() < at < m.end() and not m.start() <= main.start < m.end():
            return True
    return False


_SINCE = re.compile(r"\bsince\s+((?:[\w'’-]+\s+){1,6}?)$", re.IGNORECASE)


# a trailing "after"/"following" clause that holds the trigger, opened after a comma or
# mid-sentence ("…, after Russia invaded", "rose on Monday after rebels attacked")
_AFTER_OPEN = re.compile(r"\b(?:after|following)\s+(?:[\w'’-]+\s+){1,5}?$", re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(r",\s+(?:which|who|whom)\s+(?:[\w'’-]+\s+){0,3}$", re.I)


def _standing_relative(text: str, s: int, main: Trigger) -> int | None:
    """Where the relative pronoun stands when the trigger is a bare simple-present verb in a
    non-restrictive relative clause ("an arbitral award in 1899, which Venezuela rejects"): a
    standing position (TimeML: a state), so the dates before the pronoun belong to the noun it
    describes; None otherwise."""
    m = _RELATIVE_BEFORE.search(text, max(s, main.start - 40), main.start)
    if m is None:
        return None
    word = main.text.split()[0].lower()
    forms = verb_forms(word)
    if forms is None:
        return None
    lemma, tags = forms
    present = "VBZ" in tags or ("VBP" in tags and word == lemma)
    return m.start() if present and "VBD" not in tags else None


def _in_since_clause(text: str, after: int, at: int) -> bool:
    """Is the date at ``at`` inside a "since" clause with its own verb ("the third quake
    since the Taliban took power in 2021"): it dates that clause's act, not the event."""
    # the date phrase opens on "since", or "since" stands right before it
    if _RANKED_SINCE.search(text, max(0, at - 80), at) and (
        text.startswith("since", at) or text[max(0, at - 6) : at].rstrip().endswith("since")
    ):
        return True  # "the deadliest attack since the spring": the span compared with
    m = _SINCE.search(text, max(after, at - 60), at)
    if m is None:
        return False
    for word in m.group(1).split():
        forms = verb_forms(word.lower())
        if forms is not None and "VBD" in forms[1]:
            return True
    return False


def _hazard_told_before(text: str, s: int, drafts: list[_Draft]) -> bool:
    """The story so far names a natural hazard ("hit by catastrophic floods") and tells no
    violence: a toll with no attacker is the hazard's."""
    if any(family_of(d.trigger.code) == "violence" for d in drafts):
        return False
    return any(hazard_word(w) for w in re.findall(r"[A-Za-z]+", text[max(0, s - 1500) : s].lower()))


def _unrest_story(drafts: list[_Draft]) -> _Draft | None:
    """The protest or repression the article is telling now ("police fired tear gas at
    protesters…"), when it is the latest happening: "21 officers were injured" is its toll, not
    a fight of its own (CAMEO 19 needs a side that fought)."""
    if not drafts:
        return None
    last = drafts[-1]
    return last if last.trigger.code in ("14", "17") and _factual(last) else None


def _toll(text: str, t: Trigger, end: int) -> bool:
    """A casualty trigger with no attacker named: "more than 800 people have been killed"."""
    if not t.code.startswith(("18", "19", "20")) or not _TOLL_WORD.match(t.text):
        return False
    word = t.text.split()[0].lower()
    before = text[max(0, t.start - 25) : t.start]
    passive = bool(re.search(r"\b(?:been|were|was|are|is|being)\s+(?:\w+\s+)?$", before, re.I))
    # the agent may sit inside the trigger's own phrase ("killed by gunmen")
    after = text[t.start + len(word) : end]
    return (passive or word not in ("killed", "injured", "wounded", "hurt")) and not _AGENT.match(
        after
    )


def _type_of(code: str) -> EventType:
    return hazards.event_type(code) if hazards.is_hazard(code) else event_type(code)


def _factual(d: _Draft) -> bool:
    """Told as having happened: not negated, not someone's speculation."""
    return not {"negated", "hypothetical"} & set(d.trigger.flags)


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


# who did an act named by a noun, in the possessive right before it: "Iran's seizure"
_POSSESSOR = re.compile(r"\b(?-i:[A-Z])[\w-]*(?:\s(?-i:[A-Z])[\w-]*)?['’]s?\s+$")


def _done_to(t: Trigger) -> bool:
    """Force (CAMEO 18-20), a seizure of property (171: "Iran's seizure of the tanker") or an
    arrest (173: "the arrest of the opposition leader sparked riots"): acts that, told as
    the subject of a reaction, are presupposed to have happened."""
    return family_of(t.code) == "violence" or (t.full or t.code).startswith(("171", "173"))


# Nouns naming the people of an act, not the act (CAMEO codes acts; "rioters" is who rioted)
_AGENT_NOUN = re.compile(
    r"(?:rioters?|protesters?|demonstrators?|marchers?|strikers?|looters?|gunm[ae]n|"
    r"assassins?|militants?|insurgents?|attackers?|assailants?)",
    re.IGNORECASE,
)
# Verbs that judge or answer an act (CAMEO 1.1b3 §11 disapprove, §018 sympathy): their
# object happened, whatever they say of it ("condemned the riot", "mourned the victims of")
_JUDGING = frozenset({"11", "12"})
_OBJECT_GAP = re.compile(r"\s+(?:the|a|an|this|that|last|its|their|\w+['’]s)?\s*")
# the act's own place then its date: "the riot in Brazil's capital on 8 January" names one
# happening; a bare date after the noun ("condemned the invasion on Friday") dates the verb
_OWN_PHRASE = re.compile(
    r"(?:\s+(?:(?:on|against|of)\s+)?[^,;.]{1,30}?)?\s+(?:in|at|near|outside)\s+[^,;.]{1,40}?\s*"
)


def _judged_object(
    text: str, s: int, main: Trigger, strong: list[Trigger], dates: list[DateMention]
) -> tuple[Trigger, DateMention] | None:
    """The violent act or riot a condemnation names as its direct object, dated in its own
    phrase ("condemned the riot in Brazil's capital on 8 January"): a happening of its own,
    as a dated noun before the verb's subject is (``_violence_as_subject``)."""
    if main.code not in _JUDGING:
        return None
    for t in strong:
        if t.start <= main.end or not (family_of(t.code) == "violence" or t.code == "14"):
            continue
        if not _OBJECT_GAP.fullmatch(text, main.end, t.start):
            return None  # only the verb's own object, not a noun further on
        for dm in dates:
            if s + dm.start >= t.end and _OWN_PHRASE.fullmatch(text, t.end, s + dm.start):
                return t, dm
        return None
    return None


# "after" opening a clause of its own, not a span of time ("after two days of talks")
_AFTER = re.compile(
    r"\bafter\s+(?!(?:\w+\s+){0,2}(?:hours?|days?|weeks?|months?|years?|decades?)\b)",
    re.IGNORECASE,
)


def _after_act(
    text: str, s: int, end: int, main: Trigger, strong: list[Trigger], dates: list[DateMention]
) -> tuple[Trigger, DateRange] | None:
    """The violent act an "after" clause tells as the cause of a non-violent main act, dated
    to the day in that clause ("declared mourning after a missile destroyed a block of flats
    on Saturday"): a happening of its own (TimeML: a temporal subordinate clause has its own
    event, ordered BEFORE the main one). Only force (CAMEO 18-20), as ``_judged_object``, and
    a meeting (04) that a statement (01-13) answers; an act the story told before is folded
    into it by the caller. A past act whose clause has no day of its own ("criticised him on
    Friday after he met Putin in Moscow") is dated to the week up to the main clause's day
    (precision 2): BEFORE that day, by TimeML's reading of "after"."""
    if family_of(main.code) == "violence":
        return None
    # a meeting told as what a statement answered ("Seoul voiced alarm on Thursday after the
    # two leaders met in Pyongyang on Wednesday"): CAMEO's verbal roots (01-13) react to it
    meets = main.code[:2] in _REACTS and main.code[:2] != _MEET_ROOT
    t = _after_clause_act(text, end, main, strong, meets)
    if t is None:
        return None
    stop = re.search(r"[,;]", text[t.end : end])
    last = t.end + stop.start() if stop else end
    days = [dm for dm in dates if t.end <= s + dm.start < last and dm.range.start == dm.range.end]
    if days:
        return t, days[0].range
    past = any("VBD" in (verb_forms(w.lower()) or ("", frozenset()))[1] for w in t.text.split())
    main_days = [
        dm.range
        for dm in dates
        if main.end <= s + dm.start < t.start and dm.range.start == dm.range.end
    ]
    # only a verbal reaction (CAMEO 01-13) answers what it came after at once ("criticised him
    # on Friday after he met Putin"); "held talks on Sunday after gunmen attacked a church"
    # may follow an attack long past, so it gives none
    if not meets or not past or not main_days or any(s + dm.start >= t.end for dm in dates):
        return None
    day = main_days[-1]
    reason = f"the main clause's date ({day.reason}): what it came after, on or before it"
    return t, DateRange(day.end - timedelta(days=6), day.end, 2, day.text, reason)


def _after_clause_act(
    text: str,
    end: int,
    main: Trigger,
    strong: list[Trigger],
    meets: bool = False,
    cause: bool = False,
) -> Trigger | None:
    """The first act of force (CAMEO 18-20; with ``meets``, also a meeting, 04) that is the
    own verb of an "after" clause following ``main`` before ``end``, if any; with ``cause``,
    of a "when" clause too ("were killed when a bomb went off": the clause tells the cause)."""
    after = (_CAUSE_CLAUSE if cause else _AFTER).search(text, main.end, end)
    if after is None:
        return None
    if cause and _SPAN_BEFORE.search(text, max(0, after.start() - 12), after.start()):
        return None  # "killed days after a missile struck": a later death, told apart
    for t in sorted(strong, key=lambda t: t.start):  # the clause's first act, in text order
        if t.start < after.end():
            continue
        if family_of(t.code) != "violence" and not (meets and t.code[:2] == _MEET_ROOT):
            continue
        if re.search(r"[,;:]", text[after.end() : t.start]):
            return None  # only the clause's own verb, not one past a comma
        return t
    return None


_CAUSE_CLAUSE = re.compile(
    r"\b(?:after|when)\s+(?!(?:\w+\s+){0,2}(?:hours?|days?|weeks?|months?|years?|decades?)\b)",
    re.IGNORECASE,
)
_SPAN_BEFORE = re.compile(r"\b(?:hours?|days?|weeks?|months?|years?)\s+$", re.IGNORECASE)
# a toll's verbs: ACLED's fatalities and CAMEO's bare "kill" (§190) tell an outcome, not the act
_TOLL = re.compile(r"(?:killed|died|wounded|injured|hurt)", re.IGNORECASE)


def _bare_toll(toll: Trigger, act: Trigger) -> bool:
    """Is ``toll`` a bare casualty verb coded by the generic §190 row, and ``act`` (its cause
    clause's act of force) coded more specifically ("a bomb went off", 183; "a missile
    struck", 195)? CAMEO 1.1b3 codes the act that caused the deaths, not the deaths."""
    generic = toll.full in (None, "190") and toll.code == "19"
    return generic and bool(_TOLL.fullmatch(toll.text)) and act.full not in (None, "190")


_MEET_ROOT = "04"  # CAMEO 04 consult: meet, visit, host
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
