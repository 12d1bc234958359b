"""Geoparser rules of stop 43 (geo18), each on sentences written for it, with a near miss:
"Greater X" is not the town X unless the text backs it; "X district" is the second-level
division named after the town X (precision 2); "near the town of X" is near X (precision 2);
"Gaza" alone is the Gaza Strip (``data/gazetteer/area_names.csv``)."""

from __future__ import annotations

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Mention
from dashboard.places.geoparser import Geoparser


def named(geoparser: Geoparser, text: str, span: str) -> list[Mention]:
    """The mentions written exactly ``span`` in ``text``."""
    return [m for m in geoparser.parse(text) if m.text == span]


def test_greater_before_a_far_town_is_no_mention_of_it(geoparser: Geoparser) -> None:
    text = "Dili and Canberra will reopen talks on the Greater Sunrise gas field in the Timor Sea."
    assert [m.text for m in geoparser.parse(text) if m.text == "Sunrise"] == []
    text = "Engineers from Norway surveyed the Greater Kinsale shelf near the Faroe Islands."
    assert [m.text for m in geoparser.parse(text) if m.text == "Kinsale"] == []


def test_greater_before_a_metropolis_or_a_home_town_stays(geoparser: Geoparser) -> None:
    # near misses: a city of millions, and a town in the country the text is set in
    (m,) = named(geoparser, "Rents rose across Greater Cairo this spring.", "Cairo")
    assert m.place is not None
    assert m.place.country_code == "EG"
    text = "Fort Lauderdale and Greater Sunrise, Florida, saw rents rise this spring."
    (m,) = named(geoparser, text, "Sunrise")
    assert m.place is not None
    assert m.place.country_code == "US"


def test_a_district_after_a_town_is_the_district(geoparser: Geoparser) -> None:
    text = "Shells fell on three villages of the Kupiansk district overnight, the governor said."
    (m,) = named(geoparser, text, "Kupiansk")
    assert m.place is not None
    assert (m.place.kind, m.place.country_code, m.place.geo_precision) == ("admin2", "UA", 2)
    assert abs(m.place.lat - 49.7) < 0.2
    assert abs(m.place.lon - 37.6) < 0.2
    text = "Police closed roads in Kandahar district after the blast, Afghan officials said."
    (m,) = named(geoparser, text, "Kandahar")
    assert m.place is not None
    assert (m.place.kind, m.place.country_code, m.place.geo_precision) == ("admin2", "AF", 2)


def test_a_district_court_or_a_us_district_stays_the_town(geoparser: Geoparser) -> None:
    # near misses: a court of the town, a school district in the United States, and the
    # town alone
    (m,) = named(geoparser, "The Osaka district court fined him on Friday.", "Osaka")
    assert m.place is not None
    assert m.place.kind == "city"
    text = "Teachers in the Madison district of Wisconsin voted to strike."
    (m,) = named(geoparser, text, "Madison")
    assert m.place is not None
    assert (m.place.kind, m.place.country_code) == ("city", "US")
    (m,) = named(geoparser, "Shells fell on Kupiansk overnight.", "Kupiansk")
    assert m.place is not None
    assert m.place.kind == "city"


def test_a_district_in_indonesia_still_moves_there(geoparser: Geoparser) -> None:
    # near miss of the district rule: a district whose town lies abroad still moves into the
    # one country the text is set in (regencies.districts)
    text = "Landslides cut roads in Karo district, North Sumatra, Indonesia, on Sunday."
    (m,) = [m for m in geoparser.parse(text) if m.text.startswith("Karo")]
    assert m.place is not None
    assert m.place.country_code == "ID"


def test_gaza_alone_is_the_strip(geoparser: Geoparser) -> None:
    text = "Aid trucks entered Gaza on Sunday after a week of talks in Cairo."
    (m,) = named(geoparser, text, "Gaza")
    assert m.place is not None
    assert (m.place.name, m.place.kind, m.place.geo_precision) == ("Gaza Strip", "region", 3)
    text = "Tanks moved into Khan Younis in southern Gaza overnight."
    (m,) = named(geoparser, text, "Gaza")
    assert m.place is not None
    assert m.place.name == "Gaza Strip"


def test_gaza_city_and_a_namesake_abroad_stay(geoparser: Geoparser) -> None:
    # near misses: the city by its full name or called a city, and Mozambique's province
    for text, span in (
        ("Strikes hit Gaza City overnight.", "Gaza City"),
        ("Strikes hit the city of Gaza overnight.", "Gaza"),
    ):
        (m,) = named(geoparser, text, span)
        assert m.place is not None
        assert (m.place.kind, m.place.geo_precision) == ("city", 1)
    (m,) = named(geoparser, "Floods hit Gaza, Mozambique, on Monday.", "Gaza")
    assert m.place is not None
    assert m.place.country_code == "MZ"


@pytest.fixture(scope="module")
def located(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)

    def first(body: str) -> tuple[str | None, int | None]:
        evs = extractor.extract(parse_article(f"date 2026-03-04\n{body}", path="t"))
        loc = evs[0].location if evs else None
        if loc is None or loc.place is None:
            return None, None
        return loc.place.name, loc.place.geo_precision

    return first


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("A drone struck a farmhouse near the Pakistani town of Chaman on Monday.", "Chaman"),
        ("Soldiers clashed with smugglers near the village of Dhromolaxia on Monday.", None),
        ("Gunmen attacked a police post outside the northern city of Kano on Monday.", "Kano"),
    ],
)
def test_near_the_town_of_x_is_precision_two(located, body: str, place: str | None) -> None:  # type: ignore[no-untyped-def]
    name, precision = located(body)
    if place is not None:
        assert name == place
    assert precision == 2


def test_in_the_town_of_x_stays_precision_one(located) -> None:  # type: ignore[no-untyped-def]
    # near miss: the act was in the town, not near it
    name, precision = located("A drone struck a farmhouse in the Pakistani town of Chaman.")
    assert (name, precision) == ("Chaman", 1)


def test_the_strip_places_a_release_at_precision_three(located) -> None:  # type: ignore[no-untyped-def]
    assert located("Hamas released two captives in Gaza on Monday.") == ("Gaza Strip", 3)


def test_a_town_after_and_keeps_its_own_precision(located) -> None:  # type: ignore[no-untyped-def]
    # near miss: "near" belongs to the first town; "and the city of" names the second outright
    body = "Russian drones hit a fuel depot near Lviv and the city of Lutsk on Monday."
    assert located(body) == ("Lutsk", 1)
