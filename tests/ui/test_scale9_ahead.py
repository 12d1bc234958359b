"""The map page asks the cards' and the timeline's store questions ahead too, in the worker
threads, while it draws the map (``data.ahead_rest``); the page then finds them answered."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.ui.test_ahead import _counting
from tests.ui.test_app import APP, own_store  # noqa: F401  (a fixture)


@pytest.mark.usefixtures("own_store")  # a store of its own: nothing cached for it yet
def test_the_cards_and_the_timeline_are_asked_ahead(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting(monkeypatch)
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.text_input(key="q").set_value("missile").run()
    at.button_group(key="preset").set_value("All").run()
    assert not at.exception
    for name in ("cards", "happening_cards"):
        assert len(calls[name]) == 3, (name, calls[name])  # once per state, as before
        assert all(t.startswith("geonews-ahead") for t in calls[name]), (name, calls[name])
    drawn = calls["event_frame"] + calls["timeline"]
    assert len(drawn) == 3
    assert all(t.startswith("geonews-ahead") for t in drawn), drawn
