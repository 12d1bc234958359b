"""A national capital named in a story filed from another country (geo14, a fresh user):
what the sentence says of the capital's own country (its demonym or name before a word for
its government, an institution of its capital, its leader: capital_cues.csv) beats the
dateline country's weight on a namesake. "X, Y", the namesake's own state in the sentence
and a sentence with no such cue keep the namesake. Every text was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser


def _country(geoparser: Geoparser, text: str, name: str, nth: int = -1) -> str | None:
    a = geoparser.analyse(text, date(2025, 3, 4))
    found = [m for m in a.mentions if m.text == name]
    m = found[nth]
    return m.place.country_code if m.place else None


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "TORONTO — Canadian trade officials met on Monday. In London, Prime Minister "
            "Keir Starmer said the tariffs would be reviewed.",
            "London",
            "GB",
        ),
        (
            "DALLAS — The airline opened a new route on Monday. In Paris, French officials "
            "said the landing slots had been granted.",
            "Paris",
            "FR",
        ),
        (
            "LEXINGTON, Ky. — Horse breeders gathered on Monday. In Paris, French officials "
            "said the export rules would change.",
            "Paris",
            "FR",
        ),
        (
            "LONDON — Ministers met on Tuesday. In Washington, the White House said the "
            "president would answer the letter.",
            "Washington",
            "US",
        ),
    ],
)
def test_the_capital_of_the_country_the_sentence_speaks_of(
    geoparser: Geoparser, text: str, name: str, country: str
) -> None:
    assert _country(geoparser, text, name) == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # no word of the capital's country in the sentence
        (
            "DALLAS — The airline opened a new route on Monday. In Paris, the mayor said "
            "the new road would open in June.",
            "Paris",
            "US",
        ),
        # the namesake's own state in the sentence
        (
            "TORONTO — The premier toured on Monday. In London, the mayor opened a clinic "
            "in southwestern Ontario, with British investors present.",
            "London",
            "CA",
        ),
        # "X, Y" fixes the namesake
        (
            "LEXINGTON, Ky. — In Paris, Kentucky officials said the fair drew French visitors.",
            "Paris",
            "US",
        ),
    ],
)
def test_near_miss_the_namesake_stays(
    geoparser: Geoparser, text: str, name: str, country: str
) -> None:
    assert _country(geoparser, text, name) == country


def test_the_mayor_of_a_dateline_namesake_is_no_capital_speaking(geoparser: Geoparser) -> None:
    # "London said" after "the mayor of" is the mayor speaking, not the UK government
    text = "LONDON, Ontario — The council met on Monday. The mayor of London said the budget would pass."
    assert _country(geoparser, text, "London") == "CA"


def test_near_miss_a_capital_speaking_still_moves(geoparser: Geoparser) -> None:
    text = "LONDON, Ontario — The council met on Monday. London said the new tariffs were unfair."
    assert _country(geoparser, text, "London") == "GB"


def test_the_kremlin_beats_the_dateline_town_that_the_story_repeats(geoparser: Geoparser) -> None:
    text = (
        "MOSCOW, Idaho — Students came back to Moscow on Monday. In Moscow, the Kremlin "
        "said the talks were over."
    )
    assert [_country(geoparser, text, "Moscow", k) for k in (0, 1)] == ["US", "RU"]
