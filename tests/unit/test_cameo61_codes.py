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
