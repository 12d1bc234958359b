"""The map page asks a new filter state's questions ahead, in worker threads
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

ASKED = [(sq, "event_counts"), (sq, "event_frame"), (sq, "timeline"), (sq, "cards"),
         (hq, "place_counts"), (hq, "happening_count"), (hq, "happening_cards")]  # fmt: skip


def _counting(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Wrap the store's questions: the names of the threads that asked each one."""
    calls: dict[str, list[str]] = defaultdict(list)
    for module, name in ASKED:
        real: Callable[..., Any] = getattr(module, name)

        def asked(*args: Any, _real: Callable[..., Any] = real, _name: str = name,
                  **kwargs: Any) -> Any:  # fmt: skip
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
