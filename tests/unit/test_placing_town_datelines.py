"""Where an act told with no place of its own goes under a town's dateline that is not a
capital (``dateline_acts.fought_afield``): fighting between the country's own sides is in
the country (geo precision 3), as under a capital's dateline; a police act, a crowd's act,
a crime or a strike on the town keeps the town. Every sentence was written for these
tests."""

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


@pytest.mark.parametrize(
    ("body", "root", "country"),
    [
        # a state's military force, aimed at irregulars or not
        (
            "KHARKIV (Steppe Desk) - Soldiers fired artillery at insurgent trenches on Monday, "
            "the general staff said.",
            "19",
            "UA",
        ),
        (
            "MAIDUGURI (Lake Chad Desk) - Troops killed 30 insurgents in a raid on Tuesday, "
            "the army said.",
            "19",
            "NG",
        ),
        (
            "KANDAHAR (Border Desk) - Warplanes bombed militant hideouts on Wednesday, "
            "officials said.",
            "19",
            "AF",
        ),
        (
            "KARACHI (Indus Desk) - The army said it had carried out dozens of raids on Tuesday.",
            "17",
            "PK",
        ),
        # a listed armed group of the country
        (
            "PORT SUDAN (Red Sea Desk) - The RSF shelled a displacement camp on Tuesday. "
            "Sudan's government condemned the attack.",
            "19",
            "SD",
        ),
    ],
)
def test_fighting_under_a_towns_dateline_is_in_the_country(
    extract: Extract, body: str, root: str, country: str
) -> None:
    acts = rooted(extract(body), root)
    assert acts
    assert where(acts[0])[1] == country
    assert where(acts[0])[0] != body.split(" (", 1)[0].title()
    assert _precision(acts[0]) == 3


@pytest.mark.parametrize(
    ("body", "root", "town"),
    [
        # the town's own news: police acts, the repression of a protest, a riot
        (
            "KARACHI (Indus Desk) - Police arrested three men suspected of smuggling on Monday.",
            "17",
            "Karachi",
        ),
        (
            "MAIDUGURI (Lake Chad Desk) - Police detained a suspected gunrunner on Tuesday.",
            "17",
            "Maiduguri",
        ),
        ("MOMBASA (Coast Desk) - Police fired tear gas at protesters on Tuesday.", "17", "Mombasa"),
        # a clash of police and protesters is a violent protest since stop 72 (CAMEO 1.1b3
        # §145, "clash with police"); the town is what this case is about
        ("MOMBASA (Coast Desk) - Police clashed with protesters on Tuesday.", "145", "Mombasa"),
        (
            "LAGOS (Delta Desk) - Rioters looted shops in the market on Monday. Nigeria's police "
            "promised arrests.",
            "14",
            "Lagos",
        ),
        # a strike on the town by a foreign force, or by no named doer
        (
            "KHARKIV (Steppe Desk) - Rescuers searched the rubble of a school that Russian forces "
            "struck on Monday.",
            "19",
            "Kharkiv",
        ),
        (
            "KHARKIV (Steppe Desk) - A drone struck a school on Monday, Ukrainian officials said.",
            "19",
            "Kharkiv",
        ),
    ],
)
def test_near_miss_the_towns_own_news_keeps_the_town(
    extract: Extract, body: str, root: str, town: str
) -> None:
    acts = rooted(extract(body), root)
    assert acts
    assert where(acts[0])[0] == town


@pytest.mark.parametrize(
    "body",
    [
        # the capital's case is unchanged: a field act is in the country
        "KYIV (Dnipro Desk) - Troops shelled rebel trenches on Monday, the general staff said.",
        "NAIROBI (Lake Desk) - Soldiers killed 12 militants in a raid on Tuesday.",
    ],
)
def test_fighting_under_a_capitals_dateline_is_in_the_country_as_well(
    extract: Extract, body: str
) -> None:
    acts = rooted(extract(body), "19")
    assert acts
    assert where(acts[0])[0] != body.split(" (", 1)[0].title()
    assert _precision(acts[0]) in (3, None)


# ------------------------------------------------ an army's coercion abroad


@pytest.mark.parametrize(
    ("body", "country"),
    [
        (
            "NABLUS (Hills Desk) - Israeli soldiers detained 14 Palestinians in dawn raids on "
            "Tuesday, Palestinian officials said.",
            "PS",
        ),
        (
            "RAMALLAH (Hills Desk) - The Israeli army said it had arrested 9 Palestinian suspects "
            "on Wednesday.",
            "PS",
        ),
        (
            "KYIV (Dnipro Desk) - Russian troops detained dozens of Ukrainian civilians on "
            "Tuesday, officials said.",
            "UA",
        ),
    ],
)
def test_an_armys_arrests_abroad_are_in_the_dateline_country(
    extract: Extract, body: str, country: str
) -> None:
    acts = rooted(extract(body), "17")
    assert acts
    assert where(acts[0])[1] == country
    assert _precision(acts[0]) == 3


@pytest.mark.parametrize(
    ("body", "country"),
    [
        # police act at home (an army's act abroad is never in its own country: placing49,
        # ``dateline_acts.foreign_force``; test_placing49)
        ("JERUSALEM (Hills Desk) - Israeli police arrested 5 Palestinians on Wednesday.", "IL"),
        ("MOSCOW (Steppe Desk) - Russian police detained an American journalist on Tuesday.", "RU"),
    ],
)
def test_near_miss_police_or_an_untold_country_keep_the_doers_country(
    extract: Extract, body: str, country: str
) -> None:
    acts = rooted(extract(body), "17")
    assert acts
    assert where(acts[0])[1] == country


# ------------------------------------------------ a release by an armed group


@pytest.mark.parametrize(
    ("body", "country"),
    [
        (
            "ROME (Tiber Wire) - A German nurse held by JNIM since 2023 was freed on Tuesday, "
            "Germany's foreign office said.",
            "ML",
        ),
        (
            "MOGADISHU (Horn Desk) - Al-Shabaab freed a Kenyan teacher on Monday, Kenya's "
            "government said.",
            "SO",
        ),
    ],
)
def test_a_release_by_an_armed_group_is_in_the_country_it_acts_in(
    extract: Extract, body: str, country: str
) -> None:
    releases = rooted(extract(body), "084")
    assert releases
    assert where(releases[0])[1] == country
    assert _precision(releases[0]) == 3


def test_a_release_by_unnamed_militants_is_not_in_the_captives_country(extract: Extract) -> None:
    body = "BAMAKO (Sahel Desk) - Militants released two French engineers on Tuesday."
    releases = rooted(extract(body), "084")
    assert releases
    assert where(releases[0])[1] != "FR"


@pytest.mark.parametrize(
    ("body", "country"),
    [
        # a state's release keeps its country; a place told keeps the place
        ("BERLIN (Spree Desk) - Germany released a Russian spy on Monday in a swap.", "DE"),
        (
            "NIAMEY (Sahel Desk) - Two aid workers held by militants in Niger were released on "
            "Monday, the Italian foreign ministry said.",
            "NE",
        ),
    ],
)
def test_near_miss_a_states_release_or_a_told_place_stays(
    extract: Extract, body: str, country: str
) -> None:
    releases = rooted(extract(body), "084")
    assert releases
    assert where(releases[0])[1] == country


# ------------------------------------------------ a relative clause's own act


@pytest.mark.parametrize(
    "body",
    [
        "ISLAMABAD (Indus Desk) - Police arrested a cleric on Monday who had burned a school in "
        "Peshawar in 2021.",
        "DHAKA (Delta Desk) - Officers on Monday detained a driver who had been convicted in "
        "Chittagong.",
        "NAIROBI (Lake Desk) - Police arrested a man on Tuesday who attacked a bus in Mombasa "
        "on Sunday.",
    ],
)
def test_a_relative_clauses_place_is_its_own_acts(extract: Extract, body: str) -> None:
    arrests = rooted(extract(body), "17")
    assert arrests
    assert where(arrests[0])[0] not in ("Peshawar", "Chattogram", "Mombasa")


@pytest.mark.parametrize(
    ("body", "town"),
    [
        # where the object was staying or gathering, or a place told before the clause
        (
            "ISLAMABAD (Indus Desk) - Police arrested two men on Tuesday who were hiding in Lahore.",
            "Lahore",
        ),
        (
            "ISLAMABAD (Indus Desk) - Police arrested a man on Tuesday who had been hiding in "
            "Lahore.",
            "Lahore",
        ),
        (
            "ISLAMABAD (Indus Desk) - Police arrested two men in Lahore on Tuesday who had "
            "escaped from prison.",
            "Lahore",
        ),
        (
            "NAIROBI (Lake Desk) - Police on Tuesday dispersed protesters who had gathered in Mombasa.",
            "Mombasa",
        ),
        # a thing's clause tells where the act found it; "had" as a main verb tells no act
        (
            "ISLAMABAD (Indus Desk) - Police seized drugs on Monday that had been hidden in a "
            "warehouse in Karachi.",
            "Karachi",
        ),
        (
            "ISLAMABAD (Indus Desk) - Police arrested a trader on Monday who had a shop in Lahore.",
            "Lahore",
        ),
        # no time of the main act told apart from the clause's: one time, one place
        (
            "NAIROBI (Lake Desk) - Police dispersed protesters who gathered in Mombasa on Tuesday.",
            "Mombasa",
        ),
    ],
)
def test_near_miss_a_relative_clause_of_staying_keeps_its_place(
    extract: Extract, body: str, town: str
) -> None:
    acts = rooted(extract(body), "17")
    assert acts
    assert where(acts[0])[0] == town


# ------------------------------------------------ "the area": the scene of harm


@pytest.mark.parametrize(
    ("body", "place"),
    [
        # the happening told in the visit's own sentence, after it
        (
            "JAKARTA (Java Desk) - The minister visited the scene on Tuesday, two days after "
            "floods swept through villages in Aceh.",
            "Aceh",
        ),
        # harm told before a later arrest or deployment
        (
            "LIMA (Andes Desk) - A bomb exploded at a market in Cusco on Friday. Troops were "
            "deployed in Arequipa on Saturday. The president flew to the area on Sunday.",
            "Cusco",
        ),
    ],
)
def test_the_area_is_the_scene_of_harm(extract: Extract, body: str, place: str) -> None:
    visits = rooted(extract(body), "04")
    assert visits
    assert where(visits[0])[0] == place


def test_near_miss_with_no_harm_told_the_latest_field_act_stands(extract: Extract) -> None:
    body = (
        "NAIROBI (Lake Desk) - Police arrested ten smugglers in Mombasa on Sunday. The minister "
        "flew to the area on Monday."
    )
    visits = rooted(extract(body), "04")
    assert visits
    assert where(visits[0])[0] == "Mombasa"
