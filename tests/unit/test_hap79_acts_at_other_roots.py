"""Acts of roots 08, 14, 15, 16 and 17 that were read at another root or not at all (hap79,
issue 16): a reaction's object that is a crackdown (§175), an expulsion of people (§174) or
drills of two coordinated sides; a curfew or martial law lifted, named as a noun or told in
the passive (§0813, §0814, read as the §1723 or §1724 imposition or nothing); drills held in
the passive (read §173 "held by troops" or §170 "forces"); forces that surrounded a place "in
a show of force" (read §191 blockade); a building stormed by protesters, roads blocked by
them and ties severed, each in the passive (read §190, §170 or nothing). Near misses keep
their readings: captives held by troops, forces surrounding a town, a curfew imposed, a
reaction to a plan, roads blocked by police.

Every sentence here was written for these tests. ``PUB`` is Thursday 18 June 2026."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def codes(extract: Extract, text: str, root: str) -> list[str]:
    return [code(e) for e in real(extract(text), root)]


# -- a reaction's object: coercion done (reacted_acts._done_kind: §174, §175) ---------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The EU criticised the crackdown on students in Minsk on Sunday.", "175"),
        ("Rights groups condemned the violent crackdown on marchers in Algiers on Friday.", "175"),
        ("Paris condemned Mali's expulsion of four French citizens on Tuesday.", "174"),
    ],
)
def test_a_judged_crackdown_or_expulsion_is_its_own_act(
    extract: Extract, text: str, want: str
) -> None:
    assert want in codes(extract, text, "17")
    assert real(extract(text), "11")  # the reaction stays


def test_a_judged_expulsion_to_come_is_none(extract: Extract) -> None:
    text = "Paris condemned Mali's planned expulsion of four French citizens on Tuesday."
    assert "174" not in codes(extract, text, "17")


# -- a reaction's object: drills of two coordinated sides (reacted_acts._OBJECT_PATTERN) ----


def test_drills_of_two_coordinated_sides_are_a_show_of_force(extract: Extract) -> None:
    text = "Latvia on Friday denounced the Russian and Belarusian war games in Belarus."
    assert codes(extract, text, "15") == ["150"]


def test_drills_any_side_may_hold_are_none(extract: Extract) -> None:
    text = "Latvia on Friday denounced any Russian and Belarusian war games in Belarus."
    assert not real(extract(text), "15")


# -- a curfew or martial law lifted (cameo.csv 0813 N, 0813 V, 0814 N, 0814 V) --------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The UN welcomed the lifting of the curfew in Kathmandu on Monday.", "0813"),
        ("The curfew was lifted in Kathmandu on Monday.", "0813"),
        ("Washington hailed the lifting of martial law in Bangkok on Monday.", "0814"),
        ("Martial law was lifted in Bangkok on Monday.", "0814"),
    ],
)
def test_a_curfew_or_martial_law_lifted_is_an_easing(
    extract: Extract, text: str, want: str
) -> None:
    assert want in codes(extract, text, "08")
    assert not real(extract(text), "17")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The army imposed a curfew in Kathmandu on Monday.", "1723"),
        ("Martial law was declared in Bangkok on Monday.", "1724"),
    ],
)
def test_a_curfew_or_martial_law_imposed_stays_coercion(
    extract: Extract, text: str, want: str
) -> None:
    assert codes(extract, text, "17") == [want]
    assert not real(extract(text), "08")


# -- drills held in the passive (cameo.csv 150 V passive; other_senses hold; agent_noun) ----


@pytest.mark.parametrize(
    "text",
    [
        "Drills were held by Chinese troops around Taiwan on Tuesday.",
        "Large-scale drills were held by Chinese forces around Taiwan on Tuesday.",
        "Naval exercises were carried out by Iranian forces around Kharg Island on Tuesday.",
    ],
)
def test_drills_held_in_the_passive_are_a_show_of_force(extract: Extract, text: str) -> None:
    assert codes(extract, text, "15") == ["150"]
    assert not real(extract(text), "17")


def test_captives_held_by_troops_stay_detained(extract: Extract) -> None:
    text = "Two aid workers were held by rebel troops in Goma for a week."
    assert codes(extract, text, "17") == ["173"]


# -- a show of force the sentence names (cameo.csv 150 V "** in a show of force") ----------


def test_surrounded_in_a_show_of_force_is_no_blockade(extract: Extract) -> None:
    text = "Chinese warships and bombers encircled Taiwan on Tuesday in a show of force."
    assert codes(extract, text, "15") == ["150"]
    assert not real(extract(text), "19")


def test_forces_surrounding_a_town_stay_a_blockade(extract: Extract) -> None:
    text = "Russian troops surrounded the town of Avdiivka on Tuesday."
    assert codes(extract, text, "19") == ["191"]


# -- protesters' and a state's acts told in the passive (cameo.csv 145, 144, 161 V) --------


def test_a_building_stormed_by_protesters_is_a_riot(extract: Extract) -> None:
    text = "The parliament building in Skopje was stormed by protesters on Tuesday."
    assert codes(extract, text, "14") == ["145"]
    assert not real(extract(text), "19")


def test_a_building_stormed_by_troops_stays_force(extract: Extract) -> None:
    text = "The presidential palace in Niamey was stormed by soldiers on Tuesday."
    assert real(extract(text), "19")
    assert not real(extract(text), "14")


def test_roads_blocked_by_protesters_are_obstruction(extract: Extract) -> None:
    text = "Roads in Lima were blocked by protesting miners on Thursday."
    assert codes(extract, text, "14") == ["144"]


def test_roads_blocked_by_police_are_no_protest(extract: Extract) -> None:
    text = "Roads in Lima were blocked by police on Thursday."
    assert not real(extract(text), "14")


@pytest.mark.parametrize(
    "text",
    [
        "Diplomatic relations with Taiwan were severed by Honduras on Sunday.",
        "Ties with Morocco were cut by Algeria on Tuesday.",
    ],
)
def test_ties_severed_in_the_passive_are_a_cut(extract: Extract, text: str) -> None:
    assert codes(extract, text, "16") == ["161"]


def test_a_power_link_cut_is_no_cut_in_relations(extract: Extract) -> None:
    text = "Power links to the city were cut on Tuesday after the storm."
    assert not real(extract(text), "16")
