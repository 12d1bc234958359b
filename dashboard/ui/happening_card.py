"""Happening cards as escaped HTML, built without Streamlit: one card per happening with its
best-supported date and place, "reported by N articles (outlets)", each report's sentence
and links, and where the reports disagree, each reading with its sources."""

from __future__ import annotations

from collections.abc import Iterable

from dashboard.articles.urls import http_url
from dashboard.events.cameo import quad_class
from dashboard.happenings.sources import shown_outlet
from dashboard.store.happening_queries import HappeningCard, HappeningReport
from dashboard.ui.cards import ARTICLE_PAGE, CSS, GEO_PRECISION_NAMES, PRECISION_NAMES, date_label
from dashboard.ui.escape import html_text
from dashboard.ui.map import QUAD_COLOURS

HAPPENING_CSS = """
<style>
.gn-happening .gn-reports{margin:.3rem 0 .2rem;padding-left:1.1rem;font-size:.84rem}
.gn-happening .gn-reports li{margin:.15rem 0}
.gn-disagree{margin:.3rem 0 0;font-size:.8rem;color:#7a4300}
.gn-disagree li{margin:.1rem 0}
</style>
"""


def reported_by(card: HappeningCard) -> str:
    """ "reported by 3 articles (ap, bbc, reuters)"; a wire copy counts in the articles, once
    in ``sources``.

    >>> from datetime import date
    >>> c = HappeningCard("h1", "19", "Fight", date(2024, 3, 5), date(2024, 3, 5), 1, "Kharkiv",
    ...                   1, 2, ("ap", "bbc"), (), ())
    >>> reported_by(c)
    'reported by 0 articles (ap, bbc) · 2 sources'
    """
    articles = len({r.article_id for r in card.reports})
    noun = "article" if articles == 1 else "articles"
    outlets = ", ".join(shown_outlet(o) for o in card.outlets)
    sources = "1 source" if card.sources == 1 else f"{card.sources} sources"
    return f"reported by {articles} {noun} ({outlets}) · {sources}"


def happening_html(card: HappeningCard) -> str:
    """One happening card. Every value from an article is escaped."""
    colour = QUAD_COLOURS[quad_class(card.root)]
    when = date_label(card.date_start, card.date_end, card.time_precision)
    place = card.place_name or "no agreed place"
    geo = card.geo_precision
    parts = [
        f'<div class="gn-card gn-happening" style="--c:{colour}" data-happening-id="{html_text(card.id)}">',
        f"<h4>{html_text(card.event_name)} · {html_text(place)}</h4>",
        f'<div class="gn-meta"><span class="gn-badge" title="best-supported date">{html_text(when)} · '
        f"{PRECISION_NAMES.get(card.time_precision, '?')}</span>"
        + (
            f'<span class="gn-badge" title="geo precision">geo {geo} · {GEO_PRECISION_NAMES.get(geo, "")}</span>'
            if geo
            else ""
        )
        + f'<span class="gn-badge">{html_text(reported_by(card))}</span></div>',
        '<ul class="gn-reports">' + "".join(_report(r) for r in card.reports) + "</ul>",
        _disagreements(card.disagreements),
        "</div>",
    ]
    return "".join(parts)


def happenings_html(cards: Iterable[HappeningCard]) -> str:
    return (
        CSS
        + HAPPENING_CSS
        + '<div class="gn-cards">'
        + "".join(happening_html(c) for c in cards)
        + "</div>"
    )


def _report(r: HappeningReport) -> str:
    url = http_url(r.url)  # only http(s) becomes a link: a javascript: URL stays text-free
    link = f' · <a href="{html_text(url)}" target="_blank" rel="noopener">source</a>' if url else ""
    return (
        f'<li data-event-id="{html_text(r.event_id)}"><b>{html_text(shown_outlet(r.outlet))}</b>: '
        f"“{html_text(r.sentence)}” "
        f'<a href="{ARTICLE_PAGE}?article={html_text(r.article_id)}" target="_self">read the article</a>{link}'
        f'<br><span class="gn-why">{html_text(r.reason)}</span></li>'
    )


def _outlets(outlets: list[str]) -> str:
    """A reading's outlets as the cards name them: an article with no source nor URL is
    "unknown outlet", never an empty pair of brackets."""
    return ", ".join(shown_outlet(o) for o in outlets) or shown_outlet("")


def _disagreements(found: tuple[dict, ...]) -> str:
    if not found:
        return ""
    items = "".join(
        f"<li><b>{html_text(d['field'])}</b>: "
        + "; ".join(
            f"{html_text(x['value'])} ({html_text(_outlets(x['outlets']))})" for x in d["readings"]
        )
        + "</li>"
        for d in found
    )
    return f'<div class="gn-disagree">The reports disagree:<ul>{items}</ul></div>'
