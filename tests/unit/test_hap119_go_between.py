"""A mediation (CAMEO 1.1b3 §045) whose clause names the captives or the truce is merged as
the yielding act it brokered (§08, ``data/lexicon/merged_as.csv``), and the broker's country
is no side of that act (``happenings.go_between``): the outlet that credits the mediator and
the one that tells the release by its parties tell one exchange of prisoners. Sentences
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.happenings.merged_as import merged_as
from dashboard.places.geoparser import Geoparser
from tests.unit.happening_reports import article, ingest

TR = frozenset({"TR"})


@pytest.mark.parametrize(
    "text",
    [
        "Turkey was credited with brokering the exchange of six prisoners between the two sides",
        "Norway mediated the release of three hostages held by the rebels",
        "Egypt brokered the truce that took hold at dawn",
    ],
)
def test_a_mediation_of_captives_or_a_truce_is_the_yielding_act(text: str) -> None:
    assert merged_as("045", [text], TR) == "08"


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # talks brokered with no captive or truce named stay a consultation
        ("Turkey mediated talks between the two envoys on the border dispute", ()),
        # the talks on a swap, or a plan for a truce, brokered: no one is freed yet
        ("Qatar hosted talks between the two sides on a prisoner swap", ()),
        ("Egypt brokered a plan for a truce in the south", ()),
        # the article tells the release itself: its own event carries it
        ("Norway mediated the release of three hostages held by the rebels", ("08",)),
    ],
)
def test_other_mediations_keep_the_readers_root(text: str, told: tuple[str, ...]) -> None:
    assert merged_as("045", [text], TR, frozenset(told)) is None


def test_only_a_merged_mediation_loses_its_sides() -> None:
    from dashboard.happenings.go_between import sides_of  # new in this branch

    roles = {"source_country": "TR", "target_country": "AZ"}
    assert sides_of("045", "04", TR, roles) == (frozenset(), {})
    # a mediation read as such, and a release merged as nothing else, keep theirs
    assert sides_of("045", "", TR, roles) == (TR, roles)
    assert sides_of("0841", "", frozenset({"AZ"}), roles) == (frozenset({"AZ"}), roles)


SWAP = [
    article(
        "freed",
        "2025-06-11",
        "ANKARA — Azerbaijan freed four Armenian soldiers at Ankara airport on Tuesday in "
        "exchange for two Azerbaijani servicemen held by Armenia.",
        "Caspian Wire",
    ),
    article(
        "broker",
        "2025-06-11",
        "ANKARA — Turkey's foreign minister was credited on Tuesday with brokering the exchange "
        "of six prisoners between Baku and Yerevan at Ankara airport.",
        "Bosphorus Daily",
    ),
    # near miss: talks the same broker mediated in the same city that day are no release
    article(
        "talks",
        "2025-06-11",
        "ANKARA — Turkey's foreign minister mediated talks between Azerbaijani and Armenian "
        "envoys in Ankara on Tuesday.",
        "Anatolia Ledger",
    ),
    # near miss: a swap brokered in the same city a week later is another exchange
    article(
        "later",
        "2025-06-18",
        "ANKARA — Turkey's foreign minister was credited on Tuesday with brokering the exchange "
        "of six more prisoners between Baku and Yerevan at Ankara airport.",
        "Bosphorus Daily",
    ),
]


def test_the_brokers_report_joins_the_release_of_its_day(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    of = ingest(store_url, geoparser, tmp_path, SWAP)
    assert of["broker"]["happening_id"] == of["freed"]["happening_id"]
    assert of["talks"]["happening_id"] != of["freed"]["happening_id"]
    assert of["later"]["happening_id"] != of["freed"]["happening_id"]
