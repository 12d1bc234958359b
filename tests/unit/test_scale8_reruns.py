"""A rerun that changes no filter does not redo the work of its filter state (issue 15):
the store's freshness is not counted again at the same data version, and the timeline's
histogram is not built again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

import dashboard.ui.timeline as timeline_ui
from dashboard.store.reads import Reading
from tests.ui.test_app import APP, own_store  # noqa: F401  (a fixture)


def _counted(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[int]:
    calls: list[int] = []
    real: Callable[..., Any] = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


@pytest.mark.usefixtures("own_store")
def test_a_current_store_is_counted_fresh_once_per_data_version(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = _counted(monkeypatch, Reading, "freshness")
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.run()
    at.text_input(key="q").set_value("missile").run()
    assert not at.exception
    assert not [c for c in at.caption if "older version of the reader" in c.value]
    assert len(asked) == 1  # the store did not change: one count for the three runs


@pytest.mark.usefixtures("own_store")
def test_the_histogram_of_a_filter_state_is_built_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timeline_ui, "MAX_MARKS", 0)  # the seed's few events, as bars
    built = _counted(monkeypatch, timeline_ui, "histogram_chart")
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    first = at.get("vega_lite_chart")[0].proto.spec
    at.run()  # nothing changed: the same chart, not built again
    assert not at.exception
    assert len(built) == 1
    assert at.get("vega_lite_chart")[0].proto.spec == first
    at.button_group(key="preset").set_value("All").run()  # a new range: a new chart
    assert len(built) == 2
