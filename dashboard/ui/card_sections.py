"""The cards column's text, built without Streamlit: its heading line, the HTML of its
sections (happenings, every report, events that only mention the place, quiet articles) and
the choices of the "Wrong grouping?" form. Every article-derived string is escaped here."""

from __future__ import annotations

from collections.abc import Sequence

from dashboard.happenings.sources import shown_outlet
from dashboard.store.queries import CardPage
from dashboard.ui.cards import articles_html, card_row, cards_html
from dashboard.ui.escape import html_text
from dashboard.ui.happening_card import happenings_html


def all_events_line(total: int, located: int | None) -> str:
    """The heading over every event's cards. The count matches the legend's when every
    event has a place; the rest are said, so the cards' total and the map's do not seem to
    disagree (``located``: the events on the map, None when not comparable)."""
    unplaced = total - located if located is not None and total > located else 0
    no_place = f" ({unplaced} without a place on the map)" if unplaced else ""
    return (
        f"**All events** · {total} event(s){no_place} · newest first · "
        "click a place on the map to narrow"
    )


def focused_first(page: CardPage, fid: str | None) -> CardPage:
    """``page`` with the focused card first (it is outlined), when it is on the page."""
    if not any(c.id == fid for c in page.cards):
        return page
    cards = tuple(sorted(page.cards, key=lambda c: c.id != fid))
    return CardPage(page.place_id, page.total, page.offset, cards)


def _section(page: CardPage, fid: str | None) -> str:
    return cards_html([card_row(c) for c in page.cards], focus=fid)


def cards_body(
    here: CardPage,
    fid: str | None,
    told: int = 0,
    told_cards: Sequence = (),
    place: tuple[str, str] | None = None,
    mentioning: CardPage | None = None,
    quiet: Sequence[dict] = (),
) -> str:
    """The HTML of the cards box: happenings told by several reports (``told`` of them,
    ``told_cards`` shown) over every report's card (``here``), and for a selected ``place``
    (id, name) the events that only mention it and the articles naming it without coded
    events (``quiet`` records: id, title, published)."""
    parts = [_section(here, fid)]
    if told:
        parts.insert(
            0,
            f'<h3 class="gn-section">Happenings told by several reports · {told}</h3>'
            + happenings_html(tuple(told_cards))
            + f'<h3 class="gn-section">Every report, one card each · {here.total}</h3>',
        )
    if here.total > len(here.cards):
        last = here.offset + len(here.cards)
        parts.insert(0, f"<p>Showing {here.offset + 1}–{last} of {here.total}.</p>")
    if place is None:
        return "".join(parts)
    if not here.total:
        parts.insert(0, '<p class="gn-why">No event is placed here in this view.</p>')
    if mentioning is not None and mentioning.total:
        parts.append(
            f'<h3 class="gn-section">Events that only mention {html_text(place[1])}'
            f" · {mentioning.total}</h3>"
        )
        parts.append(_section(mentioning, fid))
    if quiet:
        parts.append(
            f'<h3 class="gn-section">Articles naming it, without coded events · {len(quiet)}</h3>'
        )
        parts.append(articles_html(list(quiet)))
    return "".join(parts)


def grouping_choices(told: Sequence, listed: Sequence) -> tuple[dict[str, str], dict[str, str]]:
    """The "Wrong grouping?" form's options: the reports that may be split out of the
    happenings ``told`` (id -> outlet and sentence), and the happenings that may be joined
    (first report's id -> name, place, date), the one-report ones among the ``listed``
    cards included. A report already in a happening above is reached through that
    happening, not again as a "one report" entry (a tester saw each event of a told
    happening listed twice)."""
    reports = {
        r.event_id: f"{shown_outlet(r.outlet)}: {r.sentence[:80]}" for h in told for r in h.reports
    }
    groups = {
        h.reports[0].event_id: f"{h.event_name} · {h.place_name or '?'} · {h.date_start}"
        for h in told
    }
    told_ids = {r.event_id for h in told for r in h.reports}
    groups.update(
        {
            c.id: f"{c.event_name} · {c.location_name or '?'} · {c.date_start} (one report)"
            for c in listed
            if c.id not in told_ids
        }
    )
    return reports, groups
