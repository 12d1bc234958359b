"""Which date phrase of a sentence dates which trigger: dates bound to one trigger
("Tuesday's attack"), a trigger's own part of the sentence, and the phrases that date
something else (a relative clause, a "since" clause, an apposition, a plan's date).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date, timedelta

from dashboard.events import hazards
from dashboard.events.attributive_dates import attributive_month, followed_by_definite
from dashboard.events.cameo import Trigger
from dashboard.events.caused_infinitive import caused_infinitive
from dashboard.events.closed_relatives import relative_close
from dashboard.events.complement_dates import in_said_participle
from dashboard.events.date_clauses import (
    BEGAN_AFTER,
    NOT_A_NOUN,
    REDUCED_RELATIVE,
    in_joined_clause,
    in_object_onset,
    in_trailing_relative,
    other_clause_date_before,
    relative_before,
    reported_subject,
    shares_noun_time,
    subject_predicate,
)
from dashboard.events.date_domains import names_other
from dashboard.events.date_reckoning import _FRONTED_AGO
from dashboard.events.dates import DateMention
from dashboard.events.dates_absolute import noun_year_reach
from dashboard.events.dates_common import add_months, month_span, possessive_date
from dashboard.events.dates_linked import during_dated
from dashboard.events.dates_trailing import aside_date
from dashboard.events.deadlines import deadline_date, onset_of_other, state_end_date
from dashboard.events.given_hazard import given_hazard_bound
from dashboard.events.instrument_nouns import instrument_noun
from dashboard.events.object_relatives import in_object_relative
from dashboard.events.of_dates import of_dated
from dashboard.events.participle_people import participle_people
from dashboard.events.passive_relatives import passive_person_relative
from dashboard.events.plan_dates import announced_plan_date
from dashboard.events.prefilter import gated
from dashboard.events.promised_dates import promised_act_date
from dashboard.events.tokens import past_verb, verb_forms
from dashboard.events.when_clauses import noun_year_when, when_clause_of
from dashboard.model import DateRange


def _fronted_end(text: str, s: int, trig: Trigger) -> int | None:
    """Where a fronted "N years after …," span holding ``trig`` ends (its comma), or None."""
    m = _FRONTED_AGO.match(text, s)
    if m is None or not m.end() <= trig.start <= m.end() + 40:
        return None
    comma = text.find(",", trig.end, trig.end + 80)
    return comma if comma >= 0 else None


def _hazard_date_first(
    text: str, s: int, main: Trigger, dates: list[DateMention]
) -> list[DateMention]:
    """``dates`` with the one told right after a hazard's own verb first: "Rescuers reached
    the villages on Sunday after the earthquake that hit the region on Friday night" is a
    quake on Friday (the hazard's trigger runs to its verb, so its date follows it)."""
    if not hazards.is_hazard(main.code):
        return dates
    # "trapped by Wednesday's earthquake": a possessive day before the hazard noun, or inside
    # the trigger's run from its verb to its noun, is the hazard's own
    owned = [
        dm
        for dm in dates
        if possessive_date(text, s + dm.end)
        and (0 <= main.start - (s + dm.end) <= 3 or main.start <= s + dm.start < main.end)
    ]
    own = owned or [
        dm
        for dm in dates
        if 0 <= s + dm.start - main.end <= 40
        and not re.search(r"[,;]", text[main.end : s + dm.start])
    ]
    return given_hazard_bound(text, s, main, own[:1] + [dm for dm in dates if dm not in own[:1]])


_PART_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas)\b", re.IGNORECASE)
# an inner subordinate clause ("delayed the vote on Monday after rioters torched an office on
# Saturday"; ", when" relates to the date before it) keeps its own date; a fronted one no break
_FRONTED = re.compile(r"(?:After|Before|When|Following|Since|Until|While)\b[^,;.]{0,120},\s*")
_SUB_BREAK = gated(
    r"(?<=\w)(?:\s+(?:after|before|when|following|until)|,\s+(?:after|before))\s+(?=\w)"
)


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


# Nouns naming the people of an act, not the act (CAMEO codes acts; "rioters" is who rioted)
_AGENT_NOUN = re.compile(
    r"(?:rioters?|protesters?|demonstrators?|marchers?|strikers?|looters?|gunm[ae]n|"
    r"assassins?|militants?|insurgents?|attackers?|assailants?)",
    re.IGNORECASE,
)

_ADVERBIAL = re.compile(r"(?:on|in|at|by|during|since|until|from)\s", re.IGNORECASE)


def _bound_dates(
    strong: list[Trigger], dates: list[DateMention], s: int, text: str
) -> dict[Trigger, DateMention]:
    """Dates that modify one trigger directly ("its 1910-45 occupation", "Tuesday's attack",
    "the attack on 2 January"); not a date before a verb ("2 January had killed")."""
    bound: dict[Trigger, DateMention] = {}
    clause_heads: dict[int, Trigger] = {}  # per date, the lead trigger of its when-clause
    for t in strong:
        for dm in dates:
            ds, de = s + dm.start, s + dm.end
            # "Tuesday's attack", "the 8 May quake", "Monday's Israeli air strike"; not an adverb
            possessive = possessive_date(text, de)
            reach = 34 if possessive else noun_year_reach(dm.text, dm.range.precision)
            before = (
                0 <= t.start - de <= reach
                and _MODIFIER_GAP.fullmatch(text, de, t.start)
                and not _ADVERBIAL.match(dm.text)
                and not other_clause_date_before(text, s, ds, t.start)
            )
            # "the attack on 2 January had killed four": a noun and its date before the verb;
            # a weekday closing the sentence after an object ("condemned the seizure on
            # Friday") says when the verb's act was, as news writes it
            # "arrested 40 protesters on Wednesday": people are not dated, so a date after
            # a noun naming who acted dates the verb (the act), not the noun
            after = (
                0 <= ds - t.end <= 4
                and not possessive  # "condemned Monday's attack": the date is the noun's
                and not announced_plan_date(text, ds, de)  # "announced plans on Monday to"
                # "The war, now in its fourth year,": a comma sets off an aside, no modifier
                and "," not in text[t.end : ds]
                and not (
                    _WEEKDAY_END.match(dm.text)
                    and _CLAUSE_END.match(text, de)
                    and t is not strong[0]
                )
                and not _AGENT_NOUN.fullmatch(t.text)
                and not participle_people(t.text)  # "striking miners in June": the people
                and not instrument_noun(text, t.start)  # "killed by a rubber bullet on Friday"
                # "agreed to suspend talks until 2028": the end of the state it sets up
                and not state_end_date(text, ds, t.code)
                # "ordered peacekeepers to withdraw by the end of the year": the
                # infinitive's deadline, not the order's time
                and not deadline_date(text, ds)
            )
            if (before or after) and not names_other(text, s, dm):  # "declared Friday a day of"
                bound[t] = dm
            elif (year := noun_year_when(text, dm, de, t)) is not None:
                bound[t] = year  # "the 2019 crisis, when rioters burned"
            elif when_clause_of(text, de, t):
                # the first in ``strong``'s order, the main clause's lead ("killed in an
                # exchange of fire": the exchange, which the toll is folded into), is its head
                clause_heads.setdefault(dm.start, t)
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
    for t in strong:
        if t in bound:
            continue
        # "were abducted in the Oct. 7, 2023 attack", "shot dead 16 people during protests on
        # Wednesday": the act befell during the dated happening its clause names
        during = during_dated(text, s, t, bound, dates)
        if during is not None:
            bound[t] = during
        # "will host the next summit in 2025": a host's act is its object's time (TimeML
        # SIMULTANEOUS), so the summit's date dates the hosting too
        held = next((dm for u, dm in bound.items() if shares_noun_time(text, t, u)), None)
        if held is not None and t not in bound:
            bound[t] = held
    return bound


# what parts a verb from a noun not its subject or object ("killed 40 on Sunday in what …")
_NOT_ARGUMENT = re.compile(r"[,;]|\b(?:for|after|before|since|following|than|in what|as)\b")


def _argument_of(text: str, main: Trigger, t: Trigger) -> bool:
    """Whether nothing but a noun phrase's words part ``t`` from the verb ``main``: the
    noun may be its subject or object ("the attack on 2 January had killed four")."""
    gap = text[t.end : main.start] if t.end <= main.start else text[main.end : t.start]
    return not _NOT_ARGUMENT.search(gap)


# a weekday, or a day told from the writing ("yesterday", "last night"), closing the clause
_WEEKDAY_END = re.compile(
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"(?:yesterday|today|tonight|last\s+night|earlier\s+today|this\s+(?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)
# where a weekday closes its clause: the end, a reporting tail, "and" before its subject's next
# past verb ("condemned … on Thursday and promised…"), ", and" (Quirk et al. 1985, 13.1)
_CLAUSE_END = re.compile(
    r"\s*(?:[.;]|,\s+(?:\w+\s+){0,4}(?:said|says|told|reported)\b|$|"
    r",\s+(?:and|but|though|although|yet|while|whereas)\s|"
    r",?\s+and\s+(?:then\s+|also\s+|later\s+)?[a-z]+ed\b(?!\s+(?:by|in|on|at)\b))"
)


def _after_dated_noun(
    text: str, s: int, end: int, main: Trigger, dates: list[DateMention]
) -> list[DateRange]:
    """The span after a happening an "after"/"following"/"followed" phrase names with a
    year or month on its noun ("after the disputed 2007 vote", "protests that followed the
    July vote"): TimeML's TLINK AFTER puts the act after that period, so from its start to
    the end of the next year (a year) or of the next two months (a month), at ACLED time
    precision 3; empty when there is no such phrase."""
    if followed_by_definite(text, s, main.start, main.end):
        return []  # "The bombing followed the June vote": an order of acts, no bound
    year = _AFTER_YEAR_NOUN.search(text, main.end, end)
    if year is not None and 1900 <= int(year["year"]) <= 2100:
        # the date reader leaves a year on a noun ("the 2007 vote") to that noun
        y = int(year["year"])
        why = f"after the {y} happening its noun names (TimeML AFTER): {y} or the year after"
        return [DateRange(date(y, 1, 1), date(y + 1, 12, 31), 4, year["year"], why)]
    for dm in dates:
        at = s + dm.start
        if at < main.end or at >= end or not attributive_month(text, at, s + dm.end):
            continue
        if not _AFTER_NOUN.search(text, max(main.end, at - 40), at):
            continue
        y, m = add_months(dm.range.start.year, dm.range.start.month, 2)
        last = month_span(y, m)[0] - timedelta(days=1)
        why = f"after the happening '{dm.text}' dates (TimeML AFTER): from it to {last}"
        return [DateRange(dm.range.start, last, 3, dm.text, why)]
    return []


_AFTER_YEAR_NOUN = re.compile(
    r"\b(?:after|following|followed)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?"
    r"(?P<year>\d{4})\s+(?!(?:and|or|to)\b)[a-z][\w-]*",
)
# "after the disputed 2007 vote", "that followed the July vote": up to the noun's date
_AFTER_NOUN = re.compile(
    r"\b(?:after|following|followed|since)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


_RELATIVE_WORD = re.compile(
    r"\b(?:who|which|whose|(?:accused|suspected|convicted|charged|wanted)\s+(?:of|with|for))\b",
    re.IGNORECASE,
)


_PLANNED_FOR = re.compile(
    r"\b(?:planned|set|scheduled|slated|due|called|announced)\s+for\s+(?:next\s+|this\s+)?$",
    re.IGNORECASE,
)
_BE = r"(?:(?:is|are|was|were|will\s+be|ha(?:s|d|ve)\s+been)\s+)?"  # "the rally is planned"
_RIGHT_AFTER = re.compile(rf"[\s,]*{_BE}(?:(?:originally|initially|first|now)\s+)?")


def _planned_for_other(
    text: str, at: int, main: Trigger, s: int = 0, end: int | None = None
) -> bool:
    """The date at ``at`` follows a plan's participle ("planned for", "set for") that does
    not stand right after the trigger ``main``: it dates the noun that participle describes
    ("banned the rally planned for Saturday"), not the trigger ("the rally planned for
    Saturday was called off" keeps it); or a reduced relative clause after the trigger
    ("reopen border posts closed since 2025", "a ship seized in March"): a noun, then a
    past participle with no auxiliary, dates what befell that noun (Quirk et al. 1985,
    17.28, reduced relatives); not when that participle is the finite verb of a noun
    trigger opening the sentence at ``s``, whose date ends at ``end`` ("The talks with the
    ministry collapsed on Thursday": ``date_clauses.subject_predicate``)."""
    m = _PLANNED_FOR.search(text, max(0, at - 30), at)
    if m is not None and not (
        main.end <= m.start() and _RIGHT_AFTER.fullmatch(text, main.end, m.start())
    ):
        return True
    r = REDUCED_RELATIVE.search(text, max(main.end, at - 70), at)
    return (
        r is not None
        and r["noun"].lower() not in NOT_A_NOUN
        # "said on Monday that talks resumed on Thursday": a reported clause's own past verb
        and not reported_subject(text, r.start("noun"))
        and not (end is not None and subject_predicate(text, s, main, r.start("noun"), end))
    )


def _dated_other(text: str, s: int, dm: DateMention, main: Trigger, nouns: list[Trigger]) -> bool:
    """The date ``dm`` of the sentence at ``s`` dates another noun or act than the trigger
    ``main``: a plan's, a reduced relative's, a happening noun's after the trigger, a deadline
    or a state's end, a promised act's infinitive, a joined clause's or a relative clause's
    after it ("arrested the man who attacked a mosque on Tuesday"; ``date_clauses``)."""
    return (
        _planned_for_other(text, s + dm.start, main, s, s + dm.end)
        or _noun_dated(text, s, dm, main, nouns)
        or deadline_date(text, s + dm.start)
        or state_end_date(text, s + dm.start, main.code)
        or onset_of_other(text, s + dm.start, main.start)
        or in_joined_clause(text, main, s + dm.start, s + dm.end)
        or in_trailing_relative(text, main, s + dm.start)
        or in_object_relative(text, main, s + dm.start)  # "the town that rebels seized in May"
        or promised_act_date(text, main, s + dm.start)  # "the vote it promised to hold in May"
        or names_other(text, s, dm)  # "declared Friday a day of mourning", "the first … this year"
        or of_dated(text, s + dm.start, main)  # "about the disputed vote of 8 February"
        or in_said_participle(text, main, s + dm.start)  # ", saying it had … on Monday"
        or in_object_onset(text, main, s + dm.start)  # "claimed the attack, which began"
    )


# "the arrest of Ismael Zambada in Texas in July": a happening's noun after a determiner, then
# its own "of" phrase and places up to the date, no verb, clause break or other noun between
_NOUN_OPEN = re.compile(r"\b(?:the|a|an|its|his|her|their|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+)?$")
_NOUN_TAIL = re.compile(
    r"\s+(?:of|against|on)\s+(?:(?!(?:who|whom|which|that|when|where|while|after|before|as|"
    r"was|were|is|are|had|has|have|been|will|would|said|says)\b)(?:[\w'’.-]+|[\"“”])\s*){1,10}?"
)
_WIDE = frozenset({3, 4})  # a month or longer (ACLED precision 3 and 4 of a date phrase)


def _noun_dated(text: str, s: int, dm: DateMention, main: Trigger, nouns: list[Trigger]) -> bool:
    """A month or longer after a happening's noun that follows the trigger, with only the
    noun's own "of" phrase between ("blamed the violence on the arrest of Zambada in Texas in
    July"): TimeML links a TIMEX3 in a noun phrase to the event nominal it modifies, so July
    is the arrest's, not the blame's. A day stays the verb's, as news writes it ("condemned
    the killing of protesters on Friday": when it condemned)."""
    if dm.range.precision not in _WIDE:
        return False
    at = s + dm.start
    return any(
        main.end <= t.start
        and t.end < at
        and _NOUN_OPEN.search(text, max(0, t.start - 30), t.start) is not None
        and _NOUN_TAIL.fullmatch(text, t.end, at) is not None
        # "will host the next summit in 2025": the host's act is the summit's time
        and not shares_noun_time(text, main, t)
        for t in nouns
    )


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
    return None if m is None else clause_act(text, s, m, strong, dates, end)


def clause_act(
    text: str,
    s: int,
    m: re.Match[str],
    strong: list[Trigger],
    dates: list[DateMention],
    end: int,
) -> tuple[re.Match[str], Trigger, DateMention] | None:
    """The past act with a day of its own told in the relative clause opened by ``m`` and
    running to ``end`` (no comma or semicolon inside), when the main clause has a date of
    its own before it: ``(m, its act, its date)``, or None (``_trailing_relative_act``)."""
    end = relative_close(text, m.end(), end) or -1  # "…, and said" closes it, else unread
    acts = [t for t in strong if t.start >= m.end() and t.end <= end]
    # a day, or a weekend ("arrested at the weekend"): a time of the clause's own
    days = [dm for dm in dates if m.end() <= s + dm.start < end and _day_or_two(dm)]
    if not acts or not days:
        return None
    # a passive act done to the person ("who was detained yesterday") needs no day of the
    # main clause to be told apart from it (``passive_relatives``)
    if not passive_person_relative(text, m.start(), acts[0]) and not any(
        s + dm.start < m.start() for dm in dates
    ):
        return None
    past = caused_infinitive(text, m.end(), acts[0]) or any(  # "which led X to recall"
        "VBD" in (verb_forms(w.lower()) or ("", frozenset()))[1] for w in acts[0].text.split()
    )
    return (m, acts[0], days[0]) if past else None


def _day_or_two(dm: DateMention) -> bool:
    """A mention of one day or of two in a row (a weekend)."""
    return (dm.range.end - dm.range.start).days <= 1


def _relative_aside(text: str, main: Trigger, stop: int) -> tuple[int, int] | None:
    """The (start, end) offsets of a relative clause set off by commas within ASIDE_REACH
    characters after the trigger ``main`` and before ``stop`` ("The talks, which collapsed
    in March, resumed"), or None."""
    m = _ASIDE.search(text, main.end, min(stop, main.end + ASIDE_REACH + 200))
    if m is None or m.start() > main.end + ASIDE_REACH:
        return None
    return m.start(), m.end()


def in_relative_before(text: str, s: int, main: Trigger, at: int) -> bool:
    """The date at ``at`` stands in a relative clause ("who had seized Bunia in January") or
    a charge ("the man accused of bombing a mosque last year") opened after the sentence's
    start and before the trigger ``main``."""
    rel = _RELATIVE_WORD.search(text, s, main.start)
    return rel is not None and rel.end() <= at < main.start


def _in_aside_before(text: str, s: int, main: Trigger, at: int) -> bool:
    """The date at ``at`` stands in a relative clause set off by commas between the sentence's
    start ``s`` and the trigger ``main`` ("The junta, which seized power in July 2023,
    accused …"), or after a relative's verb of saying ("The minister who said on Wednesday
    that…") or in a reduced relative on the subject, before it (``relative_before``)."""
    if s <= at < main.start and relative_before(text, s, at, main.start):
        return True
    return any(
        m.start() <= at < m.end()
        and m.end() <= main.start
        # "The summit, which opened in Lima on Monday, ended…": the noun's own start
        and not BEGAN_AFTER.match(text, m.start())
        for m in _ASIDE.finditer(text, s, main.start)
    )


# between a date and its noun: "'s", a hyphen, a modifier (or "Russian and Belarusian": §13.68)
_MODIFIER_GAP = re.compile(
    r"(?:['’]s)?[\s-]*(?!(?:had|has|have|was|were|is|are|will|would|and|or|but|then|to|as|"
    # a preposition opens the verb's adjunct ("visit Paris next week for talks"): no modifier
    r"after|before|while|when|for|of|in|on|at|with|by|from)\b)(?:[A-Z][\w-]*\s+and\s+(?=[A-Z]))?"
    r"(?:[\w-]+\s+)?"
)


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
    # or a non-restrictive relative clause ("Ruto, who chairs the bloc this year, urged")
    # or an age aside in "now" ("The war, now in its fourth year, escalated on Tuesday"): its
    # "now" is the noun's state at writing (TimeML PRESENT_REF), not the act's time
    r",\s+(?:(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|orn)\b[^,;.]{0,60}|who\s[^,;.]{0,80}|"
    r"now\s[^,;.]{0,60}),"
    r"(?=\s+(?:was|were|is|are|has|have|had|will|[a-z]+ed)\b)"  # the clause's own verb follows
)


def _in_apposition(text: str, s: int, main: Trigger, at: int) -> bool:
    """Is the date at ``at`` inside a comma-set participle phrase or non-restrictive relative
    clause that does not hold the event's trigger, or a superlative apposition ("X, the
    strongest storm to hit Asia this year, made landfall": ``superlatives``)?"""
    return aside_date(text, main.start, at) or any(
        m.start() < at < m.end() and not m.start() <= main.start < m.end()
        for m in _APPOSITION.finditer(text, s, at + 80)
    )


_SINCE = gated(r"\bsince\s+((?:[\w'’-]+\s+){1,6}?)$", re.IGNORECASE)
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


# "seized Goma in January and Bukavu last month": "and", the second object's words (no verb,
# operator or subject pronoun: "and will hold elections in December" is a clause) to its date
_GAP_OBJECT = re.compile(
    r"\s*,?\s+and\s+(?P<obj>(?:(?!(?:he|she|it|they|we|was|were|is|are|had|has|have|then|"
    r"will|would|can|could|may|might|must|shall|should|did|does|do|plans?|"
    r"later|also|again|between|from|since|until)\b)(?:[\w'’-]+)\s+){1,4})",
    re.IGNORECASE,
)
_GAP_END = re.compile(r"\s*(?:[.;,]|$)")


def gapped_date(
    sent: str, trig_end: int, dates: list[DateMention]
) -> tuple[int, DateMention] | None:
    """Where the second conjunct of a gapped clause starts and its own date: the verb before
    its first object and date is left out of the second ("seized Goma in January and Bukavu
    last month", Quirk et al. 1985, 13.92 gapping), so the verb tells two acts, each dated by
    its own phrase (TimeML: one event instance per time). None when there is no such pair
    after the trigger ending at ``trig_end`` (offsets into ``sent``)."""
    after = [dm for dm in dates if dm.start >= trig_end]
    for a, b in itertools.pairwise(after):
        m = _GAP_OBJECT.fullmatch(sent, a.end, b.start)
        if m is None or _GAP_END.match(sent, b.end) is None:
            continue
        if any(w.lower().endswith("ed") or past_verb(w) for w in m["obj"].split()):
            continue  # "and fighting resumed on Friday", "and withdrew by March": own verb
        return m.start("obj"), b
    return None
