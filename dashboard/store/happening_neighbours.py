"""What a refresh of the store's happenings regroups (``store/happenings.py``).

``_neighbourhood`` widens a refresh's seed reports to the events of their blocks (root
family and place cell) within ``WINDOW`` of their dates, the cells their reports meet
across (a sea's shores, a strait's seas, a meeting's parties), the events users joined to them
(``corrections``: ``SPLIT`` and ``JOIN``) and every member of the happenings these are in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard.happenings.lent_countries import lent
from dashboard.happenings.model import Report, in_calendar
from dashboard.happenings.rules import VIOLENCE, family, family_roots, reach
from dashboard.happenings.shores import seas_off
from dashboard.happenings.straits import linked_waters
from dashboard.happenings.two_sides import SIDED_ROOTS
from dashboard.store.happening_reports import _IDS, _chunks, _load
from dashboard.store.schema import corrections, event_happenings

# neighbours looked up beyond a new event's dates: the rule's one-day slack (a wider window
# only loads more neighbours: in a dense store their count, not the rule, sets the cost)
WINDOW = timedelta(days=1)
WEEK = timedelta(days=7)  # the longest span of a report that merges (time precision 2)
SPLIT, JOIN = "split", "join"
# the statements of the write path, built once: SQLAlchemy caches their compiled form, and
# building a statement per call cost more than running it (a profile of 30 saves)
_LINKS_OF = sa.select(event_happenings.c.event_id, event_happenings.c.happening_id).where(
    event_happenings.c.event_id.in_(_IDS)
)
_MEMBERS = sa.select(event_happenings.c.event_id).where(event_happenings.c.happening_id.in_(_IDS))
_IN_WINDOW = (
    event_happenings.c.root.in_(sa.bindparam("roots", expanding=True)),
    event_happenings.c.date_start.between(sa.bindparam("lo"), sa.bindparam("hi")),
    event_happenings.c.date_end >= sa.bindparam("lo_end"),
)
_NEAR = sa.select(event_happenings.c.event_id).where(
    event_happenings.c.cell == sa.bindparam("cell"), *_IN_WINDOW
)
_NEAR_CELLS = sa.select(event_happenings.c.event_id).where(
    event_happenings.c.cell.in_(sa.bindparam("cells", expanding=True)), *_IN_WINDOW
)
# any block's events of a home report's day (``happenings.homes``: where it fell is unnamed)
_ANY_CELL = sa.select(event_happenings.c.event_id).where(*_IN_WINDOW)
_CORRECTIONS = (
    sa.select(corrections.c.kind, corrections.c.key, corrections.c.name)
    .where(corrections.c.kind.in_([SPLIT, JOIN]))
    .order_by(corrections.c.id)
)


def _neighbourhood(conn: Connection, seeds: list[Report]) -> list[Report]:
    """The seeds, the events of their blocks within ``WINDOW``, the events joined to any of
    them by a user, and all the members of the happenings these are in."""
    ids = {r.event_id for r in seeds}
    shores = _shores_by_cell(seeds)
    for (root, cell), (lo, hi) in _windows(seeds).items():
        # only reports dated to a day or a week merge, so a neighbour starts at most a
        # window and a week before: the index range stays narrow in a busy block; a root
        # meets the other roots of its family (``rules.family``)
        # (a disaster's aftermath reaches further: ``rules.reach``)
        near = max(WINDOW, timedelta(days=reach(root)))
        params = {
            "roots": list(family_roots(root)),
            "cell": cell,
            "lo": lo - near - WEEK,
            "hi": hi + near,
            "lo_end": lo - near,
        }
        ids |= {r.event_id for r in conn.execute(_NEAR, params)}
        across = _across(cell, shores)  # a sea's shore countries, a country's seas
        if family(root) in SIDED_ROOTS:  # a meeting's other parties (``meetings``, ``two_sides``)
            across = sorted(set(across) | _parties(root, cell, seeds))
        if family(root) == VIOLENCE:  # the home reports of who acted (``homes``)
            across = sorted(set(across) | _doers(root, cell, seeds))
        if across:
            found = conn.execute(_NEAR_CELLS, {**params, "cells": across})
            ids |= {r.event_id for r in found}
    ids |= _home_days(conn, seeds)
    ids |= _lent_days(conn, seeds)
    ids |= _join_partners(conn, ids)
    ids |= set(_members(conn, _happenings_of(conn, sorted(ids))))
    known = {r.event_id: r for r in seeds}
    missing = [e for e in ids if e not in known]
    return list(known.values()) + _load(conn, missing)


def _shores_by_cell(seeds: list[Report]) -> dict[str, set[str]]:
    """The shores of the seeds' places (``Spot.shores``), united per blocking cell: built
    once per refresh, where ``_across`` used to walk every seed for each of the refresh's
    windows (a batch of 128 articles: ~150,000 ``Report.cell`` calls, speed59)."""
    out: dict[str, set[str]] = {}
    for r in seeds:
        if r.place:
            out.setdefault(r.cell, set()).update(r.place.shores)
    return out


def _across(cell: str, shores: dict[str, set[str]]) -> list[str]:
    """The cells a block's reports meet beside their own (``grouping._ashore``): the
    countries a sea lies off, or the seas a country's coast lies on, and a strait's seas or
    the straits opening into a sea (``straits``). ``shores`` is ``_shores_by_cell`` of the
    refresh's seeds."""
    seas = set(seas_off().get(cell, ())) | set(linked_waters(cell))
    return sorted(shores.get(cell, set()) | seas)


def _parties(root: str, cell: str, seeds: list[Report]) -> set[str]:
    """The countries a block's meeting reports name as actors, besides the block's own: the
    cells their other sides' reports are in (``grouping._meetings``)."""
    fam = family(root)
    named = {
        c
        for r in seeds
        if r.place and r.cell == cell and family(r.root) == fam
        for c in r.countries
    }
    return named - {cell}


def _doers(root: str, cell: str, seeds: list[Report]) -> set[str]:
    """The countries of who acted in a block's acts of force, besides the block's own: the
    cells a home report of that side is in (``grouping._homes``)."""
    fam = family(root)
    return {
        r.source_country
        for r in seeds
        if r.place and r.cell == cell and family(r.root) == fam and r.source_country
    } - {cell}


def _home_days(conn: Connection, seeds: list[Report]) -> set[str]:
    """The acts of force of every block on the days of the seeds' home reports
    (``happenings.homes``): such a report names no place of the act, so the act's block is
    unknown. Home reports are few (an attacker's capital's dateline and nothing else), and
    one query is run per day, not per report."""
    out: set[str] = set()
    for day in sorted({r.start for r in seeds if r.home and r.firm}):
        params = {"roots": list(family_roots("19")), "lo": day - WEEK, "hi": day, "lo_end": day}
        out |= {r.event_id for r in conn.execute(_ANY_CELL, params)}
    return out


def _lent_days(conn: Connection, seeds: list[Report]) -> set[str]:
    """The events of the seeds' lent-country reports' types in every block on their days
    (``happenings.lent_countries``): such a report names no place of its act, so the act's
    block is unknown. One query per type and day, not per report."""
    out: set[str] = set()
    for fam, day in sorted({(family(r.root), r.start) for r in seeds if lent(r)}):
        params = {"roots": list(family_roots(fam)), "lo": day - WEEK, "hi": day, "lo_end": day}
        out |= {r.event_id for r in conn.execute(_ANY_CELL, params)}
    return out


def _windows(seeds: list[Report]) -> dict[tuple[str, str], tuple[Any, Any]]:
    out: dict[tuple[str, str], tuple[Any, Any]] = {}
    for r in seeds:
        if r.place is None or not in_calendar(r.start, r.end):
            continue  # no neighbours to look up: such a report never merges (``mergeable``)
        key = (family(r.root), r.cell)
        lo, hi = out.get(key, (r.start, r.end))
        out[key] = (min(lo, r.start), max(hi, r.end))
    return out


def _join_partners(conn: Connection, ids: set[str]) -> set[str]:
    out: set[str] = set()
    for kind, key, name in conn.execute(_CORRECTIONS):
        if kind == JOIN and (key in ids or name in ids):
            out |= {key, name}
    return out


def _corrections(conn: Connection, ids: set[str]) -> tuple[frozenset[str], list[tuple[str, str]]]:
    alone: set[str] = set()
    joined: list[tuple[str, str]] = []
    for kind, key, name in conn.execute(_CORRECTIONS):
        if kind == SPLIT and key in ids:
            alone.add(key)
        elif kind == JOIN and key in ids and name in ids:
            joined.append((key, name))
    return frozenset(alone), joined


def _links_of(conn: Connection, event_ids: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk in _chunks(list(event_ids)):
        out.update((e, h) for e, h in conn.execute(_LINKS_OF, {"ids": chunk}))
    return out


def _happenings_of(conn: Connection, event_ids: Sequence[str]) -> list[str]:
    return sorted(set(_links_of(conn, event_ids).values()))


def _members(conn: Connection, happening_ids: Iterable[str]) -> list[str]:
    out: list[str] = []
    for chunk in _chunks(sorted(set(happening_ids))):
        out += [r.event_id for r in conn.execute(_MEMBERS, {"ids": chunk})]
    return out
