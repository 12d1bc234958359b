"""When an event with no place of its own takes the dateline city, and when not
(``where.dateline_refines``, ``where.dateline_elsewhere``): sentences written for these
tests, each rule with near misses that must not change."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# ------------------------------------------------ the dateline city refines its own country


def test_a_demonym_actor_in_the_dateline_country_is_placed_in_the_country(
    extract: Extract,
) -> None:
    # an arrest is done in the field, which a capital's dateline does not give: the country
    # the actors and the dateline agree on, at geo precision 3 (``dateline_acts``)
    events = extract("QUITO (AP) - Ecuadorian soldiers on Monday detained 14 suspected smugglers.")
    arrests = real(events, "17")
    assert arrests
    assert where(arrests[0]) == ("Ecuador", "EC")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # actors of another country: the dateline city is not in their country (police: an
        # army's arrests abroad are in the dateline's country, test_placing49)
        ("QUITO (AP) - Colombian police on Monday detained 14 suspected smugglers.", "CO"),
        # an act on water is at sea, not in the dateline city
        ("QUITO (AP) - Ecuadorian sailors on Monday seized a fishing boat in the waters.", "EC"),
    ],
)
def test_the_dateline_city_does_not_refine_another_country_or_the_sea(
    extract: Extract, body: str, expected: str
) -> None:
    events = real(extract(body), "17")
    assert events
    name, code = where(events[0])
    assert name != "Quito"
    assert code == expected


# ------------------------------------------------ no foreign dateline for a story elsewhere


def test_fighting_near_an_unknown_town_is_not_at_a_foreign_dateline(extract: Extract) -> None:
    events = extract(
        "DAKAR, Senegal (Reuters) - Malian soldiers and jihadists fought in the Mopti region "
        "on Monday. Clashes continued on Tuesday near Tinkoutou, a resident said."
    )
    clashes = real(events, "19")
    assert len(clashes) == 2
    assert where(clashes[0]) == ("Mopti", "ML")
    assert where(clashes[1])[1] != "SN"


def test_an_act_in_a_story_about_the_dateline_country_keeps_the_dateline(
    extract: Extract,
) -> None:
    events = real(extract("DAKAR, Senegal (Reuters) - Police fired tear gas at protesters."), "17")
    assert events
    assert where(events[0]) == ("Dakar", "SN")


def test_a_meeting_in_a_story_about_elsewhere_keeps_the_dateline(extract: Extract) -> None:
    # talks are held where the bureau is as often as not: only material acts are kept off it
    events = extract(
        "NAIROBI, Kenya (AFP) - Congolese troops fought M23 rebels in North Kivu on Wednesday. "
        "Mediators met on Thursday to discuss a truce, officials said."
    )
    meetings = real(events, "04")
    assert meetings
    assert where(meetings[0]) == ("Nairobi", "KE")


def test_an_attackers_nationality_does_not_take_the_story_abroad(extract: Extract) -> None:
    # "Russian" names who struck; the story is the dateline country's, and a strike is done
    # in the field, which the dateline city does not give: Ukraine (``dateline_acts``)
    events = extract("KYIV, Ukraine (AP) - Russian drones struck a power plant, officials said.")
    strikes = real(events, "19")
    assert strikes
    assert where(strikes[0]) == ("Ukraine", "UA")
