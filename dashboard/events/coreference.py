"""Which drafts tell one happening: merging drafts of one event, the earlier event a
definite mention ("the attack") refers to, the dated story an undated follow-on continues,
and the headline's events a story after the dateline tells again.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import timedelta

from dashboard.analysis import TextAnalysis
from dashboard.events import hazards
from dashboard.events.before_happening import before_families
from dashboard.events.cameo import Trigger
from dashboard.events.counted_told import counted_anchor
from dashboard.events.date_clauses import CAUSED_BY
from dashboard.events.dates import DateMention
from dashboard.events.dates_background import dated_only_by_telling
from dashboard.events.dates_common import WEEKDAY_NAMES_RX
from dashboard.events.dates_counts import STRETCH
from dashboard.events.dates_flashback import returns_from_flashback
from dashboard.events.days_apart import told_days_apart
from dashboard.events.drafts import RECENT, _Draft, _factual, _precision
from dashboard.events.flashback_acts import flashback_apart
from dashboard.events.narrative import (
    ASSAILANTS,
    FORCE_ROOTS,
    PARTICIPANTS,
    PROTEST_ROOT,
    family_of,
    reference,
)
from dashboard.events.narrative_states import state_dated_only
from dashboard.events.now_told import back_to_now
from dashboard.events.when_clauses import since_when_act
from dashboard.model import Mention
from dashboard.places.gazetteer import distance_km


def _merge(drafts: list[_Draft], work: Counter[str], text: str = "") -> list[_Draft]:
    """Fold drafts of one happening together. Candidates come from an index keyed by what
    two drafts must share (a named actor, an open range's start), so the pass is linear.
    ``text`` is the article's, for the tense of each trigger (``flashback_apart``)."""
    out: list[_Draft] = []
    index: dict[tuple[str, str, object], list[int]] = {}
    for d in drafts:
        keys = _merge_keys(d)
        # the most recent events sharing each key: a person named in a thousand distinct
        # events must not make every later event compare with all of them
        seen = {i for key in keys for i in index.get(key, ())[-RECENT:]}
        work["merge_keys"] += len(keys)
        work["merge_checks"] += len(seen)
        target_i = next(
            (
                i
                for i in sorted(seen)
                if _same_happening(out[i], d)
                and not flashback_apart(text, out[i], d)
                and not told_days_apart(text, out[i], d)  # "visited … Monday. He met … Tuesday"
            ),
            None,
        )
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


def fold_mention(target: _Draft, d: _Draft, sentence: str) -> None:
    """Fold a later mention ``d`` of ``target``'s happening into it (``_fold``), without the
    dates its ``sentence`` holds only as a telling's day: in "The minister said on Thursday the
    attack was politically motivated" Thursday is the statement's, not Wednesday's shooting's
    (ACE 2005: the reporting event is not the reported one; ``dated_only_by_telling``)."""
    if d.readings and dated_only_by_telling(sentence, [r.text for r, _ in d.readings]):
        d.readings = []
    _fold(target, d)


def _same_happening(a: _Draft, b: _Draft) -> bool:
    if a.trigger.code != b.trigger.code or a.relative or b.relative:
        return False
    if set(a.trigger.flags) != set(b.trigger.flags):
        return False  # what happened and what did not (or only may) are never one event
    if _other_kinds(a.trigger.full, b.trigger.full):
        return False
    named = {x.name for x in a.actors if x.kind in ("person", "unit")}
    if named & {x.name for x in b.actors if x.kind in ("person", "unit")}:
        # one person's acts a day apart in two towns are two happenings ("arrived in Brasilia
        # on Wednesday ... On Tuesday, Xi met Milei in Buenos Aires"), not one dated twice
        # and so are their acts in two countries ("his first visit to North Korea ... flew on
        # to Hanoi for a state visit to Vietnam")
        return (
            _close_dates(a, b)
            and not _towns_apart(a.location, b.location)
            and not _countries_apart(a.location, b.location)
        )
    starts_a = {r.start for r, _ in a.readings if r.precision == 4}
    return bool(starts_a & {r.start for r, _ in b.readings if r.precision == 4})


def _other_kinds(a: str | None, b: str | None) -> bool:
    """Two of a root's named kinds (CAMEO 1.1b3 third digits other than 0): "closed the
    borders" (§172) and "detained the president" (§173) the same day are two acts of one
    coup, not one told twice; a root's unnamed kind ("170", "190") may be either."""
    if not a or not b or len(a) < 3 or len(b) < 3:
        return False
    return a[:3] != b[:3] and a[2] != "0" and b[2] != "0"


def _close_dates(a: _Draft, b: _Draft) -> bool:
    for ra, _ in a.readings:
        for rb, _ in b.readings:
            if abs((ra.start - rb.start).days) > 3:
                return False
    return True


def _without_headline_repeats(drafts: list[_Draft], analysis: TextAnalysis) -> list[_Draft]:
    """The drafts without the headline's when the story after the dateline tells any event:
    a headline sums up its story in fewer words ("Envoy expelled", "Fighters kill 100 in
    village"), without the lead's date, place or sides, so its events are the story's told
    again. A headline over a story that tells no event keeps its own."""
    if not any(d.trigger.start >= analysis.dateline_end for d in drafts):
        return drafts
    return [d for d in drafts if d.trigger.start >= analysis.dateline_start]


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
    if counted_anchor(text, (rs, re_), d.trigger.start) and not reference(text, re_, d.trigger.end):
        return None  # "The day after the raid, a patrol was ambushed": another happening
    if _NEW_PATIENT.match(text, re_):
        return None  # "the killing of a village chief": a happening told for the first time
    own = [(dm.range, 9) for t, dm in bound.items() if rs <= t.start <= re_]
    probe = replace(d, readings=d.readings + own) if own else d
    if fam not in families and not (names_trigger and "violence" in families):
        return None
    mine = d.trigger.full or d.trigger.code
    named = _NAME_IN_REFERENCE.findall(text, rs, re_)
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
            # the mention's own place is one named after its noun ("the clashes in Mombasa");
            # one before it is the speaker's or the subject's ("Kyiv did not claim the attack")
            # and so is one after the mention's noun before its verb ("The attacks in Utrecht on
            # Wednesday injured four": the subject's postmodifier, Quirk et al. 1985 §17.2)
            own_from = min(d.trigger.start, re_)
            own_place = d.location if d.location and d.location.start >= own_from else None
            if own_place is not None and _caused_by_before(text, d.trigger.end, own_place.start):
                own_place = None  # "The protests were sparked by a collapse in Novi Sad"
            if _towns_apart(e.location, own_place) or not _named_there(named, e):
                continue  # "the clashes in Mombasa" are not Nairobi's told before
            if fam == "hazard" and their == "hazard" and e.trigger.code != d.trigger.code:
                continue
            if not e.readings and any(r.precision > 2 for r, _ in probe.readings):
                continue  # "the floods of 2010" is no undated flood told this week
            if not probe.readings or not e.readings or _overlapping(e, probe):
                return e
    return None


# a passive of causing after the mention ("were sparked by"): the places after "by" are the cause's
_CAUSED_BY = re.compile(CAUSED_BY, re.IGNORECASE)


def _caused_by_before(text: str, start: int, at: int) -> bool:
    """A passive of causing ("were sparked by") stands between ``start`` and ``at``."""
    return _CAUSED_BY.search(text, start, at) is not None


# a name inside a reference ("the Nairobi clashes"), not its opening word or a weekday
# an "of" complement naming its participant with an indefinite article ("the killing of a
# headmaster"): a definite description made unique by its complement introduces its referent
# (Hawkins 1978, "establishing" uses; Prince 1992, discourse-new), so it is no anaphor of a
# happening told before, and the date in its clause stays its own (TimeML 1.2.1 §2.2)
_NEW_PATIENT = re.compile(r"\s+of\s+(?:a|an|another)\s", re.IGNORECASE)
_NAME_IN_REFERENCE = re.compile(
    rf"(?<=\s)(?!(?:{WEEKDAY_NAMES_RX}|The|This|That|These|Those)\b)"
    r"[A-Z][\w'’-]+(?=\s)"
)


def _named_there(named: list[str], e: _Draft) -> bool:
    """A reference naming a place ("the Gao attack") refers only to a happening placed there."""
    if not named:
        return True
    where = e.location
    if where is None:
        return False
    told = {where.text, where.place.name if where.place else ""}
    return any(n in t for n in named for t in told)


# towns farther apart than this are two places, not one told at two scales (ACLED codes a
# town's events to it; its suburbs and the villages around lie within a few km)
_SAME_TOWN_KM = 25.0


def _towns_apart(a: Mention | None, b: Mention | None) -> bool:
    """Both name a town (geo precision 1) and they lie more than ``_SAME_TOWN_KM`` apart: a
    mention of one is no reference to a happening at the other."""
    pa, pb = (a.place if a else None), (b.place if b else None)
    if pa is None or pb is None or pa.id == pb.id:
        return False
    if pa.geo_precision != 1 or pb.geo_precision != 1 or None in (pa.lat, pa.lon, pb.lat, pb.lon):
        return False
    return distance_km(pa.lat, pa.lon, pb.lat, pb.lon) > _SAME_TOWN_KM  # type: ignore[arg-type]


def _countries_apart(a: Mention | None, b: Mention | None) -> bool:
    """Both are placed, in two different countries (a sea or a region of no one country
    is in none, and apart from nothing)."""
    ca = a.place.country_code if a and a.place else None
    cb = b.place.country_code if b and b.place else None
    return bool(ca and cb and ca != cb)


_BEFELL_IN = re.compile(r"\s+(?:in|during)\s+", re.IGNORECASE)


def _overlapping(a: _Draft, b: _Draft) -> bool:
    """Some reading of each falls within three days of the other's (ranges that overlap)."""
    slack = timedelta(days=3)
    return any(
        ra.start - slack <= rb.end and rb.start - slack <= ra.end
        for ra, _ in a.readings
        for rb, _ in b.readings
    )


def _stretch_only(e: _Draft) -> bool:
    """Whether every date of ``e`` is a stretch up to publication ("in the past two years"):
    the span of many acts or of a state, no point a later sentence's story is told at."""
    return all(r.text is not None and STRETCH.match(r.text) for r, _ in e.readings)


def _after_state(window: list[_Draft], d: _Draft) -> list[_Draft]:
    """The drafts of ``window`` told after the last one dated only by an open span ("has been
    hit repeatedly since 2019"): a state moves no story's time on (``narrative_states``), and
    the acts told before it are no nearer the act after it, so the story stops there."""
    states = [k for k, e in enumerate(window) if e.sentence != d.sentence and state_dated_only(e)]
    return window[states[-1] + 1 :] if states else window


def _span(t: Trigger) -> tuple[int, int]:
    return t.start, t.end


def _link_narratives(drafts: list[_Draft], text: str) -> None:
    """Give each event without a date of its own the dated event whose story it continues:
    one that shares a place or a named actor with it, or the event of the sentence before
    when this one carries the story on ("Fighting continued near Kibumba")."""
    for i, d in enumerate(drafts):
        if d.readings or d.relative or d.later:
            continue
        places = {m.place.id for m in d.places if m.place and m.place.kind != "country"}
        # an unnamed armed group ("gunmen") names no one: two sentences' "gunmen" may be two
        names = {a.name for a in d.actors if a.kind not in ("country", "group")}
        # of the earlier events sharing a place or a name, one of this event's own root first
        # ("Missiles struck central Kyiv" continues the missile strikes told before, not the
        # bridge blast told in the same sentence)
        window = reversed(_after_state(drafts[max(0, i - RECENT) : i], d))
        earlier = [
            e
            for e in window
            if e.readings
            and e.sentence != d.sentence
            and _factual(e)
            and not _stretch_only(e)
            and not since_when_act(text, e.trigger.start)  # "since May 4, when X": a flashback
        ]
        root = d.trigger.code[:2]
        # and an act told by its doers before a natural hazard the sentence names in passing
        # ("threw mud at the king as he visited the town hit by last week's floods. The king
        # stayed to talk with residents": the visit's day, not the floods'): a person's act
        # carries on a person's story (EM-DAT: a hazard has no doer to go on acting)
        human = not d.trigger.code.startswith(hazards.PREFIX)
        earlier.sort(
            key=lambda e: (
                e.trigger.code[:2] != root,
                human and e.trigger.code.startswith(hazards.PREFIX),
            )
        )  # stable: latest first within
        # "blamed rivals for stoking hatred before the attack": told by another happening
        before = before_families(text, d.trigger, d.evidence[0])
        for e in earlier:
            if before and family_of(e.trigger.full or e.trigger.code) not in before:
                continue  # after a sentencing, an act "before the attack" is not its story's
            if returns_from_flashback(text, _span(e.trigger), _span(d.trigger)):
                continue  # "had attacked in 2019. The gunmen killed…": back to the story's time
            if back_to_now(text, e, d):
                continue  # "In May 2017, gunmen ... . He said last week's attack ...": the news
            shared = places & {m.place.id for m in e.places if m.place} or (
                names & {a.name for a in e.actors if a.kind not in ("country", "group")}
                and not _moved_on(text, e)
            )
            doers = {PROTEST_ROOT: PARTICIPANTS}.get(e.trigger.code[:2]) or (
                ASSAILANTS if e.trigger.code[:2] in FORCE_ROOTS else None
            )
            crowd = (
                doers is not None
                and d.sentence - e.sentence <= 2
                and any(doers.search(text, s, t) for s, t in d.evidence)
            )
            # "A stampede killed 50 at the stadium. The crush began after police fired tear
            # gas": a definite noun before the act names the happening just told, so the
            # sentence goes on with that story (ACE 2005 event coreference)
            told = e.sentence == d.sentence - 1 and _names_before(text, d, e)
            if shared or crowd or told or (d.cue and e.sentence == d.sentence - 1):
                s, t = e.evidence[0]
                d.narrative = (e, text[s:t])
                break


def _names_before(text: str, d: _Draft, e: _Draft) -> bool:
    """Does a definite mention of ``e``'s kind of happening ("the crush", "the attack")
    stand in ``d``'s sentence before ``d``'s trigger?"""
    ref = reference(text, d.evidence[0][0], d.trigger.start)
    return ref is not None and family_of(e.trigger.full or e.trigger.code) in ref[0]


# the person an act was done to was moved elsewhere after it ("was abducted in Nairobi and
# taken to Kampala, where he appeared before a court"): his later story is told from there
_MOVED_TO = re.compile(
    r"\b(?:taken|flown|transferred|brought|moved|extradited|deported|driven)\s+(?:back\s+)?to\b",
    re.IGNORECASE,
)


def _moved_on(text: str, e: _Draft) -> bool:
    """Was the person of ``e`` moved to another place after its act, in its own sentence?
    Then a later act sharing only that person's name is no part of ``e``'s story there (ACLED
    codes each event where it happened; the person's next act is at the new place)."""
    return _MOVED_TO.search(text, e.trigger.end, e.evidence[0][1]) is not None
