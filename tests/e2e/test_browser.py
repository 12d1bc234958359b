"""The seed story in a real browser: map, click, cards, date filter, shareable link."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.e2e.conftest import MAP_IFRAME, Offline, wait_ready

YOKOSUKA = (35.28361, 139.66722)
YOKOSUKA_ID = "gn:1848313"


def drawn_places(page: Page) -> set[str]:
    """Place ids drawn in the map's GeoJSON layer, read from Leaflet itself."""
    frame = page.frame_locator(MAP_IFRAME)
    ids = frame.locator("#map_div").evaluate(
        """() => { const out = new Set();
                   window.map.eachLayer(l => { if (l.feature && l.feature.properties.place_id)
                                                 out.add(l.feature.properties.place_id); });
                   return [...out]; }"""
    )
    return set(ids)


def click_at(page: Page, lat: float, lon: float, zoom: int = 10) -> None:
    """Zoom onto a point, wait until the app leaves the view alone, then click it."""
    div = page.frame_locator(MAP_IFRAME).locator("#map_div")
    pt = None
    for _ in range(20):
        pt = div.evaluate(
            """(el, a) => { const m = window.map;
                            if (m.getZoom() !== a[2] || m.getCenter().distanceTo([a[0], a[1]]) > 50) {
                              m.setView([a[0], a[1]], a[2], {animate: false}); return null; }
                            const p = m.latLngToContainerPoint([a[0], a[1]]);
                            const r = el.getBoundingClientRect(); return {x: r.left + p.x, y: r.top + p.y}; }""",
            [lat, lon, zoom],
        )
        if pt is not None:
            break
        page.wait_for_timeout(250)  # st_folium may apply its own centre once after load
    assert pt is not None, "the map never settled on the target view"
    box = page.locator(MAP_IFRAME).bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + pt["x"], box["y"] + pt["y"])


def set_date(page: Page, label: str, value: str) -> None:
    """Type a date into Streamlit's segmented date field, as a user does: year, month, day."""
    page.get_by_role("spinbutton", name=f"year, {label}").click()
    page.keyboard.type(value.replace("-", ""), delay=30)  # each segment moves on when full
    page.keyboard.press("Tab")  # to the calendar button, still inside the widget
    page.keyboard.press("Tab")  # out of the widget: the value is committed


def test_seed_story_end_to_end(page: Page, app_url: str, offline: Offline) -> None:
    page.goto(app_url)
    wait_ready(page)
    expect(page.get_by_text("event(s) at")).to_be_visible(timeout=20_000)
    assert YOKOSUKA_ID in _poll(lambda: drawn_places(page), lambda s: YOKOSUKA_ID in s)

    click_at(page, *YOKOSUKA)
    cards = page.locator(".st-key-cards")
    expect(
        cards.get_by_role("heading", name="welcomed aboard a South Korean warship")
    ).to_be_visible(timeout=15_000)
    expect(cards.get_by_text("ROKS Marado", exact=False).first).to_be_visible()
    expect(page).to_have_url(re.compile(r"place=gn(:|%3A)1848313"), timeout=10_000)

    # a date range away from November 2024: Yokosuka is no longer drawn
    set_date(page, "From", "1900-01-01")
    expect(page).to_have_url(re.compile(r"from=1900-01-01"), timeout=15_000)
    set_date(page, "To", "2024-10-01")
    expect(page.get_by_text("event(s) at")).to_contain_text("2024", timeout=15_000)
    gone = _poll(lambda: drawn_places(page), lambda s: YOKOSUKA_ID not in s and len(s) > 0)
    assert YOKOSUKA_ID not in gone
    assert "rg:korean-peninsula" in gone
    assert offline.aborted == []


NAIROBI, NAIROBI_ID = (-1.28333, 36.81667), "gn:184745"
ADEN, ADEN_ID = (12.77957, 45.03852), "gn:415189"


def highlighted(page: Page) -> list[str]:
    """Place ids of the server's highlight layer (its features take no clicks)."""
    return (
        page.frame_locator(MAP_IFRAME)
        .locator("#map_div")
        .evaluate(
            """() => { const out = [];
                   window.map.eachLayer(l => { if (l.feature && l.feature.properties.place_id
                                                   && l.options && l.options.interactive === false)
                                                 out.push(l.feature.properties.place_id); });
                   return out; }"""
        )
    )


def test_the_highlight_follows_the_click_not_the_click_before(
    page: Page, app_url: str, offline: Offline
) -> None:
    # a fresh user saw the ring stay on the place clicked before: the highlight was drawn
    # from the selection the rerun started with, before the click was read
    page.goto(f"{app_url}/?from=1900-01-01&to=2030-12-31")
    wait_ready(page)
    expect(page.get_by_text("event(s) at")).to_be_visible(timeout=20_000)
    cards = page.locator(".st-key-cards")
    click_at(page, *NAIROBI)
    expect(cards.get_by_text("Nairobi ·").first).to_be_visible(timeout=15_000)
    assert _poll(lambda: highlighted(page), lambda ids: ids == [NAIROBI_ID]) == [NAIROBI_ID]
    click_at(page, *ADEN)
    expect(cards.get_by_text("Aden ·").first).to_be_visible(timeout=15_000)
    assert _poll(lambda: highlighted(page), lambda ids: ids == [ADEN_ID]) == [ADEN_ID]
    assert offline.aborted == []


def _open_link_to_one_event(page: Page, url: str, heading: str, place_id: str) -> None:
    """Open ``url``; the place must hold one event card and be drawn, not Yokosuka."""
    page.goto(url)
    wait_ready(page)
    expect(page.get_by_text("1 event(s) placed here")).to_be_visible(timeout=20_000)
    cards = page.locator(".st-key-cards")
    expect(cards.get_by_role("heading", name=heading)).to_be_visible(timeout=15_000)
    drawn = _poll(lambda: drawn_places(page), lambda s: place_id in s)
    assert place_id in drawn
    assert YOKOSUKA_ID not in drawn


def test_shared_link_restores_the_view(page: Page, app_url: str, offline: Offline) -> None:
    _open_link_to_one_event(
        page,
        f"{app_url}/?from=1900-01-01&to=1950-12-31&place=rg:korean-peninsula",
        "occupation of the Korean Peninsula",
        "rg:korean-peninsula",
    )
    assert offline.aborted == []


def _poll(read, ok, timeout: float = 15.0):  # type: ignore[no-untyped-def]
    import time

    deadline = time.monotonic() + timeout
    value = read()
    while not ok(value) and time.monotonic() < deadline:
        time.sleep(0.25)
        value = read()
    return value


def test_a_link_to_map_by_its_name_lands_on_the_map_with_its_filters(
    page: Page, app_url: str, offline: Offline
) -> None:
    # the Map is the default page, served at "/"; "/map" was "Page not found"
    _open_link_to_one_event(
        page,
        f"{app_url}/map?from=1900-01-01&to=1950-12-31&place=rg:korean-peninsula",
        "occupation of the Korean Peninsula",
        "rg:korean-peninsula",
    )
    assert "/map" not in page.url
    assert offline.aborted == []


def test_a_link_with_every_filter_reproduces_the_view(
    page: Page, app_url: str, offline: Offline
) -> None:
    _open_link_to_one_event(
        page,
        f"{app_url}/?from=2024-10-01&to=2024-11-30&type=15&country=KP&geo=3&q=missile&place=cc:KP",
        "supervised a test flight",
        "cc:KP",
    )
    for part in ("type=15", "country=KP", "geo=3", "q=missile"):
        assert part in page.url
    assert offline.aborted == []


def test_brushing_the_timeline_sets_the_date_filter(
    page: Page, app_url: str, offline: Offline
) -> None:
    page.goto(f"{app_url}/?from=2024-10-01&to=2024-11-30")
    wait_ready(page)
    chart = page.locator("[class*='st-key-timeline']")
    chart.scroll_into_view_if_needed()
    expect(chart.locator("canvas, svg").first).to_be_visible(timeout=15_000)
    box = chart.bounding_box()
    assert box is not None
    y = box["y"] + box["height"] * 0.4
    page.mouse.move(box["x"] + box["width"] * 0.45, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.70, y, steps=8)
    page.mouse.up()
    # the brushed range becomes the filter: the heading and the URL change to it
    heading = page.get_by_text(re.compile(r"event\(s\) at"))
    expect(heading).not_to_contain_text("01 Oct 2024 – 30 Nov 2024", timeout=15_000)
    got = re.search(r"(\d\d \w{3} \d{4}) – (\d\d \w{3} \d{4})", heading.inner_text())
    assert got is not None
    expect(page).not_to_have_url(re.compile(r"from=2024-10-01&"), timeout=10_000)
    assert "from=2024-1" in page.url
    assert "to=2024-1" in page.url
    assert offline.aborted == []


def test_playback_advances_through_time(page: Page, app_url: str, offline: Offline) -> None:
    page.goto(f"{app_url}/?from=2024-10-01&to=2024-11-30")
    wait_ready(page)
    page.get_by_text("Play through time").click()
    window = page.locator(".st-key-play_window")
    expect(window).to_contain_text("01 Oct 2024", timeout=15_000)
    expect(window).not_to_contain_text("01 Oct 2024", timeout=15_000)  # it moved on by itself
    page.get_by_text("Play through time").click()  # pause
    expect(window).to_have_count(0, timeout=10_000)
    assert offline.aborted == []


def test_a_review_correction_survives_a_reload_and_moves_the_marker(
    page: Page, app_url: str, offline: Offline
) -> None:
    page.goto(f"{app_url}/review")
    form = page.get_by_test_id("stForm").filter(has_text="Washington").first
    expect(form).to_be_visible(timeout=30_000)
    form.get_by_label("Name", exact=True).fill("Olympia")
    form.get_by_label("Latitude").fill("47.0379")
    form.get_by_label("Longitude").fill("-122.9007")
    form.get_by_role("button", name="Apply to every mention").click()
    expect(page.get_by_text("Corrected Washington;")).to_be_visible(timeout=30_000)
    page.goto(f"{app_url}/?from=2023-01-01&to=2024-11-30")  # a fresh load reads the store again
    wait_ready(page)
    drawn = _poll(lambda: drawn_places(page), lambda s: "user:washington" in s)
    assert "user:washington" in drawn
    assert "gn:4140963" not in drawn
    assert offline.aborted == []


def test_go_to_place_puts_the_place_in_the_url_and_the_link_reopens_it(
    page: Page, app_url: str, offline: Offline
) -> None:
    page.goto(f"{app_url}/?from=1900-01-01&to=2024-11-30")
    wait_ready(page)
    page.locator('.st-key-map_controls [data-testid="stSelectbox"]').first.click()
    page.keyboard.type("Yokosuka")
    page.get_by_role("option", name=re.compile("^Yokosuka")).first.click()
    expect(page.get_by_text("Yokosuka · 2 event(s) placed here")).to_be_visible(timeout=20_000)
    # the address bar itself (Playwright's page.url can lag a history update)
    page.wait_for_function("() => /[?&]place=gn(:|%3A)1848313/.test(location.href)", timeout=10_000)
    wait_ready(page)  # and it stays there once the page is idle
    link = page.evaluate("location.href")
    assert re.search(r"[?&]place=gn(:|%3A)1848313", link)
    assert "from=1900-01-01" in link
    page.goto(link)  # the shared link: the same place's cards
    expect(page.get_by_text("Yokosuka · 2 event(s) placed here")).to_be_visible(timeout=20_000)
    assert offline.aborted == []


def test_clear_filters_after_a_search_clears_it_from_the_box_and_the_url(
    page: Page, app_url: str, offline: Offline
) -> None:
    # "q" was bound to the URL by Streamlit, which refuses to let the app delete it
    page.goto(f"{app_url}/?from=1900-01-01&to=2024-11-30&q=missile")
    wait_ready(page)
    box = page.get_by_label("Search titles, summaries and sentences")
    expect(box).to_have_value("missile")
    page.get_by_role("button", name="Clear filters").first.click()
    page.wait_for_function("() => !/[?&]q=/.test(location.href)", timeout=15_000)
    wait_ready(page)
    expect(box).to_have_value("")
    assert page.locator('[data-testid="stException"]').count() == 0
    assert "from=1900-01-01" in page.evaluate("location.href")
    assert offline.aborted == []
