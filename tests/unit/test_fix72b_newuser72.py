"""Confident wrong codes a fresh user found (newuser72), mended by general rules. Sentences
written for these tests, on other topics than the user's articles: an attack in words or in
law is no armed force (WordNet 3.0 attack n. 3, CAMEO 1.1b3 §19)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
PUB = date(2025, 9, 17)  # a Wednesday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def codes(events: list[Event]) -> list[str]:
    return [e.event_code or e.event_type.code for e in events]


def forceful(events: list[Event]) -> list[str]:
    return [c for c in codes(events) if c.startswith(("18", "19", "20"))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator has endured months of verbal attacks by the governor's allies.",
        "The Supreme Court has come under legal attacks by the ruling party since March.",
        "The novelist suffered personal attacks by nationalist bloggers after the award.",
        "The NGO has faced judicial attacks by state prosecutors for two years.",
    ],
)
def test_an_attack_in_words_or_law_is_no_force(extract: Extract, sentence: str) -> None:
    assert forceful(extract(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: armed attacks stay force, whatever word stands near them
        "Gunmen launched an armed attack on a police station in Peshawar on Tuesday.",
        "A politically motivated attack on the party office in Tbilisi killed two people.",
        "Militants attacked the legal aid office in Kabul on Tuesday.",
        "Rebels launched a political and military offensive in Darfur on Tuesday.",
    ],
)
def test_an_armed_attack_stays_force(extract: Extract, sentence: str) -> None:
    assert forceful(extract(sentence)) != []


# A force posture announced (CAMEO 1.1b3 §15): patrols or police to come, no threat (§138)
@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        (
            "The coast guard said it would step up patrols along the northern shore next month.",
            "150",
        ),
        ("Seoul said its navy would increase patrols near the disputed islands.", "150"),
        ("Interpol said it would send more officers to support the inquiry in Lisbon.", "153"),
        (
            "The city council said it would deploy extra police to help with the marathon crowds.",
            "153",
        ),
    ],
)
def test_a_posture_announced_is_planned_not_a_threat(
    extract: Extract, sentence: str, code: str
) -> None:
    events = extract(sentence)
    assert codes(events) == [code]
    assert "planned" in events[0].flags


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a condition makes a threat; an army alerted is military force readied
        "The coast guard said it would step up patrols unless the smugglers' boats stopped coming.",
        "Serbia said it would put its army on high alert along the boundary with Kosovo.",
        # patrols near another state show force to it
        "Beijing said its navy would increase patrols near the Philippines next month.",
        "The general said the army would attack the rebels' positions within days.",
    ],
)
def test_force_vowed_or_conditioned_stays_a_threat(extract: Extract, sentence: str) -> None:
    assert [c[:2] for c in codes(extract(sentence))] == ["13"]


# A business or venue that closes of itself names no one imposing a sanction (CAMEO 1.1b3 §172)
@pytest.mark.parametrize(
    "sentence",
    [
        "The city's largest nightclub closed after the power cut on Tuesday.",
        "The Grand Arena closed for repairs on Monday.",
        "The thermal spa in Budapest closed on Monday after a pipe burst.",
        "A theme park attraction in Osaka closed on Monday after an accident.",
    ],
)
def test_a_venue_that_closes_is_no_sanction(extract: Extract, sentence: str) -> None:
    assert codes(extract(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: an actor that closes a venue, a crossing or a paper sanctions it
        "The government closed the casino in Phnom Penh on Tuesday over money laundering.",
        "Authorities closed the border crossing at Rafah on Monday.",
        "The junta shut down the opposition's newspaper on Monday.",
    ],
)
def test_an_actor_closing_a_place_still_sanctions(extract: Extract, sentence: str) -> None:
    assert [c[:3] for c in codes(extract(sentence))] == ["172"]


# A law that lets the authorities ban or dissolve restricts (CAMEO 1.1b3 §172), no §083 reform
@pytest.mark.parametrize(
    "sentence",
    [
        "Georgia's parliament adopted a bill on Tuesday that allows the justice ministry to "
        "dissolve foreign-funded groups.",
        "Lawmakers passed a bill on Monday allowing censors to ban foreign films.",
        "The cabinet adopted a decree on Monday that allows the electoral board to prohibit "
        "opposition rallies.",
    ],
)
def test_a_power_to_ban_granted_is_a_restriction(extract: Extract, sentence: str) -> None:
    # §172 or its leaf: rallies banned restrict assembly, §1721 (cameo88)
    assert [c[:3] for c in codes(extract(sentence))] == ["172"]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # near misses: a right given to people stays §083
        ("The court allowed the opposition party to register its candidates on Tuesday.", "083"),
        ("The government permitted exiled journalists to return home on Tuesday.", "0833"),
    ],
)
def test_a_right_granted_stays_accession(extract: Extract, sentence: str, code: str) -> None:
    assert codes(extract(sentence)) == [code]
