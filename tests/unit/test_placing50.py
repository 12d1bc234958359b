"""Where an event is put (placing50): a border closed on the closer's side, talks between
foreign parties under a bureau's dateline, a country in a statement's clause of condition, a
place in a clause of result or where a launch came down, an institution named by a place
abroad or by its country, a force sent toward a place, a route between two towns, a court's
act on a state's office-holder, and background at a site the gazetteer lacks. Sentences written for these tests; each rule has a near miss that must not
change."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted, where

PUB = "2025-03-12"


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _one(extract: Extract, body: str, *roots: str):  # type: ignore[no-untyped-def]
    events = rooted(extract(body, PUB), *roots)
    assert events, body
    return events[0]


# ------------------------------------------------- 1. a border closed with a neighbour


@pytest.mark.parametrize(
    "body",
    [
        "N'DJAMENA — Chadian troops closed the border with Sudan on Tuesday.",
        "N'DJAMENA — Soldiers closed the border with Sudan on Tuesday.",
    ],
)
def test_a_border_closed_with_a_neighbour_is_on_the_closers_side(
    extract: Extract, body: str
) -> None:
    ev = _one(extract, body, "19")
    assert where(ev)[1] == "TD"


def test_near_miss_force_at_a_neighbour_is_still_in_its_country(extract: Extract) -> None:
    ev = _one(extract, "N'DJAMENA — Chadian troops shelled Sudan on Tuesday.", "19")
    assert where(ev)[1] == "SD"


# ------------------------------------------- 2. talks between parties abroad, no venue


@pytest.mark.parametrize(
    "body",
    [
        "NAIROBI — Ethiopia and Eritrea held talks on Tuesday.",
        "PARIS — Beijing held talks with Tokyo on Tuesday.",
    ],
)
def test_talks_between_foreign_parties_take_no_place_from_the_dateline(
    extract: Extract, body: str
) -> None:
    ev = _one(extract, body, "04")
    assert ev.location is None


def test_near_miss_talks_with_the_datelines_country_keep_it(extract: Extract) -> None:
    ev = _one(extract, "NAIROBI — Kenya and Somalia held talks on Tuesday.", "04")
    assert where(ev)[1] == "KE"


# ------------------------------------------ 3. a country awaited in a clause of condition


def test_a_country_awaited_in_a_clause_of_condition_is_no_place(extract: Extract) -> None:
    body = (
        "LONDON — Venezuela's president said his country would not negotiate until Guyana "
        "withdrew its claim."
    )
    ev = _one(extract, body, "12")
    assert where(ev)[1] != "GY"


# ------------------------------------------- 4. a clause of result, where a launch fell


def test_a_place_in_a_clause_of_result_is_not_where_force_struck(extract: Extract) -> None:
    body = "KYIV — Russian drones struck a power plant on Monday, cutting electricity to Odesa."
    ev = _one(extract, body, "19")
    assert where(ev)[0] != "Odesa"
    assert where(ev)[1] == "UA"


def test_near_miss_a_toll_told_in_the_result_is_where_it_struck(extract: Extract) -> None:
    body = (
        "KYIV — Russian drones struck a power plant on Monday, leaving three workers dead in Odesa."
    )
    assert where(_one(extract, body, "19"))[0] == "Odesa"


def test_where_a_launched_missile_fell_is_its_path(extract: Extract) -> None:
    body = "TOKYO — North Korea fired a ballistic missile on Tuesday, and it fell near Hokkaido."
    ev = _one(extract, body, "15")
    assert where(ev)[1] == "KP"


# ------------------------------------------------------------------- 5. institutions


@pytest.mark.parametrize(
    "body",
    [
        "NAIROBI — Students protested at Yale University on Tuesday.",
        "NAIROBI — Students protested at Harvard University on Tuesday.",
    ],
)
def test_an_institution_named_by_a_town_abroad_is_not_in_the_dateline_city(
    extract: Extract, body: str
) -> None:
    ev = _one(extract, body, "14")
    assert ev.location is None


def test_near_miss_an_institution_named_by_a_town_at_home_stays_in_the_dateline_city(
    extract: Extract,
) -> None:
    ev = _one(extract, "NEW YORK — Students protested at Columbia University on Tuesday.", "14")
    assert where(ev)[1] == "US"
    assert where(ev)[0] != "Columbia"


def test_a_countrys_university_is_at_the_capital_the_story_was_filed_from(
    extract: Extract,
) -> None:
    body = "ACCRA — Students occupied a hall of the University of Ghana on Tuesday."
    assert where(_one(extract, body, "14", "19"))[0] == "Accra"


def test_near_miss_a_countrys_university_under_a_town_dateline_is_the_country(
    extract: Extract,
) -> None:
    body = "KUMASI — Students marched at the University of Ghana on Tuesday."
    assert where(_one(extract, body, "14")) == ("Ghana", "GH")


# ---------------------------------------------------------- 6. a force sent toward X


def test_a_force_sent_toward_a_country_is_there_not_at_home(extract: Extract) -> None:
    ev = _one(extract, "VILNIUS — Russia moved troops toward Lithuania on Tuesday.", "15")
    assert where(ev)[1] == "LT"


def test_near_miss_a_missile_launched_toward_a_sea_keeps_the_launcher(extract: Extract) -> None:
    body = "SEOUL — North Korea launched a ballistic missile toward the East Sea on Tuesday."
    assert where(_one(extract, body, "15"))[1] == "KP"


# ------------------------------------------------------ 7. routes, 8. courts


def test_an_act_on_a_road_between_two_towns_is_their_country(extract: Extract) -> None:
    body = "LAGOS — Gunmen attacked a bus on the highway between Abuja and Kaduna on Tuesday."
    assert where(_one(extract, body, "18")) == ("Nigeria", "NG")


def test_near_miss_an_act_in_a_town_stays_there(extract: Extract) -> None:
    body = "LAGOS — Gunmen attacked a bus in Kaduna on Tuesday."
    assert where(_one(extract, body, "18"))[0] == "Kaduna"


def test_a_court_act_on_a_states_office_holder_is_in_that_state(extract: Extract) -> None:
    body = (
        "NAIROBI — Former Ugandan opposition leader Kizza Besigye was sentenced to 10 years "
        "on Tuesday."
    )
    assert where(_one(extract, body, "11"))[1] == "UG"


def test_near_miss_a_national_sentenced_keeps_the_dateline(extract: Extract) -> None:
    body = "MOSCOW — An American journalist was sentenced to 16 years on Tuesday."
    assert where(_one(extract, body, "11"))[1] == "RU"


def test_near_miss_an_international_court_is_not_the_states_own(extract: Extract) -> None:
    body = "NAIROBI — Former Sudanese president Omar al-Bashir was indicted by the ICC on Tuesday."
    ev = _one(extract, body, "17")
    assert "office-holder" not in ev.location_reason


# ------------------------------------------------ 9. background at an unknown site


def test_background_at_a_site_the_gazetteer_lacks_is_the_datelines_country(
    extract: Extract,
) -> None:
    body = "BAMAKO — An ambush in Ogossagou in March 2022 killed 33 soldiers."
    ev = _one(extract, body, "18", "19")
    assert where(ev)[1] == "ML"


def test_near_miss_background_with_no_site_named_has_no_place(extract: Extract) -> None:
    body = "BAMAKO — An ambush in March 2022 killed 33 soldiers."
    ev = _one(extract, body, "18", "19")
    assert ev.location is None
