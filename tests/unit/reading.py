"""Helpers the reader's QA tests share: an ``extract`` that reads one body as an article
published on ``PUB``, and the predicates those tests assert with. Not a test module."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[..., list[Event]]
PUB = "2026-06-18"  # a Thursday


def make_extract(geoparser: Geoparser) -> Extract:
    """``extract(body, pub=PUB)``: the events of ``body`` read as an article dated ``pub``."""
    extractor = EventExtractor(geoparser)
    return lambda body, pub=PUB: extractor.extract(parse_article(f"date {pub}\n{body}", path="t"))


def code(ev: Event) -> str:
    return ev.event_code or ev.event_type.code


def unreal(ev: Event) -> bool:
    """Whether the event is flagged as not (or not yet) having happened."""
    return bool({"negated", "hypothetical", "planned"} & set(ev.flags))


def real(events: list[Event], *roots: str) -> list[Event]:
    """The events not flagged unreal whose CAMEO code starts with one of ``roots``."""
    return [e for e in events if code(e).startswith(roots) and not unreal(e)]


def rooted(events: list[Event], *roots: str) -> list[Event]:
    """The events whose CAMEO code starts with one of ``roots``, flagged or not."""
    return [e for e in events if code(e).startswith(roots)]


def where(ev: Event) -> tuple[str | None, str | None]:
    """(place name, ISO2) of an event's location, (None, None) when it has none."""
    if ev.location is None or ev.location.place is None:
        return None, None
    return ev.location.place.name, ev.location.place.country_code


def full_codes(text: str, *, asserted: bool = False) -> list[str]:
    """The full CAMEO codes of the coder's triggers in ``text``, in order; with ``asserted``,
    only those not negated."""
    from dashboard.events.cameo import triggers

    return [t.full or t.code for t in triggers(text) if not (asserted and "negated" in t.flags)]


def hazards(events: list[Event]) -> list[tuple[str, date, date]]:
    """(DIS- code, start, end) of each disaster event, in order."""
    return [
        (e.event_type.code, e.when.start, e.when.end)
        for e in events
        if e.event_type.code.startswith("DIS-")
    ]


def hazard_codes(events: list[Event]) -> list[str]:
    """The DIS- codes of the disaster events, in order (``hazards`` without the dates)."""
    return [c for c, _, _ in hazards(events)]
