"""An act of dissent an "after" clause tells beside a main act: "closed its border on Tuesday
after accusing Rwanda of arming the rebels", "declared an emergency on Wednesday after
protesters blocked the roads", "arrested him on Monday, hours after he rejected the results".

TimeML 1.2.1 (the SIGNAL "after"): a temporal subordinate clause tells an event of its own,
ordered BEFORE the main one, and the clause is presupposed, not asserted by anyone else
(Quirk et al. 1985 §15.25: adverbial clauses of time). ``embedded_acts.after_act`` reads force,
arrests, meetings and hazards there; this module adds the clause's accusation or criticism
(CAMEO 1.1b3 §11 disapprove), rejection (§12 reject) and protest (§14: a strike or boycott,
§143; roads blocked, §144), each only as the clause's own past verb ("after protesters
blocked", "a trial that lawyers boycotted") or as a gerund whose subject is the main clause's
("after accusing", Quirk et al. §14.9: the subject of a non-finite adverbial clause is the
main clause's). A noun ("after protests") or a present verb ("will be freed after he
apologises") is none: the first may be the main act's own background, the second no past act.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from dashboard.events.actors import Actor
from dashboard.events.blamed_harm import blamed_harm
from dashboard.events.cameo import Trigger
from dashboard.events.clause_weeks import clause_days
from dashboard.events.coreference import _antecedent
from dashboard.events.dates import DateMention
from dashboard.events.drafts import RECENT, _Draft, _precision, _Sent
from dashboard.events.embedded_acts import _counted_before
from dashboard.events.main_clause import MainClauseReader
from dashboard.events.parties import _country_actors
from dashboard.events.sides import capital_country
from dashboard.events.tokens import verb_forms
from dashboard.model import DateRange, Mention

# CAMEO 1.1b3 codes of dissent a clause after "after" may tell: 11 disapprove, 12 reject,
# 143 strike or boycott and 144 obstruct (the quad class "verbal conflict" and dissent; force
# and arrests are ``embedded_acts``'s). A rally or riot there ("arrested counter-protesters
# after they rioted") is left: the crowd's act beside a march of that day and city is not
# told apart from the march by anything the clause names (happenings set W's near miss)
_DISSENT_ROOTS = ("11", "12", "143", "144")
# "after" opening a clause; a counted gap before it ("hours after", "days after") may stand
_AFTER = re.compile(r"\bafter\s+", re.IGNORECASE)
# a clause break between "after" and the act: the act is another clause's
_BREAK = re.compile(r"[,;:—–()]|\b(?:said|says|say)\b")
# a passive's auxiliary right before the verb
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+$", re.IGNORECASE)


def _tags(word: str) -> frozenset[str]:
    forms = verb_forms(word.lower())
    return forms[1] if forms else frozenset()


def dissent_after(text: str, main: Trigger, strong: list[Trigger], end: int) -> Trigger | None:
    """The dissent act (``_DISSENT_ROOTS``) an "after" clause following ``main`` tells as its
    own past verb or as a gerund right after "after", before ``end``; or None.

    "closed its border after accusing Kigali of arming rebels" gives the accusation;
    "after protests in the capital" (a noun) and "after he apologises" (present) give None."""
    after = _AFTER.search(text, main.end, end)
    if after is None:
        return None
    for t in sorted(strong, key=lambda t: t.start):
        if t.start < after.end() or t.flags or not (t.full or t.code).startswith(_DISSENT_ROOTS):
            continue
        if _BREAK.search(text, after.end(), t.start):
            return None  # past a comma or a saying: another clause's act
        first = t.text.split()[0]
        tags = _tags(first)
        if t.start == after.end() and "VBG" in tags:
            return t  # "after accusing Kigali": the main clause's subject accuses
        if _PASSIVE.search(text, after.end(), t.start):
            return None  # "after she was accused of …": the accuser untold, no side to card
        if "VBD" in tags and t.start > after.end():
            return t  # "after protesters blocked", "a trial that lawyers boycotted"
    return None


class DissentAfterReader(MainClauseReader):
    """The main clause's reader, with the act of dissent its "after" clause tells."""

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
        before = len(drafts)
        d = super()._main_event(
            text, s, end, sent, strong, trigs, dates, actors, future, mentions, drafts,
            named_actors, countries,
        )  # fmt: skip
        if d is None or d not in drafts[before:] or d.planned or d.trigger.flags:
            return d
        where = (s, end, s + len(sent))
        self._blamed(text, where, d, strong, dates, mentions, drafts)
        self._dissent(text, where, d, (strong, dates), mentions, drafts, named_actors, countries)
        return d

    def _blamed(
        self,
        text: str,
        where: tuple[int, int, int],
        d: _Draft,
        strong: list[Trigger],
        dates: list[DateMention],
        mentions: _Sent,
        drafts: list[_Draft],
    ) -> None:
        """ "was blamed for the killing of six men whose bodies were found on Sunday": the
        killing is a fact of its own, with no doer (``blamed_harm``). ``where``: the main
        clause's start and end and the sentence's end."""
        s, end, sent_end = where
        harm = blamed_harm(text, s, end, d.trigger, strong, dates)
        if harm is None or any(x.trigger.start == harm[0].start for x in drafts):
            return
        sec = self._draft(harm[0], (harm[0].start, end), (s, sent_end), [], mentions, text)
        sec.readings.append((harm[1], _precision(sec.location)))
        told = _antecedent(text, s, sec, drafts[-RECENT:], {})
        if told is not None:
            told.evidence.append((s, sent_end))
        else:
            drafts.append(sec)

    def _dissent(
        self,
        text: str,
        where: tuple[int, int, int],
        d: _Draft,
        read: tuple[list[Trigger], list[DateMention]],
        mentions: _Sent,
        drafts: list[_Draft],
        named_actors: list[Actor],
        countries: list[tuple[int, int, str, str]],
    ) -> None:
        """The act of dissent the "after" clause after ``d``'s trigger tells (``read``: the
        sentence's strong triggers and dates), added to ``drafts`` or to the evidence of the
        same act told before."""
        (s, end, sent_end), (strong, dates) = where, read
        t = dissent_after(text, d.trigger, strong, end)
        if t is None or any(x.trigger.start == t.start for x in drafts):
            return
        when = _clause_date(text, s, end, d, t, dates)
        if when is None:
            return  # no day of the main act to count back from: no guessed date
        sides = _sides(text, d, t, end, named_actors, countries, mentions.mentions)
        # the clause opens after "after" ("protesters blocked the roads"); a gerund's opens
        # right before its verb, so that the card line names the main clause's doer first
        after = _AFTER.search(text, d.trigger.end, t.start)
        opened = t.start - 1 if after is None or after.end() == t.start else after.end()
        # a capital named as the one accused is a side only here: added to this act's pool
        extra = [a for a in sides if a not in mentions.pool and a is not d.source]
        pool = sorted(mentions.pool + extra, key=lambda a: a.start)
        sec = self._draft(
            t, (opened, end), (s, sent_end), sides, replace(mentions, pool=pool), text
        )
        sec.readings.append((when, _precision(sec.location)))
        told = _antecedent(text, s, sec, drafts[-RECENT:], {})
        if told is not None:  # the accusation told before: this sentence is its evidence
            told.evidence.append((s, sent_end))
            return
        if d.location is not None and d.location.start >= t.start:
            # "closed its border after accusing Kigali of …": a place in the clause is the
            # clause's act's (the accused seat), not the closure's
            d.location, d.location_reason = None, ""
        if sec.location is None and d.location is not None:
            # "declared an emergency in Puno after protesters blocked the roads": the clause
            # names no place; the act answered is where the answer was given
            sec.location = d.location
            sec.location_reason = (
                f"no place in its clause: where the act after it was ({d.location_reason})"
            )
        drafts.append(sec)


def _sides(
    text: str,
    d: _Draft,
    t: Trigger,
    end: int,
    named: list[Actor],
    countries: list[tuple[int, int, str, str]],
    mentions: list[Mention],
) -> list[Actor]:
    """The clause's own actors; a gerund's subject is the main act's source (Quirk et al.
    1985 §14.9), put first so that it leads."""
    opened = _AFTER.search(text, d.trigger.end, t.start)
    lo = opened.end() if opened else t.start
    own = [a for a in named if lo <= a.start < end]
    own += _country_actors(countries, lo, end, t, text)
    # "accusing Rwanda of …": the country after the verb is the one accused
    own += [Actor(n, "country", c, cs, ce) for cs, ce, c, n in countries if t.end <= cs < end]
    # "accusing Kigali of …": a capital as the verb's object stands for its government
    own += [
        Actor(m.text, "country", code, m.start, m.end)
        for m in mentions
        if text[t.end : m.start].strip() == "" and (code := capital_country(m)) is not None
    ]
    if lo == t.start and d.source is not None:
        own = [d.source, *own]
    return own


def _clause_date(
    text: str, s: int, end: int, d: _Draft, t: Trigger, dates: list[DateMention]
) -> DateRange | None:
    """The clause's own day, else a counted gap before "after" from the main act's day
    ("hours after": that day or the one before), else the week up to the main act's day
    (TimeML BEFORE: the clause's act precedes the main one, how long before is untold);
    None when the main act has no day."""
    own = clause_days(dates, s, t.start, end, t.full or t.code)
    if own:
        return own[0].range
    days = [r for r, _ in d.readings if r.start == r.end]
    if not days:
        return None
    counted = _counted_before(text, d.trigger.end, t, days)
    if counted is not None:
        return counted
    day = days[-1]
    reason = f"the main clause's date ({day.reason}): what it came after, on or before it"
    return replace(day, start=day.end - timedelta(days=6), precision=2, reason=reason)
