"""Faults of the CAMEO coder found by testers (cameo57) and full codes for common phrasings:
a happening remembered ("will never forget the massacre") is background; "insist" with a
clause that maintains a fact is no demand; a wish for one's own act ("wanted to oust") is
neither an appeal nor the act; a prepositional object is no verb ("as command posts");
weapons of mass destruction named without their use are no use; drilling for gas and the bars
of a cell have other senses; and lexicon rows for programmes given up (§080), sanctions and
restrictions ended (§085, §0811), human-rights inquiries (§092) and rights demanded or asked
for (§1043, §0243). Each rule has near misses that must stay. Every sentence here was written
for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article("date 2025-09-17\n\n" + body, path="t"))


def _codes(events: list[Event]) -> list[str]:
    return [e.event_code or e.event_type.code for e in events if "negated" not in e.flags]


def _all_codes(events: list[Event]) -> list[str]:
    """Every card, negated ones too: a remembrance must make none at all."""
    return [e.event_code or e.event_type.code for e in events]


# --- 1. remembrance: "will never forget", "will always remember" -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Armenia will never forget the 1915 genocide, its president said on Tuesday.",
        "Americans will always remember the Boston Marathon bombing.",
        "Rwandans will never forget the 1994 massacres.",
    ],
)
def test_a_remembered_happening_makes_no_card(extract: Extract, text: str) -> None:
    assert _all_codes(extract(text)) == []


def test_an_act_told_beside_remembrance_stays(extract: Extract) -> None:
    assert _codes(extract("Gunmen massacred 30 villagers in the district on Sunday.")) == ["202"]


# --- 2. "insist": a fact maintained is no demand -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Turkey insists the Kurdish militia is a terrorist group.",
        "Israel insists militants hide weapons in schools and use clinics as command posts.",
        "The lawyer insisted to reporters that his client was innocent.",
    ],
)
def test_insisting_on_a_fact_is_no_demand(extract: Extract, text: str) -> None:
    assert not [c for c in _codes(extract(text)) if c.startswith("10")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Iran insisted on direct talks with Washington.", "106"),
        ("The ministry insisted that the hostages be freed.", "1053"),
        ("Moscow insisted that Kyiv should release the prisoners.", "1053"),
    ],
)
def test_insisting_on_an_act_stays_a_demand(extract: Extract, text: str, code: str) -> None:
    assert _codes(extract(text)) == [code]


def test_a_bare_insist_with_must_stays_a_demand(extract: Extract) -> None:
    assert (
        _codes(extract("The minister insisted that Iran must stop enriching uranium."))[0][:2]
        == "10"
    )


# --- 3. "wanted to": one's own wish is no appeal and no act ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The opposition wanted to force the prime minister from office.",
        "The rebels wanted to seize the port.",
        "The governor wishes to visit Beijing next spring.",
    ],
)
def test_a_wish_for_ones_own_act_makes_no_card(extract: Extract, text: str) -> None:
    assert _codes(extract(text)) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Israel wants Germany to pay more reparations.", "025"),
        ("Washington wants Moscow to withdraw its troops.", "0256"),
    ],
)
def test_wanting_another_to_act_stays_an_appeal(extract: Extract, text: str, code: str) -> None:
    assert _codes(extract(text)) == [code]


def test_an_act_after_a_wish_in_an_aside_stays(extract: Extract) -> None:
    text = "The rebels, who wanted to seize the port, attacked the town on Monday."
    assert _codes(extract(text)) == ["190"]


# --- 4. a preposition's object is no verb ------------------------------------------------


def test_a_noun_after_as_is_no_command(extract: Extract) -> None:
    # "insists" is a bare reporting verb here: only "command" could make a demand
    text = "The army insists the rebels use the old school as a command post."
    assert _codes(extract(text)) == []


def test_a_command_given_stays(extract: Extract) -> None:
    assert _codes(extract("The general commanded the troops to withdraw."))[:1] != []


# --- 5. weapons of mass destruction named, not used --------------------------------------


def test_weapons_made_to_use_against_a_party_are_a_threat(extract: Extract) -> None:
    text = "The militia says it is building chemical weapons to use against government troops."
    assert _codes(extract(text)) == ["1385"]


def test_weapons_counted_are_no_use(extract: Extract) -> None:
    assert _codes(extract("Inspectors counted the chemical weapons at the depot.")) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The regime dropped bombs filled with chlorine on the town.", "2041"),
        ("The rebels threatened to use chemical weapons.", "1385"),
        ("The army used sarin against the rebels.", "2041"),
    ],
)
def test_weapons_used_or_threatened_stay(extract: Extract, text: str, code: str) -> None:
    assert _codes(extract(text)) == [code]


# --- 6. other senses: drilling for gas, the bars of a cell -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The firm plans more natural gas drilling in the valley.",
        "He spent ten years behind the jail bars.",
    ],
)
def test_drilling_and_bars_in_other_senses(extract: Extract, text: str) -> None:
    assert _codes(extract(text)) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The navy held drills off the coast on Monday.", "150"),
        ("The government bars opposition candidates from the vote.", "1721"),
    ],
)
def test_drills_and_bans_stay(extract: Extract, text: str, code: str) -> None:
    assert _codes(extract(text)) == [code]


# --- 7. lexicon rows: full codes -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Washington demanded that Tehran forsake its enrichment program.", "105"),
        ("Havana urged the United Nations to bring an end to the trade embargo.", "0254"),
        ("The court cancelled restrictions on the use of the minority language.", "0811"),
        ("Investigators looked into the fate of the missing activists.", "092"),
        ("UN monitors examined the human rights situation in the province.", "092"),
        ("The rebels demanded more rights for the northern provinces.", "1043"),
        ("Kurdish leaders called for autonomy in the north.", "0243"),
    ],
)
def test_full_codes_for_common_phrasings(extract: Extract, text: str, code: str) -> None:
    assert _codes(extract(text))[:1] == [code]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Protesters demanded the release of rights activists.", "1053"),
        ("Police investigated the murder of a shopkeeper.", "091"),
        ("Washington lifted the sanctions on Caracas.", "085"),
    ],
)
def test_near_misses_of_the_rows_stay(extract: Extract, text: str, code: str) -> None:
    assert _codes(extract(text))[:1] == [code]


def test_a_past_act_insisted_on_is_read_as_reported(extract: Extract) -> None:
    # a past act maintained is told as after "said": the act, not a demand
    assert _codes(extract("Russia insisted the Ukrainian army shelled the school.")) == ["194"]
