"""The analyst's first minutes in Chromium: the first view, the labelled basemap, any year,
a correction from a card, two downloads in a row. Runs after test_browser.py (same server)."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.e2e.conftest import MAP_IFRAME, Offline, wait_ready, wait_settled
from tests.e2e.test_browser import _poll, set_date

SEOUL = (37.5665, 126.978)
YOKOSUKA = (35.28361, 139.66722)
EXCEPTION = "[data-testid='stException']"


def view(page: Page) -> dict:
    return (
        page.frame_locator(MAP_IFRAME)
        .locator("#map_div")
        .evaluate(
            "() => { const m = window.map, b = m.getBounds();"
            " return {zoom: m.getZoom(), s: b.getSouth(), w: b.getWest(), n: b.getNorth(), e: b.getEast()}; }"
        )
    )


def contains(v: dict, lat: float, lon: float) -> bool:
    return v["s"] <= lat <= v["n"] and v["w"] <= lon <= v["e"]


def set_view(page: Page, lat: float, lon: float, zoom: int) -> None:
    """Move the map as a reader would, once the app has applied its own first view."""
    div = page.frame_locator(MAP_IFRAME).locator("#map_div")
    for _ in range(20):
        done = div.evaluate(
            """(el, a) => { const m = window.map;
                            if (m.getZoom() === a[2] && m.getCenter().distanceTo([a[0], a[1]]) < 50) return true;
                            m.setView([a[0], a[1]], a[2], {animate: false}); return false; }""",
            [lat, lon, zoom],
        )
        if done:
            return
        page.wait_for_timeout(250)
    raise AssertionError("the map never settled on the view")


def label(page: Page, text: str):  # type: ignore[no-untyped-def]
    return page.frame_locator(MAP_IFRAME).locator(".gn-lbl", has_text=re.compile(f"^{text}$"))


def test_first_view_frames_the_newest_story_with_a_labelled_basemap(
    page: Page, app_url: str, offline: Offline
) -> None:
    page.goto(app_url)
    wait_ready(page)
    v = _poll(lambda: view(page), lambda v: v["zoom"] >= 4 and contains(v, *YOKOSUKA))
    assert v["zoom"] >= 4, v
    assert contains(v, *YOKOSUKA), v
    assert contains(v, *SEOUL), v
    # labels are text in the page, at a world view and close up
    set_view(page, 38.0, 135.0, 2)
    expect(label(page, "Japan")).to_be_visible(timeout=10_000)
    expect(label(page, "Sea of Japan")).to_be_visible()
    set_view(page, 36.0, 138.0, 8)  # Japan's reference point (countryinfo's)
    expect(label(page, "Japan")).to_be_visible(timeout=10_000)
    set_view(page, 40.0, 135.0, 8)  # the sea's
    expect(label(page, "Sea of Japan")).to_be_visible(timeout=10_000)
    assert offline.aborted == []


def test_a_correction_from_a_card_shows_on_reload(
    page: Page, app_url: str, offline: Offline
) -> None:
    page.goto(f"{app_url}/?place=gn:1848313")
    wait_ready(page)
    card = page.locator(".st-key-cards [data-event-id]").filter(has_text="welcomed aboard").first
    expect(card).to_be_visible(timeout=20_000)
    # every card of the article quotes its first sentence, and cards are newest first, so
    # after the correction the same card is found again by its event id, not by its text
    event_id = card.get_attribute("data-event-id")
    card.get_by_role("link", name="Wrong date?").click()
    form = page.locator(".st-key-event_fix")
    expect(form.get_by_text("Wrong date?")).to_be_visible(timeout=30_000)
    set_date(page, "Start", "2024-11-03")
    set_date(page, "End", "2024-11-03")
    form.get_by_role("button", name="Save date").click()
    expect(page.get_by_text("Saved 2024-11-03")).to_be_visible(timeout=30_000)
    page.goto(f"{app_url}/?place=gn:1848313")  # no restart: the store's version moved
    wait_ready(page)
    card = page.locator(f'.st-key-cards [data-event-id="{event_id}"]')
    expect(card).to_contain_text("3 Nov 2024", timeout=20_000)
    assert offline.aborted == []


def test_two_downloads_in_a_row_both_arrive(page: Page, app_url: str, offline: Offline) -> None:
    page.goto(app_url)
    wait_ready(page)
    page.get_by_text("Download the events in this view").click()
    button = page.get_by_role("button", name="CSV")
    got = []
    for n in range(2):
        # a click during the map's first rerun is dropped by Streamlit (see wait_settled)
        wait_settled(page)
        try:
            with page.expect_download(timeout=30_000) as dl:
                button.click()
            path = dl.value.path()
        except PlaywrightTimeout as err:
            # say what the button showed: its error names why no file came
            shown = page.get_by_test_id("stDownloadButton").all_inner_texts()
            raise AssertionError(
                f"download {n + 1} never arrived; the buttons showed {shown}"
            ) from err
        got.append(Path(path).read_text(encoding="utf-8"))
    assert all(text.startswith("id,") or "," in text.splitlines()[0] for text in got)
    assert got[0] == got[1]
    assert len(got[0].splitlines()) > 1
    assert offline.aborted == []


def test_an_article_from_1777_leaves_every_page_working(
    page: Page, app_url: str, offline: Offline
) -> None:
    page.goto(f"{app_url}/add")
    form = page.get_by_test_id("stForm").filter(has_text="Paste an article")
    expect(form).to_be_visible(timeout=30_000)
    form.get_by_label("Title").fill("Tangier, 1777")
    form.get_by_label("Text", exact=True).fill(
        "date 1777-12-20\nTANGIER — Troops attacked the port of Tangier on Saturday, officials said."
    )
    form.get_by_role("button", name="Add article").click()
    expect(page.get_by_text("1 added as new")).to_be_visible(timeout=30_000)
    page.goto(f"{app_url}/?from=1777-01-01&to=1777-12-31")
    wait_ready(page)
    expect(page.locator(".st-key-cards")).to_contain_text("Tangier", timeout=20_000)
    for path in ("articles", "article", "add", "review"):
        page.goto(f"{app_url}/{path}")
        expect(page.get_by_test_id("stMain")).to_contain_text(re.compile(r"\w{4}"), timeout=30_000)
        page.wait_for_selector("[data-test-script-state='notRunning']", timeout=60_000)
        assert page.locator(EXCEPTION).count() == 0, path
    assert offline.aborted == []
