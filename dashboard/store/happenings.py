"""The store's happenings: kept in step with the events, and corrected by users.

Every event has one row in ``event_happenings`` (a happening of its own at least) and every
happening one row in ``happenings``. ``refresh`` recomputes only what an article's write
touched: the events of its types and place cells within ``WINDOW`` of its dates, and the
whole happenings those belong to, in the writer's transaction. ``rebuild`` does all.

Users' corrections live in ``corrections`` like the place and date ones, keyed by event ids
(content hashes, stable across re-reading): ``split`` (``key`` = an event that stands alone)
and ``join`` (``key`` and ``name`` = one event of each of two happenings). Both are applied
on every recompute, so they survive re-ingestion and re-analysis.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard.happenings.cues import (
    aftermath,
    magnitude,
    names_later_shock,
    offshore,
    sequel,
    show_kind,
)
from dashboard.happenings.grouping import Group, cluster
from dashboard.happenings.meetings import MEETING_ROOTS
from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import (
    SEIZURE,
    family,
    family_roots,
    fold_actor,
    reach,
    taken_vessel,
)
from dashboard.happenings.shores import SEA_KINDS, country_boxes, seas_off, shores
from dashboard.happenings.sources import count_sources, outlet_label, outlet_name, wire_groups
from dashboard.happenings.summary import Witness, summarise
from dashboard.store import merged
from dashboard.store.schema import (
    article_copies,
    articles,
    corrections,
    event_happenings,
    event_places,
    events,
    happenings,
    mentions,
    merged_reports,
    places,
)

if TYPE_CHECKING:
    from dashboard.store.db import Store

# neighbours looked up beyond a new event's dates: the rule's one-day slack (a wider window
# only loads more neighbours: in a dense store their count, not the rule, sets the cost)
WINDOW = timedelta(days=1)
WEEK = timedelta(days=7)  # the longest span of a report that merges (time precision 2)
CHUNK = 500  # ids per IN (...) list: well under SQLite's and psycopg's parameter limits
SPLIT, JOIN = "split", "join"
# the statements of the write path, built once: SQLAlchemy caches their compiled form, and
# building a statement per call cost more than running it (a profile of 30 saves)
_IDS: sa.BindParameter[Any] = sa.bindparam("ids", expanding=True)
_DELETE_LINKS = event_happenings.delete().where(event_happenings.c.event_id.in_(_IDS))
_DELETE_HAPPENINGS = happenings.delete().where(happenings.c.id.in_(_IDS))
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
_LOAD = sa.select(
    events.c.id,
    events.c.article_id,
    events.c.event_code,
    events.c.date_start,
    events.c.date_end,
    events.c.time_precision,
    events.c.location_id,
    events.c.actors,
    events.c.actor_countries,
    events.c.detail,
    events.c.unreal,
    # the text a cue reads (``happenings.cues``), sent only for the events it is read for
    sa.case(
        (events.c.event_code.like("15%"), events.c.summary),
        (events.c.event_code.in_(("17", "18")), events.c.summary),  # a vessel taken (rules)
    ).label("summary"),
    sa.case(
        (events.c.event_code.like("DIS-%"), events.c.evidence),
        (events.c.event_code.in_(("17", "18")), events.c.evidence),  # a vessel taken (rules)
    ).label("evidence"),
).where(events.c.id.in_(_IDS))
# migration 0005 groups a store made before 0006's ``events.unreal``: none is unreal then
_LOAD_BEFORE_0006 = _LOAD.with_only_columns(
    *(c for c in _LOAD.selected_columns if c.name != "unreal")
)
_PLACES = sa.select(places).where(places.c.id.in_(_IDS))
_CORRECTIONS = (
    sa.select(corrections.c.kind, corrections.c.key, corrections.c.name)
    .where(corrections.c.kind.in_([SPLIT, JOIN]))
    .order_by(corrections.c.id)
)


def refresh(conn: Connection, event_ids: Sequence[str], gone: Iterable[str] = ()) -> int:
    """Recompute the happenings near ``event_ids`` (new or re-read events) and those in
    ``gone`` (happenings that lost events); returns how many happenings were rewritten."""
    gone = sorted(set(gone))
    seeds = set(event_ids) | set(_members(conn, gone))
    for chunk in _chunks(gone):  # rewritten below if any of their events remain
        conn.execute(_DELETE_HAPPENINGS, {"ids": chunk})
    if not seeds:
        return 0
    todo = _neighbourhood(conn, _load(conn, seeds))
    return _regroup(conn, todo, changed=seeds, dropped=frozenset(gone))


def rebuild(conn: Connection) -> int:
    """Regroup every event of the store (a migration, or ``bench/happenings_cost.py``)."""
    ids = [r.id for r in conn.execute(sa.select(events.c.id))]
    conn.execute(event_happenings.delete())
    conn.execute(happenings.delete())
    # migration 0005 groups a store made before 0007's ``article_copies``: none to read then
    copies = sa.inspect(conn).has_table(article_copies.name)
    # and before 0009's ``merged_reports``: that migration fills it itself
    counted = sa.inspect(conn).has_table(merged_reports.name)
    if counted:
        conn.execute(merged_reports.delete())
    flagged = any(c["name"] == "unreal" for c in sa.inspect(conn).get_columns(events.name))
    load = _LOAD if flagged else _LOAD_BEFORE_0006
    return _regroup(conn, _load(conn, ids, load), copies=copies, counted=counted)


def happenings_of_articles(conn: Connection, article_ids: Sequence[str]) -> list[str]:
    """The happenings the events of these articles are in (before they are deleted)."""
    q = (
        sa.select(event_happenings.c.happening_id)
        .join(events, events.c.id == event_happenings.c.event_id)
        .where(events.c.article_id.in_(list(article_ids)))
        .distinct()
    )
    return [r.happening_id for r in conn.execute(q)] if article_ids else []


def unlink(conn: Connection, event_ids: Sequence[str]) -> None:
    """Drop the links of events about to be deleted (SQLite does not cascade without the pragma)."""
    for chunk in _chunks(list(event_ids)):
        conn.execute(event_happenings.delete().where(event_happenings.c.event_id.in_(chunk)))
    merged.forget(conn, event_ids)


def correct(conn: Connection, kind: str, event_id: str, other: str | None = None) -> int:
    """Record a user's ``split`` of ``event_id`` out of its happening, or ``join`` of the
    happenings of ``event_id`` and ``other``; recompute both. A join undoes a split of
    either event, a split undoes the joins that name the event."""
    if kind not in (SPLIT, JOIN) or (kind == JOIN) != (other is not None):
        raise ValueError(f"a correction is split EVENT or join EVENT OTHER, got {kind!r}")
    ids = [event_id] + ([other] if other else [])
    if kind == JOIN:
        conn.execute(
            corrections.delete().where(corrections.c.kind == SPLIT, corrections.c.key.in_(ids))
        )
    else:
        conn.execute(
            corrections.delete().where(
                corrections.c.kind == JOIN,
                sa.or_(corrections.c.key == event_id, corrections.c.name == event_id),
            )
        )
    conn.execute(
        corrections.insert().values(kind=kind, key=event_id, name=other, created_at=_now())
    )
    old = [
        r.happening_id
        for r in conn.execute(
            sa.select(event_happenings.c.happening_id).where(event_happenings.c.event_id.in_(ids))
        )
    ]
    return refresh(conn, ids, old)


# ---------------------------------------------------------------- regrouping


def _regroup(
    conn: Connection,
    reports: list[Report],
    changed: set[str] | None = None,
    dropped: frozenset[str] = frozenset(),
    copies: bool = True,
    counted: bool = True,
) -> int:
    """Cluster ``reports`` (whole happenings) and rewrite the rows of the happenings that
    changed: a happening whose events are the same as before, none of them ``changed``
    (new or re-read), keeps its rows (``None``: every happening is rewritten)."""
    if not reports:
        return 0
    ids = [r.event_id for r in reports]
    alone, joined = _corrections(conn, set(ids))
    groups = cluster(reports, alone=alone, joined=joined)
    before = _links_of(conn, ids)
    if changed is not None:
        sizes: dict[str, int] = {}
        for h in before.values():
            sizes[h] = sizes.get(h, 0) + 1
        groups = [g for g in groups if not _same(g, before, sizes, changed, dropped)]
    moved = [e for g in groups for e in g.event_ids]
    old = sorted({before[e] for e in moved if e in before} | {g.id for g in groups})
    for chunk in _chunks(moved):
        conn.execute(_DELETE_LINKS, {"ids": chunk})
    for chunk in _chunks(old):
        conn.execute(_DELETE_HAPPENINGS, {"ids": chunk})
    by_id = {r.event_id: r for r in reports}
    links = [_link_row(by_id[e], g, n) for g in groups for n, e in enumerate(g.event_ids)]
    for chunk in _chunks(links):
        conn.execute(event_happenings.insert(), chunk)
    rows = _happening_rows(conn, groups, by_id, copies)
    for chunk in _chunks(rows):
        conn.execute(happenings.insert(), chunk)
    if counted:  # the map's counts (``store/merged.py``), in this transaction
        merged.rewrite(conn, old, [g.id for g in groups if len(g.event_ids) > 1])
    return len(groups)


def _same(
    g: Group,
    before: dict[str, str],
    sizes: dict[str, int],
    changed: set[str],
    dropped: frozenset[str],
) -> bool:
    """The group is a stored happening as it was: same id, same events, none rewritten."""
    if g.id in dropped or sizes.get(g.id) != len(g.event_ids):
        return False
    return all(before.get(e) == g.id and e not in changed for e in g.event_ids)


def _link_row(r: Report, g: Group, n: int) -> dict[str, Any]:
    return {
        "event_id": r.event_id,
        "happening_id": g.id,
        "root": r.root,
        "cell": r.place.cell if r.place else "",
        "date_start": r.start,
        "date_end": r.end,
        "score": g.scores[n],
        "reason": g.reasons[n],
    }


def _happening_rows(
    conn: Connection, groups: list[Group], by_id: dict[str, Report], with_copies: bool = True
) -> list[dict]:
    witnesses = _witnesses(conn, [e for g in groups if len(g.event_ids) > 1 for e in g.event_ids])
    texts = _texts(conn, {w.article_id for w in witnesses.values()})
    arts = {by_id[e].article_id for g in groups for e in g.event_ids}
    copies = _copies(conn, arts) if with_copies else {}
    rows = []
    for g in groups:
        reports = [by_id[e] for e in g.event_ids]
        if len(g.event_ids) == 1:
            rows.append(_single_row(g, reports[0], copies.get(reports[0].article_id)))
            continue
        ws = [witnesses[e] for e in g.event_ids if e in witnesses]
        rows.append(_group_row(g, reports, ws, texts, copies))
    return rows


def _single_row(g: Group, r: Report, carried: _Carried | None = None) -> dict[str, Any]:
    # a happening of one report: no witnesses to weigh (the common case, kept cheap); an
    # article other outlets carried word for word lists them, one wire group, one source
    outlets: list[str] = []
    if carried is not None:
        shown: dict[str, str] = {}  # identity -> the first label it came with
        for src, url in (carried[0], *carried[1]):
            label = outlet_label(src, url)
            if label:  # an article without source nor URL names no outlet
                shown.setdefault(outlet_name(label), label)
        outlets = list(shown.values())
    detail = {
        "event_ids": list(g.event_ids),
        "article_ids": [r.article_id],
        "outlets": sorted(outlets),
        "wire": [outlets] if len(outlets) > 1 else [],
        "disagreements": [],
        "copies": _copy_records({r.article_id: carried} if carried else {}),
    }
    return {
        "id": g.id,
        "root": r.root,
        "date_start": r.start,
        "date_end": r.end,
        "time_precision": r.precision,
        "location_id": r.place.id if r.place and not r.place.inferred else None,
        "geo_precision": r.place.precision if r.place and not r.place.inferred else None,
        "reports": 1,
        "articles": 1,
        "sources": 1,
        "detail": json.dumps(detail),
    }


def _group_row(
    g: Group,
    reports: list[Report],
    ws: list[Witness],
    texts: dict[str, str],
    copies: dict[str, _Carried] | None = None,
) -> dict:
    arts = sorted({w.article_id for w in ws})
    # counted by identity ("The Guardian" = "guardian"), shown by the first name it came with
    outlet_of = {w.article_id: outlet_name(w.outlet) for w in ws}
    shown: dict[str, str] = {}
    for w in ws:
        shown.setdefault(outlet_of[w.article_id], w.outlet)
    wire = wire_groups({a: texts.get(a, "") for a in arts})
    # a byte-identical copy (``article_copies``) is in its article's wire group by
    # definition: it joins it under an id of its own ("<article>#<n>"), with its outlet
    carriers: dict[str, list[str]] = {}
    for a in arts:
        for n, (src, url) in enumerate((copies or {}).get(a, (("", ""), ()))[1]):
            label = outlet_label(src, url)
            outlet_of[f"{a}#{n}"] = outlet_name(label)
            shown.setdefault(outlet_name(label), label)
            carriers.setdefault(a, []).append(f"{a}#{n}")
    wire = [grp + tuple(c for a in grp for c in carriers.get(a, ())) for grp in wire]
    # a wire copy backs a reading once: its group's first outlet speaks for it
    source_of = {a: shown[outlet_of[grp[0]]] for grp in wire for a in grp}
    summary = summarise(ws, source_of)
    record = summary.record()
    extra = (shown[outlet_of[c]] for cs in carriers.values() for c in cs)
    record["outlets"] = sorted({*summary.outlets, *extra})
    carried = {a: c for a, c in (copies or {}).items() if a in arts}
    _copies_read_too(record["disagreements"], {w.event_id: w.article_id for w in ws}, carried)
    detail = {
        "event_ids": list(g.event_ids),
        "article_ids": arts,
        **record,
        "wire": [[shown[outlet_of[a]] for a in grp] for grp in wire if len(grp) > 1],
        "reasons": dict(zip(g.event_ids, g.reasons, strict=True)),
        "copies": _copy_records(carried),
    }
    place = summary.place
    return {
        "id": g.id,
        "root": _root(reports),
        "date_start": summary.date_start,
        "date_end": summary.date_end,
        "time_precision": summary.time_precision,
        "location_id": place.id if place and not place.inferred else None,
        "geo_precision": place.precision if place and not place.inferred else None,
        "reports": len(g.event_ids),
        "articles": len(arts),
        "sources": count_sources(wire, outlet_of),
        "detail": json.dumps(detail, ensure_ascii=False),
    }


def _root(reports: list[Report]) -> str:
    """A happening's root: the one most of its reports give (two roots of one family may
    meet, ``rules.FAMILIES``); on a tie, the first report's."""
    counts = Counter(r.root for r in reports)
    return max(counts, key=lambda root: (counts[root], root == reports[0].root))


def _copy_records(carried: dict[str, _Carried]) -> list[dict[str, str]]:
    """The happening's wire copies (``article_copies``) as ``detail["copies"]``: each with the
    article it copies, its outlet as shown and its URL (``export`` lists them in
    ``article_urls``; a copy is not a report, so ``reports`` and ``articles`` leave it out)."""
    return [
        {"article_id": a, "outlet": outlet_label(src, url), "url": url}
        for a in sorted(carried)
        for src, url in carried[a][1]
    ]


def _copies_read_too(
    disagreements: list[dict], article_of: dict[str, str], carried: dict[str, _Carried]
) -> None:
    """A copy gives the reading of the article it copies: its outlet joins that reading's
    outlets (in place, after the article's own; each outlet once)."""
    for d in disagreements:
        for reading in d["readings"]:
            arts = dict.fromkeys(article_of[e] for e in reading["event_ids"] if e in article_of)
            extra = [outlet_label(*c) for a in arts if a in carried for c in carried[a][1]]
            reading["outlets"] = list(dict.fromkeys([*reading["outlets"], *extra]))


# ---------------------------------------------------------------- reading reports


def _load(conn: Connection, event_ids: Iterable[str], load: sa.Select[Any] = _LOAD) -> list[Report]:
    rows: list[Any] = []
    for chunk in _chunks(sorted(set(event_ids))):
        rows += conn.execute(load, {"ids": chunk}).all()
    inferred = _inferred_places(conn, [r for r in rows if r.location_id is None])
    spots = _spots(conn, {r.location_id for r in rows if r.location_id} | set(inferred.values()))
    return [_report(r, spots, inferred) for r in rows]


def _report(r: Any, spots: dict[str, Spot], inferred: dict[str, str]) -> Report:
    place = spots.get(r.location_id) if r.location_id else None
    if place is None and r.id in inferred and inferred[r.id] in spots:
        s = spots[inferred[r.id]]
        place = replace(s, inferred=True)
    roles = _roles(r.detail) or {}
    root, taken = r.event_code, ""
    if root in ("17", "18"):
        code, said = _full_code(r.detail), " ".join(_said(r.evidence)) if r.evidence else ""
        if taken_vessel(code, r.summary, said):
            root, taken = SEIZURE, code
    return Report(
        r.id,
        r.article_id,
        root,
        r.date_start,
        r.date_end,
        r.time_precision,
        place,
        frozenset(fold_actor(a) for a in json.loads(r.actors) if a),
        frozenset(c for c in json.loads(r.actor_countries) if c),
        roles.get("source_country"),
        magnitude(_said(r.evidence)) if r.evidence and r.event_code == "DIS-QUAKE" else None,
        show_kind(r.summary) if r.summary and r.event_code.startswith("15") else None,
        bool(getattr(r, "unreal", False)),
        aftermath(_said(r.evidence)) if r.evidence and r.event_code.startswith("DIS-") else False,
        sequel(_said(r.evidence)) if r.evidence and r.event_code == "DIS-QUAKE" else False,
        names_later_shock(_said(r.evidence))
        if r.evidence and r.event_code == "DIS-QUAKE"
        else False,
        offshore(r.summary) if r.summary and r.event_code in ("17", "18") else False,
        taken,
    )


_FULL_CODE = re.compile(r'"event_code": "([^"]*)"')


def _full_code(detail: str) -> str:
    """The event's full CAMEO code ("181"), from the end of its stored record."""
    found = _FULL_CODE.search(detail, max(0, detail.rfind('"event_code"')))
    return found.group(1) if found else ""


def _said(evidence: str) -> list[str]:
    """The sentences of an event's stored evidence (a JSON list of ``{"text": ...}``)."""
    return [e["text"] for e in json.loads(evidence)]


_ROLES = ', "roles": {'


def _roles(detail: str) -> Any:
    """``json.loads(detail).get("roles")`` without decoding the whole record (a third of the
    regroup's reading): an ``event_record`` text ends with a flat ``roles`` object, read
    alone; any other text is decoded whole."""
    at = detail.rfind(_ROLES)
    if at > 0 and detail.endswith("}}"):
        value = detail[at + len(_ROLES) - 1 : -1]
        flat = value.count("{") == 1 and value.count("}") == 1 and value.endswith("}")
        if flat and "\\" not in value:
            return json.loads(value)
    return json.loads(detail).get("roles")


def _inferred_places(conn: Connection, rows: Sequence[Any]) -> dict[str, str]:
    """For events without a location: the first place their sentence names, else the first
    place their article names (the dateline, usually)."""
    if not rows:
        return {}
    ids = [r.id for r in rows]
    first: dict[str, tuple[int, str]] = {}
    for chunk in _chunks(ids):
        q = (
            sa.select(event_places.c.event_id, mentions.c.place_id, sa.func.min(mentions.c.start))
            .join(events, events.c.id == event_places.c.event_id)
            .join(
                mentions,
                sa.and_(
                    mentions.c.article_id == events.c.article_id,
                    mentions.c.place_id == event_places.c.place_id,
                ),
            )
            .where(event_places.c.event_id.in_(chunk))
            .group_by(event_places.c.event_id, mentions.c.place_id)
        )
        for eid, pid, start in conn.execute(q):
            if eid not in first or (start, pid) < first[eid]:
                first[eid] = (start, pid)
    lead = _article_leads(conn, {r.article_id for r in rows if r.id not in first})
    out = {eid: pid for eid, (_, pid) in first.items()}
    for r in rows:
        if r.id not in out and r.article_id in lead:
            out[r.id] = lead[r.article_id]
    return out


def _article_leads(conn: Connection, article_ids: set[str]) -> dict[str, str]:
    lead: dict[str, tuple[int, str]] = {}
    for chunk in _chunks(sorted(article_ids)):
        q = sa.select(mentions.c.article_id, mentions.c.start, mentions.c.place_id).where(
            mentions.c.article_id.in_(chunk), mentions.c.place_id.is_not(None)
        )
        for aid, start, pid in conn.execute(q):
            if aid not in lead or (start, pid) < lead[aid]:
                lead[aid] = (start, pid)
    return {a: pid for a, (_, pid) in lead.items()}


def _spots(conn: Connection, place_ids: set[str]) -> dict[str, Spot]:
    out = {}
    for chunk in _chunks(sorted(place_ids)):
        for p in conn.execute(_PLACES, {"ids": chunk}):
            out[p.id] = _spot(p.id, p.name, p.kind, p.lat, p.lon, p.country_code, p.geo_precision)
    return out


@cache
def _spot(
    pid: str,
    name: str,
    kind: str,
    lat: float | None,
    lon: float | None,
    country: str | None,
    precision: int,
) -> Spot:
    """A stored place with its province and box from the gazetteer (a user's point has none)."""
    from dashboard.places.gazetteer import load

    known = load().get(pid) if pid.startswith(("gn:", "a1:", "a2:", "rg:", "cc:")) else None
    if known is not None and known.kind in SEA_KINDS and known.country_code is None and known.bbox:
        return replace(Spot.of(known), shores=shores(known.bbox, country_boxes()))
    if known is not None:
        return Spot.of(known)
    return Spot(pid, name, kind, lat, lon, country, None, precision)


def _witnesses(conn: Connection, event_ids: list[str]) -> dict[str, Witness]:
    out: dict[str, Witness] = {}
    if not event_ids:
        return out
    spots: dict[str, Spot] = {}
    rows: list[Any] = []
    for chunk in _chunks(sorted(set(event_ids))):
        q = (
            sa.select(
                events.c.id,
                events.c.article_id,
                events.c.date_start,
                events.c.date_end,
                events.c.time_precision,
                events.c.location_id,
                events.c.actors,
                events.c.actor_countries,
                events.c.evidence,
                articles.c.source,
                articles.c.url,
                articles.c.title,
            )
            .join(articles, articles.c.id == events.c.article_id)
            .where(events.c.id.in_(chunk))
        )
        rows += conn.execute(q).all()
    spots = _spots(conn, {r.location_id for r in rows if r.location_id})
    for r in rows:
        evidence = json.loads(r.evidence)
        out[r.id] = Witness(
            r.id,
            r.article_id,
            outlet_label(r.source, r.url),
            r.title,
            r.url,
            evidence[0]["text"] if evidence else "",
            r.date_start,
            r.date_end,
            r.time_precision,
            spots.get(r.location_id) if r.location_id else None,
            tuple(json.loads(r.actors)),
            tuple(json.loads(r.actor_countries)),
        )
    return out


# an article other outlets carried: (its own (source, url), the copies' (source, url))
_Carried = tuple[tuple[str, str], tuple[tuple[str, str], ...]]


def _copies(conn: Connection, article_ids: set[str]) -> dict[str, _Carried]:
    """The articles among ``article_ids`` that have copies (``article_copies``, 0007), with
    their own outlet and their copies' in the order they were met."""
    found: dict[str, tuple[tuple[str, str], list[tuple[str, str]]]] = {}
    for chunk in _chunks(sorted(article_ids)):
        q = (
            sa.select(
                article_copies.c.article_id,
                article_copies.c.source,
                article_copies.c.url,
                articles.c.source.label("own_source"),
                articles.c.url.label("own_url"),
            )
            .join(articles, articles.c.id == article_copies.c.article_id)
            .where(article_copies.c.article_id.in_(chunk))
            .order_by(
                article_copies.c.article_id, article_copies.c.ingested_at, article_copies.c.key
            )
        )
        for r in conn.execute(q):
            found.setdefault(r.article_id, ((r.own_source, r.own_url), []))[1].append(
                (r.source, r.url)
            )
    return {a: (own, tuple(carried)) for a, (own, carried) in found.items()}


def _texts(conn: Connection, article_ids: set[str]) -> dict[str, str]:
    out = {}
    for chunk in _chunks(sorted(article_ids)):
        for r in conn.execute(
            sa.select(articles.c.id, articles.c.text).where(articles.c.id.in_(chunk))
        ):
            out[r.id] = r.text
    return out


# ---------------------------------------------------------------- neighbours


def _neighbourhood(conn: Connection, seeds: list[Report]) -> list[Report]:
    """The seeds, the events of their blocks within ``WINDOW``, the events joined to any of
    them by a user, and all the members of the happenings these are in."""
    ids = {r.event_id for r in seeds}
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
        across = _across(cell, seeds)  # a sea's shore countries, a country's seas
        if family(root) in MEETING_ROOTS:  # a meeting's other parties (``meetings``)
            across = sorted(set(across) | _parties(root, cell, seeds))
        if across:
            found = conn.execute(_NEAR_CELLS, {**params, "cells": across})
            ids |= {r.event_id for r in found}
    ids |= _join_partners(conn, ids)
    ids |= set(_members(conn, _happenings_of(conn, sorted(ids))))
    known = {r.event_id: r for r in seeds}
    missing = [e for e in ids if e not in known]
    return list(known.values()) + _load(conn, missing)


def _across(cell: str, seeds: list[Report]) -> list[str]:
    """The cells a block's reports meet beside their own (``grouping._ashore``): the
    countries a sea lies off, or the seas a country's coast lies on."""
    shore = {c for r in seeds if r.place and r.place.cell == cell for c in r.place.shores}
    return sorted(shore | set(seas_off().get(cell, ())))


def _parties(root: str, cell: str, seeds: list[Report]) -> set[str]:
    """The countries a block's meeting reports name as actors, besides the block's own: the
    cells their other sides' reports are in (``grouping._meetings``)."""
    fam = family(root)
    named = {
        c
        for r in seeds
        if r.place and r.place.cell == cell and family(r.root) == fam
        for c in r.countries
    }
    return named - {cell}


def _windows(seeds: list[Report]) -> dict[tuple[str, str], tuple[Any, Any]]:
    out: dict[tuple[str, str], tuple[Any, Any]] = {}
    for r in seeds:
        if r.place is None:
            continue
        key = (family(r.root), r.place.cell)
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


def _chunks(items: list, size: int = CHUNK) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _now() -> Any:
    from datetime import UTC, datetime

    return datetime.now(UTC).replace(tzinfo=None)


# ---------------------------------------------------------------- users' corrections


def split_event(store: Store, event_id: str) -> int:
    """A user takes ``event_id`` out of its happening, for good (``correct``)."""
    return _correct_in(store, SPLIT, event_id, None)


def join_events(store: Store, event_id: str, other: str) -> int:
    """A user puts the happenings of ``event_id`` and ``other`` together, for good."""
    return _correct_in(store, JOIN, event_id, other)


def _correct_in(store: Store, kind: str, event_id: str, other: str | None) -> int:
    from dashboard.store.engine import retry

    def attempt() -> int:
        with store.writer.begin() as conn:
            return correct(conn, kind, event_id, other)

    return retry(attempt)
