"""Acts of roots 04, 15 and 16 that a report tells only beside another's words (hap77, issue
16): an envoy recalled in the passive ("the ambassador was recalled for consultations", §161,
was a §040 consultation or nothing), joint drills a reaction names ("condemned the joint
drills on Tuesday", §062, merged as a show of force), and a meeting dated by a day in the
genitive ("welcomed Tuesday's talks between", §040). "Recalled" as remember, drills to come
and talks to come stay as they were.

Every sentence here was written for these tests. ``PUB`` is Thursday 18 June 2026."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# -- an envoy recalled, told in the passive (cameo.csv 161 V, the envoy first) -------------


@pytest.mark.parametrize(
    "text",
    [
        "The ambassador had been recalled for consultations on Tuesday, the ministry said.",
        "Chile's ambassador was recalled from Caracas on Tuesday.",
        "Both envoys were recalled on Tuesday after the incident at the border.",
    ],
)
def test_an_envoy_recalled_in_the_passive_is_a_cut_in_relations(
    extract: Extract, text: str
) -> None:
    assert [code(e) for e in real(extract(text), "16")] == ["161"]
    assert not real(extract(text), "04")


@pytest.mark.parametrize(
    "text",
    [
        "The ambassador recalled his years in Rome at a dinner on Tuesday.",
        "The envoy recalled that the two sides had met in 2019.",
        "The ambassador said on Tuesday that he might be recalled.",
    ],
)
def test_an_envoy_remembering_or_a_recall_to_come_is_none(extract: Extract, text: str) -> None:
    assert not real(extract(text), "16")


# -- joint drills a reaction names (reacted_acts._done_kind: §062 with an exercise noun) ---


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang condemned the joint drills on Tuesday as a rehearsal for war.",
        "Beijing denounced the joint exercises held by Manila and Tokyo on Tuesday.",
    ],
)
def test_joint_drills_a_reaction_names_are_read(extract: Extract, text: str) -> None:
    assert [code(e) for e in real(extract(text), "06")] == ["062"]


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang condemned the joint drills planned for next month.",
        "Beijing denounced the joint patrols on Tuesday as a provocation.",
        "Pyongyang condemned any joint drills on Tuesday.",
    ],
)
def test_drills_to_come_patrols_or_any_drills_are_not(extract: Extract, text: str) -> None:
    assert not real(extract(text), "06")


# -- a meeting dated by a day in the genitive (reacted_acts._DAY_OWNS) ----------------------


def test_a_meeting_owned_by_its_day_is_read_with_its_parties_and_place(
    extract: Extract,
) -> None:
    events = real(
        extract("Washington welcomed Tuesday's talks between the two ministers in Riyadh."),
        "04",
    )
    assert [(code(e), e.date_start.isoformat(), where(e)[0]) for e in events] == [
        ("040", "2026-06-16", "Riyadh")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Washington welcomed next Tuesday's talks between the two ministers in Riyadh.",
        "Washington welcomed the talks between the two ministers in Riyadh.",
        "Washington welcomed Tuesday's decision to hold talks in Riyadh.",
    ],
)
def test_talks_with_no_own_day_or_to_come_are_not(extract: Extract, text: str) -> None:
    assert not real(extract(text), "04")
