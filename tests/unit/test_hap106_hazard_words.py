"""Disasters told by words the hazard rows missed (hap106, issue 16): a structure that
"snapped", an aircraft that "came down", a collapse or a crash bound to its day with its toll
("Tuesday's collapse, which killed 14", "the crash on 4 March"), victims of what an eruption
caused, a crowd's people crushed or trampled, and a hazard dated in May that was read as a
modal "may". Each has near misses that must stay no disaster. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, hazards, make_extract, unreal


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _real_codes(extract: Extract, text: str) -> list[str]:
    return [
        e.event_type.code
        for e in extract(text)
        if e.event_type.code.startswith("DIS-") and not unreal(e)
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A rope bridge across the gorge near Cusco snapped on Tuesday, sending eleven "
            "hikers into the river.",
            "DIS-ACCIDENT",
        ),
        (
            "A medical helicopter came down in a forest north of Tromso on Monday night.",
            "DIS-TRANSPORT",
        ),
        (
            "Engineers blamed corroded steel for Tuesday's collapse, which killed 14 people.",
            "DIS-ACCIDENT",
        ),
        (
            "The airline grounded its fleet after Friday's crash near Lyon killed the pilot "
            "and three passengers.",
            "DIS-TRANSPORT",
        ),
        (
            "Families gathered in Lima on Sunday to remember the victims of the crash on 4 June.",
            "DIS-TRANSPORT",
        ),
        (
            "Two surfers drowned at a beach near Arica on Monday after strong waves caused by "
            "the volcanic eruption off Chile reached the shore.",
            "DIS-VOLCANO",
        ),
        (
            "Dozens of pilgrims were crushed against the barriers at the shrine on Sunday, and "
            "at least 30 people died.",
            "DIS-ACCIDENT",
        ),
        (
            "Rescue teams were still searching on Monday after the flood in Assam on 12 May.",
            "DIS-FLOOD",
        ),
    ],
)
def test_disaster_read(extract: Extract, text: str, want: str) -> None:
    assert want in _real_codes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "The cargo plane came down safely at Oslo airport on Monday after losing an engine.",
        "Orders for new jets went down by a third last year.",
        "Monday's collapse of the coalition left two ministers without posts.",
        "Monday's crash in tech stocks killed hopes of a quick recovery.",
        "Investors still recall the crash on 19 October, when the index fell by a fifth.",
        "Opposition supporters were crushed in Sunday's vote.",
        "The singer snapped back at critics on Tuesday.",
        "The fighter jet went down on Tuesday after it was hit by a missile.",
    ],
)
def test_no_disaster(extract: Extract, text: str) -> None:
    assert _real_codes(extract, text) == []


def test_crash_dated_by_its_day(extract: Extract) -> None:
    """The day bound to the noun dates the crash, not the article's week."""
    got = hazards(
        extract(
            "Investigators said on Thursday that Sunday's crash in the hills killed six people.",
            pub="2026-06-18",
        )
    )
    assert [(c, s.isoformat(), e.isoformat()) for c, s, e in got] == [
        ("DIS-TRANSPORT", "2026-06-14", "2026-06-14")
    ]
