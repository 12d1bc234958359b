"""Group reports into happenings: blocked, precise reports first, never all against all.

1. **Blocks.** Reports meet only within one block: one type (the root's family,
   ``rules.family``) and one place cell (the country, else the sea or region itself; a
   launch told where it was aimed is filed at its launcher's: ``Report.cell``). Inside a
   block reports are taken in date order and compared only with happenings whose dates
   reach theirs (a sweep over the date window), so the cost grows with the reports of one type, place and week. When
   a window holds more than ``CROWD`` happenings (one town's busy day, one long article's
   events), the block files its happenings by key (``crowd.Crowd``) and a report meets only
   those with a member that could match it: the same happenings come out, at a cost that
   grows with the candidates, not with the crowd.
2. **Precise first.** Reports dated to the day form happenings first; reports dated to a
   week then join the best of them, and only when one is clearly best (``MARGIN``) and its
   range does not hold the days of two happenings it fits (``_both_inside``: "this week's
   earthquake" with a quake on Sunday and another on Tuesday could be either), unless every
   report of one tells it as a later, no larger sequel of the other ("a second quake", "an
   aftershock"): an aftermath report then tells the main shock (``_main_shock``). A
   week-dated report meets a happening a day past its own range (the rule's slack) only
   when its block holds no happening told inside that range at a place that fits it
   (``_within_own_week``: a refused happening of its own week does not hand it to the next).
   **One day at a time.** The reports of one day first form happenings among themselves
   (same-day matches only); each of these then joins a happening of the days before whole,
   when every one of its reports joins it (``_fold``). The rule's one-day slack is there for
   time zones and "late on Saturday" against "overnight" (``rules.date_part``), but a main
   shock often comes the day after its foreshock at the same place (Ridgecrest, USGS: M6.4
   on 4 July 2019, M7.1 on 5 July), so a report that gives no magnitude must meet its own
   day's quake before the day before's: taken one by one in id order it could join the
   foreshock first and keep the main shock's reports out (set B, issue 16: P .667 → 1.0).
3. **Complete link.** A report joins a happening only when no report of it from other
   articles refuses it (``rules.fit``; up to ``PEERS`` of them), so one loose report cannot
   chain two happenings together, and each of them matches it (``rules.match``) or at least
   half do and the mean of the fits reaches ``MIN_SCORE`` (``link.enough``: a peer too vague to
   link it alone is no contradiction). The score is the mean of those fits.
4. **Straits.** Each happening of a strait's block joins whole the one happening of a block
   of a sea the strait opens into that every one of its reports joins (``_straits``,
   ``straits``), when clearly best; then, **ashore**, a sea of no country is a block of its
   own; each of its happenings then joins whole the one happening of a block of a country
   the sea lies off that every one of its reports joins (``_ashore``, ``rules.ashore``), when no other comes within ``MARGIN``.
5. **Meetings.** A meeting (CAMEO 04) is often placed at each party's side by its outlets:
   each happening of a 04 block then joins whole the one happening of another party
   country's 04 block that names the same two parties and fits every pair of their reports
   on the same day (``_meetings``, ``meetings.sides_match``), when clearly best.
6. **Corrections.** ``alone`` reports (a user's split) stay happenings of their own;
   ``joined`` pairs (a user's join) put two happenings into one afterwards.
"""

from __future__ import annotations

import sys
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import partial
from itertools import groupby

from dashboard.happenings.coarse import ambiguous
from dashboard.happenings.crowd import Crowd
from dashboard.happenings.held_targets import held_alike, unnamed
from dashboard.happenings.homes import home_match
from dashboard.happenings.lent_countries import join_lent
from dashboard.happenings.lent_ships import lend_ship_names
from dashboard.happenings.link import enough, happening_id
from dashboard.happenings.meetings import parties
from dashboard.happenings.model import Match, Report
from dashboard.happenings.own_day import day_inside, own_days, own_only
from dashboard.happenings.rules import family, fit, place_part, reach
from dashboard.happenings.sole_fit import complete_link, sole_fits
from dashboard.happenings.straits import strait_waters
from dashboard.happenings.third_states import join_third
from dashboard.happenings.told_with import TOLD_WITH, told_with
from dashboard.happenings.two_sides import SIDED_ROOTS, agreed, looks_to, sides_match

MARGIN = 0.05  # a week-dated report joins only a happening this much better than the next
PEERS = 12  # reports of a happening a newcomer is checked against (the most precise ones)
MAX_SPAN = timedelta(days=40)  # longest happening a report is looked up against
# articles that must each tell one day of two happenings before their one-day gap is taken as
# two days, not one outlet's slip (``two_days``)
CORROBORATED = 2
CROWD = 64  # happenings in a report's date window past which its block is looked up by key


@dataclass(frozen=True, slots=True)
class Group:
    """A happening: its reports, and how each joined (score 1.0, "first report": the seed)."""

    id: str
    event_ids: tuple[str, ...]
    scores: tuple[float, ...]
    reasons: tuple[str, ...]


@dataclass(slots=True)
class _Open:
    """A happening being built (mutable, private to one ``cluster`` call). ``ranked``: its
    members' positions in peer order (``_peer_key``), kept sorted as they join."""

    members: list[Report]
    joins: list[Match] = field(default_factory=list)
    start: date = date.max
    end: date = date.min
    ranked: list[tuple[int, int, str, int]] = field(default_factory=list)

    def add(self, r: Report, m: Match) -> None:
        insort(self.ranked, (*_peer_key(r), len(self.members)))
        self.members.append(r)
        self.joins.append(m)
        self.start, self.end = min(self.start, r.start), max(self.end, r.end)


def _peer_key(r: Report) -> tuple[int, int, str]:
    """The most precise reports first: a newcomer is checked against these (``PEERS``)."""
    return (r.precision, r.place.precision if r.place else 9, r.event_id)


@dataclass(slots=True)
class _Block:
    """The happenings of one block being built: by the start of their first report (the date
    sweep) and, once a window is crowded, by key (``crowd``)."""

    out: list[_Open] = field(default_factory=list)
    index: list[tuple[date, int]] = field(default_factory=list)  # (start, position in out)
    crowd: Crowd | None = None
    reach: timedelta = timedelta(days=1)  # how far back a report meets (``rules.reach``)

    def open(self, r: Report) -> None:
        insort(self.index, (r.start, len(self.out)))
        if self.crowd is not None:
            self.crowd.add(r, len(self.out))
        self.out.append(_seed(r))

    def join(self, pos: int, r: Report, m: Match) -> None:
        self.out[pos].add(r, m)
        if self.crowd is not None:
            self.crowd.add(r, pos)

    def window(self, r: Report) -> list[int]:
        """Positions of the happenings whose dates may reach ``r``'s (as ``near``), by the
        date index alone: a report of another block has no place keys here."""
        lo = bisect_left(self.index, (r.start - MAX_SPAN, -1))
        hi = bisect_right(self.index, (r.end + self.reach, sys.maxsize))
        return [
            pos
            for _, pos in self.index[lo:hi]
            if self.out[pos].members and self.out[pos].end + self.reach >= r.start
        ]

    def near(self, r: Report) -> list[int]:
        """Positions of the happenings whose dates may reach ``r``'s: first reported from
        ``MAX_SPAN`` before it to a day after, and not over more than a day before it."""
        lo = bisect_left(self.index, (r.start - MAX_SPAN, -1))
        hi = bisect_right(self.index, (r.end + self.reach, sys.maxsize))
        if hi - lo <= CROWD:
            return [
                pos for _, pos in self.index[lo:hi] if self.out[pos].end + self.reach >= r.start
            ]
        if self.crowd is None:
            self.crowd = Crowd()
            for pos, h in enumerate(self.out):
                for member in h.members:
                    self.crowd.add(member, pos)
        first, last = r.start - MAX_SPAN, r.end + self.reach
        return [
            pos
            for pos in sorted(self.crowd.near(r))
            if self.out[pos].members
            and first <= self.out[pos].members[0].start <= last
            and self.out[pos].end + self.reach >= r.start
        ]


def cluster(
    reports: Sequence[Report],
    *,
    alone: frozenset[str] = frozenset(),
    joined: Sequence[tuple[str, str]] = (),
) -> list[Group]:
    """Happenings of ``reports``, every report in exactly one, in first-event-id order."""
    blocks: dict[tuple[str, str], list[Report]] = {}
    singles: list[_Open] = []
    for r in lend_ship_names(reports):  # a name marked once is a ship's (``lent_ships``)
        if r.event_id in alone or not r.mergeable or r.place is None:
            singles.append(_seed(r))
        else:
            blocks.setdefault((family(r.root), r.cell), []).append(r)
    built = {key: _cluster_block(block) for key, block in blocks.items()}
    _straits(built)
    _ashore(built)
    _meetings(built)
    _homes(built)
    join_lent(built, _move)  # a report placed by a country lent from its sentence
    join_third(built, _move)  # a truce or a release told at a third state (its broker)
    opened = singles + [h for b in built.values() for h in b.out if h.members]
    opened = _apply_joins(opened, joined)
    return _finish(_apply_joins(opened, told_with(reports, alone), TOLD_WITH))  # ``told_with``


def _seed(r: Report) -> _Open:
    return _Open([r], [Match(1.0, "first report")], r.start, r.end, [(*_peer_key(r), 0)])


def _cluster_block(block: list[Report]) -> _Block:
    # a day's reports naming whom they held first (``held_targets.unnamed``)
    firm = sorted((r for r in block if r.firm), key=lambda r: (r.start, unnamed(r), r.event_id))
    loose = sorted((r for r in block if not r.firm), key=lambda r: (r.start, r.event_id))
    b = _Block(reach=timedelta(days=reach(block[0].root)))
    for _, today in groupby(firm, key=lambda r: r.start):
        first = len(b.out)  # the day's reports form happenings among themselves first...
        for r in today:
            _place(r, b, 0.0, since=first)
        for pos in range(first, len(b.out)):  # ...which then join the days before, whole
            _fold(b, pos, first)
    for r in loose:
        _place(r, b, MARGIN)
    _unmix(b)
    return b


def _unmix(b: _Block) -> None:
    """Take out of its happening each report placed only at a wide area holding two acts of
    its day at two places, either of which would take it (``coarse``): it stands alone."""
    pos = 0
    while pos < len(b.out):
        for r in list(b.out[pos].members) if len(b.out[pos].members) > 1 else ():
            why = ambiguous(r, b.out[pos].members, _rivals(b, pos, r))
            if why is not None:
                _rejoin(b, pos, [m for m in b.out[pos].members if m is not r])
                b.open(r)
                b.out[-1].joins[0] = Match(1.0, why)
                break  # the rebuilt happening again: its article's other report may be too
        else:
            pos += 1


def _rivals(
    b: _Block, pos: int, r: Report
) -> Iterator[tuple[list[Report], Callable[[], Match | None]]]:
    """The block's other happenings near ``r``, each with ``r``'s complete-link join to it."""
    for n in b.near(r):
        if n != pos and b.out[n].members:
            yield b.out[n].members, partial(_join, r, b.out[n])


def _rejoin(b: _Block, pos: int, members: list[Report]) -> None:
    """Build the happening at ``pos`` again from ``members``: the first seeds it, each next
    joins by ``_join`` (complete link must hold without the report taken out, and an old
    reason may name it) or stands alone."""
    b.out[pos] = _seed(members[0])
    for r in members[1:]:
        m = _join(r, b.out[pos])
        if m is None:
            b.open(r)
        else:
            b.join(pos, r, m)


def _straits(built: dict[tuple[str, str], _Block]) -> None:
    """Put each happening of a strait's block into the one happening of a block of a sea it
    opens into (``straits``) that every one of its reports joins (complete link), when no
    other comes within ``MARGIN`` and no other happening picks the same one. Only a strait's
    happenings move, so the seas on either side of it never meet through it; the joined
    happening then meets the shores (``_ashore``)."""
    picks: list[tuple[_Open, _Block, int, list[Match]]] = []
    for (fam, cell), block in built.items():
        seas = [built[fam, w] for w in sorted(strait_waters().get(cell, ())) if (fam, w) in built]
        for t in block.out if seas else ():
            pick = _landing(t, seas) if t.members else None
            if pick is not None:
                picks.append((t, *pick))
    _move(picks)


def _ashore(built: dict[tuple[str, str], _Block]) -> None:
    """Put each happening of a sea's block into the one happening of a shore country's block
    it joins whole (``rules.ashore``: the sea lies off that country; complete link, like
    ``_fold``), when no other comes within ``MARGIN`` of it and no other happening at sea
    picks the same one (two ship attacks of one day, and "a ship was hit off Yemen": which
    one it tells is not known, so neither joins). Seas' blocks are few, and each of their
    happenings meets only the happenings of its date window ashore."""
    picks: list[tuple[_Open, _Block, int, list[Match]]] = []
    for (fam, cell), sea in built.items():
        first = next((h.members[0] for h in sea.out if h.members), None)
        if first is None or first.place is None or not first.place.shores:
            continue  # a country's block (a sea's cell is the sea: all its places have shores)
        for t in sea.out:
            coasts = sorted({c for r in t.members if r.place for c in r.place.shores})
            ashore = [built[fam, c] for c in coasts if c != cell and (fam, c) in built]
            pick = _landing(t, ashore) if t.members and ashore else None
            if pick is not None:
                picks.append((t, *pick))
    _move(picks)


def _meetings(built: dict[tuple[str, str], _Block]) -> None:
    """Put each happening of a meeting's block (``meetings``) into the one happening of
    another party's country it joins whole, clearly best (``MARGIN``) and picked by no other.
    A happening moves only toward the country that sorts first, or for a clash toward one not
    naming it back (``two_sides.looks_to``), so two happenings of one act never cross."""
    picks: list[tuple[_Open, _Block, int, list[Match]]] = []
    for (fam, cell), block in built.items():
        if fam not in SIDED_ROOTS:  # a meeting's, or a drill's or release's (``two_sides``)
            continue
        for t in block.out:
            own = parties(t.members) if t.members else frozenset()
            sides = [(c, built[fam, c]) for c in sorted(own) if looks_to(fam, cell, c, built)]
            pick = _sides_landing(t, (fam, cell), sides) if sides else None
            if pick is not None:
                picks.append((t, *pick))
    _move(picks)


def _homes(built: dict[tuple[str, str], _Block]) -> None:
    """Put each happening of home reports only (``homes``) into the one happening of another
    country's block of its type each of them matches (``homes.home_match``), else into none."""
    _move(sole_fits(built, lambda r: r.home, _home_joins))


def _home_joins(reports: Sequence[Report], peers: Sequence[Report]) -> list[Match] | None:
    """Each of ``reports`` matched with every one of ``peers`` (complete link), or ``None``."""
    acted = {r.source_country for r in reports}
    if not any(peer.source_country in acted for peer in peers):
        return None  # the happening must name the home reports' side as who acted
    return complete_link(reports, peers, home_match)


def _sides_landing(
    t: _Open, key: tuple[str, str], sides: list[tuple[str, _Block]]
) -> tuple[_Block, int, list[Match]] | None:
    fam, cell = key
    scored: list[tuple[float, int, int, list[Match]]] = []
    for n, (country, b) in enumerate(sides):
        for pos in b.window(t.members[0]):
            theirs = parties(b.out[pos].members)
            both = agreed(fam, t.members, b.out[pos].members, {cell, country})
            if not {cell, country} <= both or (country > cell and cell in theirs):
                continue
            found = [_join(r, b.out[pos], both) for r in t.members]
            joins = [m for m in found if m is not None]
            if len(joins) == len(found):
                scored.append((sum(m.score for m in joins) / len(joins), n, pos, joins))
    scored.sort(key=lambda s: (-s[0], s[1], s[2]))
    if not scored or (len(scored) > 1 and scored[0][0] - scored[1][0] < MARGIN):
        return None
    _, n, pos, joins = scored[0]
    return sides[n][1], pos, joins


def _move(picks: list[tuple[_Open, _Block, int, list[Match]]]) -> None:
    """Move each picked happening whole into its pick, unless another happening picked it too."""
    taken = Counter((id(b), pos) for _, b, pos, _ in picks)
    for t, b, pos, joins in picks:
        if taken[id(b), pos] == 1:
            members, t.members, t.ranked = t.members, [], []
            for r, m in zip(members, joins, strict=True):
                b.join(pos, r, m)


def _landing(t: _Open, ashore: list[_Block]) -> tuple[_Block, int, list[Match]] | None:
    """The happening ashore that ``t`` joins whole, clearly best (``MARGIN``), or ``None``."""
    scored: list[tuple[float, int, int, list[Match]]] = []
    for n, b in enumerate(ashore):
        for pos in b.window(t.members[0]):
            found = [_join(r, b.out[pos]) for r in t.members]
            joins = [m for m in found if m is not None]
            if len(joins) == len(found):
                scored.append((sum(m.score for m in joins) / len(joins), n, pos, joins))
    scored.sort(key=lambda s: (-s[0], s[1], s[2]))
    if not scored or (len(scored) > 1 and scored[0][0] - scored[1][0] < MARGIN):
        return None  # none, or two happenings ashore fit about as well: say neither
    _, n, pos, joins = scored[0]
    return ashore[n], pos, joins


def _place(r: Report, b: _Block, margin: float, since: int = 0) -> None:
    best = _best(r, b, margin, since)
    if best is None:
        b.open(r)
    else:
        b.join(best[0], r, best[1])


def _fold(b: _Block, pos: int, before: int) -> None:
    """Put the happening at ``pos`` into the best earlier one (before ``before``) when each of
    its reports joins that one (``_join``): complete link, group to group."""
    t = b.out[pos]
    best: tuple[float, int, list[Match]] | None = None
    for other in b.near(t.members[0]):
        if other >= before or not b.out[other].members or two_days(t, b.out[other]):
            continue
        found = [_join(r, b.out[other]) for r in t.members]
        if all(m is not None for m in found):
            joins = [m for m in found if m is not None]
            score = sum(m.score for m in joins) / len(joins)
            if best is None or (-score, other) < (-best[0], best[1]):
                best = (score, other, joins)
    if best is not None:
        members, t.members, t.ranked = t.members, [], []
        for r, m in zip(members, best[2], strict=True):
            b.join(best[1], r, m)


def two_days(later: _Open, earlier: _Open) -> bool:
    """Do two happenings of two days each have their own day told by ``CORROBORATED`` or more
    articles? The rule's one-day slack (``rules.date_part``) forgives one outlet's day (a time
    zone, "late on Saturday" against "overnight"); when several outlets agree on each of two
    days, the day is no slip: they tell two happenings (the pagers that blew up across Lebanon
    on a Tuesday and the radios that blew up there on the Wednesday). A happening that already
    holds a report of the later day is not refused: its outlets disagree among themselves; nor
    a later day whose every report tells a disaster's aftermath (``Report.aftermath``: "the
    earthquake has killed 2,000 people, officials said on Tuesday" is dated by the saying).
    Cost: two passes over the members of each."""
    day = later.members[0].start
    if _told_on(later, day) < CORROBORATED or _told_on(earlier, day):
        return False
    if all(m.aftermath for m in later.members):
        return False
    days = Counter(m.start for m in earlier.members if m.firm)
    return any(_told_on(earlier, d) >= CORROBORATED for d, n in days.items() if n >= CORROBORATED)


def _told_on(h: _Open, day: date) -> int:
    """How many articles tell ``h`` as of ``day`` (reports dated to that day)."""
    return len({m.article_id for m in h.members if m.firm and m.start == day})


def _best(r: Report, b: _Block, margin: float, since: int = 0) -> tuple[int, Match] | None:
    """The happening ``r`` joins (its position and match), or ``None``. With a ``margin`` (a
    week-dated report) the best must beat the next by it, and when the report's own range
    holds the dates of both (``_both_inside``) it joins neither: its date cannot say which
    of the two it tells, and what else the scores weigh (how precisely each names the place)
    says how well a report is written, not which happening it is."""
    dated = False  # a week report whose own article dates it to a day (``own_day``)
    if margin:
        own = own_days(r, ((pos, b.out[pos].members) for pos in b.window(r) if pos >= since))
        # two days of its article in its week: it may tell either, and is placed as before
        dated = len(own) == 1
        took = _own_day(r, b, own[0]) if dated else None
        if took is not None:
            return took
    scored: list[tuple[float, int, Match]] = []
    for pos in b.near(r):
        if pos < since:
            continue
        m = _join(r, b.out[pos])
        if m is not None:
            scored.append((m.score, pos, m))
    if dated:  # its article's day did not take it: still no other day of its week
        scored = [s for s in scored if not day_inside(r, b.out[s[1]].members)]
    if margin and any(_outside(r, b.out[pos]) for _, pos, _ in scored):
        scored = _within_own_week(r, b, scored, since)
    scored = held_alike(r.code, scored, lambda pos: b.out[pos].members)  # ``held_targets``
    if not scored:
        return None
    scored.sort(key=lambda t: (-t[0], t[1]))
    if margin and len(scored) == 2:
        main = _main_shock(r, b.out[scored[0][1]], b.out[scored[1][1]])
        if main is not None:
            return scored[main][1], scored[main][2]
    if len(scored) > 1 and scored[0][0] - scored[1][0] < margin:
        return None  # two happenings fit about as well: say neither
    if margin and len(scored) > 1 and _both_inside(r, b.out[scored[0][1]], b.out[scored[1][1]]):
        return None
    return scored[0][1], scored[0][2]


def _own_day(r: Report, b: _Block, own: int) -> tuple[int, Match] | None:
    """A week-dated report goes with its own article's report of a day in its week
    (``own_day``) into that one happening when the other outlets' reports there take it
    (``_join``); ``None`` when that one is its article's alone or they refuse it."""
    if own_only(b.out[own].members, r):
        return None
    m = _join(r, b.out[own])
    return None if m is None else (own, m)


def _outside(r: Report, h: _Open) -> bool:
    """Is every report of ``h`` dated outside ``r``'s own range (met only by the rule's
    one-day slack at a week's edge, ``rules.date_part``)?"""
    return all(m.end < r.start or m.start > r.end for m in h.members)


def _within_own_week(
    r: Report, b: _Block, scored: list[tuple[float, int, Match]], since: int
) -> list[tuple[float, int, Match]]:
    """A week-dated report's candidates, less those it reaches only by the slack past its
    own range when its block holds a happening told on a day inside that range at a place
    that fits it, whether the rule took that one or refused it. The slack is for a week's
    edge told in another time zone; when the report's own week holds a happening of its
    type at its place, that is what it most likely tells ("an Islamic State bomber attacked
    the evacuation crowd this week", told on a Saturday, with the airport bombing on the
    Thursday and a drone strike on the Sunday), and a refusal of that one (sides read
    differently) must not hand the report to its neighbour outside the week. Each happening
    is read by its ``PEERS`` most precise reports (day-dated ones first), as ``_join`` reads it."""
    for pos in b.window(r):  # by date alone, crowded or not: a refused one counts too
        if pos < since or _outside(r, b.out[pos]):
            continue
        h = b.out[pos]
        peers = (h.members[n] for *_, n in h.ranked[:PEERS])  # the most precise, as ``_join``
        if any(
            m.firm and r.start <= m.start <= r.end and place_part(r, m) is not None for m in peers
        ):
            return [s for s in scored if not _outside(r, b.out[s[1]])]
    return scored


def _main_shock(r: Report, first: _Open, second: _Open) -> int | None:
    """Which of two quakes inside a week-dated aftermath report's range it tells (0 or 1), when
    one is a main shock and every report of the other tells a sequel (``cues.sequel``: "a
    second strong earthquake", "an aftershock of magnitude 5.5 struck") that came later and
    gave no larger magnitude; else ``None``. Outlets name an aftershock as one (it is by
    definition smaller than the shock it follows), so "families made homeless by this week's
    earthquake" names the main shock: a bare "the earthquake" is not the sequel."""
    if r.root != "DIS-QUAKE" or not r.aftermath or r.sequel or r.later_shock:
        return None  # it may tell the sequel: "homeless after this week's aftershock"
    if not _both_inside(r, first, second):
        return None
    for n, (main, after) in enumerate(((first, second), (second, first))):
        if not all(m.sequel for m in after.members) or all(m.sequel for m in main.members):
            continue
        lead = min(m.start for m in main.members if m.firm and not m.sequel)
        big = [m.magnitude for m in main.members if m.magnitude is not None]
        small = [m.magnitude for m in after.members if m.magnitude is not None]
        if lead < min(m.start for m in after.members) and not (
            big and small and max(small) > max(big)
        ):
            return n
    return None


def _both_inside(r: Report, *happenings: _Open) -> bool:
    """Whether each happening has a report dated to a day inside ``r``'s own range (no
    slack): "this week's earthquake" told on a Wednesday, with one quake told on Sunday and
    another on Tuesday."""
    return all(any(m.firm and r.start <= m.start <= r.end for m in h.members) for h in happenings)


def _join(r: Report, h: _Open, sides: frozenset[str] | None = None) -> Match | None:
    """The complete-link match of a report with a happening, or ``None``; with ``sides`` (a
    meeting's parties) by ``meetings.sides_match`` instead of ``rules.match``."""
    peers: list[Report] = []
    for *_, n in h.ranked:  # the most precise members of other articles
        if h.members[n].article_id != r.article_id:
            peers.append(h.members[n])
            if len(peers) == PEERS:
                break
    if not peers:
        return None
    found = []
    for peer in peers:
        m = fit(r, peer) if sides is None else sides_match(r, peer, sides)
        if m is None:
            return None  # a refusal always wins
        found.append(m)
    best = max(found, key=lambda m: m.score)
    mean = round(sum(m.score for m in found) / len(found), 3)
    if sides is None and not enough(found, mean):
        return None
    more = f" (and {len(found) - 1} more report(s))" if len(found) > 1 else ""
    return Match(mean, best.reason + more)


def _apply_joins(
    opened: list[_Open], joined: Sequence[tuple[str, str]], why: str = "joined by a user"
) -> list[_Open]:
    where = {r.event_id: n for n, h in enumerate(opened) for r in h.members}
    for a, b in joined:
        if a not in where or b not in where or where[a] == where[b]:
            continue
        keep, gone = opened[where[a]], opened[where[b]]
        for r in gone.members:
            keep.add(r, Match(1.0, why))
            where[r.event_id] = where[a]
        gone.members = []
    return [h for h in opened if h.members]


def _finish(opened: list[_Open]) -> list[Group]:
    groups = []
    for h in opened:
        ids = tuple(r.event_id for r in h.members)
        groups.append(
            Group(
                happening_id(ids),
                ids,
                tuple(m.score for m in h.joins),
                tuple(m.reason for m in h.joins),
            )
        )
    return sorted(groups, key=lambda g: min(g.event_ids))
