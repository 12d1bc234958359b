"""The map page asks a new filter state's map questions ahead, in worker threads
(``data.ahead``), and the page then uses those answers rather than asking again."""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.store import happening_queries as hq
from dashboard.store import queries as sq
from tests.ui.test_app import APP, own_store  # noqa: F401  (a fixture)

ASKED = [
    (sq, "event_counts"),
    (sq, "event_frame"),
    (sq, "timeline"),
    (sq, "cards"),
    (hq, "place_counts"),
    (hq, "happening_count"),
    (hq, "happening_cards"),
]


def _counting(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Wrap the store's questions: the names of the threads that asked each one."""
    calls: dict[str, list[str]] = defaultdict(list)
    for module, name in ASKED:
        real: Callable[..., Any] = getattr(module, name)

        def asked(
            *args: Any, _real: Callable[..., Any] = real, _name: str = name, **kwargs: Any
        ) -> Any:
            calls[_name].append(threading.current_thread().name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, name, asked)
    return calls


@pytest.mark.usefixtures("own_store")  # a store of its own: nothing cached for it yet
def test_each_question_of_a_filter_state_is_asked_once_and_ahead(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = _counting(monkeypatch)
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.text_input(key="q").set_value("missile").run()
    at.button_group(key="preset").set_value("All").run()
    assert not at.exception
    # three filter states (the first view, the search, "All" with it): each question once
    # per state (a second call would mean the page missed the answer made ahead)
    for name in ("event_counts", "cards", "happening_count", "happening_cards", "place_counts"):
        assert len(calls[name]) == 3, (name, calls[name])
    assert len(calls["event_frame"]) + len(calls["timeline"]) == 3
    threads = {t for names in calls.values() for t in names}
    assert any(t.startswith("geonews-ahead") for t in threads), threads


@pytest.mark.usefixtures("own_store")
def test_the_map_is_drawn_before_the_filter_options_are_ready(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The filters' options (every event's actors, 1.2-2 s at 1M events) do not hold up the
    first paint: the map is handed to the browser while they are still being read, and the
    filters are drawn when they are ready, in the same run."""
    import time

    import streamlit_folium

    real_facets, real_map = sq.facets, streamlit_folium.st_folium
    at: dict[str, float] = {}

    def slow_facets(*args: Any, **kwargs: Any) -> Any:
        time.sleep(1.5)
        out = real_facets(*args, **kwargs)
        at.setdefault("options ready", time.monotonic())
        return out

    def drawn(*args: Any, **kwargs: Any) -> Any:
        at.setdefault("map drawn", time.monotonic())
        return real_map(*args, **kwargs)

    monkeypatch.setattr(sq, "facets", slow_facets)
    monkeypatch.setattr(streamlit_folium, "st_folium", drawn)
    app = AppTest.from_file(APP, default_timeout=60)
    app.run()
    assert not app.exception
    assert at["map drawn"] < at["options ready"]
    # the filters are there all the same, in the sidebar, below the dates
    assert [m.label for m in app.sidebar.multiselect][:3] == [
        "Event type (CAMEO)",
        "Country of the event",
        "Actor",
    ]
    assert app.sidebar.text_input(key="q") is not None
