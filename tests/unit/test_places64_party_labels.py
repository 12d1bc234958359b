"""places64: a legislator's party label names a place ("Ann Marsh, D-Braxton"), read in the
state the text names (``places/party_labels.py``, ``data/gazetteer/party_labels.csv``): the
state's town of that name, else its county; "DFL" is Minnesota's party, so its labels are read
there; a label that names a state ("D-Calif") is that state. Sentences written for the rule;
the near misses keep their reading."""

from __future__ import annotations

import csv

import pytest

from dashboard.model import Mention
from dashboard.paths import data_dir
from dashboard.places.geoparser import Geoparser
from dashboard.places.party_labels import label_homes, party_labels
from tests.unit.reading import make_extract

_WHY = "party label"


def placed(gp: Geoparser, text: str, surface: str) -> list[Mention]:
    """The placed mentions written exactly ``surface``."""
    return [m for m in gp.parse(text) if m.text == surface and m.place is not None]


@pytest.mark.parametrize(
    ("text", "surface", "name", "admin1"),
    [
        (
            "West Virginia lawmakers met on Monday. Delegate Ann Marsh, D-Braxton, said West "
            "Virginia roads need repair.",
            "Braxton",
            "Braxton County",
            "US-WV",
        ),
        (
            "The bill passed. Sen. Ole Berg, DFL-Chisholm, voted against it.",
            "Chisholm",
            "Chisholm",
            "US-MN",
        ),
        (
            "Delegates from West Virginia argued. Sue Park, R-Raleigh, asked for a vote, and "
            "West Virginia's governor agreed.",
            "Raleigh",
            "Raleigh County",
            "US-WV",
        ),
        (
            "Rep. Jo Kent, D-Calif, said the vote would come next week.",
            "Calif",
            "California",
            "US-CA",
        ),
    ],
)
def test_a_party_label_places_the_legislators_home(
    geoparser: Geoparser, text: str, surface: str, name: str, admin1: str
) -> None:
    hits = placed(geoparser, text, surface)
    assert hits, f"{surface!r} not placed"
    assert hits[0].place is not None
    assert (hits[0].place.name, hits[0].place.admin1) == (name, admin1)
    assert _WHY in hits[0].reason


def test_the_home_span_leaves_the_party_out(geoparser: Geoparser) -> None:
    text = "Sen. Ole Berg, DFL-Cook, and Rep. Tom Dahl, R-Elbow Lake, signed the letter."
    spans = {m.text for m in geoparser.parse(text) if m.place is not None}
    assert "Elbow Lake" in spans
    assert "Cook" in spans
    assert not any(s.startswith(("R-", "DFL-")) for s in spans)


@pytest.mark.parametrize(
    "text",
    [
        "Veterans marked the anniversary of the D-Day landings in Normandy.",
        "Rep. Ann Lee, D-Hardy, spoke after lawmakers from Ohio and Virginia met.",  # two states
        "Rep. Ann Lee, D-Hardy, spoke on Tuesday.",  # no state named
        "The senator (D-CA) said the agency in Ohio needs more money.",  # a postal code
        "Lee, X-Hardy, said the test in Ohio went well.",  # no party's label
        "Ohio's delegates voted, D-Dayton said in a post.",  # no name before the label
    ],
)
def test_no_home_without_a_label_and_a_state(geoparser: Geoparser, text: str) -> None:
    assert not any(_WHY in m.reason for m in geoparser.parse(text))


def test_a_home_already_in_the_state_keeps_its_reading(geoparser: Geoparser) -> None:
    text = "South Carolina lawmakers met. Rep. Bo Hill, R-Charleston, said Charleston needs a port."
    hits = placed(geoparser, text, "Charleston")
    assert [m.place.admin1 for m in hits if m.place] == ["US-SC", "US-SC"]
    assert not any(_WHY in m.reason for m in hits)


def test_a_state_label_keeps_its_state_in_another_states_text(geoparser: Geoparser) -> None:
    text = "Ohio lawmakers met in Columbus. Sen. Al Ray, R-Texas, spoke for Ohio farmers."
    hits = placed(geoparser, text, "Texas")
    assert [m.place.admin1 for m in hits if m.place] == ["US-TX"]


def test_label_homes_reads_the_label_and_its_state() -> None:
    text = "Ann Lee, R-Elbow Lake; Bo Kim (DFL-Cook) and Jo Ray, D-Story City and others"
    assert [(text[s:e], state) for s, e, state in label_homes(text)] == [
        ("Elbow Lake", None),
        ("Cook", "US-MN"),
        ("Story City", None),
    ]


def test_every_label_row_has_a_source() -> None:
    path = data_dir() / "gazetteer" / "party_labels.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    assert all(row["source"].strip() for row in rows)
    assert set(party_labels()) == {row["label"] for row in rows}


def _locations(geoparser: Geoparser, body: str) -> list[str | None]:
    events = make_extract(geoparser)(body, "2025-03-20")
    return [e.location.place.name if e.location and e.location.place else None for e in events]


@pytest.mark.parametrize(
    ("body", "home"),
    [
        (
            "South Carolina lawmakers met on Tuesday. A church group criticized Rep. Bo Hill,"
            " D-Charleston, for blocking the bill.",
            "Charleston",
        ),
        (
            "Republicans accused Sen. Ann Lee, D-Columbus, of stalling the budget in Ohio.",
            "Columbus",
        ),
    ],
)
def test_a_legislators_home_is_not_where_the_act_took_place(
    geoparser: Geoparser, body: str, home: str
) -> None:
    assert home not in _locations(geoparser, body)


def test_a_town_the_act_took_place_in_keeps_it_beside_a_label(geoparser: Geoparser) -> None:
    body = "Protesters marched in Columbus on Monday, and Sen. Ann Lee, D-Dayton, joined them."
    assert "Columbus" in _locations(geoparser, body)
