"""Names read as places though the text uses them for a people or a person (stop 80, fix80b):
a people's name before a group noun ("Naga groups": the people, not Naga in the Philippines)
and an Arabic surname repeated bare after the full name ("Bashar al-Assad ... Assad"), each on
sentences written for the rule, with near misses that keep the place."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser


def names(geoparser: Geoparser, text: str) -> list[tuple[str, str | None]]:
    """(surface, country code) of every placed mention of ``text``."""
    return [(m.text, m.place.country_code) for m in geoparser.parse(text) if m.place]


@pytest.mark.parametrize(
    "text",
    [
        "Kuki groups staged a sit-in outside the governor's office in India.",
        "Naga organisations called a 48-hour shutdown across the hills of India.",
        "Naga groups rejected the accord in India. Naga leaders said talks would go on.",
    ],
)
def test_a_peoples_name_before_a_group_noun_is_no_town_abroad(
    geoparser: Geoparser, text: str
) -> None:
    found = names(geoparser, text)
    assert ("India", "IN") in found
    assert all(surface not in ("Kuki", "Naga") for surface, _ in found)


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        # the town's country is named otherwise: the town's groups ("Idlib rebels" rule)
        ("Idlib groups rejected the truce, Syrian officials said.", "Idlib", "SY"),
        # no group noun after the name: the town stands
        ("Residents of Kuki protested a new landfill.", "Kuki", "JP"),
        # the group noun is not right after it
        ("Local groups in Kuki protested a new landfill.", "Kuki", "JP"),
    ],
)
def test_a_town_before_no_group_noun_or_in_its_country_stays(
    geoparser: Geoparser, text: str, surface: str, code: str
) -> None:
    assert (surface, code) in names(geoparser, text)


@pytest.mark.parametrize(
    "text",
    [
        "Shiite cleric Moqtada al-Sadr told his supporters to stay home. Sadr has long opposed it.",
        "Populist cleric Moqtada al-Sadr withdrew from politics. Weeks later, Sadr returned.",
    ],
)
def test_an_arabic_surname_repeated_bare_is_the_person(geoparser: Geoparser, text: str) -> None:
    assert [s for s, _ in names(geoparser, text) if s == "Sadr"] == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # after "in", the repeated name is a place (one locative use is enough)
        ("Moqtada al-Sadr spoke on Friday. Thousands rallied in Sadr afterwards.", "Sadr"),
        # the district's full name is another name
        ("Moqtada al-Sadr spoke on Friday. Thousands rallied in Sadr City.", "Sadr City"),
        # no person named "Given al-Sadr" before: the bare name keeps its place
        ("Sadr was sealed off by police on Friday.", "Sadr"),
    ],
)
def test_a_surname_not_of_a_named_person_stays_a_place(
    geoparser: Geoparser, text: str, surface: str
) -> None:
    assert surface in [s for s, _ in names(geoparser, text)]


def test_a_compound_place_names_first_word_makes_no_surname(geoparser: Geoparser) -> None:
    # "Bab al-Hawa": "Bab" heads places in the gazetteer, so "Hawa" is no person's surname;
    # the crossing's full name is found whole as before
    text = "Trucks crossed at Bab al-Hawa on Monday."
    assert ("Bab al-Hawa", "SY") in names(geoparser, text)
