"""AppTest for the state rules of issue 14: what the first view shows, that changes show at
once, any year, and the two map layers' counts. Articles here are the tests' own sentences."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store
from dashboard.ui import data
from tests.conftest import SEED
from tests.ui.test_app import APP, html_text

LIMA = (
    "date 2024-12-20\nLIMA — Thousands of protesters marched through Lima on Friday, police said."
)
OLD = "date 1777-12-20\nTANGIER — Troops attacked the port of Tangier on Saturday, officials said."
# an article whose only place has no coded event: it shows in "Places mentioned" alone
QUIET = "date 2024-11-01\nREYKJAVIK — The weather in Reykjavik stayed mild, a forecaster wrote."


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    s = Store(str(tmp_path / "own.db"))
    Pipeline(s, Geoparser()).ingest([SEED])
    monkeypatch.setenv("GEONEWS_DB", s.url.removeprefix("sqlite:///"))
    return s


def add(store: Store, tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_text(text)
    result = Pipeline(store, Geoparser()).ingest([path])
    assert result[0].status == "added", result


def heading(at: AppTest) -> str:
    return str(at.markdown[0].value)


def test_after_an_ingest_the_default_range_follows_the_new_data(
    store: Store, tmp_path: Path
) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert at.date_input(key="to").value == date(2024, 11, 7)
    add(store, tmp_path, "lima", LIMA)
    at.run()  # the same session, as after returning from "Add articles"
    assert not at.exception
    assert at.date_input(key="to").value == date(2024, 12, 20)
    assert at.date_input(key="from").value == date(2024, 11, 21)
    assert "Lima" in html_text(at)


def test_a_range_of_ones_own_stays_after_an_ingest(store: Store, tmp_path: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.date_input(key="from").set_value(date(2024, 10, 1)).run()
    add(store, tmp_path, "lima", LIMA)
    at.run()
    assert at.date_input(key="from").value == date(2024, 10, 1)
    assert at.date_input(key="to").value == date(2024, 11, 7)


def test_a_date_correction_shows_on_cards_timeline_and_export_at_the_next_run(
    store: Store,
) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    visit = next(r for r in store.event_rows() if "welcomed aboard" in r["summary"])
    Pipeline(store, Geoparser()).correct_date(visit["id"], date(2024, 11, 3), date(2024, 11, 3), 1)
    at.run()
    assert not at.exception
    cards = html_text(at)
    assert "3 Nov 2024" in cards
    chart = str(at.get("vega_lite_chart")[0].proto)  # the timeline's data rows
    assert "3 Nov 2024 (day)" in chart
    csv = data.export_text(
        data.default_db(),
        store.data_version(),
        "csv",
        date(2024, 10, 9),
        date(2024, 11, 7),
        data.Filters(),
    )
    assert "2024-11-03" in csv


def test_an_event_in_1777_leaves_every_page_working(store: Store, tmp_path: Path) -> None:
    add(store, tmp_path, "old", OLD)
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update({"from": "1777-01-01", "to": "1777-12-31"})
    at.run()
    assert not at.exception
    assert at.date_input(key="from").min <= date(1777, 1, 1)
    assert "Tangier" in html_text(at)
    for page in (
        "app_pages/articles.py",
        "app_pages/article.py",
        "app_pages/add.py",
        "app_pages/review.py",
    ):
        at.switch_page(page).run()
        assert not at.exception, page
    old = next(r for r in store.event_rows() if r["date_start"].year == 1777)
    at.query_params.update({"event": old["id"], "fix": "date"})
    at.switch_page("app_pages/review.py").run()
    assert not at.exception
    assert any("Wrong date?" in m.value for m in at.markdown)


def test_the_two_layers_count_what_they_say(store: Store, tmp_path: Path) -> None:
    add(store, tmp_path, "quiet", QUIET)
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    legend = "".join(str(h.proto) for h in at.get("html") if "gn-legend" in str(h.proto))
    # six events in the window, each at its event location: Japan, Yokosuka, North Korea,
    # the Sea of Japan; Washington and the United States are only mentioned
    assert "6 event(s) located at 4 place(s)" in legend
    # the cards' heading counts the same events, and says none lacks a place
    heading = next(m.value for m in at.markdown if m.value.startswith("**All events**"))
    assert "· 6 event(s) ·" in heading
    assert "without a place" not in heading
    at.segmented_control(key="layer").set_value("Places mentioned").run()
    assert not at.exception
    legend = "".join(str(h.proto) for h in at.get("html") if "gn-legend" in str(h.proto))
    assert "in 2 article(s)" in legend  # the seed, and the article without coded events
    at.query_params["place"] = "gn:3413829"  # Reykjavik
    at.run()
    cards = html_text(at)
    assert "Articles naming it, without coded events" in cards
    assert "Reykjavik" in cards


def test_every_card_links_to_its_review_form(store: Store) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    cards = html_text(at)
    yokosuka = next(r for r in store.event_rows() if r["location_id"] == "gn:1848313")
    assert f"review?event={yokosuka['id']}&amp;fix=place" in cards
    assert cards.count("Wrong place?") == cards.count("Wrong date?") == 6
    at.query_params.update({"event": yokosuka["id"], "fix": "place"})
    at.switch_page("app_pages/review.py").run()
    assert not at.exception
    assert any("Wrong place?" in m.value for m in at.markdown)
    form = at.selectbox(key=f"pick_ev_{yokosuka['id']}")
    assert form.options  # the candidates, labelled with what tells them apart
    assert any("Yokosuka" in c and "pop." in c for c in form.options)


def test_go_to_place_selects_it_as_a_click_does(store: Store) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.selectbox(key="goto").set_value("gn:1848313").run()
    assert not at.exception
    assert at.query_params["place"] == "gn:1848313"
    assert any(m.value.startswith("**Yokosuka**") for m in at.markdown)
    assert at.selectbox(key="goto").value is None  # ready for the next name


def test_the_range_and_filters_survive_a_visit_to_another_page(
    store: Store, tmp_path: Path
) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.date_input(key="from").set_value(date(2024, 10, 1)).run()
    at.multiselect(key="geo").set_value([1]).run()
    at.switch_page("app_pages/add.py").run()
    add(store, tmp_path, "lima", LIMA)
    at.switch_page("app_pages/map.py").run()
    assert not at.exception
    assert at.date_input(key="from").value == date(2024, 10, 1)
    assert at.date_input(key="to").value == date(2024, 11, 7)
    assert at.multiselect(key="geo").value == [1]


def test_a_link_to_a_place_not_in_the_store_says_so(store: Store) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["place"] = "gn:nonsense"
    at.run()
    assert not at.exception
    said = [w.value for w in at.warning]
    assert any('place "gn:nonsense" is not in this store' in w for w in said), said
    # near miss: a place of the store with no events in the range keeps its own words
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update({"place": "gn:1848313", "from": "1990-01-01", "to": "1990-01-02"})
    at.run()
    assert not any("is not in this store" in w.value for w in at.warning)


def test_the_all_events_heading_names_events_without_a_place(store: Store, tmp_path: Path) -> None:
    # a strike with no place named and no actor's country: a card, but no marker
    add(store, tmp_path, "strike", "date 2024-11-01\nThe union called a general strike on Friday.")
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update({"from": "2024-10-01", "to": "2024-11-07"})
    at.run()
    assert not at.exception
    heading = next(m.value for m in at.markdown if m.value.startswith("**All events**"))
    assert "7 event(s) (1 without a place on the map)" in heading, heading


def test_a_place_link_keeps_its_range_after_new_data(store: Store, tmp_path: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.selectbox(key="goto").set_value("gn:1848313").run()
    at.run()  # the next full run writes the range beside the place
    link = dict(at.query_params)
    assert link.get("from"), link
    assert link.get("to"), link
    # a newer article moves the default range; the place's link still opens on its events
    add(store, tmp_path, "lima", LIMA)
    fresh = AppTest.from_file(APP, default_timeout=60)
    fresh.query_params.update({k: v[0] if isinstance(v, list) else v for k, v in link.items()})
    fresh.run()
    assert not fresh.exception
    assert not any("has no events in this date range" in w.value for w in fresh.warning)
    assert any(m.value.startswith("**Yokosuka**") for m in fresh.markdown)
