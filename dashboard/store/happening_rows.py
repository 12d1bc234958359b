"""A happening's stored row (``happenings``), written by the regrouping (``store/happenings.py``).

A happening of one report gets a cheap row of its own; a group's row weighs its
witnesses (``happenings.summary``): its dates and place, its outlets counted by identity,
its wire groups and the articles other outlets carried word for word (``article_copies``).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard.happenings.grouping import Group
from dashboard.happenings.model import Report, Spot
from dashboard.happenings.sources import count_sources, outlet_label, outlet_name, wire_groups
from dashboard.happenings.summary import Witness, summarise
from dashboard.store.happening_reports import _chunks, _spots
from dashboard.store.schema import article_copies, articles, events


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
        "root": _root([r]),
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
    # a facet (``merged_as``: "the UAE condemned the drills held by Iran on Tuesday") whose
    # article also tells the happening itself is that article's reaction, on its own day: it
    # gives no reading of the happening's date, place or actors (the article's own report
    # does), so it makes no false disagreement
    facets = {r.event_id for r in reports if r.facet}
    told = {w.article_id for w in ws if w.event_id not in facets}
    readings = [w for w in ws if w.event_id not in facets or w.article_id not in told]
    summary = summarise(readings, source_of)
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
    meet, ``rules.FAMILIES``); on a tie, the first report's. A report merged as a facet of
    another root (``happenings.merged_as``: a repression of a crowd as its protest) gives
    that root only beside a report read at it: a crackdown told alone stays a repression."""
    read = {r.root for r in reports if not r.facet}
    roots = [r.root if not r.facet or r.root in read else r.facet for r in reports]
    counts = Counter(roots)
    return max(counts, key=lambda root: (counts[root], root == roots[0]))


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
