"""Reading events as the rule's ``Report``s, for the store's happenings (``store/happenings.py``).

``_load`` reads events by id (in ``CHUNK``-sized ``IN (...)`` lists) into
``dashboard.happenings.model.Report`` values: each with its place as a ``Spot`` (the stored
place, else the one its sentence or article names first, passing over an actor's seat and a
ship's flag (``flag_only``), or the one its article's located events agree on, marked
``inferred``; an attack placed by the dateline alone is put in the other country its sentence
names: ``_struck_abroad``), its folded actors and the cues read from its text
(``happenings.cues``, ``happenings.rules``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard.happenings.after_toll import follows_toll
from dashboard.happenings.coarse import struck_sites
from dashboard.happenings.compass import told_parts
from dashboard.happenings.containment import POINT_KINDS
from dashboard.happenings.cues import (
    aftermath,
    lesser_shock,
    names_later_shock,
    offshore,
    own_magnitude,
    repeat,
    sea_port,
    sequel,
    ship_names,
    show_kind,
    taken_offshore,
    vessel_bearing,
)
from dashboard.happenings.go_between import sides_of
from dashboard.happenings.means import attack_means
from dashboard.happenings.measures import measure_of, named_measures
from dashboard.happenings.merged_as import merged_as, text_roots
from dashboard.happenings.model import LAUNCH_ROOT, Report, Spot
from dashboard.happenings.named_places import flag_only, force_metonym
from dashboard.happenings.named_targets import named_targets
from dashboard.happenings.rules import SEIZURE, family_roots, fold_actor, taken_vessel
from dashboard.happenings.second_hazard import second_of_kind
from dashboard.happenings.shores import (
    AREA_KINDS,
    BORDER_KINDS,
    SEA_KINDS,
    country_boxes,
    shores,
)
from dashboard.happenings.told_days import DayFacts, day_facts
from dashboard.happenings.verdicts import facts
from dashboard.model import DATELINE_REASON, TOLD_ABROAD
from dashboard.store.abroad_places import abroad_only, tellers
from dashboard.store.anchor_acts import anchored
from dashboard.store.answered_places import answered
from dashboard.store.article_roots import article_roots
from dashboard.store.recalled_places import recalled
from dashboard.store.report_memo import kept_report
from dashboard.store.schema import event_places, events, mentions, places

# more roots whose acts are told as done again ("struck again", "more protests":
# ``cues.repeat``): protest and violence (15, 17 and 18 send their summary already)
REPEATED = ("14", "19", "20")
# roots whose reports may name the ship they befell (``cues.ship_names``): seizures and violence
SHIP_ROOTS = ("17", "18", "19", "20")
# roots whose reports may be told off a coast (``cues.offshore``): a ship taken (17, 18) and an
# attack at sea (18-20: ``rules._off_coast``)
_OFFSHORE_ROOTS = ("17", "18", "19", "20")
CHUNK = 500  # ids per IN (...) list: well under SQLite's and psycopg's parameter limits
# the statements of the write path, built once: SQLAlchemy caches their compiled form, and
# building a statement per call cost more than running it (a profile of 30 saves)
_IDS: sa.BindParameter[Any] = sa.bindparam("ids", expanding=True)
# CAMEO's three roots of physical violence (assault, fight, mass violence), one family in
# the merge rule (``rules.FAMILIES``): acts done to a side
_FORCE_ROOTS = family_roots("18")
_LOAD = sa.select(
    events.c.id,
    events.c.article_id,
    events.c.event_code,
    events.c.date_start,
    events.c.date_end,
    events.c.time_precision,
    events.c.date_text,  # none: dated by its article's day alone (``reactions``)
    events.c.location_id,
    events.c.location_text,  # the place as written: a hazard's recalled place (``recalled``)
    # ACLED's geo precision of the event, coarser than its place's when told near it
    # (``_told_precision``)
    events.c.geo_precision,
    # placed only by the outlet's dateline (``_struck_abroad``)
    events.c.location_reason.like(f"{DATELINE_REASON}%").label("by_dateline"),
    # left with no place as told abroad by its people's foreign service (``abroad_places``)
    sa.case((events.c.location_reason.like(f"{TOLD_ABROAD}%"), events.c.location_reason)).label(
        "told_abroad"
    ),
    events.c.actors,
    events.c.actor_countries,
    events.c.detail,
    events.c.unreal,
    # the text a cue reads (``happenings.cues``), sent only for the events it is read for
    sa.case(
        (events.c.event_code.like("15%"), events.c.summary),
        (events.c.event_code.in_(("17", "18")), events.c.summary),  # a vessel taken (rules)
        (events.c.event_code.in_(REPEATED), events.c.summary),  # told again (cues.repeat)
        (events.c.event_code.in_(text_roots()), events.c.summary),  # a facet (merged_as)
        (events.c.event_code == "DIS-QUAKE", events.c.summary),  # a lesser shock (cues)
    ).label("summary"),
    sa.case(
        (events.c.event_code.like("DIS-%"), events.c.evidence),
        (events.c.event_code.in_(("17", "18")), events.c.evidence),  # a vessel taken (rules)
        (events.c.event_code.in_(SHIP_ROOTS), events.c.evidence),  # a ship named (cues)
        (events.c.event_code.in_(text_roots()), events.c.evidence),  # a facet (merged_as)
        (events.c.event_code == "14", events.c.evidence),  # an act it answers (answered)
    ).label("evidence"),
    # a hazard's own clause, read only for "a second" one (``second_hazard``)
    sa.case((events.c.event_code.like("DIS-%"), events.c.summary)).label("hazard_clause"),
).where(events.c.id.in_(_IDS))
# migration 0005 groups a store made before 0006's ``events.unreal``: none is unreal then
_LOAD_BEFORE_0006 = _LOAD.with_only_columns(
    *(c for c in _LOAD.selected_columns if c.name != "unreal")
)
_PLACES = sa.select(places).where(places.c.id.in_(_IDS))


def _load(conn: Connection, event_ids: Iterable[str], load: sa.Select[Any] = _LOAD) -> list[Report]:
    rows: list[Any] = []
    for chunk in _chunks(sorted(set(event_ids))):
        rows += conn.execute(load, {"ids": chunk}).all()
    inferred = _inferred_places(conn, [r for r in rows if r.location_id is None])
    named = _named(conn, [r.id for r in rows])
    # an attack placed by its dateline, a hazard by the place it struck first: their own places
    abroad = {**_struck_abroad(rows, named), **recalled(conn, rows, _said)}
    found = {r.location_id for r in rows if r.location_id} | set(inferred.values())
    spots = _spots(conn, found | set(abroad.values()))
    told = article_roots(conn, {r.article_id for r in rows if r.event_code in text_roots()})
    other = answered(conn, rows, _said)
    built = [
        # a neighbour built at an earlier batch is kept, not built again (``report_memo``)
        kept_report(
            conn, _report, r, spots, inferred, named.get(r.id, _NONE), abroad.get(r.id), told, other
        )
        for r in rows
    ]
    return anchored(conn, rows, built)  # an act named only to date another's stays alone


def _struck_abroad(rows: Sequence[Any], named: dict[str, frozenset[str]]) -> dict[str, str]:
    """For an act of force (``_FORCE_ROOTS``) the reader placed by the outlet's dateline
    alone: the one country its sentence names beside the one who acted, when there is one
    ("KYIV — Ukraine's security service said it struck warplanes at four air bases, using
    drones smuggled into Russia": the raid was in Russia, the dateline is where the outlet
    files from). Each event's place id, a country's (``cc:``)."""
    out: dict[str, str] = {}
    for r in rows:
        if not getattr(r, "by_dateline", False) or r.event_code not in _FORCE_ROOTS:
            continue
        roles = _roles(r.detail) or {}
        acted = roles.get("source_country")
        others = {p for p in named.get(r.id, _NONE) if p.startswith("cc:") and p[3:] != acted}
        if acted and len(others) == 1:
            out[r.id] = others.pop()
    return out


_NONE: frozenset[str] = frozenset()
_NAMED = sa.select(event_places.c.event_id, event_places.c.place_id).where(
    event_places.c.event_id.in_(_IDS)
)


def _named(conn: Connection, event_ids: list[str]) -> dict[str, frozenset[str]]:
    """Each event's places, located or mentioned in its sentences (``event_places``): the sites
    a report names (``rules._named_sites``)."""
    found: dict[str, set[str]] = {}
    for chunk in _chunks(event_ids):
        for eid, pid in conn.execute(_NAMED, {"ids": chunk}):
            found.setdefault(eid, set()).add(pid)
    return {e: frozenset(p) for e, p in found.items()}


def _report(
    r: Any,
    spots: dict[str, Spot],
    inferred: dict[str, str],
    named: frozenset[str] = _NONE,
    abroad: str | None = None,
    told: dict[str, frozenset[str]] | None = None,
    other: dict[str, frozenset[str]] | None = None,
) -> Report:
    place = _told_precision(spots.get(r.location_id) if r.location_id else None, r)
    if abroad is not None and abroad in spots:
        place = spots[abroad]
    if place is None and r.id in inferred and inferred[r.id] in spots:
        s = spots[inferred[r.id]]
        place = replace(s, inferred=True)
    roles = _roles(r.detail) or {}
    root, taken, code = r.event_code, "", _full_code(r.detail)
    countries = frozenset(c for c in json.loads(r.actor_countries) if c)
    if root in ("17", "18"):
        said = " ".join(_said(r.evidence)) if r.evidence else ""
        if taken_vessel(code, r.summary, said):
            root, taken = SEIZURE, code
    facet = "" if taken else _facet(r, code, countries, (told or {}).get(r.article_id, _NONE))
    if facet:
        root, facet = facet, root
    countries, roles = sides_of(code, facet, countries, roles)  # a broker is no side
    means = attack_means(code, r.summary) if root in _FORCE_ROOTS else frozenset()
    return Report(
        r.id,
        r.article_id,
        root,
        r.date_start,
        r.date_end,
        r.time_precision,
        place,
        frozenset(fold_actor(a) for a in json.loads(r.actors) if a),
        countries,
        roles.get("source_country"),
        own_magnitude(r.summary or "", _said(r.evidence))
        if r.evidence and r.event_code == "DIS-QUAKE"
        else None,
        # a show of force, or a joint exercise merged as one (``merged_as``: 062 -> 15)
        show_kind(r.summary) if r.summary and root == LAUNCH_ROOT else None,
        bool(getattr(r, "unreal", False)),
        # read for a facet merged as a hazard too (condolences, aid): the mourning declared
        # three days on tells the quake's aftermath as its toll does (``merged_as``)
        aftermath(_said(r.evidence)) if r.evidence and root.startswith("DIS-") else False,
        sequel(_said(r.evidence)) if r.evidence and r.event_code == "DIS-QUAKE" else False,
        names_later_shock(_said(r.evidence))
        if r.evidence and r.event_code == "DIS-QUAKE"
        else False,
        _offshore(r.summary, r.event_code, taken),
        taken,
        roles.get("target_country"),
        named,
        repeat(r.summary) if r.summary else False,
        _ships(r) if r.event_code in SHIP_ROOTS else frozenset(),
        code,
        means,
        facet,
        bool(r.summary) and r.event_code == "DIS-QUAKE" and lesser_shock(r.summary),
        _home(r, place, roles.get("source_country"), abroad),
        _sea_port(r, place, root),
        struck_sites([r.summary or "", *(_said(r.evidence) if r.evidence else ())])
        if root in _FORCE_ROOTS
        else frozenset(),
        *_day_and_toll(r, root),
        ship_text=_ship_text(r) if r.event_code in SHIP_ROOTS else (),
        facts=facts(_said(r.evidence), code) if r.evidence else frozenset(),
        undated=getattr(r, "date_text", "") is None,
        answered=(other or {}).get(r.id, _NONE),
        measures=named_measures(_said(r.evidence)) if r.evidence and measure_of(code) else _NONE,
        targets=named_targets(_said(r.evidence))
        if r.evidence and root in _FORCE_ROOTS
        else frozenset(),
        after_toll=bool(r.evidence) and root.startswith("DIS-") and follows_toll(_said(r.evidence)),
        second=root.startswith("DIS-") and second_of_kind(getattr(r, "hazard_clause", "") or ""),
        parts=told_parts(_said(r.evidence), place)
        if r.evidence and root in _FORCE_ROOTS
        else _NONE,
    )


def _day_and_toll(r: Any, root: str) -> DayFacts:
    """What an act of force's sentences tell of its day, dead and sites (``told_days``): two
    acts of one place a day apart are told apart by them."""
    if root not in _FORCE_ROOTS or not r.evidence or r.time_precision != 1:
        return DayFacts(None, None, False, _NONE, frozenset())
    return day_facts(_said(r.evidence), r.date_start)


def _sea_port(r: Any, place: Spot | None, root: str) -> bool:
    """Is an act of force placed at a sea its clause names only as its port's or coast's
    ("the Red Sea port": ``cues.sea_port``)?"""
    if place is None or place.kind not in SEA_KINDS or root not in _FORCE_ROOTS:
        return False
    return bool(r.summary) and sea_port(r.summary, place.name)


def _told_precision(place: Spot | None, r: Any) -> Spot | None:
    """The event's own place at the event's geo precision when that is coarser than the
    place's: "an attack near Kaya" is located to Kaya at ACLED's geo precision 2 ("If activity
    occurs near a town or a city, the same Geo-precision code 2 is employed", ACLED Codebook),
    and the place test's radius is the coarser precision's (``rules.RADIUS_KM``), so the
    report meets one at a town 30-80 km from Kaya. The place keeps its own precision when
    the event's is unknown or as fine; only a town, landmark or district takes it (a
    province or country is matched by containment, never by distance).

    >>> from types import SimpleNamespace as Row
    >>> kaya = Spot("gn:2359608", "Kaya", "city", 13.09, -1.08, "BF", "BF-05", 1)
    >>> _told_precision(kaya, Row(geo_precision=2)).precision
    2
    >>> _told_precision(kaya, Row(geo_precision=1)).precision
    1
    >>> _told_precision(None, Row(geo_precision=2)) is None
    True
    """
    told = getattr(r, "geo_precision", None)
    if place is None or told is None or told <= place.precision:
        return place
    if place.kind not in POINT_KINDS:
        return place
    return replace(place, precision=told)


def _home(r: Any, place: Spot | None, acted: str | None, abroad: str | None) -> bool:
    """Is this an act of force placed by the outlet's dateline alone, at the country level,
    in the country of the side that did it ("WASHINGTON — The Pentagon said the US military
    had killed the general"), and taken to no other country (``_struck_abroad``)? ACLED codes
    an event where it took place, never at the attacker's home unless it happened there; the
    merge then lets it meet the one act of that side elsewhere that day (``happenings.homes``)."""
    if abroad is not None or place is None or not getattr(r, "by_dateline", False):
        return False
    if r.event_code not in _FORCE_ROOTS or place.kind != "country":
        return False
    return acted is not None and place.country == acted


def _offshore(summary: str | None, code: str, taken: str) -> bool:
    """Is the event told off a coast (``cues.offshore``)? A vessel taken may be told by a
    bearing from a coastal town too (``cues.taken_offshore``: "north of Muscat")."""
    if not summary or code not in _OFFSHORE_ROOTS:
        return False
    if taken:
        return taken_offshore(summary)
    # an attack on a ship told by a bearing from a town ("struck south-east of Aden")
    return offshore(summary) or (code in _FORCE_ROOTS and vessel_bearing(summary))


def _facet(r: Any, code: str, countries: frozenset[str], told: frozenset[str]) -> str:
    """The root the event is merged as when it tells a facet of another root's happening
    (``happenings.merged_as``: a repression of a crowd is its protest's), else ``""``. Its
    clause and sentences are read only for the roots whose rows read words; ``told``: the
    roots of its article's events."""
    return merged_as(code, _texts(r), countries, told) or ""


def _texts(r: Any) -> Iterator[str]:
    """An event's clause, then its sentences, decoded only when asked for."""
    if r.summary:
        yield r.summary
    if r.evidence:
        yield from _said(r.evidence)


def _ships(r: Any) -> frozenset[str]:
    """The ships an event's clause names (``cues.ship_names``); its evidence is parsed only
    when the clause could name one (a capital after its first letter)."""
    if not r.summary or not any(c.isupper() for c in r.summary[1:]):
        return frozenset()
    return ship_names(r.summary, _said(r.evidence) if r.evidence else ())


def _ship_text(r: Any) -> tuple[str, ...]:
    """An act's clause and sentences, casefolded, for a ship's name other reports mark
    (``lent_ships``); empty when it names a ship itself or has no capital to be a name."""
    said = [r.summary or "", *(_said(r.evidence) if r.evidence else [])]
    if not r.summary or _ships(r) or not any(c.isupper() for t in said for c in t[1:]):
        return ()
    return tuple(" ".join(t.casefold().split()) for t in said)


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
    place their article names (the dateline, usually). A place named as an actor of one of
    the article's events is no place of the happening: "Brussels pledged aid for the towns
    hit by the quake" names the EU by its seat (a metonym, Markert and Nissim 2007), and the
    quake struck the towns. A country that acts stays a place: "North Korea fired a
    missile" happened there."""
    if not rows:
        return {}
    ids = [r.id for r in rows]
    acting = _acting_names(conn, {r.article_id for r in rows})
    named: dict[str, list[tuple[int, str, str, str]]] = {}
    for chunk in _chunks(ids):
        q = (
            sa.select(
                event_places.c.event_id,
                events.c.article_id,
                mentions.c.place_id,
                sa.func.min(mentions.c.start),
                sa.func.min(mentions.c.text),
            )
            .join(events, events.c.id == event_places.c.event_id)
            .join(
                mentions,
                sa.and_(
                    mentions.c.article_id == events.c.article_id,
                    mentions.c.place_id == event_places.c.place_id,
                ),
            )
            .where(event_places.c.event_id.in_(chunk))
            .group_by(event_places.c.event_id, events.c.article_id, mentions.c.place_id)
        )
        for eid, aid, pid, start, text in conn.execute(q):
            named.setdefault(eid, []).append((start, pid, aid, text))
    out: dict[str, str] = {}
    doers = {r.id: _doer(r) for r in rows}
    passed: dict[str, str] = {}  # events whose sentence names only their doer's country
    said = {r.id: _said(r.evidence) for r in rows if getattr(r, "evidence", None)}
    for eid, found in named.items():
        kept = [
            (s, p)
            for s, p, aid, text in found
            if not _acts(p, text, acting.get(aid))
            and not flag_only(text, said.get(eid, ()))
            # a town or capital that acts, not a country ("North Korea fired" is there)
            and (p.startswith("cc:") or not force_metonym(text, said.get(eid, ())))
        ]
        other = [(s, p) for s, p in kept if p != doers.get(eid)]
        if other:
            out[eid] = min(other)[1]
        elif kept:
            passed[eid] = kept[0][1]
    unplaced = {r.article_id for r in rows if r.id not in named or r.id in passed}
    lead = _article_leads(conn, unplaced, acting)
    for r in rows:
        if (r.id not in named or r.id in passed) and r.article_id in lead:
            out[r.id] = lead[r.article_id]
        elif r.id in passed:
            out[r.id] = passed[r.id]
    placeless = {r.article_id for r in rows if r.id not in named and r.article_id not in lead}
    agreed = _agreed_places(conn, placeless)
    for r in rows:
        if r.id not in out and r.article_id in agreed:
            out[r.id] = agreed[r.article_id]
    if told := tellers(rows):  # not in the state whose foreign service told it
        abroad_only(conn, rows, told, out)
    return out


# a place named as a ship's flag, in the compound adjective only ("the Bahamas-flagged Galaxy
# Leader", "a Liberian-registered tanker"): "registered in Panama" may name a port, and "Panama
# registered a protest" is no flag
def _doer(r: Any) -> str | None:
    """The country place (``cc:``) of who did an act of force (``_FORCE_ROOTS``), which is no
    place of the act: an attack is told by its doer's nationality ("a US drone struck his car",
    "Russian missiles hit the port") and happens where it struck, as ACLED records an event
    at the location where it took place, not where its actors come from (its codebook's
    location fields).
    ``_inferred_places`` passes it over in the sentence for the article's own place, and
    falls back to it only when the article names no other."""
    if r.event_code not in _FORCE_ROOTS:
        return None
    acted = (_roles(r.detail) or {}).get("source_country")
    return f"cc:{acted}" if acted else None


def _agreed_places(conn: Connection, article_ids: set[str]) -> dict[str, str]:
    """For articles that name no place at all: the one place their located events agree on
    (placed by who acted: "Congress confirmed Biden's victory after a mob broke into the
    Capitol" puts the confirmation in the United States, and the riot the same sentence
    tells happened there too). Two places among them, and the article's happenings are
    left unplaced."""
    seen: dict[str, set[str]] = {}
    for chunk in _chunks(sorted(article_ids)):
        q = sa.select(events.c.article_id, events.c.location_id).where(
            events.c.article_id.in_(chunk), events.c.location_id.is_not(None)
        )
        for aid, pid in conn.execute(q):
            seen.setdefault(aid, set()).add(pid)
    return {a: next(iter(p)) for a, p in seen.items() if len(p) == 1}


def _acts(place_id: str, text: str, acting: set[str] | None) -> bool:
    """Whether a place below a country is named as one of its article's actors: a seat
    standing for its government ("Brussels", "Moscow said")."""
    if not acting or place_id.startswith("cc:"):
        return False
    return fold_actor(text) in acting


def _acting_names(conn: Connection, article_ids: set[str]) -> dict[str, set[str]]:
    """Each article's actors (folded) as its events read them: the names that act."""
    out: dict[str, set[str]] = {}
    for chunk in _chunks(sorted(article_ids)):
        q = sa.select(events.c.article_id, events.c.actors).where(events.c.article_id.in_(chunk))
        for aid, actors in conn.execute(q):
            out.setdefault(aid, set()).update(fold_actor(a) for a in json.loads(actors) if a)
    return out


def _article_leads(
    conn: Connection, article_ids: set[str], acting: dict[str, set[str]]
) -> dict[str, str]:
    lead: dict[str, tuple[int, str]] = {}
    for chunk in _chunks(sorted(article_ids)):
        q = sa.select(
            mentions.c.article_id, mentions.c.start, mentions.c.place_id, mentions.c.text
        ).where(mentions.c.article_id.in_(chunk), mentions.c.place_id.is_not(None))
        for aid, start, pid, text in conn.execute(q):
            if _acts(pid, text, acting.get(aid)):
                continue
            if aid not in lead or (start, pid) < lead[aid]:
                lead[aid] = (start, pid)
    return {a: pid for a, (_, pid) in lead.items()}


def _spots(conn: Connection, place_ids: set[str]) -> dict[str, Spot]:
    out = {}
    for chunk in _chunks(sorted(place_ids)):
        for p in conn.execute(_PLACES, {"ids": chunk}):
            out[p.id] = _spot(p.id, p.name, p.kind, p.lat, p.lon, p.country_code, p.geo_precision)
    return out


# the id prefixes of gazetteer places (``places.gazetteer``): GeoNames, ISO 3166-2 divisions,
# second-level divisions, regions and seas, minor towns, countries and US counties (a county
# carries its state, ``gazetteer_divisions._add_us_counties``, so a county's report is held by
# its state's: ``containment.contains``); a user's point is none of these
GAZETTEER_IDS = ("gn:", "a1:", "a2:", "rg:", "tn:", "cc:", "usc:")


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

    known = load().get(pid) if pid.startswith(GAZETTEER_IDS) else None
    off = SEA_KINDS | BORDER_KINDS | AREA_KINDS  # of no country: off, between or across them
    if known is not None and known.kind in off and known.country_code is None and known.bbox:
        return replace(Spot.of(known), shores=shores(known.bbox, country_boxes()))
    if known is not None:
        return Spot.of(known)
    return Spot(pid, name, kind, lat, lon, country, _within_admin1(pid), precision)


def _within_admin1(pid: str) -> str | None:
    """The first-level division of a place the gazetteer lacks, placed inside one it holds
    (``places.told_within.placed_at``: "ul:<name>@<within id>", "Panjgur district" read at the
    town of Panjgur): the division of the place that holds it, as the reader gave it
    (``Place.admin1``; GeoNames files every town and district under its ``admin1 code``).
    The store keeps no division for it, and without one "Balochistan" and "Panjgur
    district" were two places of one country, never one inside the other (``containment``).
    ``None`` for any other id, or when the holder is a country or unknown.

    >>> _within_admin1("ul:panjgur-district@gn:1168446")
    'PK-BA'
    >>> _within_admin1("gn:1168446") is None
    True
    """
    from dashboard.places.gazetteer import load

    if not pid.startswith("ul:") or "@" not in pid:
        return None
    within = load().get(pid.split("@", 1)[1])
    if within is None or within.kind == "country":
        return None
    return Spot.of(within).admin1


def _chunks(items: list, size: int = CHUNK) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
