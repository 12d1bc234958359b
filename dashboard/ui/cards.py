"""Event cards as escaped HTML, built from event rows without Streamlit."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from dashboard.events.cameo import quad_class
from dashboard.store.queries import Card
from dashboard.ui.escape import html_text
from dashboard.ui.map import QUAD_COLOURS

PRECISION_NAMES = {1: "day", 2: "week", 3: "month", 4: "year or longer"}
GEO_PRECISION_NAMES = {
    1: "town / landmark",
    2: "near a town / part of a region",
    3: "region, sea or country",
}

CSS = """
<style>
.gn-cards{display:flex;flex-direction:column;gap:.6rem;font-family:system-ui,sans-serif}
.gn-card{border:1px solid #ddd6c8;border-left:5px solid var(--c);border-radius:6px;padding:.6rem .75rem;background:#fff}
.gn-card h4{margin:0 0 .3rem;font-size:1rem;line-height:1.3}
.gn-meta{font-size:.82rem;color:#444;margin:.15rem 0}
.gn-badge{display:inline-block;border-radius:3px;padding:0 .35rem;font-size:.75rem;margin-right:.25rem;background:#eee8dc;color:#333}
.gn-flag{background:#fde8c8;color:#7a4300}
.gn-quote{margin:.4rem 0 .2rem;padding:.3rem .6rem;border-left:3px solid #ddd6c8;color:#333;font-size:.85rem;font-style:italic}
.gn-why{font-size:.75rem;color:#666}
.gn-focus{outline:3px solid #111;outline-offset:1px}
.gn-quote mark,.gn-article mark{background:#fde8c8;padding:0 .1rem;border-radius:2px}
.gn-flag-strong{background:#f8d0cc;color:#7a1a10;font-weight:600}
.gn-fix{font-size:.78rem;margin-top:.25rem}
.gn-fix a{margin-right:.8rem}
.gn-section{font-size:.95rem;margin:1rem 0 .4rem;padding-top:.4rem;border-top:1px solid #ddd6c8}
.gn-arts{margin:0;padding-left:1.1rem;font-size:.85rem}
</style>
"""


def date_label(start: date, end: date, precision: int) -> str:
    """'7 Nov 2024', 'week of 28 Oct 2024', 'Nov 2024', '1910–1945', '1 Jan 2023 – 7 Nov 2024'."""
    if start == end:
        return _d(start)
    if precision == 2:
        return (
            f"week of {_d(start)}"
            if (end - start).days == 6 and start.weekday() == 0
            else f"{_d(start)} – {_d(end)}"
        )
    if precision == 3 and start.day == 1 and start.month == end.month and start.year == end.year:
        return start.strftime("%b %Y")
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    return f"{_d(start)} – {_d(end)}"


def where(name: object, country: object, place_id: object) -> str:
    """The card's place: its name with its country's ISO2 code ("Paris, US"), so that Paris,
    Texas is not read as France, and a town the gazetteer lacks placed at its country's
    point ("the Sudanese village of X") is not read as a namesake; a country (``cc:`` ids)
    or a curated region or sea (``rg:``) as named; "not located" without a name."""
    if not isinstance(name, str) or not name.strip():
        return "not located"
    name = name.strip()
    if not isinstance(country, str) or not country or name.endswith(f", {country}"):
        return name
    if isinstance(place_id, str) and place_id.startswith(("cc:", "rg:")):
        return name
    return f"{name}, {country}"


def card_html(ev: Mapping[str, Any], focused: bool = False) -> str:
    """One event card. Every value from the article is escaped."""
    colour = QUAD_COLOURS[quad_class(ev["event_code"])]
    precision = int(ev["time_precision"])
    when = date_label(ev["date_start"], ev["date_end"], precision)
    geo = ev.get("geo_precision")
    geo = None if geo is None or geo != geo else int(geo)  # NaN from pandas when unlocated
    location = html_text(
        where(ev.get("location_name"), ev.get("location_country"), ev.get("location_id"))
    )
    evidence = (
        _highlighted(ev["evidence"][0], ev.get("place_spans") or []) if ev["evidence"] else ""
    )
    parts = [
        f'<div class="gn-card{" gn-focus" if focused else ""}" style="--c:{colour}" data-event-id="{html_text(ev["id"])}">',
        f"<h4>{html_text(ev['summary'])}</h4>",
        f'<div class="gn-meta"><span class="gn-badge" title="time precision">{html_text(when)} · {PRECISION_NAMES.get(precision, "?")}</span>'
        f'<span class="gn-badge">{html_text(ev["event_code"])} {html_text(ev["event_name"])}</span>'
        f"{_reference(ev, precision)}</div>",
        f'<div class="gn-meta"><b>Where:</b> {location}'
        + (
            f' <span class="gn-badge" title="geo precision">geo {int(geo)} · {GEO_PRECISION_NAMES.get(int(geo), "")}</span>'
            if geo
            else ""
        )
        + "</div>",
        f'<div class="gn-meta"><b>Actors:</b> {html_text(_actors(ev)) or "none named"}</div>',
        _flags_html(ev),
        f'<blockquote class="gn-quote">{evidence}</blockquote>',
        f'<div class="gn-why">Date: {html_text(ev["date_reason"])}<br>Place: {html_text(ev.get("location_reason") or "")}'
        f"<br>Source: {html_text(ev.get('title') or '')}{_source(ev)} · "
        f'<a href="{ARTICLE_PAGE}?article={html_text(ev["article_id"])}" target="_self">read the article</a></div>',
        _fix_links(str(ev["id"])),
        "</div>",
    ]
    return "".join(parts)


def card_row(card: Card) -> dict[str, Any]:
    """A card from the query layer as the mapping ``card_html`` reads (evidence as dicts)."""
    return {
        **{f: getattr(card, f) for f in card.__dataclass_fields__},
        "evidence": [{"text": t, "start": s, "end": e} for t, s, e in card.evidence],
        "actors": list(card.actors),
        "actor_countries": list(card.actor_countries),
        "flags": list(card.flags),
        "alt_dates": list(card.alt_dates),
        "place_spans": list(card.place_spans),
    }


def cards_html(events: Iterable[Mapping[str, Any]], focus: str | None = None) -> str:
    return (
        CSS
        + '<div class="gn-cards">'
        + "".join(card_html(e, focused=e["id"] == focus) for e in events)
        + "</div>"
    )


ARTICLE_PAGE = "article"  # the article view's url_path
REVIEW_PAGE = "review"  # the Review page's url_path: ?event=<id>&fix=place|date


def _fix_links(event_id: str) -> str:
    """Links that open the Review form for this event (plain links: keyboard and screen readers
    reach them like any other)."""
    eid = html_text(event_id)
    return (
        f'<div class="gn-fix"><a href="{REVIEW_PAGE}?event={eid}&amp;fix=place" target="_self">Wrong place?</a>'
        f'<a href="{REVIEW_PAGE}?event={eid}&amp;fix=date" target="_self">Wrong date?</a></div>'
    )


def articles_html(rows: Iterable[Mapping[str, Any]]) -> str:
    """A list of articles (title and date), each linking to the article view."""
    items = "".join(
        f'<li><a href="{ARTICLE_PAGE}?article={html_text(r["id"])}" target="_self">'
        f"{html_text(r.get('title') or '(untitled)')}</a> · {html_text(r.get('published') or 'undated')}</li>"
        for r in rows
    )
    return CSS + f'<ul class="gn-arts">{items}</ul>'


def highlight(text: str, spans: Iterable[tuple[int, int]], offset: int = 0) -> str:
    """``text`` escaped, with the place names at ``spans`` (article offsets) in <mark>."""
    out, pos = [], 0
    for start, end in sorted(spans):
        s, e = start - offset, end - offset
        if s < pos or e > len(text) or s < 0:
            continue
        out += [html_text(text[pos:s]), f"<mark>{html_text(text[s:e])}</mark>"]
        pos = e
    out.append(html_text(text[pos:]))
    return "".join(out)


def _highlighted(evidence: Mapping[str, Any], spans: list) -> str:
    return highlight(evidence["text"], [tuple(x) for x in spans], evidence["start"])


def _actors(ev: Mapping[str, Any]) -> str:
    codes = ev.get("actor_countries") or [None] * len(ev["actors"])
    return ", ".join(
        f"{name} ({code})" if code else name
        for name, code in zip(ev["actors"], codes, strict=False)
    )


def _reference(ev: Mapping[str, Any], precision: int) -> str:
    ref = ev.get("reference_date")
    if precision not in (2, 3) or not isinstance(ref, date):
        return ""
    return f'<span class="gn-badge" title="ACLED reference date: mid-week or mid-month">ACLED date {_d(ref)}</span>'


# what each flag means, in the words a reader needs; the strong ones change what the card says
FLAG_TEXT = {
    "negated": "did not happen: the text denies it",
    "hypothetical": "hypothetical: may happen, not reported as happened",
    "planned": "planned: not yet happened when reported",
    "date_inferred": "date inferred: no date in the sentence",
    "no_publication_date": "article undated: only explicit dates used",
}
STRONG_FLAGS = frozenset({"negated", "hypothetical", "planned"})


def _flags_html(ev: Mapping[str, Any]) -> str:
    badges = []
    for flag in ev["flags"]:
        text = FLAG_TEXT.get(flag, flag.replace("_", " "))
        if flag == "date_conflict" and ev.get("alt_dates"):
            others = "; ".join(f"'{a['text']}' → {a['start']}" for a in ev["alt_dates"])
            text = f"date conflict: also reported as {others}"
        cls = "gn-flag gn-flag-strong" if flag in STRONG_FLAGS else "gn-flag"
        badges.append(
            f'<span class="gn-badge {cls}" data-flag="{html_text(flag)}">{html_text(text)}</span>'
        )
    return f'<div class="gn-meta">{"".join(badges)}</div>' if badges else ""


def _source(ev: Mapping[str, Any]) -> str:
    src = ev.get("source") or ""
    return f" ({html_text(src)})" if src else ""


def _d(d: date) -> str:
    return f"{d.day} {d:%b %Y}"
