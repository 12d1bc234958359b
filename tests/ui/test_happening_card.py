"""Happening cards: the builder (no Streamlit) and the map page showing them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from unittest import mock

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store
from dashboard.store.happening_queries import HappeningCard, HappeningReport
from dashboard.ui.card_column import GROUPING_OPEN
from dashboard.ui.happening_card import happening_html, reported_by
from tests.ui.test_app import APP, html_text
from tests.unit.test_store_happenings import REPORTS

DAY = date(2024, 3, 5)


def report(n: int, outlet: str, sentence: str, url: str = "") -> HappeningReport:
    return HappeningReport(
        f"e{n}",
        f"a{n}",
        outlet,
        "t",
        url,
        sentence,
        DAY,
        DAY,
        "Kharkiv",
        "first report" if n == 1 else "same day; same place (Kharkiv)",
    )


def card(*reports: HappeningReport, sources: int = 2, disagreements: tuple = ()) -> HappeningCard:
    outlets = tuple(sorted({r.outlet for r in reports}))
    return HappeningCard(
        "h1", "19", "Fight", DAY, DAY, 1, "Kharkiv", 1, sources, outlets, reports, disagreements
    )


def test_a_card_says_who_reported_it_and_quotes_each_report_with_its_links() -> None:
    c = card(
        report(1, "northern wire", "Missiles struck Kharkiv.", "https://n.example/1"),
        report(2, "evening ledger", "Forces shelled Kharkiv."),
    )
    html = happening_html(c)
    assert reported_by(c) == "reported by 2 articles (evening ledger, northern wire) · 2 sources"
    assert "Fight · Kharkiv" in html
    assert "5 Mar 2024 · day" in html
    assert html.count("read the article") == 2
    assert 'href="https://n.example/1" target="_blank"' in html
    assert "same place (Kharkiv)" in html  # why the second report joined


def test_only_http_links_are_drawn_on_a_happening_card() -> None:
    html = happening_html(card(report(1, "x", "Text.", "javascript:alert(1)")))
    assert "javascript:" not in html
    assert ">source</a>" not in html


def test_a_wire_copy_is_two_articles_but_one_source() -> None:
    c = card(report(1, "agency", "Text."), report(2, "daily", "Text."), sources=1)
    assert reported_by(c).endswith("· 1 source")


def test_disagreements_show_each_reading_with_its_outlets_and_everything_is_escaped() -> None:
    said = (
        {
            "field": "numbers: killed",
            "readings": [
                {"value": "3", "outlets": ["northern wire"], "event_ids": ["e1"]},
                {"value": "4", "outlets": ["<b>ledger</b>"], "event_ids": ["e2"]},
            ],
        },
    )
    html = happening_html(card(report(1, "x", "<script>alert(1)</script>"), disagreements=said))
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "numbers: killed</b>: 3 (northern wire); 4 (&lt;b&gt;ledger&lt;/b&gt;)" in html
    assert "disagree" not in happening_html(card(report(1, "x", "y")))


def test_a_reading_from_an_unnamed_outlet_names_it_unknown() -> None:
    said = (
        {
            "field": "place",
            "readings": [
                {"value": "Mandalay", "outlets": [""], "event_ids": ["e1"]},
                {"value": "Sagaing", "outlets": ["", "north wire"], "event_ids": ["e2"]},
            ],
        },
    )
    html = happening_html(card(report(1, "x", "Quake."), disagreements=said))
    assert "()" not in html
    assert "Mandalay (unknown outlet)" in html
    assert "Sagaing (unknown outlet, north wire)" in html


@pytest.fixture
def kharkiv_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    path = tmp_path / "reports.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    store = Store(str(tmp_path / "k.db"))
    Pipeline(store, Geoparser()).ingest([path])
    monkeypatch.setenv("GEONEWS_DB", store.url.removeprefix("sqlite:///"))
    return store


def test_the_map_counts_happenings_and_shows_the_card_of_a_happening_told_twice(
    kharkiv_store: Store,
) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["from"], at.query_params["to"] = "2024-03-01", "2024-03-13"
    with mock.patch("streamlit_folium.st_folium", return_value=None):
        at.run()
    assert not at.exception
    head = at.markdown[0].value
    assert "2 happening(s) from" in head  # the strike of the 5th and that of the 12th
    cards = html_text(at)
    assert "Happenings told by several reports · 1" in cards
    assert "reported by 2 articles (Northern Wire, The Evening Ledger) · 2 sources" in cards


def test_splitting_a_report_from_the_card_controls_is_kept_in_the_store(
    kharkiv_store: Store,
) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["from"], at.query_params["to"] = "2024-03-01", "2024-03-13"
    at.session_state[GROUPING_OPEN] = True  # the form is sent only while it is open
    with mock.patch("streamlit_folium.st_folium", return_value=None):
        at.run()
        ledger = next(
            r["id"]
            for r in kharkiv_store.event_rows()
            if r["url"] == REPORTS[1]["url"] and r["event_code"] == "19"
        )
        at.selectbox(key="split_pick").select(ledger).run()
        at.button(key="split_go").click().run()
    assert not at.exception
    assert [r["kind"] for r in kharkiv_store.correction_rows("split")] == ["split"]
    assert "Happenings told by several reports" not in html_text(at)
    assert "3 happening(s) from" in at.markdown[0].value


def test_two_one_report_happenings_can_be_joined_when_none_is_told_twice(
    kharkiv_store: Store,
) -> None:
    # the join form had lived only beside a happening of several reports: once the one such
    # happening was split (or where the reader merged none), two reports could not be joined
    def strike(url: str) -> str:
        return next(
            r["id"]
            for r in kharkiv_store.event_rows()
            if r["url"] == url and r["event_code"].startswith("19")
        )

    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["from"], at.query_params["to"] = "2024-03-01", "2024-03-13"
    at.session_state[GROUPING_OPEN] = True
    with mock.patch("streamlit_folium.st_folium", return_value=None):
        at.run()
        at.selectbox(key="split_pick").select(strike(REPORTS[1]["url"])).run()
        at.button(key="split_go").click().run()
        assert "Happenings told by several reports" not in html_text(at)
        at.selectbox(key="join_a").select(strike(REPORTS[1]["url"])).run()
        at.selectbox(key="join_b").select(strike(REPORTS[0]["url"])).run()
        at.button(key="join_go").click().run()
    assert not at.exception
    assert [r["kind"] for r in kharkiv_store.correction_rows("join")] == ["join"]
    assert "Happenings told by several reports · 1" in html_text(at)


def test_a_report_without_an_outlet_is_named_unknown_in_the_card_head() -> None:
    # a plain-text file has no source or URL: the head had read "(, Kyiv Independent)"
    c = card(report(1, "", "Missiles struck Kharkiv."), report(2, "kyiv daily", "Kharkiv hit."))
    assert reported_by(c) == "reported by 2 articles (unknown outlet, kyiv daily) · 2 sources"
