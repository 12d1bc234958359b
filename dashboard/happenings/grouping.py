"""Group reports into happenings: blocked, precise reports first, never all against all.

1. **Blocks.** Reports meet only within one block: one type (root) and one place cell (the
   country, else the sea or region itself: ``Spot.cell``). Inside a block reports are taken
   in date order and compared only with happenings whose dates reach theirs (a sweep over
   the date window), so the cost grows with the reports of one type, place and week.
2. **Precise first.** Reports dated to the day form happenings first; reports dated to a
   week then join the best of them, and only when one is clearly best (``MARGIN``).
3. **Complete link.** A report joins a happening only when it matches every report of it
   from other articles (``rules.match``; up to ``PEERS`` of them), so one loose report
   cannot chain two happenings together. The score is the mean of those matches.
4. **Corrections.** ``alone`` reports (a user's split) stay happenings of their own;
   ``joined`` pairs (a user's join) put two happenings into one afterwards.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from dashboard.happenings.model import Match, Report
from dashboard.happenings.rules import match

MARGIN = 0.05  # a week-dated report joins only a happening this much better than the next
PEERS = 12  # reports of a happening a newcomer is checked against (the most precise ones)
MAX_SPAN = timedelta(days=40)  # longest happening a report is looked up against


@dataclass(frozen=True, slots=True)
class Group:
    """A happening: its reports, and how each joined (score 1.0, "first report": the seed)."""

    id: str
    event_ids: tuple[str, ...]
    scores: tuple[float, ...]
    reasons: tuple[str, ...]


@dataclass(slots=True)
class _Open:
    """A happening being built (mutable, private to one ``cluster`` call)."""

    members: list[Report]
    joins: list[Match] = field(default_factory=list)
    start: date = date.max
    end: date = date.min

    def add(self, r: Report, m: Match) -> None:
        self.members.append(r)
        self.joins.append(m)
        self.start, self.end = min(self.start, r.start), max(self.end, r.end)


def happening_id(event_ids: Iterable[str]) -> str:
    """A happening's id: a hash of its first event id, so it survives new reports joining."""
    return "h" + hashlib.sha256(min(event_ids).encode()).hexdigest()[:15]


def cluster(
    reports: Sequence[Report],
    *,
    alone: frozenset[str] = frozenset(),
    joined: Sequence[tuple[str, str]] = (),
) -> list[Group]:
    """Happenings of ``reports``, every report in exactly one, in first-event-id order."""
    blocks: dict[tuple[str, str], list[Report]] = {}
    singles: list[_Open] = []
    for r in reports:
        if r.event_id in alone or not r.mergeable or r.place is None:
            singles.append(_seed(r))
        else:
            blocks.setdefault((r.root, r.place.cell), []).append(r)
    opened = singles + [h for block in blocks.values() for h in _cluster_block(block)]
    return _finish(_apply_joins(opened, joined))


def _seed(r: Report) -> _Open:
    return _Open([r], [Match(1.0, "first report")], r.start, r.end)


def _cluster_block(block: list[Report]) -> list[_Open]:
    firm = sorted((r for r in block if r.firm), key=lambda r: (r.start, r.event_id))
    loose = sorted((r for r in block if not r.firm), key=lambda r: (r.start, r.event_id))
    index: list[tuple[date, int]] = []  # (start, position in out): the date sweep
    out: list[_Open] = []
    for r, margin in [(r, 0.0) for r in firm] + [(r, MARGIN) for r in loose]:
        best = _best(r, out, index, margin)
        if best is None:
            insort(index, (r.start, len(out)))
            out.append(_seed(r))
        else:
            h, m = best
            h.add(r, m)
    return out


def _best(
    r: Report, out: list[_Open], index: list[tuple[date, int]], margin: float
) -> tuple[_Open, Match] | None:
    lo = bisect_left(index, (r.start - MAX_SPAN, -1))
    scored: list[tuple[float, int, Match]] = []
    for start, pos in index[lo:]:
        if start > r.end + timedelta(days=1):
            break
        h = out[pos]
        if h.end + timedelta(days=1) < r.start:
            continue
        m = _join(r, h)
        if m is not None:
            scored.append((m.score, pos, m))
    if not scored:
        return None
    scored.sort(key=lambda t: (-t[0], t[1]))
    if len(scored) > 1 and scored[0][0] - scored[1][0] < margin:
        return None  # two happenings fit about as well: say neither
    return out[scored[0][1]], scored[0][2]


def _join(r: Report, h: _Open) -> Match | None:
    """The complete-link match of a report with a happening, or ``None``."""
    peers = [m for m in h.members if m.article_id != r.article_id]
    if not peers:
        return None
    peers.sort(key=lambda m: (m.precision, m.place.precision if m.place else 9, m.event_id))
    found = []
    for peer in peers[:PEERS]:
        m = match(r, peer)
        if m is None:
            return None
        found.append(m)
    best = max(found, key=lambda m: m.score)
    mean = round(sum(m.score for m in found) / len(found), 3)
    more = f" (and {len(found) - 1} more report(s))" if len(found) > 1 else ""
    return Match(mean, best.reason + more)


def _apply_joins(opened: list[_Open], joined: Sequence[tuple[str, str]]) -> list[_Open]:
    if not joined:
        return opened
    where = {r.event_id: n for n, h in enumerate(opened) for r in h.members}
    for a, b in joined:
        if a not in where or b not in where or where[a] == where[b]:
            continue
        keep, gone = opened[where[a]], opened[where[b]]
        for r in gone.members:
            keep.add(r, Match(1.0, "joined by a user"))
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
