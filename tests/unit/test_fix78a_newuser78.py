"""Confident wrong codes and flags a fresh user found (newuser78), mended by general rules.
Sentences written for these tests, on other topics than the user's articles."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.cameo import triggers
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
PUB = date(2025, 3, 11)  # a Tuesday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def codes(events: list[Event]) -> list[str]:
    return [e.event_code or e.event_type.code for e in events]


# H1/H2: the bare noun "asylum" names the protection; only its granting is §075
@pytest.mark.parametrize(
    "sentence",
    [
        "The man was denied asylum in 2023 and ordered to leave the country.",
        "The minister said the attacker had been denied asylum but was never deported.",
        "Lawmakers argued for hours over asylum.",
        "The government collapsed over asylum policy in June.",
        "The family applied for asylum in Canada last year.",
    ],
)
def test_asylum_not_granted_is_no_grant(extract: Extract, sentence: str) -> None:
    assert "075" not in codes(extract(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "France granted asylum to the dissident last month.",
        "Sweden gave asylum to two Russian journalists on Monday.",
        "Ecuador offered asylum to the whistleblower in 2012.",
    ],
)
def test_asylum_granted_stays_a_grant(extract: Extract, sentence: str) -> None:
    assert "075" in codes(extract(sentence))


# H7: a defendant's plea answers a charge; no appeal (§02)
@pytest.mark.parametrize(
    "sentence",
    [
        "The teenager pleaded guilty to three counts of murder at Manchester Crown Court.",
        "The former aide pleaded not guilty to bribery charges on Monday.",
        "The businessman pleads no contest to fraud.",
        "Both defendants pleaded innocent at their arraignment.",
    ],
)
def test_a_plea_to_a_charge_is_no_appeal(extract: Extract, sentence: str) -> None:
    assert [c for c in codes(extract(sentence)) if c.startswith("02")] == []


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("The opposition leader pleaded with the judges for the release of the activists.", "02"),
        ("Zelenskyy pleaded with Western allies for more air defence systems.", "02"),
    ],
)
def test_pleading_with_a_party_stays_an_appeal(extract: Extract, sentence: str, code: str) -> None:
    assert any(c.startswith(code) for c in codes(extract(sentence)))


# H8: one who has left the forces is no armed force (CAMEO 1.1b3 §19): his killing is §180
@pytest.mark.parametrize(
    "sentence",
    [
        "An Army veteran from Ohio killed three people at a bar on Saturday.",
        "A retired soldier killed his neighbour on Saturday.",
        "John Smith, a 42-year-old Navy veteran, killed four people at a warehouse.",
        "A former Marine killed two guards at the plant on Friday.",
    ],
)
def test_a_veterans_killing_is_no_military_force(extract: Extract, sentence: str) -> None:
    found = codes(extract(sentence))
    assert "180" in found
    assert not [c for c in found if c.startswith("19")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian troops killed 14 civilians in the village on Tuesday.",
        "A soldier killed three civilians at a checkpoint on Saturday.",
    ],
)
def test_serving_forces_killing_stays_force(extract: Extract, sentence: str) -> None:
    assert "190" in codes(extract(sentence))


# H5: a background warning that states a fact threatens no act (CAMEO 1.1b3 §13)
@pytest.mark.parametrize(
    "sentence",
    [
        "Officials evacuated the town after engineers warned that the bridge was unsafe.",
        "Residents had left the valley on Monday after volcanologists warned that the crater was unstable.",
        "Villagers fled last week after geologists warned that the hillside was moving.",
    ],
)
def test_a_background_warning_of_a_fact_is_no_threat(extract: Extract, sentence: str) -> None:
    assert [c for c in codes(extract(sentence)) if c.startswith("13")] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Police evacuated the square after the gang warned that it would attack the market.",
        "Troops were put on alert after Pyongyang warned that it would strike.",
    ],
)
def test_a_background_threat_of_an_act_stays(sentence: str) -> None:
    assert "130" in [t.full for t in triggers(sentence)]


def test_a_former_student_is_no_soldier() -> None:
    sentence = "A crash on Friday took the life of a former high school student and injured five."
    assert "180" not in [t.full for t in triggers(sentence)]


# H3: a vote count or a tally released is information issued, no person freed (§0841)
@pytest.mark.parametrize(
    "sentence",
    [
        "The Socialists led the conservatives, according to a near-complete count released on Monday.",
        "The opposition was ahead, according to a tally released by the election commission.",
        "A count released on Monday showed the ruling party ahead.",
    ],
)
def test_a_count_released_is_no_release_of_persons(sentence: str) -> None:
    assert [t.full for t in triggers(sentence) if t.full.startswith("08")] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels released a number of hostages on Monday.",
        "Hamas released 12 hostages according to the official count.",
    ],
)
def test_persons_released_stay_released(sentence: str) -> None:
    assert "0841" in [t.full for t in triggers(sentence)]


# M1: a glacier that collapses is a mass movement (EM-DAT: ice avalanche), a disaster card
@pytest.mark.parametrize(
    "sentence",
    [
        "A large section of the Vernagt glacier collapsed on Sunday and swept over two huts.",
        "The collapse of the Huascaran glacier on Friday buried the road to the village.",
        "Part of a glacier broke away above the valley on Monday, burying a farm.",
    ],
)
def test_a_glacier_collapse_is_a_mass_movement(extract: Extract, sentence: str) -> None:
    assert "DIS-LANDSLIDE" in [e.event_type.code for e in extract(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Scientists said the glacier could collapse within weeks.",
        "Glaciers in the Alps lost 4% of their volume last year.",
    ],
)
def test_a_glacier_at_risk_is_no_disaster(extract: Extract, sentence: str) -> None:
    assert [e for e in extract(sentence) if e.event_type.code.startswith("DIS")] == []


# H6: troops sent where a disaster just struck, with no one to fight, bring relief (§073)
@pytest.mark.parametrize(
    "body",
    [
        "Floods swept through three villages on Sunday. The president said the government "
        "would deploy 2,000 soldiers to the area.",
        "A powerful earthquake struck eastern Turkey on Monday. The army sent 3,000 troops "
        "to the province.",
    ],
)
def test_troops_sent_after_a_disaster_bring_relief(extract: Extract, body: str) -> None:
    found = codes(extract(body))
    assert [c for c in found if c.startswith(("13", "15"))] == []
    assert any(c in ("073", "0333") for c in found)


@pytest.mark.parametrize(
    "body",
    [
        "A powerful earthquake struck eastern Turkey on Monday. The government sent 3,000 "
        "troops to the province to curb looting.",
        "North Korea fired two missiles on Monday. The government said it would send more "
        "troops to the border.",
    ],
)
def test_troops_sent_against_unrest_or_a_foe_stay_force(extract: Extract, body: str) -> None:
    assert any(c.startswith(("13", "15")) for c in codes(extract(body)))


def test_no_forces_named_no_relief(extract: Extract) -> None:
    body = (
        "A truck crashed on the highway on Monday. Police said the airbags did deploy when "
        "the car hit the barrier."
    )
    assert [c for c in codes(extract(body)) if c in ("073", "0333")] == []
