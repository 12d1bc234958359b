"""geo12: a state the text names only by a word it reads as another place backs no town."""

from __future__ import annotations

from dashboard.model import Mention
from dashboard.places.geoparser import Geoparser


def named(gp: Geoparser, text: str, surface: str) -> list[Mention]:
    return [m for m in gp.parse(text) if m.text == surface]


def test_the_capital_read_as_the_capital_does_not_put_a_town_in_the_state(
    geoparser: Geoparser,
) -> None:
    text = "Officials in Washington said the envoy would fly to Geneva on Monday."
    capital = named(geoparser, text, "Washington")[0].place
    assert capital is not None
    assert (capital.kind, capital.admin1) == ("city", "US-DC")
    found = named(geoparser, text, "Geneva")
    assert found
    place = found[0].place
    assert place is not None
    assert (place.kind, place.country_code) == ("city", "CH")
    assert abs((place.lat or 0.0) - 46.2) < 0.3
    assert abs((place.lon or 0.0) - 6.15) < 0.3


def test_a_state_the_text_resolves_still_backs_its_town(geoparser: Geoparser) -> None:
    # near miss: "Spokane, Washington" names the state, so Geneva stays there
    text = "Volunteers came from Spokane, Washington, and Geneva for the cleanup."
    found = named(geoparser, text, "Geneva")
    assert found
    place = found[0].place
    assert place is not None
    assert (place.country_code, place.admin1) == ("US", "US-WA")


# ------------------------------------------------ a member of Congress sets a big US city


def test_a_us_senator_keeps_a_big_us_city(geoparser: Geoparser) -> None:
    found = named(
        geoparser, "A US senator toured a steel plant in Birmingham on Friday.", "Birmingham"
    )
    assert found
    place = found[0].place
    assert place is not None
    assert (place.country_code, place.admin1) == ("US", "US-AL")
    assert abs((place.lat or 0.0) - 33.5) < 0.3


def test_a_us_senator_does_not_keep_a_small_town(geoparser: Geoparser) -> None:
    # near miss: Illinois' Geneva is a town of 22,000; Switzerland's city is nine times it
    text = "A US senator met Iranian envoys in Geneva on Friday."
    found = named(geoparser, text, "Geneva")
    assert found
    place = found[0].place
    assert place is not None
    assert place.country_code == "CH"
