"""places78: an act whose place is named only by a title, a town's part or site, or an
aftermath told in the main clause.

- "Myanmar's second city", "Nigeria's largest city", "Pakistan's commercial capital" are the
  city ``data/gazetteer/titled_cities.csv`` names (``places.titled_cities``);
- "Nairobi's central business district", "Quetta's Hazara Town": the town in the possessive
  before its own part or a named site in it is where the act was (``events.name_parts``,
  ``events.where``);
- "Rescue teams in Mandalay were digging through rubble, a day after the quake killed …":
  the counted "after" clause's hazard is where its aftermath is told
  (``events.scene_before``).

Sentences written for these tests; the near misses keep their reading."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.events.scene_before import scene_of_aftermath
from dashboard.places.geoparser import Geoparser

Where = Callable[[str], list[tuple[str | None, str]]]


@pytest.fixture(scope="module")
def where(geoparser: Geoparser) -> Where:
    extractor = EventExtractor(geoparser)

    def places(body: str) -> list[tuple[str | None, str]]:
        evs = extractor.extract(parse_article(f"date 2025-03-29\n{body}", path="t"))
        return [
            (e.location.place.name if e.location and e.location.place else None, e.summary)
            for e in evs
        ]

    return places


def located(where: Where, body: str) -> str | None:
    got = where(body)
    assert got, body
    return got[-1][0]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Gunmen killed six people in Nigeria's largest city on Monday.", "Lagos"),
        ("A car bomb exploded in Pakistan's commercial capital on Tuesday.", "Karachi"),
        ("Protesters clashed with police in Turkey's biggest city on Sunday.", "Istanbul"),
        ("Troops shelled the outskirts of Ukraine's second city overnight.", "Kharkiv"),
        ("Troops shelled Ukraine's second-largest city on Friday.", "Kharkiv"),
        (
            "Police arrested 40 demonstrators in Russia's second city on Saturday.",
            "Saint Petersburg",
        ),
        ("Mobs torched shops in India's financial capital on Tuesday.", "Mumbai"),
        ("Gunmen killed six people in the Nigerian commercial capital on Monday.", "Lagos"),
        ("Protesters blocked roads in Kazakhstan's financial hub on Monday.", "Almaty"),
    ],
)
def test_a_city_named_by_its_title_in_its_country(where: Where, sentence: str, place: str) -> None:
    assert located(where, sentence) == place


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # the title's city named after it: that name is the mention, no second one
        ("Police arrested 12 people in Pakistan's second city, Lahore, on Friday.", "Lahore"),
        # no row for India's "second city" (Delhi and Bengaluru are both called so)
        ("Protesters marched in India's second city on Saturday.", None),
        # "the country's": no country named
        ("Police arrested 12 people in the country's largest city on Friday.", None),
    ],
)
def test_a_title_the_file_does_not_hold_adds_no_city(
    where: Where, sentence: str, place: str | None
) -> None:
    assert located(where, sentence) == place


def test_a_title_before_council_is_no_city(geoparser: Geoparser) -> None:
    text = "Nigeria's largest city council voted on Monday to ban street trading."
    names = [m.place.name for m in geoparser.analyse(text).mentions if m.place]
    assert names == ["Nigeria"]


def test_the_title_is_kept_out_of_the_names_as_written(geoparser: Geoparser) -> None:
    # toponym corpora tag the names as written: "Nigeria" only, not "largest city"
    text = "Gunmen killed six people in Nigeria's largest city on Monday."
    assert [m.text for m in geoparser.parse(text)] == ["Nigeria"]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Hundreds marched in Nairobi's central business district on Tuesday.", "Nairobi"),
        ("Gunmen attacked a police station in Quetta's Hazara Town on Monday.", "Quetta"),
        ("Police fired tear gas in Karachi's industrial zone on Monday.", "Karachi"),
        ("Guards beat inmates at Tehran's Evin prison on Sunday.", "Tehran"),
    ],
)
def test_a_town_before_its_own_part_or_site(where: Where, sentence: str, place: str) -> None:
    assert located(where, sentence) == place


@pytest.mark.parametrize(
    "sentence",
    [
        # a site word before another name is that name's: an agency, not a site
        "Protesters attacked Washington's National Park Service on Monday.",
        # a town's market or trade, not a part of it
        "Traders attacked Lagos's financial markets on Monday.",
        # a hotel with no name of its own: no site the town's possessive places
        "Protesters attacked Moscow's hotel on Monday.",
    ],
)
def test_a_town_before_no_part_of_its_own_is_no_place(where: Where, sentence: str) -> None:
    assert located(where, sentence) is None


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Rescue teams in Myanmar's second city were still digging through rubble on "
            "Saturday, a day after the magnitude 7.7 quake killed more than 1,600 people.",
            "Mandalay",
        ),
        (
            "Rescue teams in Myanmar's second city, Mandalay, were still digging on Saturday, "
            "a day after the quake killed 1,600 people.",
            "Mandalay",
        ),
        (
            "Rescuers in Antakya pulled a girl from the rubble on Tuesday, a week after the "
            "earthquake struck.",
            "Antakya",
        ),
        (
            "Soldiers searched through the wreckage in Kharkiv on Friday, a day after a "
            "missile hit the building.",
            "Kharkiv",
        ),
    ],
)
def test_a_counted_after_clause_happened_where_its_aftermath_is(
    where: Where, sentence: str, place: str
) -> None:
    assert located(where, sentence) == place


@pytest.mark.parametrize(
    "sentence",
    [
        # no aftermath at a scene: markets, talks and mourners may be anywhere
        "Digital markets in Tokyo slumped on Monday, a day after the quake killed 200 people.",
        "Relatives of the dead waited in Kathmandu on Monday, two days after the plane crashed.",
        "Leaders met in Brussels on Sunday, two days after the quake killed 1,600 people.",
    ],
)
def test_a_main_clause_with_no_aftermath_lends_no_place(where: Where, sentence: str) -> None:
    assert located(where, sentence) is None


def test_the_after_clause_keeps_its_own_place(where: Where) -> None:
    body = (
        "Rescuers in London were digging through rubble on Sunday, a day after a gunman "
        "killed five people in Manchester."
    )
    assert located(where, body) == "Manchester"


def test_scene_of_aftermath_needs_harm() -> None:
    # a statement's code (CAMEO 01) draws no scene, whatever the main clause says
    text = "Rescue teams in Mandalay were digging, a day after officials said so."
    assert scene_of_aftermath(text, (0, 37), "010", []) == (None, "")
