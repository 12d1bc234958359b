"""Places (session 88, places90): each sentence was written for these tests.

- a place before a party member's noun is the member's home ("a Manhattan Democrat",
  ``party_members``), and a state's name there is the state ("a New York Democrat");
- a landmark named from a town abroad, in a text about another country, is not placed in
  that town ("MOGADISHU — ... at Lido beach", ``landmarks._foreign_opener``);
- a place in a relative clause telling another act at its own time is not the main act's,
  even when the main act's time opens its sentence ("announced late on Monday that he
  would resign, ... leaders who met in Barbados earlier in the day", ``relative_places``).
"""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _placed(gp: Geoparser, text: str) -> dict[str, tuple[str, str | None, str]]:
    return {
        m.text: (m.place.name, m.place.country_code, m.place.kind)
        for m in gp.parse(text)
        if m.place is not None
    }


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The levy was opposed by Rep. Ann Ruiz, a Kettering Republican, in Ohio.",
            "Kettering",
            "US",
        ),
        ("Sen. Bill Moore, a Connecticut Democrat, voted against the levy.", "Connecticut", "US"),
        (
            "The vote split after the Cleveland Republican backed the plan in Ohio.",
            "Cleveland",
            "US",
        ),
        (
            "Support came from Greg Lyle, the Kanawha County Republican, on Friday.",
            "Kanawha County",
            "US",
        ),
    ],
)
def test_home_before_party_member(geoparser: Geoparser, text: str, name: str, country: str) -> None:
    placed = _placed(geoparser, text)
    assert name in placed
    assert placed[name][1] == country


def test_state_name_of_member_is_state(geoparser: Geoparser) -> None:
    placed = _placed(geoparser, "Rep. Joan Pell, a New York Democrat, and Sen. Carl Dunn spoke.")
    assert placed["New York"][2] == "admin1"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Lena Hart, a Liberal Democrat councillor, spoke in Bath.", "Liberal"),  # a party
        ("Voters there backed the Christian Democrat candidate in Bonn.", "Christian"),
        ("Tom Reyes, a Social Democrat, spoke in Bonn.", "Social"),
        ("Fans of the Jordan Hawks cheered in Ohio.", "Jordan"),  # no member's noun
    ],
)
def test_no_home_without_member_noun(geoparser: Geoparser, text: str, word: str) -> None:
    assert word not in _placed(geoparser, text)


def test_beach_named_from_foreign_town_is_not_placed_there(geoparser: Geoparser) -> None:
    text = (
        "MOGADISHU — Gunmen stormed a hotel at Lido beach on Friday night, police in Somalia said."
    )
    placed = _placed(geoparser, text)
    assert all(country == "SO" for _, country, _ in placed.values())


def test_landmark_by_its_own_town_stays(geoparser: Geoparser) -> None:
    # the town is in the country the text is about: the landmark is read there
    text = "Fire crews were called to Frederick Memorial Hospital in Maryland on Monday."
    placed = _placed(geoparser, text)
    assert placed["Frederick Memorial Hospital"][1] == "US"


def test_landmark_with_town_told_after_stays(geoparser: Geoparser) -> None:
    placed = _placed(
        geoparser, "A blast hit Lido beach in Mogadishu on Friday, Somalia's police said."
    )
    assert placed["Lido beach"][1] == "SO"


def test_meeting_place_in_relative_clause_is_not_the_resignation(extract: Extract) -> None:
    evs = extract(
        "The premier said late on Tuesday that he would step down, yielding to pressure "
        "from party elders who met in Nassau earlier in the day."
    )
    for ev in rooted(evs, "03", "08"):
        assert ev.location is None or ev.location.text != "Nassau"


def test_place_of_the_main_act_itself_stays(extract: Extract) -> None:
    # the place is the main act's own, not in a relative clause
    evs = extract("The premier resigned in Nassau on Tuesday, officials said.")
    assert any(ev.location is not None and ev.location.text == "Nassau" for ev in rooted(evs, "08"))


def test_state_code_in_capitals_alone_is_no_town(geoparser: Geoparser) -> None:
    # "PA" alone is an acronym here; the undotted town Pa (Burkina Faso) is not written so
    text = "Officials of the PA met in Ramallah on Monday. Talks had failed, said the PA."
    placed = _placed(geoparser, text)
    assert "PA" not in placed


def test_state_code_after_a_town_stays_the_state(geoparser: Geoparser) -> None:
    placed = _placed(geoparser, "The plant in Allentown, PA, closed on Monday.")
    assert placed["PA"][0] == "Pennsylvania"


@pytest.mark.parametrize(
    "text",
    [
        "The bank, based in Stamford, Connecticut, was sued by New York's attorney general.",
        "The attorney general of New York sued a Newark, New Jersey, lender on Friday.",
    ],
)
def test_attorney_general_names_the_state(geoparser: Geoparser, text: str) -> None:
    (m,) = [m for m in geoparser.parse(text) if m.text == "New York"]
    assert m.place is not None
    assert m.place.kind == "admin1"


def test_city_with_its_own_officer_stays_the_city(geoparser: Geoparser) -> None:
    # a city's mayor is no state officer: the reading is left to the resolver
    text = "New York's mayor and the governor of Connecticut met in Hartford."
    (m,) = [m for m in geoparser.parse(text) if m.text == "New York"]
    assert m.place is not None
    assert "state officer" not in m.reason


def test_party_member_home_is_no_place_of_the_act(extract: Extract) -> None:
    evs = extract(
        "Rep. Dana Kerr, a Topeka Democrat, said on Tuesday the board had rejected the levy."
    )
    assert evs
    assert all(ev.location is None or ev.location.text != "Topeka" for ev in evs)


def test_hometown_of_many_namesakes_with_no_cue_is_unplaced(geoparser: Geoparser) -> None:
    # a state legislator's town with namesakes, no state told: no confident guess
    text = "Rep. Ada Kell, a Manhattan Democrat, said the vote would come next week."
    (m,) = [m for m in geoparser.parse(text) if m.text == "Manhattan"]
    assert m.place is None
