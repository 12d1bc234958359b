"""cameo79: CAMEO codes for inspectors sent (§0862), animals returned (§084), trade barriers
lowered (§061) and the nouns a verb row takes for its object.

Each rule is written from a code's definition in CAMEO 1.1b3 (Schrodt 2012); the sentences
are our own, in wire style. Positives fail on main 2012d954; near misses read the same on both.
"""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, unreal


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _done(extract: Extract, text: str) -> list[str]:
    return [code(e) for e in extract(text) if not unreal(e)]


def _all(extract: Extract, text: str) -> list[str]:
    return [code(e) for e in extract(text)]


# --- §0862 receive inspectors: inspectors sent, dispatched or deployed --------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The IAEA sent two inspectors to the Bushehr reactor on Wednesday.", "0862"),
        ("The agency has deployed nuclear inspectors to the Zaporizhzhia plant.", "0862"),
        ("The OPCW despatched an inspection mission to the site of the attack.", "0862"),
        ("The IAEA dispatched inspectors to the Fordow site on Tuesday.", "0862"),
        ("The UN sent weapons inspectors to Baghdad on Monday.", "0862"),
        ("Vienna sent three arms inspectors to Belarus on Friday.", "0862"),
        ("The OPCW deployed an inspection team to Douma on Saturday.", "0862"),
        ("The UN dispatched chemical weapons inspectors to Syria.", "0862"),
        ("The agency sent inspectors back to Iran after a two-year gap.", "0862"),
    ],
)
def test_inspectors_sent_are_received(extract: Extract, text: str, want: str) -> None:
    assert want in _done(extract, text)


def test_inspectors_promised_are_an_intent_to_allow_them(extract: Extract) -> None:
    assert "0355" in _all(extract, "The IAEA said it would send inspectors to the plant next week.")


@pytest.mark.parametrize(
    "text",
    [
        "The city sent building inspectors to the collapsed tower.",
        "The ministry sent labour inspectors to the mines in Potosi.",
        "The ministry sent food inspectors to the factory in Lyon.",
    ],
)
def test_home_inspectors_are_no_international_involvement(extract: Extract, text: str) -> None:
    got = _all(extract, text)
    assert "0862" not in got
    assert not [c for c in got if c.startswith("07")]


def test_inspectors_not_sent_stay_negated(extract: Extract) -> None:
    text = "The agency did not send inspectors to the site, officials said."
    assert "0862" not in _done(extract, text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tehran refused to admit UN inspectors to the Fordow site.", "1245"),
        ("Brussels urged Tehran to let the inspectors back in.", "0255"),
    ],
)
def test_inspectors_admitted_keep_their_codes(extract: Extract, text: str, want: str) -> None:
    assert want in _all(extract, text)


# --- a goods noun before a person's noun modifies it: no aid given ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kenya sent weapons experts to Haiti on Friday.",
        "Washington sent arms control negotiators to Geneva on Monday.",
    ],
)
def test_goods_modifying_people_are_not_given(extract: Extract, text: str) -> None:
    assert not [c for c in _all(extract, text) if c.startswith("07")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The US sent weapons to Ukraine on Monday.", "072"),
        ("Germany sent food and medicine to Gaza on Monday.", "073"),
        ("Britain sent weapons and instructors to Kyiv.", "072"),
    ],
)
def test_goods_sent_stay_aid(extract: Extract, text: str, want: str) -> None:
    assert want in _done(extract, text)


# --- §084 return, release: animals sent back, and a mover's own return --------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Vietnam repatriated two tigers to Laos on Friday.", "084"),
        ("China has begun returning the giant pandas lent to a zoo in Washington.", "084"),
        ("Thailand returned 14 orangutans to Indonesia on Thursday.", "084"),
        (
            "Authorities have initiated the process of returning three rhinos to South Africa.",
            "084",
        ),
        ("Customs officers handed back 30 tortoises to Madagascar on Monday.", "084"),
        ("Peru repatriated a rescued jaguar to Bolivia on Tuesday.", "084"),
        ("Australia pledged to return the smuggled parrots to Indonesia.", "0353"),
        ("Malaysia refused to return the rhinos to Sabah.", "1243"),
        ("Kenya urged Britain to return two elephants to the Tsavo park.", "0253"),
    ],
)
def test_animals_sent_back_are_returned(extract: Extract, text: str, want: str) -> None:
    assert want in _all(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "The envoy returned to Doha with the hostages.",
        "The ship returned to port with its cargo.",
    ],
)
def test_a_mover_returning_hands_nothing_back(extract: Extract, text: str) -> None:
    assert not [c for c in _all(extract, text) if c.startswith("084")]


@pytest.mark.parametrize(
    "text",
    [
        "The team returned to Nairobi with the lions.",
        "The rangers returned home from the park with two rescued elephants.",
    ],
)
def test_animals_with_a_mover_are_no_return(extract: Extract, text: str) -> None:
    assert not [c for c in _all(extract, text) if c.startswith("08")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Hamas returned two hostages to Israel.", "0841"),
        ("Iran returned the seized tanker to Greece.", "0842"),
    ],
)
def test_persons_and_property_returned_keep_their_codes(
    extract: Extract, text: str, want: str
) -> None:
    assert want in _done(extract, text)


def test_animals_not_returned_stay_negated(extract: Extract) -> None:
    text = "Thailand did not return the orangutans to Indonesia, officials said."
    assert not [c for c in _done(extract, text) if c.startswith("08")]


# --- §061 cooperate economically: barriers to trade lowered -------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tokyo agreed to lower trade barriers with Canberra.", "0311"),
        ("The EU urged India to remove its barriers to European car imports.", "0211"),
        ("Washington demanded that Tokyo scrap its barriers to American beef imports.", "1011"),
        ("Beijing refused to lift its barriers to Australian wine imports.", "1211"),
        ("Brazil dropped its barriers to US ethanol imports on Monday.", "061"),
        ("The two countries eliminated tariff barriers on Monday.", "061"),
        ("Seoul cut non-tariff barriers on Japanese cars.", "061"),
        ("Britain pledged to dismantle trade barriers with the EU.", "0311"),
        ("The WTO urged members to reduce trade barriers.", "0211"),
    ],
)
def test_trade_barriers_lowered_are_economic_cooperation(
    extract: Extract, text: str, want: str
) -> None:
    assert want in _all(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police removed barriers around the parliament on Monday.",
        "Workers removed the barrier at the border crossing on Monday.",
        "Japan did not lower trade barriers, officials said.",
        "Japan could lower its trade barriers next year, officials said.",
    ],
)
def test_barriers_near_misses_give_no_done_cooperation(extract: Extract, text: str) -> None:
    assert not [c for c in _done(extract, text) if c.startswith("06")]


def test_a_lifted_import_ban_stays_eased_sanctions(extract: Extract) -> None:
    assert "085" in _done(extract, "Beijing lifted its ban on Australian wine imports.")
