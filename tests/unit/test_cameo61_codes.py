"""Rules of the cameo61 round on CAMEO 1.1b3 sub-codes, each with near misses the rule must
leave alone. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def codes(events: list) -> list[str]:
    return [code(e) for e in events]


# ------------------------------- a threatened blockade by an armed force (§1381 vs §133)


@pytest.mark.parametrize(
    "body",
    [
        "The navy threatened to blockade the island's ports if the rebels did not disarm.",
        "The army warned it would blockade the port of Hodeidah.",
    ],
)
def test_a_force_threatening_to_blockade_a_port_threatens_a_blockade(
    extract: Extract, body: str
) -> None:
    # §1381 "threaten to blockade ... using armed forces": the governing verb's subject blocks
    assert "1381" in codes(extract(body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Fishermen threatened to blockade the port of Boulogne.", "133"),
        ("Farmers warned they would blockade the ports of Brittany with tractors.", "133"),
        ("Protesters blockaded the port of Marseille on Monday.", "144"),
    ],
)
def test_civilians_blockading_a_port_stay_a_protest(
    extract: Extract, body: str, expected: str
) -> None:
    assert expected in codes(extract(body))


# ------------------------------- an act excluded by its predicate is refused (§12)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The minister said lifting the sanctions was not under consideration.", "1244"),
        ("Easing the embargo is out of the question, the president said on Monday.", "1244"),
        ("Releasing the prisoners is not on the table, a government spokesman said.", "1243"),
    ],
)
def test_an_act_ruled_out_as_subject_is_a_refusal(
    extract: Extract, body: str, expected: str
) -> None:
    got = codes(extract(body))
    assert expected in got
    assert not any(c.startswith("08") for c in got)  # no easing or release was made


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Lifting the sanctions is under consideration, officials said on Monday.", "085"),
        ("Lifting the sanctions is not enough, the opposition leader said.", "085"),
        ("Freeing the hostages was the priority, the minister said.", "0841"),
    ],
)
def test_an_act_considered_or_judged_is_no_refusal(
    extract: Extract, body: str, expected: str
) -> None:
    got = codes(extract(body))
    assert expected in got
    assert not any(c.startswith("12") for c in got)


# ------------------------------- an offer turned down rejects what is offered (§125)


@pytest.mark.parametrize(
    "body",
    [
        "The rebels rejected a government offer to hold talks.",
        "Pyongyang rejected a Seoul offer to hold talks on the border.",
    ],
)
def test_an_offer_of_talks_rejected_is_a_rejection_of_talks(extract: Extract, body: str) -> None:
    # §036 offer to meet or negotiate, turned down: §125 reject proposal to meet
    assert "125" in codes(extract(body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The government offered to hold talks with the rebels.", "036"),
        ("Khartoum turned down a Kenyan offer to mediate between the two sides.", "126"),
        ("The rebels rejected the proposal outright.", "120"),
    ],
)
def test_an_offer_made_or_other_rejections_keep_their_codes(
    extract: Extract, body: str, expected: str
) -> None:
    assert expected in codes(extract(body))


# ------------------------------- "said on Monday they would blockade": still the sayers


def test_a_time_adjunct_before_they_keeps_the_civilian_blockers(extract: Extract) -> None:
    body = "Angry truckers said on Monday they would blockade Madrid to protest fuel taxes."
    got = codes(extract(body))
    assert "133" in got
    assert "1381" not in got  # truckers threaten a protest, not an armed blockade


def test_an_army_saying_on_monday_it_had_blockaded_a_port_blockaded_it(extract: Extract) -> None:
    got = codes(extract("The army said on Monday it had blockaded the port."))
    assert "191" in got
    assert "144" not in got


def test_an_army_telling_of_protesters_blockading_keeps_the_protest(extract: Extract) -> None:
    got = codes(extract("The army said on Monday that protesters had blockaded the port."))
    assert "144" in got


def test_an_army_saying_it_would_blockade_a_city_still_threatens_one(extract: Extract) -> None:
    assert "1381" in codes(extract("The army said it would blockade the rebel stronghold."))


# ------------------------------- terror threatened is unconventional violence (§1383)


@pytest.mark.parametrize(
    "body",
    [
        "The group threatened to resume terrorist activities in the capital.",
        "The rebels threatened to carry out acts of terror in the cities.",
        "The militants threatened a new campaign of terror against foreigners.",
        "The militia threatened to kill the hostages unless its fighters were freed.",
    ],
)
def test_a_threat_of_terror_or_of_killing_captives_is_1383(extract: Extract, body: str) -> None:
    assert "1383" in codes(extract(body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The army threatened to launch an offensive on the rebel-held town.", "1384"),
        ("Troops killed five gunmen who had taken hostages at the hotel.", "190"),
    ],
)
def test_armed_force_threatened_or_used_stays_conventional(
    extract: Extract, body: str, expected: str
) -> None:
    assert expected in codes(extract(body))


# ------------------------------- assistance to a war is military aid (§072, refused §1222)


@pytest.mark.parametrize(
    "body",
    [
        "The government refused to commit to any assistance to the war in Yemen.",
        "The country declined to offer support to the invasion.",
    ],
)
def test_assistance_to_a_war_refused_is_military_aid_refused(extract: Extract, body: str) -> None:
    assert "1222" in codes(extract(body))


def test_a_request_for_aid_to_war_victims_stays_plain_aid(extract: Extract) -> None:
    body = "Donors turned down requests for aid to victims of the war in Yemen."
    got = codes(extract(body))
    assert "1222" not in got


# ------------------------------- talks of two countries' sides in a third country (§044)


@pytest.mark.parametrize(
    "body",
    [
        "Israeli and Palestinian negotiators resumed talks in Cairo on Monday.",
        "Russian and Ukrainian delegations held talks in Istanbul on Tuesday.",
    ],
)
def test_talks_held_in_a_third_country_meet_at_a_third_location(
    extract: Extract, body: str
) -> None:
    assert "044" in codes(extract(body))


@pytest.mark.parametrize(
    "body",
    [
        "Russian and Ukrainian delegations held talks in Moscow on Tuesday.",
        "Israeli and Palestinian negotiators resumed talks on Monday.",
        "Kenyan officials held talks with the opposition in Nairobi.",
    ],
)
def test_talks_at_home_or_nowhere_named_stay_talks(extract: Extract, body: str) -> None:
    got = codes(extract(body))
    assert "040" in got
    assert "044" not in got


# ------------------------------- a removal named as a noun: of an office holder, of sanctions


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Protesters demanded the removal of the governor.", "1041"),
        ("Students demanded the sacking of the university rector.", "1041"),
        ("Lawmakers called for the impeachment of the president.", "0241"),
        ("Tehran demanded the removal of sanctions.", "1054"),
        ("Caracas appealed for the lifting of the oil embargo.", "0254"),
        ("Brussels refused the easing of sanctions on Minsk.", "1244"),
    ],
)
def test_a_removal_named_as_a_noun_is_coded_by_what_is_removed(
    extract: Extract, body: str, expected: str
) -> None:
    assert expected in codes(extract(body))


def test_the_lifting_of_sanctions_is_no_sanction_imposed(extract: Extract) -> None:
    got = codes(extract("The removal of sanctions on Iran angered Israel."))
    assert "163" not in got


@pytest.mark.parametrize(
    "body",
    [
        "The union demanded the removal of the ban on head coverings.",
        "Moscow demanded the removal of US troops from the border.",
    ],
)
def test_a_removal_of_no_office_holder_is_no_leadership_demand(extract: Extract, body: str) -> None:
    assert "1041" not in codes(extract(body))


# ------------------------------- a nuclear strike launched is §2042, threatened §1385


def test_a_threat_to_launch_a_nuclear_strike_threatens_wmd(extract: Extract) -> None:
    body = "North Korea threatened to launch a nuclear strike on the United States."
    assert "1385" in codes(extract(body))


def test_a_threat_to_launch_a_plain_strike_stays_conventional(extract: Extract) -> None:
    got = codes(extract("The army threatened to launch a strike on rebel positions."))
    assert "1384" in got
    assert "1385" not in got
