"""places81: a text's names read together.

- ``joint_pair``: two US names whose namesakes lie side by side in one state only;
- ``joint_state._biggest_tied``: of states tied for most names, the one whose namesakes are
  by far the most populous;
- ``metropolis._rival_moved``: a metropolis in the country the text names, over a bigger
  one in a country it names by no word.

Sentences written for the rules; the near misses keep their reading."""

from __future__ import annotations

import pytest

from dashboard.model import Mention
from dashboard.places.geoparser import Geoparser


def named(gp: Geoparser, text: str, surface: str) -> list[Mention]:
    return [m for m in gp.parse(text) if m.text == surface]


def state_of(gp: Geoparser, text: str, surface: str) -> set[str | None]:
    return {m.place.admin1 if m.place else None for m in named(gp, text, surface)}


@pytest.mark.parametrize(
    ("text", "surface", "state"),
    [
        (
            "The New London police chief met the mayor on Tuesday. Officials from Mt. "
            "Pleasant attended the hearing in New London.",
            "New London",
            "US-IA",
        ),
        (
            "The New London police chief met the mayor on Tuesday. Officials from Mt. "
            "Pleasant attended the hearing in New London.",
            "Mt. Pleasant",
            "US-IA",
        ),
        (
            "Fire crews from Hagerstown helped firefighters in New Castle put out a barn fire.",
            "New Castle",
            "US-IN",
        ),
        (
            "Fire crews from Hagerstown helped firefighters in New Castle put out a barn fire.",
            "Hagerstown",
            "US-IN",
        ),
    ],
)
def test_two_names_side_by_side_in_one_state_are_read_there(
    geoparser: Geoparser, text: str, surface: str, state: str
) -> None:
    assert state_of(geoparser, text, surface) == {state}
    assert "side by side" in named(geoparser, text, surface)[0].reason


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # several states hold a Springfield beside a Franklin: the distances do not decide
        ("Voters in Springfield and Franklin went to the polls.", "Springfield"),
        # a named state: the state rules read the names
        ("Officials in New London and Mt. Pleasant, Texas, met on Monday.", "New London"),
        # one name alone
        ("The New London police chief met the mayor on Tuesday.", "New London"),
    ],
)
def test_no_pair_rule_without_one_close_pair_or_with_a_named_state(
    geoparser: Geoparser, text: str, surface: str
) -> None:
    for m in named(geoparser, text, surface):
        assert "side by side" not in m.reason


def test_a_city_that_keeps_its_reading_holds_its_partner(geoparser: Geoparser) -> None:
    # Athens, Georgia (127,000) keeps its reading, so Augusta is not read beside
    # Michigan's Athens (the pair would be Michigan's two villages)
    text = "Students from Athens and Augusta planted trees on Saturday."
    for surface in ("Athens", "Augusta"):
        for m in named(geoparser, text, surface):
            assert "side by side" not in m.reason


def test_tied_states_go_to_the_one_whose_namesakes_are_biggest(geoparser: Geoparser) -> None:
    text = (
        "The storm dumped snow on Portland, and plows from Bangor and Augusta cleared the "
        "interstate."
    )
    assert state_of(geoparser, text, "Augusta") == {"US-ME"}
    assert state_of(geoparser, text, "Portland") == {"US-ME"}


def test_tied_states_of_like_size_stay_as_read(geoparser: Geoparser) -> None:
    # Ohio holds all three, and no other state ties it: the old rule reads it, no tie-break
    text = "Voters in Springfield, Columbus and Dayton went to the polls."
    assert state_of(geoparser, text, "Dayton") == {"US-OH"}
    assert "populous" not in named(geoparser, text, "Dayton")[0].reason


@pytest.mark.parametrize(
    "text",
    [
        "Crowds in Santiago cheered the baseball team as it returned to the Dominican "
        "Republic from Puerto Rico.",
        "Crowds in Santiago cheered, and officials of the Dominican Republic praised them.",
    ],
)
def test_a_metropolis_in_the_named_country_beats_a_bigger_one_unnamed(
    geoparser: Geoparser, text: str
) -> None:
    (m,) = named(geoparser, text, "Santiago")
    assert m.place is not None
    assert m.place.country_code == "DO"


@pytest.mark.parametrize(
    "text",
    [
        # Chile named too: its capital, the name's own bearer
        "Crowds in Santiago cheered as Chile's president flew in from the Dominican Republic.",
        # no country named
        "Crowds in Santiago cheered the team.",
        # another place of Chile named
        "Crowds in Santiago and Valparaíso cheered, and the Dominican Republic sent a team.",
    ],
)
def test_santiago_stays_chilean_when_chile_is_named_or_nothing_is(
    geoparser: Geoparser, text: str
) -> None:
    (m,) = named(geoparser, text, "Santiago")
    assert m.place is not None
    assert m.place.country_code == "CL"


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        (
            "Troops in Tripoli, northern Lebanon, clashed with gunmen after a car bomb.",
            "Tripoli",
            "LB",
        ),
        ("Shelling hit Tripoli, north-western Libya, overnight.", "Tripoli", "LY"),
    ],
)
def test_a_compass_word_between_town_and_country_keeps_x_comma_y(
    geoparser: Geoparser, text: str, surface: str, country: str
) -> None:
    (m,) = named(geoparser, text, surface)
    assert m.place is not None
    assert m.place.country_code == country
    assert "pattern" in m.reason


def test_a_capitalised_compass_word_is_part_of_the_next_name(geoparser: Geoparser) -> None:
    # "Northern Ireland" is the name itself: the gap is the comma alone, as before
    text = "Police in Newry, Northern Ireland, found a device."
    (m,) = named(geoparser, text, "Newry")
    assert m.place is not None
    assert m.place.country_code == "GB"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Quebec's premier said the province would hold a referendum.", "Quebec"),
        ("The premier of Quebec met union leaders on Friday.", "Quebec"),
        ("São Paulo's governor ordered schools closed.", "São Paulo"),
        ("Oaxaca's new governor visited the flooded villages.", "Oaxaca"),
    ],
)
def test_a_name_whose_governor_or_premier_is_named_is_the_division(
    geoparser: Geoparser, text: str, surface: str
) -> None:
    (m,) = named(geoparser, text, surface)
    assert m.place is not None
    assert m.place.kind == "admin1"


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Protests in Quebec blocked roads near the old port.", "Quebec", "city"),
        ("Chicago's mayor met business leaders.", "Chicago", "city"),
        ("China's premier arrived on Monday.", "China", "country"),
        ("New York's governor signed the bill.", "New York", "admin1"),
    ],
)
def test_no_head_of_a_division_leaves_the_reading(
    geoparser: Geoparser, text: str, surface: str, kind: str
) -> None:
    (m,) = named(geoparser, text, surface)
    assert m.place is not None
    assert m.place.kind == kind
    assert "governor or premier" not in m.reason


def test_a_demonym_of_the_metropolis_country_keeps_it(geoparser: Geoparser) -> None:
    text = "Chilean fans in Santiago cheered as the Dominican Republic's team lost."
    (m,) = named(geoparser, text, "Santiago")
    assert m.place is not None
    assert m.place.country_code == "CL"
