"""Confident wrong or missing cards a fresh user found (session 76, fix76b): a leader whose
term frames the talks read as their other side. See docs/history/reading.md, session 76.
Sentences written for these tests; each rule has near misses that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# 1. Whose term in office frames an act is no side of it (classes.csv TENURE)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Indian and Pakistani officials met in Doha on Tuesday, the first such contact "
         "during President Joe Biden's term.", ("India", "Pakistan")),
        ("French and German ministers held talks in Brussels on Tuesday, the first round "
         "under Chancellor Olaf Scholz's new government.", ("France", "Germany")),
        ("Egyptian and Ethiopian envoys held talks in Cairo on Tuesday, their first meeting "
         "during Prime Minister Abiy Ahmed's second term.", ("Egypt", "Ethiopia")),
    ],
)  # fmt: skip
def test_a_leaders_term_is_no_side_of_the_talks(
    extract: Extract, text: str, pair: tuple[str, str]
) -> None:
    events = rooted(extract(text), "04")
    assert events
    assert all((e.roles.source, e.roles.target) == pair for e in events)


@pytest.mark.parametrize(
    ("text", "leader"),
    [
        # the leader is the other side, not a time frame
        ("Kenyan officials held talks with President William Ruto in Nairobi on Tuesday.",
         "William Ruto"),
        # a possessive with no term noun: the leader's body is acted against
        ("Protesters rallied against President Joe Biden's administration in Washington.",
         "Joe Biden"),
    ],
)  # fmt: skip
def test_a_leader_named_as_a_side_stays(extract: Extract, text: str, leader: str) -> None:
    events = extract(text)
    assert any(e.roles.target == leader for e in events)


# 3. A nationality describing a criminal group is not the state (CAMEO actor codebook CRM)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Gunmen attacked a police post in northern Benin on Monday. President Patrice Talon "
         "condemned the attack and said the gunmen belonged to a Nigerian criminal gang.",
         "Nigeria"),
        ("The Honduran government condemned a Salvadoran drug cartel on Tuesday for the "
         "killings in Tegucigalpa.", "El Salvador"),
        ("Ecuador's president denounced Colombian drug-trafficking gangs on Tuesday.",
         "Colombia"),
    ],
)  # fmt: skip
def test_a_criminal_groups_nationality_is_not_the_state(
    extract: Extract, text: str, state: str
) -> None:
    events = rooted(extract(text), "11")
    assert events
    assert all(state not in (e.roles.source, e.roles.target) for e in events)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The Honduran government condemned the Salvadoran government on Tuesday for the "
         "killings.", "El Salvador"),
        ("The Honduran government condemned Salvadoran soldiers and gang members on Tuesday.",
         "El Salvador"),
    ],
)  # fmt: skip
def test_a_states_own_people_stay_its_side(extract: Extract, text: str, state: str) -> None:
    events = rooted(extract(text), "11")
    assert any(e.roles.target == state for e in events)


# 4. A second agent joined by "and" is a party of the act, not its place (ACLED: where)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Chile's Congress elected Senator Ana Rojas as speaker on Thursday. She was supported "
         "by France and Germany.", "Germany"),
        ("Gabon's new president was endorsed by the European Union and Nigeria on Thursday.",
         "Nigeria"),
        ("The rebel offensive was backed by Rwanda and Uganda, the UN said on Thursday.",
         "Uganda"),
    ],
)  # fmt: skip
def test_a_joined_agent_is_no_place(extract: Extract, text: str, party: str) -> None:
    events = rooted(extract(text), "05")
    assert events
    assert all(where(e)[0] != party for e in events)


def test_a_place_after_in_stays(extract: Extract) -> None:
    events = rooted(extract("The plan was backed by France in Paris on Thursday."), "05")
    assert events
    assert all(where(e)[0] == "Paris" for e in events)


# 5. "A and the commander of B, C, signed": B, the body its head leads, is the other party


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Colombia's President Gustavo Petro and the commander of the rebel National "
         "Liberation Army, Antonio Garcia, signed a ceasefire deal on Monday.",
         ("Gustavo Petro", "National Liberation Army")),
        ("Sudan's army chief Abdel Fattah al-Burhan and the commander of the Rapid Support "
         "Forces, Mohamed Hamdan Dagalo, signed a truce in Jeddah on Monday.",
         ("Abdel Fattah al-Burhan", "Rapid Support Forces")),
    ],
)  # fmt: skip
def test_a_party_named_by_its_heads_office(
    extract: Extract, text: str, pair: tuple[str, str]
) -> None:
    events = rooted(extract(text), "05", "08")
    assert events
    assert all((e.roles.source, e.roles.target) == pair for e in events)


def test_a_region_after_the_office_is_no_party(extract: Extract) -> None:
    text = (
        "Kenya's President William Ruto and the leader of Somalia's Jubaland region, Ahmed "
        "Madobe, signed a security pact on Monday."
    )
    events = rooted(extract(text), "05")
    assert events
    assert all(e.roles.target != "Somalia" for e in events)


# 6. A rail car that derailed or came off its tracks is a transport accident (EM-DAT)


@pytest.mark.parametrize(
    "text",
    [
        "A tram derailed in central Zagreb on Wednesday evening, killing five people.",
        "A passenger train came off its tracks near Ljubljana on Wednesday, injuring 20 people.",
        "Croatia declared a day of mourning on Thursday after a tram derailed in Zagreb on "
        "Wednesday, killing five people.",
    ],
)
def test_a_derailment_is_an_accident_not_force(extract: Extract, text: str) -> None:
    events = extract(text)
    assert any(e.event_type.code == "DIS-TRANSPORT" for e in events)
    assert not rooted(events, "18", "19", "20")


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Separatists blew up the tracks and a tram was derailed near Quetta on Wednesday, "
         "killing 20 people.", "18"),
        ("Talks between Kenya and Uganda over the rail line were derailed on Wednesday.", "04"),
    ],
)  # fmt: skip
def test_a_bombing_or_talks_stay(extract: Extract, text: str, root: str) -> None:
    assert rooted(extract(text), root)


# 7. A superlative apposition's place is the set compared over, not the venue


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Cyclone Remal, the most powerful storm to strike South Asia this year, made landfall "
         "in Bangladesh on Sunday and has killed at least 16 people.", "Bangladesh"),
        ("Typhoon Gaemi, the strongest storm to hit East Asia in years, made landfall in "
         "Taiwan on Wednesday.", "Taiwan"),
    ],
)  # fmt: skip
def test_a_superlatives_place_is_no_venue(extract: Extract, text: str, place: str) -> None:
    events = [e for e in extract(text) if e.event_type.code.startswith("DIS-")]
    assert events
    assert all(where(e)[0] == place for e in events)


def test_a_place_of_the_act_itself_stays(extract: Extract) -> None:
    text = "Cyclone Remal made landfall in Bangladesh on Sunday and has killed at least 16 people."
    events = [e for e in extract(text) if e.event_type.code.startswith("DIS-")]
    assert events
    assert all(where(e)[0] == "Bangladesh" for e in events)


# 8. A superlative apposition's date is the compared set's, not the act's (TimeML)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Hurricane Otis, the fiercest storm to hit Mexico this year, slammed into Acapulco "
         "on Wednesday.", date(2026, 6, 17)),
        ("Typhoon Gaemi, the strongest storm to hit East Asia this year, made landfall in "
         "Taiwan on Wednesday.", date(2026, 6, 17)),
    ],
)  # fmt: skip
def test_a_superlatives_date_is_not_the_acts(extract: Extract, text: str, day: date) -> None:
    events = [e for e in extract(text) if e.event_type.code.startswith("DIS-")]
    assert events
    assert all((e.when.start, e.when.end) == (day, day) for e in events)


def test_a_year_told_of_the_act_itself_stays(extract: Extract) -> None:
    text = "Hurricane Otis slammed into Acapulco earlier this year."
    events = [e for e in extract(text) if e.event_type.code.startswith("DIS-")]
    assert events
    assert all(e.when.start.year == 2026 and e.when.start != e.when.end for e in events)
