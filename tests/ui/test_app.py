"""AppTest for the pages: filters, URL state and a simulated map click."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from unittest import mock

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store
from tests.conftest import ROOT, SEED

APP = str(ROOT / "dashboard" / "app.py")
YOKOSUKA = "gn:1848313"
PENINSULA = "rg:korean-peninsula"


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("app") / "seed.db"
    Pipeline(Store(str(db)), Geoparser()).ingest([SEED])
    return db


@pytest.fixture
def app(seed_db: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppTest]:
    monkeypatch.setenv("GEONEWS_DB", str(seed_db))
    return AppTest.from_file(APP, default_timeout=60)


@pytest.fixture
def own_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    """A store of the tests' own, with the seed, for tests that write to it."""
    store = Store(str(tmp_path / "own.db"))
    Pipeline(store, Geoparser()).ingest([SEED])
    monkeypatch.setenv("GEONEWS_DB", store.url.removeprefix("sqlite:///"))
    return store


def on_page(page: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page(page).run()
    return at


def html_text(at: AppTest) -> str:
    """The cards' HTML, without the source-title lines that repeat the article's first sentence."""
    import re

    raw = "".join(str(getattr(h, "proto", h)) for h in at.get("html"))
    return re.sub(r"Source: .*?</div>", "", raw)


def click(place_id: str | None, count: int = 1) -> mock._patch:
    out = {
        "last_active_drawing": {"properties": {"place_id": place_id}},
        "last_object_clicked_count": count,
    }
    return mock.patch("streamlit_folium.st_folium", return_value=out)


def test_first_view_is_the_last_30_days_up_to_the_newest_event(app: AppTest) -> None:
    app.run()
    assert not app.exception
    # the seed's newest events are on 7 Nov 2024; the 1910-45 occupation is out of the window
    assert app.date_input(key="from").value == date(2024, 10, 9)
    assert app.date_input(key="to").value == date(2024, 11, 7)
    assert app.button_group(key="preset").value == "Last 30 days"
    assert "6 event(s)" in app.markdown[0].value
    cards = html_text(app)
    assert "Gen Nakatani" in cards
    assert "1910–1945" not in cards
    assert "from" not in app.query_params  # the default range keeps the link short


def test_clicking_a_place_shows_its_cards_and_puts_it_in_the_url(app: AppTest) -> None:
    with click(YOKOSUKA):
        app.run()
    assert not app.exception
    assert app.query_params["place"] == YOKOSUKA
    # the shared link keeps the range the click was made in (README, Time): after an ingest
    # the default range may hold none of the place's events
    assert (app.query_params["from"], app.query_params["to"]) == ("2024-10-09", "2024-11-07")
    cards = html_text(app)
    assert "ROKS Marado" in cards
    assert "joint training" in cards
    assert "1910–1945" not in cards  # the occupation is not at Yokosuka


def test_same_place_clicked_again_still_selects_it(app: AppTest) -> None:
    with click(YOKOSUKA, count=1):
        app.run()
    clear = next(b for b in app.button if b.label == "Clear selection")
    with click(YOKOSUKA, count=1):
        clear.click().run()
    assert "place" not in app.query_params
    with click(YOKOSUKA, count=2):
        app.run()
    assert app.query_params["place"] == YOKOSUKA


def test_date_range_from_the_url_narrows_map_and_cards(app: AppTest) -> None:
    app.query_params["from"] = "1900-01-01"
    app.query_params["to"] = "1950-12-31"
    app.run()
    assert not app.exception
    assert app.date_input(key="from").value == date(1900, 1, 1)
    assert "1 event(s)" in app.markdown[0].value
    cards = html_text(app)
    assert "Korean Peninsula" in cards
    assert "Yokosuka" not in cards


def test_link_with_place_restores_the_selection(app: AppTest) -> None:
    app.query_params.update({"from": "1900-01-01", "to": "2024-11-30", "place": PENINSULA})
    app.run()
    cards = html_text(app)
    assert "occupation of the Korean Peninsula" in cards
    # what happened there comes first; events whose sentences only name it follow, headed so
    heading = cards.index("Events that only mention Korean Peninsula")
    assert cards.index("occupation of the Korean Peninsula") < heading
    assert "welcomed aboard" not in cards[:heading]


def test_place_outside_the_range_says_so(app: AppTest) -> None:
    app.query_params.update({"from": "1900-01-01", "to": "1950-12-31", "place": YOKOSUKA})
    app.run()
    assert any("no events in this date range" in w.value for w in app.warning)


def test_empty_range_offers_to_clear(app: AppTest) -> None:
    app.query_params.update({"from": "1960-01-01", "to": "1961-01-01"})
    app.run()
    assert any("No events" in i.value for i in app.info)
    assert any(b.label == "Show all dates" for b in app.button)


def test_articles_page(app: AppTest) -> None:
    app.run()
    app.switch_page("app_pages/articles.py").run()
    assert not app.exception
    assert len(app.dataframe) == 1


def test_paste_form_adds_an_article_and_its_events_appear(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "paste.db"
    Pipeline(Store(str(db)), Geoparser()).ingest([SEED])
    monkeypatch.setenv("GEONEWS_DB", str(db))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("app_pages/add.py").run()
    at.text_input[0].set_value("Protest in Lima")
    at.text_area[0].set_value("LIMA — Thousands of protesters marched in Lima on Monday.")
    at.button[1].click().run()  # the paste form's submit
    assert not at.exception
    assert any("added" in s.value for s in at.success)
    assert Store(str(db)).article_count() == 2


def test_a_pasted_article_dated_in_the_future_is_refused_as_a_file_would_be(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a typo year (2099 for 2019) had gone in, dating "on Monday" in 2099; ingest refuses it
    db = tmp_path / "future.db"
    store = Store(str(db))
    monkeypatch.setenv("GEONEWS_DB", str(db))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("app_pages/add.py").run()
    at.text_input[0].set_value("Tear gas in Lima")
    at.date_input[0].set_value(date(2099, 6, 14))
    at.text_area[0].set_value("LIMA — Police fired tear gas at marchers in Lima on Monday.")
    at.button[1].click().run()
    assert not at.exception
    assert any("cannot be published in the future" in e.value for e in at.error)
    assert store.article_count() == 0


def test_ingesting_no_file_and_a_duplicate_each_say_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # newuser7: "Ingest files" with nothing chosen, and a paste already stored, said nothing
    db = tmp_path / "dup.db"
    Store(str(db))
    monkeypatch.setenv("GEONEWS_DB", str(db))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("app_pages/add.py").run()
    at.button[0].click().run()
    assert any("Choose one or more files first" in i.value for i in at.info)
    for _ in range(2):
        at.text_area[0].set_value("LIMA — Thousands of protesters marched in Lima on Monday.")
        at.button[1].click().run()
    assert not at.exception
    assert any("already in the store" in i.value for i in at.info)


def test_pasting_nothing_says_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "empty.db"
    Store(str(db))
    monkeypatch.setenv("GEONEWS_DB", str(db))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("app_pages/add.py").run()
    at.button[1].click().run()
    # a paste has no header: "no article text after the header" told the user nothing
    assert [w.value for w in at.warning] == [
        "The text is empty: paste the article's text to add it."
    ]
    at.text_area[0].set_value("   \n ")
    at.button[1].click().run()
    assert len(at.warning) == 1


def test_an_undated_article_gets_its_date_on_the_articles_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    undated = tmp_path / "undated.md"
    undated.write_text(
        "---\ntitle: Lima march\n---\nLIMA — Protesters marched in Lima on Monday.\n"
    )
    db = tmp_path / "undated.db"
    store = Store(str(db))
    Pipeline(store, Geoparser()).ingest([undated])
    assert store.event_rows() == []  # "on Monday" means nothing without a date
    monkeypatch.setenv("GEONEWS_DB", str(db))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("app_pages/articles.py").run()
    assert any("no publication date" in w.value for w in at.warning)
    next(d for d in at.date_input if d.label == "Publication date").set_value(date(2024, 5, 8))
    next(b for b in at.button if b.label == "Set date").click().run()
    assert not at.exception
    assert [s.value for s in at.success], [e.value for e in at.error]
    assert [r["date_start"] for r in store.event_rows()] == [date(2024, 5, 6)]


def test_type_filter_from_the_url(app: AppTest) -> None:
    app.query_params["type"] = "15"
    app.run()
    assert not app.exception
    assert "2 event(s)" in app.markdown[0].value
    assert "welcomed aboard" not in html_text(app)


def test_text_search_and_precision_filters(app: AppTest) -> None:
    app.query_params["q"] = "ROKS Marado"
    app.run()
    assert "1 event(s)" in app.markdown[0].value
    app.text_input(key="q").set_value("").run()
    app.multiselect(key="geo").set_value([1]).run()
    cards = html_text(app)
    assert "Yokosuka" in cards
    assert "occupation of the Korean Peninsula" not in cards


def test_filters_that_match_nothing_offer_to_clear(app: AppTest) -> None:
    app.run()
    app.text_input(key="q").set_value("no such words anywhere").run()
    assert any("No events match these filters" in i.value for i in app.info)
    next(
        b for b in app.button if b.label == "Clear filters" and b.key == "clear_empty"
    ).click().run()
    assert "6 event(s)" in app.markdown[0].value


def test_filters_that_match_nothing_stay_in_sight(app: AppTest) -> None:
    # the search term (or type) that emptied the view must stay to be changed (newuser8)
    app.run()
    app.text_input(key="q").set_value("no such words anywhere").run()
    assert any("No events match these filters" in i.value for i in app.info)
    assert app.text_input(key="q").value == "no such words anywhere"
    assert any(m.key == "type" for m in app.multiselect)


def test_article_view_highlights_places_and_lists_events(app: AppTest, seed_db: Path) -> None:
    (row,) = Store(str(seed_db)).article_rows()
    app.query_params["article"] = row["id"]
    app.run()
    app.switch_page("app_pages/article.py").run()
    assert not app.exception
    page = "".join(str(getattr(h, "proto", h)) for h in app.get("html"))
    assert "<mark>Yokosuka</mark>" in page
    assert "occupation of the Korean Peninsula" in page


def test_date_presets_count_back_from_the_newest_event(app: AppTest) -> None:
    app.run()
    app.button_group(key="preset").set_value("Last 7 days").run()
    assert app.date_input(key="from").value == date(2024, 11, 1)
    app.button_group(key="preset").set_value("All").run()
    assert app.date_input(key="from").value == date(1910, 1, 1)  # the occupation's start
    assert "7 event(s)" in app.markdown[0].value
    # typing a date of one's own leaves no preset lit, and the link keeps both ends
    app.date_input(key="to").set_value(date(2024, 11, 6)).run()
    assert app.button_group(key="preset").value is None
    assert app.query_params["to"] == "2024-11-06"
    assert app.query_params["from"] == "1910-01-01"


def test_playback_shows_a_moving_window(app: AppTest) -> None:
    app.query_params.update({"from": "2024-10-01", "to": "2024-11-30"})
    app.run()
    app.toggle(key="playing").set_value(True).run()
    assert not app.exception
    first = app.get("markdown")
    label = next(m.value for m in first if m.value.startswith("▶"))
    assert "01 Oct 2024 – 30 Oct 2024" in label
    app.run()  # the fragment's next tick
    label = next(m.value for m in app.get("markdown") if m.value.startswith("▶"))
    assert "16 Oct 2024 – 14 Nov 2024" in label
    # the step is named as a window, not as a date preset ("30 days" read as "last 30 days")
    window = app.button_group(key="play_days")
    assert window.value == "30-day window"
    window.set_value("7-day window").run()
    assert not app.exception


def test_review_page_lists_unsure_places_and_applies_a_correction(own_store: Store) -> None:
    at = on_page("app_pages/review.py")
    assert not at.exception
    assert any(m.value.startswith("**Washington**") for m in at.markdown)
    at.selectbox(key="pick_washington").set_value("a1:US-WA")
    at.button(key="apply_washington").click().run()
    assert not at.exception
    assert "a1:US-WA" in {r["place_id"] for r in own_store.event_place_rows()}


def test_focusing_a_card_highlights_its_place_and_timeline_span(
    app: AppTest, seed_db: Path
) -> None:
    icbm = next(
        r["id"] for r in Store(str(seed_db)).event_rows() if r["date_start"] == date(2024, 10, 28)
    )
    with mock.patch(
        "dashboard.ui.map.place_features",
        wraps=__import__("dashboard.ui.map", fromlist=["x"]).place_features,
    ) as features:
        app.run()
        app.selectbox(key="focus").set_value(icbm).run()
        assert not app.exception
        lit = features.call_args.args[1]
    assert lit == "cc:KP"  # North Korea, where the test was
    cards = html_text(app)
    assert cards.index("gn-focus") < cards.index("supervised a test flight")
    spec = app.get("vega_lite_chart")[0].proto.spec
    assert icbm in spec  # the timeline's opacity condition names the focused event


def test_country_and_actor_filters(app: AppTest) -> None:
    app.query_params["country"] = "KP"
    app.run()
    # the ICBM test, and the missiles North Korea fired into the sea (a place of no country,
    # coded to its actor's country as ACLED does)
    assert "2 event(s)" in app.markdown[0].value
    app.query_params.pop("country")
    app2 = AppTest.from_file(APP, default_timeout=60)
    app2.query_params["actor"] = "Gen Nakatani"
    app2.run()
    # the welcome only: "the leaders of the two Asian neighbours" who repaired ties are
    # Japan and South Korea, not the minister (stop 35; it had listed him)
    assert "1 event(s)" in app2.markdown[0].value
    assert "welcomed aboard" in html_text(app2)
    assert "repair ties" not in html_text(app2)


def test_review_accepts_any_gazetteer_place_by_name(own_store: Store) -> None:
    at = on_page("app_pages/review.py")
    at.text_input(key="entry_washington").set_value("Washington (state)")
    at.button(key="apply_washington").click().run()
    assert not at.exception
    assert "a1:US-WA" in {r["place_id"] for r in own_store.event_place_rows()}


@pytest.mark.parametrize(
    ("typed", "meant"), [("Tokyo", "gn:1850147"), ("Tokyo (state)", "a1:JP-13")]
)
def test_review_by_name_means_the_city_its_division_is_named_after(
    own_store: Store, typed: str, meant: str
) -> None:
    # "Tokyo", "Kyiv", "Aleppo", "Minsk" had all gone to the prefecture, oblast or governorate
    # of that name (divisions sorted first), so a typed city moved the event off the city
    at = on_page("app_pages/review.py")
    at.text_input(key="entry_tokyo").set_value(typed)
    at.button(key="apply_tokyo").click().run()
    assert not at.exception
    assert [r["place_id"] for r in own_store.correction_rows("place")] == [meant]


def test_a_link_to_the_first_and_last_days_python_holds_keeps_the_map_working(app: AppTest) -> None:
    app.query_params.update({"from": "0001-01-01", "to": "9999-12-31"})
    app.run()
    assert not app.exception
    assert "7 event(s)" in app.markdown[0].value
    assert "#### Timeline" in [m.value for m in app.markdown]


def test_the_all_preset_spans_the_events_shown_not_a_hidden_negated_one(
    own_store: Store, tmp_path: Path
) -> None:
    article = tmp_path / "norway.txt"
    article.write_text(
        "date 2024-11-05\nOSLO — Norway has not fought a border war with Sweden since 1905, "
        "the defence minister said on Monday.\n"
    )
    Pipeline(own_store, Geoparser()).ingest([article])
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.button_group(key="preset").set_value("All").run()
    assert at.date_input(key="from").value == date(1910, 1, 1)  # the seed's occupation, not 1905
    at.toggle(key="unreal").set_value(True).run()
    at.button_group(key="preset").set_value("Last 7 days").run()
    at.button_group(key="preset").set_value("All").run()
    assert at.date_input(key="from").value == date(1905, 1, 1)  # shown now, so counted


def test_the_data_version_is_read_once_per_run(app: AppTest) -> None:
    # every cached answer is keyed on the version: reading it per question cost a query each
    with mock.patch.object(
        Store, "data_version", autospec=True, side_effect=Store.data_version
    ) as version:
        app.run()
        assert version.call_count == 1
        with click(YOKOSUKA):
            app.run()
        assert version.call_count == 2
    assert not app.exception


def test_a_click_rebuilds_the_highlight_not_the_places_layer(app: AppTest) -> None:
    import dashboard.ui.map as map_ui

    with mock.patch.object(map_ui, "place_features", wraps=map_ui.place_features) as features:
        app.run()
        # the full layer (unless an earlier test built it: it is shared), then the highlight,
        # with nothing to highlight yet
        assert [len(c.args[0]) for c in features.call_args_list][-1] == 0
        features.reset_mock()
        with click(YOKOSUKA):
            app.run()
        assert not app.exception
        # the same filter state: the full layer is not built again; the browser outlined the
        # clicked place itself, so this run's highlight is still the old one (none)
        assert [(len(c.args[0]), c.args[1]) for c in features.call_args_list] == [(0, None)]
        features.reset_mock()
        app.run()
        assert [(len(c.args[0]), c.args[1]) for c in features.call_args_list] == [(1, YOKOSUKA)]
    assert "ROKS Marado" in html_text(app)


def test_cards_come_a_page_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    from dashboard.store import queries as sq
    from tests.unit.test_queries import generate

    store = Store(str(tmp_path / "many.db"))
    generate(store, 30)  # 120 events over 2023-24, some negated or hypothetical (hidden)
    monkeypatch.setenv("GEONEWS_DB", str(tmp_path / "many.db"))
    q = sq.EventQuery(date(2023, 1, 1), date(2024, 12, 31), hide_unreal=True)
    total = sq.event_count(store, q)
    from dashboard.ui.card_column import MAX_CARDS as N

    assert total > 2 * N  # more than two pages

    def shown(at: AppTest) -> list[str]:
        return re.findall(r'data-event-id=\\"?([^"\\]+)', html_text(at))

    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update({"from": "2023-01-01", "to": "2024-12-31"})
    at.run()
    assert f"Showing 1–{N} of {total}" in html_text(at)
    assert shown(at) == [c.id for c in sq.cards(store, q, limit=N).cards]
    assert at.button(key="cards_newer").disabled
    at.button(key="cards_older").click().run()
    assert not at.exception
    assert f"Showing {N + 1}–{2 * N} of {total}" in html_text(at)
    assert shown(at) == [c.id for c in sq.cards(store, q, offset=N, limit=N).cards]
    assert not at.button(key="cards_older").disabled
    last = (total - 1) // N * N  # the last page's offset
    while not at.button(key="cards_older").disabled:
        at.button(key="cards_older").click().run()
    assert f"Showing {last + 1}–{total} of {total}" in html_text(at)
    assert shown(at) == [c.id for c in sq.cards(store, q, offset=last, limit=N).cards]
    at.button(key="cards_newer").click().run()
    assert f"Showing {last - N + 1}–{last} of {total}" in html_text(at)


def test_a_reversed_range_in_the_link_is_put_in_order_in_the_inputs_and_the_url(
    app: AppTest,
) -> None:
    app.query_params.update({"from": "1950-12-31", "to": "1900-01-01"})
    app.run()
    assert not app.exception
    assert (app.date_input(key="from").value, app.date_input(key="to").value) == (
        date(1900, 1, 1),
        date(1950, 12, 31),
    )
    assert (app.query_params["from"], app.query_params["to"]) == ("1900-01-01", "1950-12-31")
    assert "1 event(s)" in app.markdown[0].value
    assert not app.warning  # a reversed range is understood, not refused
    assert any("end first" in i.value for i in app.info)  # and said, as the CLI refuses it


def test_dates_typed_end_first_are_put_in_order_and_said(app: AppTest) -> None:
    # newuser6: typing a From after the To swapped them silently, unlike a link's dates
    app.run()
    end = app.date_input(key="to").value
    app.date_input(key="from").set_value(end + timedelta(days=20)).run()
    assert not app.exception
    assert (app.date_input(key="from").value, app.date_input(key="to").value) == (
        end,
        end + timedelta(days=20),
    )
    assert any("typed end first" in i.value for i in app.info)


def test_a_link_with_only_an_end_date_shows_what_came_before_it(app: AppTest) -> None:
    # the seed's default range is its newest 30 days of 2024; a lone ``to`` before them had
    # been paired with the default's start and put in order: a range *from* 1950 to 2024
    app.query_params["to"] = "1950-12-31"
    app.run()
    assert not app.exception
    start, end = app.date_input(key="from").value, app.date_input(key="to").value
    assert end == date(1950, 12, 31)
    assert start < end
    assert (app.query_params["from"], app.query_params["to"]) == (start.isoformat(), "1950-12-31")


def test_a_link_with_only_a_start_date_keeps_the_default_end(app: AppTest) -> None:
    app.query_params["from"] = "1900-01-01"
    app.run()
    assert app.date_input(key="from").value == date(1900, 1, 1)
    assert app.date_input(key="to").value == date(2024, 11, 7)  # the newest event's day


def test_a_link_date_that_is_no_date_is_named_in_one_notice(app: AppTest) -> None:
    app.query_params.update({"from": "2024-13-45", "to": "2024-11-30"})
    app.run()
    assert not app.exception
    (notice,) = [w.value for w in app.warning if "link" in w.value]
    assert '**from** "2024\\-13\\-45"' in notice
    assert "is not a date" in notice
    assert "**to**" not in notice
    assert app.date_input(key="to").value == date(2024, 11, 30)  # the good end is kept
    assert app.query_params["from"] != "2024-13-45"  # the URL holds the range shown
    app.run()  # still said on the next run of the same view
    assert [w for w in app.warning if "link" in w.value]
    app.date_input(key="from").set_value(date(1900, 1, 1)).run()
    assert not [w for w in app.warning if "link" in w.value]  # a range chosen since


def test_two_bad_link_dates_share_one_notice(app: AppTest) -> None:
    app.query_params.update({"from": "yesterday", "to": "2024-02-30"})
    app.run()
    (notice,) = [w.value for w in app.warning if "link" in w.value]
    assert '**from** "yesterday" and **to** "2024\\-02\\-30" are not dates' in notice
    assert "from" not in app.query_params  # the default range: no dates in the URL


def test_a_search_is_in_the_url_and_clear_filters_takes_it_out(app: AppTest) -> None:
    app.query_params.update({"from": "1900-01-01", "to": "2024-11-30"})
    app.run()
    app.text_input(key="q").set_value("missile").run()
    assert app.query_params["q"] == "missile"
    next(b for b in app.button if b.label == "Clear filters").click().run()
    assert not app.exception
    assert "q" not in app.query_params
    assert app.text_input(key="q").value == ""


def test_link_filter_values_the_store_lacks_are_named_in_a_notice(app: AppTest) -> None:
    app.query_params.update({"from": "1900-01-01", "to": "2024-11-30"})
    app.query_params["type"] = ["99", "19"]
    app.query_params["country"] = ["ZZ"]
    app.run()
    assert not app.exception
    (notice,) = [w.value for w in app.warning if "match nothing" in w.value]
    assert '**type** "99"' in notice
    assert '**country** "ZZ"' in notice
    assert '"19"' not in notice  # a type the store holds is kept, not named
    assert app.multiselect(key="type").value == ["19"]
    app.run()  # still said while the filters stand
    assert [w for w in app.warning if "match nothing" in w.value]
    app.multiselect(key="type").set_value([]).run()
    assert not [w for w in app.warning if "match nothing" in w.value]  # changed since


def test_a_link_typed_in_lower_case_keeps_its_country(app: AppTest) -> None:
    # newuser7: "?country=kp" was refused as matching nothing; codes are read in any case
    app.query_params.update({"from": "1900-01-01", "to": "2024-11-30"})
    app.query_params["country"] = ["kp"]
    app.run()
    assert not app.exception
    assert not [w for w in app.warning if "match nothing" in w.value]
    assert app.multiselect(key="country").value == ["KP"]


def test_review_by_name_reads_the_gazetteer_name_as_the_news_writes_it(own_store: Store) -> None:
    # "the Gaza Strip" found nothing: only "Gaza Strip", without the article, was a name
    at = on_page("app_pages/review.py")
    at.text_input(key="entry_washington").set_value("the Gaza Strip")
    at.button(key="apply_washington").click().run()
    assert not at.exception
    assert [r["place_id"] for r in own_store.correction_rows("place")] == ["rg:gaza-strip"]


def test_a_saved_date_is_what_the_review_form_shows_next(own_store: Store) -> None:
    # the "Now …" line was drawn before the save, so it showed the old dates after "Saved"
    icbm = next(r["id"] for r in own_store.event_rows() if r["date_start"] == date(2024, 10, 28))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("app_pages/review.py")
    at.query_params.update({"event": icbm, "fix": "date"})
    at.run()
    at.date_input(key=f"start_{icbm}").set_value(date(2024, 10, 30))
    at.date_input(key=f"end_{icbm}").set_value(date(2024, 10, 30))
    next(b for b in at.button if b.label == "Save date").click().run()
    assert not at.exception
    assert any(s.value.startswith("Saved 2024-10-30") for s in at.success)
    shown = [c.value.replace("\\", "") for c in at.caption]  # markdown escapes the dashes
    assert any(c.startswith("Now 2024-10-30 – 2024-10-30") for c in shown)


def test_a_one_day_date_saved_is_stored_at_day_precision(own_store: Store) -> None:
    # newuser6: the precision box kept the old reading's value, so a day typed over a
    # month-precision reading was stored, exported and merged as a month
    icbm = next(r["id"] for r in own_store.event_rows() if r["date_start"] == date(2024, 10, 28))
    eid = icbm
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("app_pages/review.py")
    at.query_params.update({"event": eid, "fix": "date"})
    at.run()
    at.date_input(key=f"start_{eid}").set_value(date(2024, 10, 1))
    at.date_input(key=f"end_{eid}").set_value(date(2024, 10, 31))
    next(b for b in at.button if b.label == "Save date").click().run()
    row = next(r for r in own_store.event_rows() if r["id"] == eid)
    assert (row["date_start"], row["date_end"], row["time_precision"]) == (
        date(2024, 10, 1),
        date(2024, 10, 31),
        3,
    )
    at.date_input(key=f"start_{eid}").set_value(date(2024, 10, 29))
    at.date_input(key=f"end_{eid}").set_value(date(2024, 10, 29))
    next(b for b in at.button if b.label == "Save date").click().run()
    assert not at.exception
    row = next(r for r in own_store.event_rows() if r["id"] == eid)
    assert row["time_precision"] == 1


def test_one_event_moves_from_its_card_and_the_rest_stay(own_store: Store) -> None:
    # a fresh user could only correct a name everywhere it was mentioned, so an event whose
    # text named no better place could not be moved at all
    visit = next(r for r in own_store.event_rows() if r["event_code"] == "04")
    others = {r["id"]: r["location_id"] for r in own_store.event_rows() if r["id"] != visit["id"]}
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("app_pages/review.py")
    at.query_params.update({"event": visit["id"], "fix": "place"})
    at.run()
    at.text_input(key=f"move_to_{visit['id']}").set_value("Seoul")
    next(b for b in at.button if b.label == "Move this event").click().run()
    assert not at.exception
    assert any(s.value.startswith("Moved this event to Seoul") for s in at.success)
    assert any("Now: Seoul" in m.value for m in at.markdown)
    rows = own_store.event_rows()
    assert {r["id"]: r["location_id"] for r in rows if r["id"] != visit["id"]} == others


def _event_fix(store: Store, code: str, fix: str) -> tuple[AppTest, str]:
    ev = next(r for r in store.event_rows() if r["event_code"] == code)
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("app_pages/review.py")
    at.query_params.update({"event": ev["id"], "fix": fix})
    at.run()
    return at, ev["id"]


def test_a_move_given_both_a_name_and_a_point_moves_nothing_and_says_so(own_store: Store) -> None:
    at, eid = _event_fix(own_store, "04", "place")
    before = {r["id"]: r["location_id"] for r in own_store.event_rows()}
    at.text_input(key=f"move_to_{eid}").set_value("Busan")
    at.text_input(key=f"move_name_{eid}").set_value("Pier 12")
    next(b for b in at.button if b.label == "Move this event").click().run()
    assert any("not both" in w.value for w in at.warning)
    assert {r["id"]: r["location_id"] for r in own_store.event_rows()} == before


def test_a_date_saved_after_publication_is_said_to_be_ahead(own_store: Store) -> None:
    at, eid = _event_fix(own_store, "04", "date")
    at.date_input(key=f"start_{eid}").set_value(date(2030, 1, 1))
    at.date_input(key=f"end_{eid}").set_value(date(2030, 1, 1))
    next(b for b in at.button if b.label == "Save date").click().run()
    assert not at.exception
    assert any("after the article's publication (2024-11-07)" in s.value for s in at.success)


def test_the_map_says_how_many_events_its_first_view_leaves_off(
    own_store: Store, tmp_path: Path
) -> None:
    # a fresh user's events on another continent were off screen with no word of them
    article = tmp_path / "lima.txt"
    article.write_text("date 2024-11-05\nLIMA — Police arrested 40 miners in Lima on Monday.\n")
    Pipeline(own_store, Geoparser()).ingest([article])
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    said = [c.value for c in at.caption if "Outside this first view" in c.value]
    assert said == ["Outside this first view: 1 place(s) with 1 event(s); zoom out to see them."]


def test_the_map_says_nothing_when_its_first_view_holds_every_event(app: AppTest) -> None:
    app.run()
    assert not [c.value for c in app.caption if "Outside this first view" in c.value]


def _cards_box(at: AppTest) -> tuple:
    """Where the cards box sits in the page's element tree (its delta path)."""

    def walk(node: object, path: tuple) -> tuple | None:
        if str(getattr(getattr(node, "proto", None), "id", "")).endswith("-cards"):
            return path
        for k, child in getattr(node, "children", {}).items():
            found = walk(child, (*path, k))
            if found:
                return found
        return None

    return walk(at._tree, ()) or ()


def test_playback_keeps_the_cards_box_in_place_as_the_pager_comes_and_goes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A window of more than a page of cards (with the pager) and then one of fewer: the
    pager had moved the cards box a place down, and the browser drew it anew, blank, until
    the rest of the run reached it (a fresh user saw an empty list beside "92 events")."""
    from dashboard.events.cameo import event_type
    from dashboard.model import Article, DateRange, Event, Evidence, Mention
    from dashboard.places.gazetteer import load
    from dashboard.store.fingerprint import analysis_fingerprint

    store, gaz = Store(str(tmp_path / "many.db")), load()
    days = [date(2024, 6, 3)] * 61 + [date(2024, 6, 20)]  # a busy week, then a quiet one
    for n, day in enumerate(days):
        text = f"Report {n} of a protest."
        here = Mention(0, 6, "Report", gaz.places["gn:1850147"], 1.0, "test")  # Tokyo
        ev = Event(
            f"e{n}",
            f"a{n}",
            f"protest {n}",
            DateRange(day, day, 1, None, "t"),
            event_type("14"),
            (),
            here,
            "test",
            (here,),
            (Evidence(text, 0, len(text)),),
        )
        art = Article(f"a{n}", f"Article {n}", text, day, f"W{n}", "", f"t:{n}")
        store.save(art, [here], [ev], gaz.geometries, analysis=analysis_fingerprint())
    monkeypatch.setenv("GEONEWS_DB", str(tmp_path / "many.db"))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update({"from": "2024-06-01", "to": "2024-06-30"})
    at.run()
    at.button_group(key="play_days").set_value("7-day window").run()
    at.toggle(key="playing").set_value(True).run()
    labels, boxes = [], []
    for _ in range(2):
        labels.append(next(m.value for m in at.get("markdown") if m.value.startswith("▶")))
        boxes.append(_cards_box(at))
        at.run()  # the fragment's next tick
    assert "01 Jun 2024 – 07 Jun 2024** · 61 event(s)" in labels[0]
    assert "20 Jun 2024 – 26 Jun 2024** · 1 event(s)" in labels[1]
    assert boxes[0]
    assert boxes[0] == boxes[1]
