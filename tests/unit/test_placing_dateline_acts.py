"""Where an act told with no place of its own goes when the story has a dateline
(``dateline_acts``): the dateline city stands only for acts done at the seat the bureau
covers; field acts go to a country (geo precision 3) or nowhere; a capital named as the
party, the venue of talks, a country turned to for help are no place of the act; "the
scene" is the happening's place. Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _precision(ev: Event) -> int | None:
    p = ev.location.place if ev.location else None
    return p.geo_precision if p else None


# ------------------------------------------------ rule 1: armed men or a crowd abroad


@pytest.mark.parametrize(
    "body",
    [
        "PERTH (Reef Wire) - Gunmen raided a village on Monday, killing five people, "
        "officials in Papua New Guinea said.",
        "PERTH (Reef Wire) - A mob burned a police station on Monday. The unrest in "
        "Papua New Guinea has grown since March.",
    ],
)
def test_armed_men_abroad_go_to_the_country_the_story_names(extract: Extract, body: str) -> None:
    acts = rooted(extract(body), "18")
    assert acts
    assert where(acts[0]) == ("Papua New Guinea", "PG")
    assert _precision(acts[0]) == 3


def test_armed_men_with_no_country_named_get_no_place(extract: Extract) -> None:
    acts = rooted(extract("PERTH (Reef Wire) - Armed men ambushed a truck on Monday."), "18")
    assert acts
    assert where(acts[0]) == (None, None)


# ------------------------------------------------ rule 2: a state's own force


def test_a_states_force_with_no_place_is_in_its_country(extract: Extract) -> None:
    body = "NAIROBI (Lake Desk) - Ethiopian troops shelled rebel camps on Monday."
    acts = rooted(extract(body), "19")
    assert acts
    assert where(acts[0]) == ("Ethiopia", "ET")


def test_near_miss_a_force_in_a_story_naming_the_dateline_country(extract: Extract) -> None:
    # the story names the dateline's country: the force acted there, as far as it tells
    body = (
        "KYIV (Dnipro Desk) - Russian forces shelled positions overnight, the Ukrainian army said."
    )
    acts = rooted(extract(body), "19")
    assert acts
    assert where(acts[0]) == ("Ukraine", "UA")
    assert _precision(acts[0]) == 3


def test_near_miss_a_foreign_strike_is_not_in_the_strikers_country(extract: Extract) -> None:
    # "militants" in a later clause is not what the drone struck: no fight against irregulars
    body = (
        "MOGADISHU — Relatives of a farmer killed when a US drone struck his car on Sunday "
        "said on Monday that he had no links to militants."
    )
    acts = rooted(extract(body), "18", "19")
    assert acts
    assert all(where(e)[1] != "US" for e in acts)


# ------------------------------------------------ rule 3: the dateline city as a party


@pytest.mark.parametrize(
    ("body", "root", "country"),
    [
        (
            "MOSCOW (Steppe Wire) - Moscow said its forces had captured three villages on Monday.",
            "19",
            "RU",
        ),
        (
            "WASHINGTON (Capitol Desk) - Washington said on Monday it had seized a cargo ship.",
            "17",
            "US",
        ),
    ],
)
def test_a_capital_named_as_the_party_is_not_the_place(
    extract: Extract, body: str, root: str, country: str
) -> None:
    acts = rooted(extract(body), root)
    assert acts
    assert where(acts[0])[1] == country
    assert _precision(acts[0]) == 3


def test_near_miss_a_capital_told_as_where_people_spoke_stays(extract: Extract) -> None:
    body = "In Moscow, officials said on Monday that police had arrested four men in Moscow."
    acts = rooted(extract(body), "17")
    assert acts
    assert where(acts[0]) == ("Moscow", "RU")


# ------------------------------------------------ rule 4: released after talks


@pytest.mark.parametrize(
    ("body", "country"),
    [
        (
            "DOHA (Gulf Desk) - Three engineers held by rebels in Niger were freed on Monday "
            "after talks in Doha, officials said.",
            "NE",
        ),
        (
            "ROME (Tiber Wire) - An Italian priest was released on Monday after negotiations in "
            "Doha, a year after he was kidnapped by gunmen in Mali.",
            "ML",
        ),
    ],
)
def test_a_release_is_where_the_captives_were_held(
    extract: Extract, body: str, country: str
) -> None:
    releases = rooted(extract(body), "084")
    assert releases
    assert where(releases[0])[1] == country


def test_a_release_after_talks_is_not_at_the_venue_or_dateline(extract: Extract) -> None:
    body = "DOHA (Gulf Desk) - Militants freed four hostages on Monday after talks in Doha."
    releases = rooted(extract(body), "084")
    assert releases
    assert where(releases[0])[1] != "QA"


def test_near_miss_a_deal_after_talks_keeps_their_venue(extract: Extract) -> None:
    body = "DOHA (Gulf Desk) - Israel and Hamas agreed to a truce on Monday after talks in Doha."
    deals = [e for e in extract(body) if e.event_type.code in ("03", "05", "08")]
    assert deals
    assert where(deals[0]) == ("Doha", "QA")


# ------------------------------------------------ rule 5: field acts under a capital's dateline


@pytest.mark.parametrize(
    ("body", "root"),
    [
        (
            "KYIV (Dnipro Desk) - Forces shelled positions near the front overnight, the general "
            "staff said.",
            "19",
        ),
        (
            "KYIV (Dnipro Desk) - Fighting raged along the front line on Monday, officials said.",
            "19",
        ),
        ("LIMA (Andes Desk) - Peruvian police on Monday arrested a former governor.", "17"),
    ],
)
def test_a_field_act_is_not_at_the_capital_dateline(extract: Extract, body: str, root: str) -> None:
    acts = rooted(extract(body), root)
    assert acts
    city = body.split(" ", 1)[0].title()
    assert where(acts[0])[0] != city
    assert _precision(acts[0]) in (3, None)


@pytest.mark.parametrize(
    ("body", "root"),
    [
        # statements, meetings and protests happen at the seat the bureau covers
        (
            "KYIV (Dnipro Desk) - Hundreds of students protested on Monday against the new law.",
            "14",
        ),
        ("DAKAR (Sahel Desk) - Police fired tear gas at protesters on Monday.", "17"),
    ],
)
def test_near_miss_acts_at_the_seat_keep_the_dateline(
    extract: Extract, body: str, root: str
) -> None:
    acts = rooted(extract(body), root)
    assert acts
    assert where(acts[0])[0] == body.split(" ", 1)[0].title()


# ------------------------------------------------ rule 6: the scene


@pytest.mark.parametrize(
    "body",
    [
        "KYIV (Dnipro Desk) - A mudslide buried houses in the village of Kosiv on Monday. "
        "The governor flew to the area on Tuesday.",
        "KYIV (Dnipro Desk) - A flood swept through the village of Kosiv on Monday. "
        "The president visited the scene on Tuesday.",
    ],
)
def test_the_scene_is_the_happenings_place(extract: Extract, body: str) -> None:
    visits = rooted(extract(body), "04")
    assert visits
    assert where(visits[0]) == ("Kosiv", "UA")


# ------------------------------------------------ rule 7: turned to a country for help


@pytest.mark.parametrize(
    "body",
    [
        "BAMAKO (Sahel Desk) - The junta, which has turned to Russia for help, said "
        "soldiers killed 20 militants on Monday.",
        "BANGUI (Ubangi Desk) - The government turned to Russia for help in fighting rebels "
        "on Monday.",
    ],
)
def test_a_country_turned_to_is_no_place(extract: Extract, body: str) -> None:
    # the second asks Russia for aid (§023, session 92): the appeal, not its purpose "fighting"
    acts = rooted(extract(body), "19", "18", "02")
    assert acts
    assert all(where(e)[1] != "RU" for e in acts)


def test_an_appeal_to_a_capital_is_not_made_in_it(extract: Extract) -> None:
    body = (
        "BAMAKO (Sahel Desk) - Mali turned to Russia on Monday, asking Moscow to send instructors."
    )
    appeals = rooted(extract(body), "02")
    assert appeals
    assert all(where(e)[1] != "RU" for e in appeals)
