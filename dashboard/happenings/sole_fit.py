"""The pass two merge rules share: a happening made only of reports of one kind (reports
placed at the attacker's home country, ``homes``; reports placed by a country their
sentence lends, ``lent_countries``) moves into the one happening of another country's block
of its type that each of its reports matches, with every report of another article there
(complete link, as ``grouping`` links any pair: Manning, Raghavan and Schütze 2008, §17.2);
when two or more happenings fit, into none, since the text does not say which act it told.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from dashboard.happenings.model import Match, Report

Joins = Callable[[Sequence[Report], Sequence[Report]], list[Match] | None]
Pick = tuple[Any, Any, int, list[Match]]  # (happening, its block, position, each report's match)


class Block(Protocol):
    """A block of ``grouping``: its happenings and the positions near a report's dates."""

    out: list[Any]

    def window(self, r: Report) -> list[int]: ...


def sole_fits(
    built: Mapping[tuple[str, str], Block], kind: Callable[[Report], bool], joins: Joins
) -> list[Pick]:
    """For each happening of ``built`` (blocks by (type family, place cell)) whose reports are
    all of ``kind``, the one happening of another cell of its family that ``joins`` (its
    reports, the other's reports) matches, with the matches; none when two or more do."""
    picks: list[Pick] = []
    for (fam, cell), block in built.items():
        for t in block.out:
            if not t.members or not all(kind(r) for r in t.members):
                continue
            fits = [
                (b, pos, found)
                for (f, c), b in built.items()
                if f == fam and c != cell
                for pos in b.window(t.members[0])
                if (found := joins(t.members, b.out[pos].members)) is not None
            ]
            if len(fits) == 1:
                picks.append((t, *fits[0]))
    return picks


def complete_link(
    reports: Sequence[Report],
    peers: Sequence[Report],
    match: Callable[[Report, Report], Match | None],
) -> list[Match] | None:
    """Each of ``reports`` matched by ``match`` with every one of ``peers`` from another
    article (the mean score, the best match's reason), or ``None`` when one pair fails or a
    report has no such peer."""
    joins: list[Match] = []
    for r in reports:
        found = [match(r, p) for p in peers if p.article_id != r.article_id]
        if not found or any(m is None for m in found):
            return None
        matches = [m for m in found if m is not None]
        mean = round(sum(m.score for m in matches) / len(matches), 3)
        joins.append(Match(mean, max(matches, key=lambda m: m.score).reason))
    return joins
