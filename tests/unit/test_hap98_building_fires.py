"""A fire in a building told by the block's storeys, by a bare "fire" opening a when-clause, by
its day or its building's name, as the subject of its toll, or as where a later act took place
is the building's fire (EM-DAT (CRED) technological: miscellaneous accident), and a fire an
armed actor set or fired is not (CAMEO 1.1b3 §18-§20): issue 16, the "no event read" class of
sets AZ, U and BE (``data/events/hazards.csv``, ``events/embedded_acts._AFTER``). Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract

FIRE = "DIS-ACCIDENT"


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        "SHARJAH (AP) — A fire tore through a nine-storey block of flats in Sharjah early on "
        "Tuesday, killing five people, officials said.",
        "Nine people died when fire swept through a tower block in Bucharest on Monday night, "
        "the emergency service said.",
        "The toll from Sunday's fire at a care home in Madrid rose to 11 on Tuesday, the "
        "regional government said.",
        "Hundreds of residents fled the blaze at Marina Heights Tower in Dubai on Monday night.",
        "The blaze that killed 14 residents in Ploiesti on Sunday began in a ground-floor flat, "
        "investigators said.",
        "KUALA LUMPUR — A fire broke out at an amusement arcade in Kuala Lumpur on Saturday "
        "night, killing four people.",
    ],
)
def test_a_building_fire_is_read(extract: Extract, body: str) -> None:
    assert FIRE in [code(e) for e in extract(body)]


def test_the_building_where_a_fire_killed_is_that_fire_on_its_own_day(extract: Extract) -> None:
    events = extract(
        "Police arrested the landlord of the Lagos building where a fire killed 12 people on "
        "Sunday, a spokesman said."
    )
    fires = [e for e in events if code(e) == FIRE]
    assert fires
    assert fires[0].date_start == date(2026, 6, 14)  # the Sunday before PUB


@pytest.mark.parametrize(
    "body",
    [
        "Israeli tank fire gutted a five-storey building in Gaza City on Tuesday, killing 12 "
        "people.",
        "Gunmen set fire to a six-storey hotel in the city on Tuesday, killing nine guests.",
        "Shelling set off a fire that tore through a six-storey building in Kharkiv on Tuesday.",
        "The fire that killed 85 people in Paradise swept through forests and homes.",
        "Soldiers opened fire at a market in the town on Tuesday, killing four people.",
        "Troops came under fire at the Grand Hotel on Tuesday.",
    ],
)
def test_a_fire_of_force_or_a_wildfire_is_no_building_fire(extract: Extract, body: str) -> None:
    assert FIRE not in [code(e) for e in extract(body)]
