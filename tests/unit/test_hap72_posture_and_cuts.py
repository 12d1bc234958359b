"""Shows of force (CAMEO 15) and cuts in relations (16) told inside another party's reaction
(hap72, issue 16): "Japan voiced concern over the Russian army's drills", "Seoul warned that
the North's firing drill was a provocation", "Athens protested after Turkey sent two frigates",
"Kyiv regretted Mali's break in diplomatic relations". The act is an event of its own beside
the reaction, with its doer and its own day, or the week up to the reaction's day; a planned,
threatened or negated act gives none.

Every sentence here was written for these tests. ``PUB`` is Thursday 18 June 2026."""

from __future__ import annotations

import pytest

from dashboard.happenings.cues import show_kind
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _one(events: list, root: str) -> object:
    acts = real(events, root)
    assert len(acts) == 1, [code(e) for e in events]
    return acts[0]


@pytest.mark.parametrize(
    ("text", "root", "doer", "reaction"),
    [
        # a side's adjective and an armed-force noun own the act (Quirk et al. 17.41)
        (
            "Japan voiced concern on Tuesday over the Russian army's drills near Hokkaido.",
            "15",
            "RU",
            "01",
        ),
        # a cut in relations of any §16 kind, told by its noun
        ("Kyiv on Monday regretted Mali's break in diplomatic relations.", "16", "ML", "11"),
        ("Paris on Wednesday regretted Algeria's recall of its ambassador.", "16", "DZ", "11"),
        # a verbal reaction or a protest answers a show of force or a cut told after "after"
        (
            "Athens protested after Turkey sent two frigates into the disputed waters on Sunday.",
            "15",
            "TR",
            "11",
        ),
        (
            "Israel accused Ankara of bullying after Turkey stopped all trade with Israel on Wednesday.",
            "16",
            "TR",
            "11",
        ),
    ],
)
def test_the_act_inside_a_reaction_is_read_with_its_doer(
    extract: Extract, text: str, root: str, doer: str, reaction: str
) -> None:
    events = extract(text)
    act = _one(events, root)
    assert act.roles.source_country == doer
    assert real(events, reaction)  # the reaction stays an event of its own


@pytest.mark.parametrize(
    "text",
    [
        "Seoul warned on Tuesday that the North's live-fire drills near the border were raising tensions.",
        # the head of a noun compound is its last noun: a drill, not a firing (§194)
        "Seoul warned on Tuesday that the North's artillery firing drill near the sea border was a provocation.",
    ],
)
def test_a_drill_that_is_the_subject_of_a_warning_is_dated_up_to_it(
    extract: Extract, text: str
) -> None:
    act = _one(extract(text), "15")
    assert (act.date_start.isoformat(), act.date_end.isoformat()) == ("2026-06-10", "2026-06-16")


def test_the_day_of_an_after_clause_dates_the_act(extract: Extract) -> None:
    text = "Athens protested after Turkey sent two frigates into the disputed waters on Sunday."
    act = _one(extract(text), "15")
    assert act.date_start.isoformat() == act.date_end.isoformat() == "2026-06-14"


def test_a_suspension_welcomed_is_a_cut_in_aid(extract: Extract) -> None:
    events = extract(
        "The Kremlin on Tuesday welcomed Washington's suspension of weapons deliveries to Kyiv."
    )
    assert code(_one(events, "16")).startswith("162")


def test_a_freeze_on_military_aid_is_no_aid_given(extract: Extract) -> None:
    text = "Ukrainian lawmakers said on Tuesday that the freeze on US military assistance had shocked the army."
    events = extract(text)
    assert not rooted(events, "07"), [code(e) for e in events]
    assert [code(e) for e in rooted(events, "16")] == ["1622"]


def test_shells_fired_off_a_coast_are_a_show_of_force(extract: Extract) -> None:
    events = extract("North Korea fired about 90 artillery rounds off its west coast on Sunday.")
    assert code(_one(events, "15")) == "150"
    assert not real(events, "19")


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # to come, planned or threatened: not done
        (
            "Seoul warned on Tuesday that the North's drills near the border would raise tensions.",
            "15",
        ),
        (
            "Japan voiced concern on Tuesday over the Russian army's planned drills near Hokkaido.",
            "15",
        ),
        (
            "Athens protested after Turkey threatened to send frigates into the disputed waters on Sunday.",
            "15",
        ),
        # a warning against an act is no reaction to one done (as hap68's near miss)
        ("Moscow warned on Monday against the expulsion of its diplomats by Warsaw.", "16"),
        # indefinite: no specific act
        ("Kyiv on Monday regretted any break in diplomatic relations.", "16"),
    ],
)
def test_no_act_from_a_planned_threatened_or_generic_mention(
    extract: Extract, text: str, root: str
) -> None:
    assert not real(extract(text), root), [code(e) for e in extract(text)]


def test_artillery_fired_at_a_target_stays_fighting(extract: Extract) -> None:
    events = extract("North Korea fired artillery at a South Korean island on Tuesday.")
    assert real(events, "19"), [code(e) for e in events]
    assert not real(events, "15"), [code(e) for e in events]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("North Korea fired more than 200 artillery rounds off its west coast.", None),
        ("North Korea fired two ballistic missiles into the sea.", "launch"),
        ("The army held a live-fire drill near the border.", "exercise"),
    ],
)
def test_gunfire_into_the_sea_is_told_as_neither_a_launch_nor_only_a_drill(
    text: str, kind: str | None
) -> None:
    assert show_kind(text) == kind


def test_exercises_launched_before_drones_were_shot_down_stay_a_drill(extract: Extract) -> None:
    # the drones shot down are another act ("days after"): what was launched is a drill
    text = (
        "Russia and Belarus launched military exercises in Belarus on Friday, days after Polish "
        "jets shot down drones that had crossed into Poland."
    )
    events = extract(text)
    assert [code(e) for e in rooted(events, "19") if e.date_start.isoformat() == "2026-06-12"] == []
    assert any(code(e) in ("150", "062") for e in real(events, "15", "06")), [
        code(e) for e in events
    ]


def test_missiles_launched_and_shot_down_stay_an_air_strike(extract: Extract) -> None:
    # the near miss: what was launched is weapons, which air defence met (§195)
    events = extract(
        "Russia launched 60 drones and three missiles overnight, of which 50 were shot down."
    )
    assert "195" in [code(e) for e in real(events, "19")], [code(e) for e in events]
