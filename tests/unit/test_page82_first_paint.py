"""The Map page's first paint sends less (page82): its closed expanders send nothing until
opened (opened, they show their controls as before), and a page of cards is 20, not 60."""

from __future__ import annotations

import re
from pathlib import Path
from unittest import mock

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.store.db import Store
from tests.ui.test_app import APP, html_text
from tests.ui.test_happening_card import kharkiv_store  # noqa: F401 (a fixture)

GROUPING_OPEN = "grouping_open"  # dashboard.ui.card_column's key (not imported: main lacks it)
DOWNLOADS_OPEN = "downloads_open"  # dashboard.ui.downloads's


def _first_page() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["from"], at.query_params["to"] = "2024-03-01", "2024-03-13"
    return at


def _keys(at: AppTest) -> set[str]:
    return {
        getattr(w, "key", None) or ""
        for w in [*at.selectbox, *at.button, *at.get("download_button")]
    }


def test_a_closed_grouping_form_and_downloads_send_none_of_their_widgets(
    kharkiv_store: Store,  # noqa: F811
) -> None:
    at = _first_page()
    with mock.patch("streamlit_folium.st_folium", return_value=None):
        at.run()
    assert not at.exception
    assert "2 happening(s) from" in at.markdown[0].value  # the page itself is drawn
    labels = [e.label for e in at.expander]
    assert "Download the events in this view" in labels
    assert any(x.startswith("Wrong grouping?") for x in labels)
    sent = _keys(at)
    assert not sent & {"split_pick", "split_go", "join_a", "join_b", "join_go"}
    assert not at.get("download_button")


def test_opened_they_show_their_widgets_as_before(kharkiv_store: Store) -> None:  # noqa: F811
    at = _first_page()
    at.session_state[GROUPING_OPEN] = True
    at.session_state[DOWNLOADS_OPEN] = True
    with mock.patch("streamlit_folium.st_folium", return_value=None):
        at.run()
    assert not at.exception
    assert {"split_pick", "split_go", "join_a", "join_b", "join_go"} <= _keys(at)
    assert len(at.get("download_button")) == 3


def test_the_first_page_of_cards_is_twenty_the_rest_a_click_away(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.unit.test_queries import generate

    store = Store(str(tmp_path / "many.db"))
    generate(store, 30)  # 120 events over 2023-24
    monkeypatch.setenv("GEONEWS_DB", str(tmp_path / "many.db"))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update({"from": "2023-01-01", "to": "2024-12-31"})
    at.run()
    assert not at.exception
    assert len(re.findall(r'data-event-id=\\"?([^"\\]+)', html_text(at))) == 20
    assert not at.button(key="cards_older").disabled
