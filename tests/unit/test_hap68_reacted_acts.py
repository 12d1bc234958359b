"""Acts told only as the object of another party's reaction (hap68, issue 16): "Seoul
condemned North Korea's launch of a missile", "the UN welcomed the release of 20 fishermen by
the rebels in Aden on Sunday". The act is a happening of its own (``reacted_acts``), with its
doer from the possessive, its own place and day, or the week up to the reaction's day; a
generic, hypothetical, planned or negated mention gives none.

Every sentence here was written for these tests. ``PUB`` is Thursday 18 June 2026."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _span(text: str, extract: Extract, root: str) -> tuple[str, str, int]:
    events = real(extract(text), root)
    assert len(events) == 1, [code(e) for e in extract(text)]
    ev = events[0]
    return ev.date_start.isoformat(), ev.date_end.isoformat(), ev.when.precision


@pytest.mark.parametrize(
    ("text", "root", "doer"),
    [
        ("Seoul on Tuesday condemned North Korea's launch of a ballistic missile.", "15", "KP"),
        ("Warsaw denounced Belarus's expulsion of six Polish diplomats on Monday.", "16", "BY"),
        ("Amnesty condemned Iran's detention of a French tourist in Tehran on Monday.", "17", "IR"),
        ("Tokyo lodged a protest on Monday over China's naval drills near Okinawa.", "15", "CN"),
        # the act a judgement gives as its reason, after "for": done by the one judged
        ("Warsaw criticised Minsk for expelling six Polish diplomats on Monday.", "16", "BY"),
        ("Tokyo condemned Pyongyang for firing two ballistic missiles on Tuesday.", "15", "KP"),
    ],
)
def test_the_act_a_reaction_names_is_read_with_its_doer(
    extract: Extract, text: str, root: str, doer: str
) -> None:
    events = extract(text)
    acts = real(events, root)
    assert len(acts) == 1, [code(e) for e in events]
    assert acts[0].roles.source_country == doer
    assert real(events, "11")  # the reaction stays an event of its own


def test_a_release_welcomed_with_its_own_place_and_day(extract: Extract) -> None:
    text = (
        "The United Nations welcomed the release of 20 fishermen by the rebels in Aden on Sunday."
    )
    events = real(extract(text), "08")
    assert len(events) == 1
    assert where(events[0]) == ("Aden", "YE")
    assert _span(text, extract, "08") == ("2026-06-14", "2026-06-14", 1)


def test_a_meeting_criticised_with_its_own_place_and_day(extract: Extract) -> None:
    text = "Lithuania criticised the talks between Chinese and Belarusian officials in Minsk on Wednesday."
    events = real(extract(text), "04")
    assert len(events) == 1
    assert where(events[0]) == ("Minsk", "BY")
    assert _span(text, extract, "04") == ("2026-06-17", "2026-06-17", 1)


def test_a_day_of_the_acts_own_phrase_is_kept_when_the_reaction_is_later(
    extract: Extract,
) -> None:
    # the reaction of Thursday does not move the drills off Wednesday ("the day before")
    text = (
        "Tokyo expressed concern on Thursday over China's naval drills near Okinawa the day before."
    )
    assert _span(text, extract, "15") == ("2026-06-17", "2026-06-17", 1)


def test_an_act_with_no_day_of_its_own_is_dated_up_to_the_reaction(extract: Extract) -> None:
    # "on Tuesday" dates the condemnation: the launch was on that day or before it
    text = "Seoul on Tuesday condemned North Korea's launch of a ballistic missile."
    assert _span(text, extract, "15") == ("2026-06-10", "2026-06-16", 2)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # generic, hypothetical or indefinite: no specific act (ACE 2005 genericity)
        ("Tokyo condemned any launch of ballistic missiles by the North on Tuesday.", "15"),
        ("Warsaw criticised a possible expulsion of its diplomats on Monday.", "16"),
        ("Seoul condemned missile launches by the North on Tuesday.", "15"),
        # planned: not done
        ("Berlin condemned the drills planned for next week near the island on Monday.", "15"),
        ("Kyiv criticised the talks due next month in Riyadh on Monday.", "04"),
        # a release of no person (CAMEO 1.1b3 §0841 is of persons)
        ("The minister welcomed the release of the inquiry's report in London on Monday.", "08"),
        # a crowd's protest: its place and day are its own, not the act's
        ("Thousands rallied against the arrest of the mayor in Tbilisi on Saturday.", "17"),
        # an accusation alleges the act; a threat is no act done
        ("Warsaw accused Minsk of expelling six Polish diplomats on Monday.", "16"),
        ("Tokyo condemned Pyongyang for threatening to fire missiles on Tuesday.", "15"),
        # the reaction negated
        ("Japan did not condemn China's naval drills near Okinawa on Monday.", "15"),
        # a meeting with no day of its own may be one to come
        (
            "Lithuania on Monday criticised the talks between Chinese and Belarusian officials.",
            "04",
        ),
        # not a reaction: a warning about an act (CAMEO 1.1b3 §13)
        ("Moscow warned on Monday against the expulsion of its diplomats by Warsaw.", "16"),
    ],
)
def test_no_act_from_a_generic_planned_or_unreacted_mention(
    extract: Extract, text: str, root: str
) -> None:
    assert not real(extract(text), root), [code(e) for e in extract(text)]


def test_a_condemned_attack_takes_its_doer_from_the_possessive(extract: Extract) -> None:
    events = real(
        extract("Turkey condemned Israel's air strike on a school in Gaza City on Tuesday."), "19"
    )
    assert len(events) == 1
    assert events[0].roles.source_country == "IL"
