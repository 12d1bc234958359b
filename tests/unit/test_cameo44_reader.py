"""cameo44's own sentences (stop 42), each rule with a near miss that must stay as it is.

- An act of another CAMEO root told by "The two leaders"/"They" after a visit is its own
  event (§057 signing after §042 visiting), on the visit's day and at its place; one of the
  same root (talks during the visit) still tells the visit on.

- A protest's aim told after it gives §141-§145 their fourth digit (CAMEO 1.1b3: for
  leadership change 1, policy change 2, rights 3, change in institutions 4); a word that
  is no aim of the protest ("Freedom Square") leaves it as it was.

- The manual's subcodes of §171 and §182 that their lexicon rows already cited: confiscating
  or expropriating is §1711, demolishing or razing §1712, torture §1822, rape §1821; seizing
  a ship and beating stay §171 and §182.

- A body's members agreeing to impose sanctions is the §163 decision, not a §1312 threat, and
  it is at the summit's dateline, not in the sanctioned country; "The measures ..." after it
  folds into it. A sanction said to come unless a condition is met stays a threat.

- A state saying it will send its troops to a border with no other state named plans a
  deployment (§154, flagged planned, dated by the act's own "next month"), no threat (§138
  needs someone threatened); a foreign dateline names no state of the act; "the junta in
  <capital>" is that capital's state and its seat is not the act's place. A deployment
  vowed, or to another state's border, stays a threat.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


VISIT = (
    "NAIROBI — Kenya's president visited Addis Ababa on Monday and met Ethiopia's prime minister."
)


def test_a_pact_the_two_leaders_signed_after_a_visit_is_its_own_event(extract: Extract) -> None:
    events = extract(f"{VISIT} The two leaders signed a trade pact.")
    signed = rooted(events, "057")
    assert len(signed) == 1
    assert rooted(events, "042")
    # the visit's day (Monday 15 June 2026) and place, not the week up to publication
    assert str(signed[0].date_start) == "2026-06-15"
    assert where(signed[0])[0] == "Addis Ababa"


def test_talks_the_two_leaders_held_during_a_visit_tell_it_on(extract: Extract) -> None:
    # near miss: talks are the visit's own root (§04), so they stay its evidence
    events = extract(f"{VISIT} The two leaders discussed border security.")
    assert sorted(map(code, events)) == sorted(map(code, extract(VISIT)))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Students marched through Lyon on Tuesday, demanding the mayor's resignation.", "1411"),
        ("Farmers blocked highways near Porto on Monday to protest a new land policy.", "1442"),
        (
            "Dockworkers went on strike in Gdansk on Monday over the arrest of three organisers.",
            "1433",
        ),
        (
            "Inmates rioted at a prison in Oruro on Sunday, demanding a referendum on autonomy.",
            "1454",
        ),
        (
            "Two activists began a hunger strike in Lusaka on Monday to demand the right to vote.",
            "1423",
        ),
    ],
)
def test_a_protest_takes_the_digit_of_its_aim(extract: Extract, body: str, expected: str) -> None:
    assert [code(e) for e in extract(body)][:1] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # near misses: a place's name or an aimless protest keeps the three-digit code
        ("Thousands rallied in Freedom Square in Tbilisi on Sunday.", "141"),
        ("Taxi drivers went on strike in Nairobi on Monday over fuel prices.", "143"),
    ],
)
def test_a_protest_with_no_aim_named_keeps_its_code(
    extract: Extract, body: str, expected: str
) -> None:
    assert [code(e) for e in extract(body)][:1] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Customs officers confiscated two lorries of timber near Beira on Monday.", "1711"),
        ("The junta nationalised three gold mines in Kayes on Tuesday.", "1711"),
        ("Soldiers razed a market in Gao on Monday.", "1712"),
        ("Militiamen tortured four farmers in Kalehe on Sunday.", "1822"),
        ("Gunmen raped two women near Bunia on Monday.", "1821"),
    ],
)
def test_property_and_assault_take_the_manuals_subcode(
    extract: Extract, body: str, expected: str
) -> None:
    assert [code(e) for e in extract(body)][:1] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # near misses: a ship seized and a beating have no finer code of their own
        ("Iran's navy seized an oil tanker in the Gulf of Oman on Tuesday.", "171"),
        ("Militiamen flogged two traders in Kalehe on Sunday.", "182"),
    ],
)
def test_a_seizure_and_a_beating_keep_their_code(
    extract: Extract, body: str, expected: str
) -> None:
    assert [code(e) for e in extract(body)][:1] == [expected]


def test_ministers_agreeing_to_impose_sanctions_impose_them_once(extract: Extract) -> None:
    events = extract(
        "BRUSSELS — EU foreign ministers agreed on Tuesday to impose sanctions on four Belarusian "
        "judges. The measures bar them from entering the bloc."
    )
    assert [code(e) for e in events] == ["163"]
    assert where(events[0])[0] == "Brussels"
    assert events[0].roles.target_country == "BY"


def test_ministers_sanctioning_a_country_decide_at_the_summit(extract: Extract) -> None:
    events = extract(
        "BRUSSELS — EU foreign ministers agreed on Tuesday to impose sanctions on Belarus."
    )
    assert [code(e) for e in events] == ["163"]
    assert where(events[0])[0] == "Brussels"


def test_near_miss_an_act_after_a_sanction_by_other_hands_stays_apart(extract: Extract) -> None:
    # the follow-up opens on people, not on the measures: an act of its own
    events = extract(
        "BRUSSELS — EU foreign ministers agreed on Tuesday to impose sanctions on four Belarusian "
        "judges. The judges banned two opposition newspapers."
    )
    assert len(rooted(events, "172")) == 1
    assert len(rooted(events, "13", "16")) == 1


def test_near_miss_a_sanction_on_a_condition_stays_a_threat(extract: Extract) -> None:
    events = extract(
        "BRUSSELS — The EU said on Tuesday it would impose sanctions on Minsk unless the "
        "prisoners were freed."
    )
    assert rooted(events, "13")
    assert not rooted(events, "16")


def test_a_junta_sending_troops_to_the_border_plans_a_deployment(extract: Extract) -> None:
    events = extract(
        "ABIDJAN — The junta in Bamako said on Monday it would send troops to the border area "
        "next month."
    )
    assert [code(e) for e in events] == ["154"]
    ev = events[0]
    assert "planned" in ev.flags
    assert ev.roles.source_country == "ML"
    assert where(ev) == ("Mali", "ML")
    assert str(ev.date_start) == "2026-07-01"


@pytest.mark.parametrize(
    "body",
    [
        # near misses: a vow, or another state's border, keeps the threat
        "ABIDJAN — Mali's junta vowed on Monday to send more troops to the border next month.",
        "ABIDJAN — Mali's junta said on Monday it would send troops to the Burkinabe border.",
    ],
)
def test_a_deployment_vowed_or_at_another_state_stays_a_threat(extract: Extract, body: str) -> None:
    events = extract(body)
    assert rooted(events, "13")
    assert not rooted(events, "15")


def test_troops_in_a_capital_are_there(extract: Extract) -> None:
    # near miss: forces in a capital are where they act, not its government
    events = extract("The troops in Bamako arrested two ministers on Monday.")
    assert [where(e)[0] for e in events] == ["Bamako"]
